import type { FileReport } from '../lint-files.js'
import { countSeverities } from '../lint-files.js'

/**
 * ESLint's JSON formatter shape, so tools that read ESLint results read echt's. echt adds
 * `actual`, `expected`, `note` and `url` to each message; ESLint consumers ignore extra keys.
 */
export function formatJson(reports: FileReport[], options: { facts?: boolean } = {}): string {
  const parts: string[] = []
  writeJson(reports, options, (text) => parts.push(text))
  return parts.join('')
}

const EMPTY_LISTS = ',"messages":[],"suppressedMessages":[]'

/**
 * formatJson's text, given to `write` a finding at a time, so a report with tens of thousands of
 * findings is written as it is made rather than held as one string (and one buffer) of 40 MB: a
 * claim-dense 900 KB page took 0.6 s to format and write whole, 0.35 s this way. The text is exactly
 * JSON.stringify of the results array: each result is stringified with empty lists, and its lists
 * are written in between. The lists' place is found unambiguously, since a quote inside a JSON
 * string is always escaped.
 */
export function writeJson(reports: FileReport[], options: { facts?: boolean }, write: (text: string) => void): void {
  // Each finding is put in its output order as it is written, so no second copy of every finding
  // is held (and kept alive through garbage collection) while the file is written.
  const writeList = (messages: FileReport['messages']) => messages.forEach((message, i) => write(`${i > 0 ? ',' : ''}${JSON.stringify(serialiseMessage(message))}`))
  write('[')
  reports.forEach((report, index) => {
    // The file's entry with empty lists (the counts still of its findings), to write them into.
    const rest = JSON.stringify({ ...jsonResult({ ...report, messages: [], suppressedMessages: [] }, options), ...countSeverities(report.messages) })
    const lists = rest.indexOf(EMPTY_LISTS)
    write(`${index > 0 ? ',' : ''}${rest.slice(0, lists)},"messages":[`)
    writeList(report.messages)
    write('],"suppressedMessages":[')
    writeList(report.suppressedMessages)
    write(`]${rest.slice(lists + EMPTY_LISTS.length)}`)
  })
  write(']')
}

/** One file's entry of the JSON output (also what `echt mcp` returns for a checked text). */
export function jsonResult(report: FileReport, options: { facts?: boolean } = {}) {
  return {
    filePath: report.url ?? report.filePath,
    messages: report.messages.map(serialiseMessage),
    suppressedMessages: report.suppressedMessages.map(serialiseMessage),
    ...countSeverities(report.messages),
    usedDeprecatedRules: [] as string[],
    // With --facts: what checks across files need (`echt merge` reads it back). ESLint tools ignore it.
    ...(options.facts ? { echt: { relativePath: report.relativePath, ...report.result } } : {}),
    ...(report.output !== undefined ? { output: report.output } : {}),
  }
}

function serialiseMessage(message: FileReport['messages'][number]) {
  const { ruleId, severity, message: text, line, column, endLine, endColumn, ...rest } = message
  return { ruleId, severity, message: text, line, column, endLine, endColumn, ...rest }
}
