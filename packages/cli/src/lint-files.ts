import { readFileSync } from 'node:fs'
import { relative, sep } from 'node:path'
import { lint, type LintMessage, type LintResult, type Profile } from '@echt/core'
import type { FileSettings } from './config/resolve.js'

/**
 * What the engine said about a file besides its messages (language, counts, silenced claims, and
 * whatever small per-file data later features add, such as facts for checks across files). It is
 * serialisable, so it crosses worker threads, lands in the cache and in shard output.
 */
export type FileSummary = Omit<LintResult, 'messages' | 'suppressed'>

/** A fix or suggestion with its line and column, computed while the source is at hand. */
export interface PlacedEdit {
  start: { line: number; column: number }
  end: { line: number; column: number }
  text: string
  /** The suggestion's description; absent for the message's own fix. */
  desc?: string
}

/** A message as reporters see it: the engine's message plus the positions of its edits. */
export type ReportedMessage = LintMessage & { edits?: PlacedEdit[] }

/**
 * One linted file. Deliberately without the source text or any syntax tree: a run over 100,000
 * files keeps only these, so memory grows with the findings, not with the copy.
 */
export interface FileReport {
  /** Absolute path. */
  filePath: string
  /** Path relative to the config root, with forward slashes (what overrides match on). */
  relativePath: string
  messages: ReportedMessage[]
  suppressedMessages: ReportedMessage[]
  result?: FileSummary
}

export interface LintFileOptions {
  root: string
  profile: Profile
  today: string
  knownRuleIds: string[]
  settingsFor(relativePath: string): FileSettings
}

export function toRelative(root: string, filePath: string): string {
  return relative(root, filePath).split(sep).join('/')
}

export function fileProblem(filePath: string, relativePath: string, ruleId: string, message: string): FileReport {
  const problem: LintMessage = {
    ruleId, severity: 2, message, fatal: true,
    line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0, actual: '', expected: [],
  }
  return { filePath, relativePath, messages: [problem], suppressedMessages: [] }
}

/** Reads and lints one file; unreadable or binary files become one fatal message, never a crash. */
export function lintFile(filePath: string, options: LintFileOptions): FileReport {
  const relativePath = toRelative(options.root, filePath)
  let buffer: Buffer
  try {
    buffer = readFileSync(filePath)
  } catch (error) {
    return fileProblem(filePath, relativePath, 'echt/read-error', `Cannot read this file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); skipped`)
  }
  if (buffer.subarray(0, 8000).includes(0)) {
    return fileProblem(filePath, relativePath, 'echt/binary-file', 'This file looks binary (it contains NUL bytes), not Markdown; skipped')
  }
  const source = buffer.toString('utf8')
  const settings = options.settingsFor(relativePath)
  const profile = settings.language ? { ...options.profile, language: settings.language } : options.profile
  const result = lint(source, {
    filePath,
    profile,
    rules: settings.rules,
    knownRuleIds: options.knownRuleIds,
    today: options.today,
  })
  const { messages, suppressed, ...summary } = result
  return { filePath, relativePath, messages: placeEdits(source, messages), suppressedMessages: placeEdits(source, suppressed), result: summary }
}

/** Adds line/column positions to fixes and suggestions (SARIF and reviewdog need them; offsets alone are not enough). */
function placeEdits(source: string, messages: LintMessage[]): ReportedMessage[] {
  if (!messages.some((m) => m.fix || m.suggestions?.length)) return messages
  const lineStarts = [0]
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1)
  const point = (offset: number) => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (lineStarts[mid]! <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 }
  }
  return messages.map((message) => {
    const edits: PlacedEdit[] = []
    if (message.fix) edits.push({ start: point(message.fix.range[0]), end: point(message.fix.range[1]), text: message.fix.text })
    for (const suggestion of message.suggestions ?? []) {
      edits.push({ start: point(suggestion.fix.range[0]), end: point(suggestion.fix.range[1]), text: suggestion.fix.text, desc: suggestion.desc })
    }
    return edits.length > 0 ? { ...message, edits } : message
  })
}

export function countSeverities(messages: LintMessage[]) {
  let errorCount = 0
  let warningCount = 0
  let fatalErrorCount = 0
  let fixableErrorCount = 0
  let fixableWarningCount = 0
  for (const message of messages) {
    if (message.severity === 2) {
      errorCount++
      if (message.fatal) fatalErrorCount++
      if (message.fix) fixableErrorCount++
    } else {
      warningCount++
      if (message.fix) fixableWarningCount++
    }
  }
  return { errorCount, fatalErrorCount, warningCount, fixableErrorCount, fixableWarningCount }
}
