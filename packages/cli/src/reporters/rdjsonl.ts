import { readFileSync } from 'node:fs'
import type { FileReport, PlacedEdit } from '../lint-files.js'
import { reportName } from './paths.js'

interface Position {
  line: number
  column: number
}

/**
 * reviewdog's diagnostic format as JSON lines (`reviewdog -f=rdjsonl`), with suggestions where a
 * rule proposes a replacement. reviewdog counts columns in UTF-8 bytes while echt counts UTF-16
 * code units, so for files with non-ASCII text the columns are converted from the file's lines.
 */
export function formatRdjsonl(reports: FileReport[], options: { cwd: string }): string {
  const lines: string[] = []
  for (const report of reports) {
    if (report.messages.length === 0) continue
    const path = reportName(options.cwd, report)
    const toBytes = byteColumns(report.filePath)
    const place = (line: number, column: number): Position => ({ line, column: toBytes(line, column) })
    for (const message of report.messages) {
      const diagnostic: Record<string, unknown> = {
        message: message.expected.length > 0 ? `${message.message} (try: ${message.expected[0]})` : message.message,
        location: {
          path,
          range: { start: place(message.line, message.column), end: place(message.endLine, message.endColumn) },
        },
        severity: message.severity === 2 ? 'ERROR' : 'WARNING',
        source: { name: 'echt', url: 'https://github.com/echt-lint/echt' },
        code: message.url ? { value: message.ruleId, url: message.url } : { value: message.ruleId },
      }
      const suggestions = (message.edits ?? []).map((edit: PlacedEdit) => ({
        range: { start: place(edit.start.line, edit.start.column), end: place(edit.end.line, edit.end.column) },
        text: edit.text,
      }))
      if (suggestions.length > 0) diagnostic.suggestions = suggestions
      lines.push(JSON.stringify(diagnostic))
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}

/** UTF-16 column -> UTF-8 byte column, reading the file once; unreadable or ASCII files map 1:1. */
function byteColumns(filePath: string): (line: number, column: number) => number {
  let lines: string[] | undefined
  try {
    const text = readFileSync(filePath, 'utf8')
    // eslint-disable-next-line no-control-regex
    if (/[^\u0000-\u007f]/.test(text)) lines = text.split('\n')
  } catch {
    lines = undefined
  }
  return (line, column) => {
    const text = lines?.[line - 1]
    if (text === undefined) return column
    return Buffer.byteLength(text.slice(0, column - 1), 'utf8') + 1
  }
}
