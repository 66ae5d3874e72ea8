import type { LintMessage } from './types.js'
import { lint, type LintOptions, type LintResult } from './engine.js'

export interface AppliedFixes {
  /** The source with the applied fixes. */
  output: string
  /** Messages whose fix was applied, in source order. */
  applied: LintMessage[]
  /**
   * Messages whose fix was not applied: it overlaps or touches one applied before it (the next
   * pass, after a fresh lint, gets another chance), changes nothing, or is invalid (a range out of
   * the text, reversed, or cutting a surrogate pair, a CRLF or the byte order mark in two).
   */
  skipped: LintMessage[]
}

export interface ApplyFixesOptions {
  /** Line breaks in fix texts are written as this, so a CRLF file stays CRLF. Default: as given. */
  lineEnding?: '\n' | '\r\n'
}

/**
 * Applies the `fix` of each message to `source`, ESLint's way: sorted by range, and a fix that
 * overlaps or touches an earlier one waits for the next pass. Text outside the applied ranges is
 * copied unchanged. Messages without a fix are ignored.
 */
export function applyFixes(source: string, messages: readonly LintMessage[], options: ApplyFixesOptions = {}): AppliedFixes {
  const applied: LintMessage[] = []
  const skipped: LintMessage[] = []
  const candidates = messages.filter((message) => message.fix)
  candidates.sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1])
  const parts: string[] = []
  let copiedUpTo = 0
  let lastEnd = -1
  for (const message of candidates) {
    const [start, end] = message.fix!.range
    let text = message.fix!.text
    if (!validRange(source, start, end) || typeof text !== 'string' || start <= lastEnd) {
      skipped.push(message)
      continue
    }
    if (options.lineEnding) text = text.replace(/\r\n|\r|\n/g, options.lineEnding)
    if (text === source.slice(start, end)) {
      skipped.push(message)
      continue
    }
    parts.push(source.slice(copiedUpTo, start), text)
    copiedUpTo = end
    lastEnd = end
    applied.push(message)
  }
  parts.push(source.slice(copiedUpTo))
  return { output: parts.join(''), applied, skipped }
}

function validRange(source: string, start: number, end: number): boolean {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > source.length) return false
  if (source.charCodeAt(0) === 0xfeff && start === 0) return false
  return !cutsPair(source, start) && !cutsPair(source, end)
}

/** True when `offset` falls between the halves of a surrogate pair or of a CRLF. */
function cutsPair(source: string, offset: number): boolean {
  if (offset <= 0 || offset >= source.length) return false
  const before = source.charCodeAt(offset - 1)
  const after = source.charCodeAt(offset)
  if (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) return true
  return before === 13 && after === 10
}

/** ESLint's limit: fixes that keep producing new fixes stop after this many passes. */
export const MAX_FIX_PASSES = 10

export interface FixResult {
  /** The fixed text (equal to the source when nothing was fixed). */
  output: string
  /** The lint result of `output`: the messages that remain. */
  result: LintResult
  /** The lint result of the source, before any fix. */
  initial: LintResult
  /** Fixes applied over all passes. */
  fixCount: number
  /** Passes that changed the text. */
  passes: number
}

/** The line break a text mostly uses, so fixes write the same. */
export function lineEndingOf(source: string): '\n' | '\r\n' {
  let crlf = 0
  let lf = 0
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) {
    if (source.charCodeAt(i - 1) === 13) crlf++
    else lf++
  }
  return crlf > lf ? '\r\n' : '\n'
}

/**
 * Lints, applies the fixes, and lints again until no fix applies or `maxPasses` is reached.
 * The result is stable: fixing `output` again changes nothing (unless the limit was reached).
 */
export function lintAndFix(source: string, options: LintOptions, maxPasses = MAX_FIX_PASSES): FixResult {
  const lineEnding = lineEndingOf(source)
  let output = source
  const initial = lint(output, options)
  let result = initial
  let fixCount = 0
  let passes = 0
  while (passes < maxPasses) {
    const { output: next, applied } = applyFixes(output, result.messages, { lineEnding })
    if (applied.length === 0) break
    fixCount += applied.length
    passes++
    output = next
    result = lint(output, options)
  }
  return { output, result, initial, fixCount, passes }
}
