import { readFileSync } from 'node:fs'
import { relative, sep } from 'node:path'
import { lint, type LintMessage, type LintResult, type Profile } from '@echt/core'
import type { FileSettings } from './config/resolve.js'

export interface FileReport {
  /** Absolute path. */
  filePath: string
  /** Path relative to the config root, with forward slashes (what overrides match on). */
  relativePath: string
  messages: LintMessage[]
  suppressedMessages: LintMessage[]
  result?: LintResult
  source?: string
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

function fileProblem(filePath: string, relativePath: string, ruleId: string, message: string): FileReport {
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
  return { filePath, relativePath, messages: result.messages, suppressedMessages: result.suppressed, result, source }
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
