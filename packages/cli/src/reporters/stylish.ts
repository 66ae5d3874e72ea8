import pc from 'picocolors'
import type { FileReport } from '../lint-files.js'
import { countOf, NOUNS, type Locale } from '../locale.js'
import { reportName } from './paths.js'

export interface StylishOptions {
  cwd: string
  color: boolean
  /** Show the reason (source) and suggested rewrites under each message. */
  explain: boolean
  /** The language of echt's own words (labels, summary); messages come in the copy's language. */
  locale?: Locale
}

const WORDS = {
  en: { why: 'why:', try: 'try:', error: 'error  ', warning: 'warning', fixable: (n: number) => `${n} can be fixed with --fix` },
  nl: { why: 'waarom:', try: 'probeer:', error: 'fout   ', warning: 'waarschuwing', fixable: (n: number) => `${n} op te lossen met --fix` },
}

/** Grouped by file like ESLint's stylish and vfile-reporter, with why and how to fix. */
export function formatStylish(reports: FileReport[], options: StylishOptions): string {
  const c = options.color ? pc : pc.createColors(false)
  const locale = options.locale ?? 'en'
  const words = WORDS[locale]
  const nouns = NOUNS[locale]
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
      const severity = message.severity === 2 ? c.red(words.error) : c.yellow(words.warning)
      lines.push(`  ${c.dim(place)}  ${severity}  ${message.message}  ${c.dim(message.ruleId)}`)
      if (!options.explain) continue
      const indent = ' '.repeat(placeWidth + 6 + words.warning.length)
      if (message.note) lines.push(`${indent}${c.dim(words.why)} ${c.dim(message.note)}`)
      for (const rewrite of message.expected.slice(0, 2)) lines.push(`${indent}${c.green(words.try)} ${rewrite}`)
    }
  }
  const total = errors + warnings
  if (total === 0) return ''
  const summary = `${countOf(total, nouns.problem)} (${countOf(errors, nouns.error)}, ${countOf(warnings, nouns.warning)})`
  lines.push('', (errors > 0 ? c.red : c.yellow)(c.bold(`✖ ${summary}`)))
  if (fixable > 0) lines.push(c.dim(`  ${words.fixable(fixable)}`))
  return lines.join('\n') + '\n'
}
