import type { FileReport } from '../lint-files.js'
import { countSeverities } from '../lint-files.js'

/**
 * ESLint's JSON formatter shape, so tools that read ESLint results read echt's. echt adds
 * `actual`, `expected`, `note` and `url` to each message; ESLint consumers ignore extra keys.
 */
export function formatJson(reports: FileReport[], options: { facts?: boolean } = {}): string {
  return JSON.stringify(reports.map((report) => jsonResult(report, options)))
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
