import type { FileReport } from '../lint-files.js'
import { reportName } from './paths.js'

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` annotation per message, shown on
 * the pull request's changed lines. Escaping follows @actions/core (command.ts): in the message
 * % CR LF become %25 %0D %0A; in properties also : and , become %3A and %2C.
 */
export function formatGithub(reports: FileReport[], options: { cwd: string }): string {
  const lines: string[] = []
  for (const report of reports) {
    const file = reportName(options.cwd, report)
    for (const message of report.messages) {
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${message.line}`,
        `col=${message.column}`,
        `endLine=${message.endLine}`,
        `endColumn=${message.endColumn}`,
        `title=${escapeProperty(`echt ${message.ruleId}`)}`,
      ].join(',')
      const body = [message.message]
      if (message.note) body.push(`Why: ${message.note}`)
      for (const rewrite of message.expected.slice(0, 2)) body.push(`Try: ${rewrite}`)
      lines.push(`::${message.severity === 2 ? 'error' : 'warning'} ${properties}::${escapeData(body.join('\n'))}`)
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
