import pc from 'picocolors'
import type { FileReport } from '../lint-files.js'
import { reportName } from './paths.js'

export interface StylishOptions {
  cwd: string
  color: boolean
  /** Show the reason (source) and suggested rewrites under each message. */
  explain: boolean
}

/** Grouped by file like ESLint's stylish and vfile-reporter, with why and how to fix. */
export function formatStylish(reports: FileReport[], options: StylishOptions): string {
  const c = options.color ? pc : pc.createColors(false)
  const lines: string[] = []
  let errors = 0
  let warnings = 0
  let fixable = 0
  for (const report of reports) {
    if (report.messages.length === 0) continue
    lines.push('', c.underline(reportName(options.cwd, report)))
    const placeWidth = Math.max(...report.messages.map((m) => `${m.line}:${m.column}`.length))
    for (const message of report.messages) {
      if (message.severity === 2) errors++
      else warnings++
      if (message.fix) fixable++
      const place = `${message.line}:${message.column}`.padEnd(placeWidth)
      const severity = message.severity === 2 ? c.red('error  ') : c.yellow('warning')
      lines.push(`  ${c.dim(place)}  ${severity}  ${message.message}  ${c.dim(message.ruleId)}`)
      if (!options.explain) continue
      const indent = ' '.repeat(placeWidth + 13)
      if (message.note) lines.push(`${indent}${c.dim('why:')} ${c.dim(message.note)}`)
      for (const rewrite of message.expected.slice(0, 2)) lines.push(`${indent}${c.green('try:')} ${rewrite}`)
    }
  }
  const total = errors + warnings
  if (total === 0) return ''
  const summary = `${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`
  lines.push('', (errors > 0 ? c.red : c.yellow)(c.bold(`✖ ${summary}`)))
  if (fixable > 0) lines.push(c.dim(`  ${fixable} can be fixed with --fix`))
  return lines.join('\n') + '\n'
}
