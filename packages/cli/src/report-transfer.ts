import type { FileReport, ReportedMessage } from './lint-files.js'

/**
 * The fields of a finding that repeat across a page: a claim-dense 900 KB page has 46,000 findings
 * but 14 distinct messages, and these fields were three quarters of the 41 MB of JSON its worker
 * thread wrote and the main thread parsed again.
 */
const SHARED_FIELDS = ['ruleId', 'message', 'actual', 'expected', 'note', 'url', 'messageId'] as const
type SharedValue = string | string[]

/**
 * The text a lint worker sends its reports back in: each distinct value of SHARED_FIELDS is written
 * once, and a finding names it by its index. decodeReports gives back reports equal to `reports`,
 * with every field in the same order (the JSON reporter prints them in that order).
 */
export function encodeReports(reports: readonly FileReport[]): string {
  const values: SharedValue[] = []
  const strings = new Map<string, number>()
  const arrays = new Map<string, number>()
  // Findings often share the very list (try lines made once per page): known by identity first.
  const sameArrays = new Map<readonly string[], number>()
  const indexOf = (value: SharedValue): number => {
    if (typeof value !== 'string') {
      let index = sameArrays.get(value)
      if (index === undefined) sameArrays.set(value, (index = remember(arrays, JSON.stringify(value), value)))
      return index
    }
    return remember(strings, value, value)
  }
  const remember = (known: Map<string, number>, key: string, value: SharedValue): number => {
    let index = known.get(key)
    if (index === undefined) {
      index = values.push(value) - 1
      known.set(key, index)
    }
    return index
  }
  const encode = (message: ReportedMessage) => {
    const copy: Record<string, unknown> = { ...message }
    for (const field of SHARED_FIELDS) {
      const value = copy[field] as SharedValue | undefined
      if (value !== undefined) copy[field] = indexOf(value)
    }
    return copy
  }
  const encoded = reports.map((report) => ({ ...report, messages: report.messages.map(encode), suppressedMessages: report.suppressedMessages.map(encode) }))
  return JSON.stringify({ values, reports: encoded })
}

/** The reports encodeReports wrote; each finding gets its own copy of a shared list. */
export function decodeReports(text: string): FileReport[] {
  const { values, reports } = JSON.parse(text) as { values: SharedValue[]; reports: FileReport[] }
  const decode = (message: ReportedMessage) => {
    const fields = message as unknown as Record<string, unknown>
    for (const field of SHARED_FIELDS) {
      const index = fields[field]
      if (typeof index !== 'number') continue
      const value = values[index]!
      fields[field] = typeof value === 'string' ? value : [...value]
    }
  }
  for (const report of reports) {
    report.messages.forEach(decode)
    report.suppressedMessages.forEach(decode)
  }
  return reports
}
