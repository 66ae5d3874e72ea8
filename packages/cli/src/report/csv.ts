import type { ReportInput } from './model.js'

export const CSV_COLUMNS = ['file', 'line', 'column', 'severity', 'rule', 'message', 'actual', 'expected', 'note'] as const

/**
 * RFC 4180: fields quoted when they hold a comma, quote or line break, quotes doubled, CRLF
 * between records. A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR at
 * the start) gets a leading apostrophe: copy from a client's site is not trusted input.
 */
export function csvField(value: string | number): string {
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The findings as a spreadsheet, one row per finding; several rewrites share one cell, one per line. */
export function renderCsv(input: ReportInput): string {
  const records: string[] = [CSV_COLUMNS.join(',')]
  for (const page of input.pages) {
    for (const finding of page.findings) {
      records.push(
        [
          page.path,
          finding.line,
          finding.column,
          finding.severity === 2 ? 'error' : 'warning',
          finding.ruleId,
          finding.message,
          finding.actual,
          finding.expected.join('\n'),
          finding.note ?? '',
        ]
          .map(csvField)
          .join(','),
      )
    }
  }
  return records.join('\r\n') + '\r\n'
}
