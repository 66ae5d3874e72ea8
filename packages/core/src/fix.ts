import type { Fix } from './types.js'

export interface FixResult {
  /** The source with the fixes applied. */
  output: string
  /** Fixes applied, in source order. */
  applied: Fix[]
  /** Fixes left out because they overlap an earlier one; a second pass may apply them. */
  skipped: Fix[]
}

/**
 * Applies the `fix` of each message to the source, ESLint's way: in source order, skipping a
 * fix that overlaps one already taken, so one pass never corrupts the text. Pure: the CLI
 * writes the output (atomically) and may lint and fix again until nothing is skipped.
 */
export function applyFixes(source: string, messages: readonly { fix?: Fix | undefined }[]): FixResult {
  const fixes = messages
    .map((message) => message.fix)
    .filter((fix): fix is Fix => !!fix && fix.range[0] >= 0 && fix.range[1] >= fix.range[0] && fix.range[1] <= source.length)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  const applied: Fix[] = []
  const skipped: Fix[] = []
  let output = ''
  let cursor = 0
  for (const fix of fixes) {
    const [start, end] = fix.range
    // Equal fixes from two rules are one fix; any other overlap waits for the next pass.
    const previous = applied.at(-1)
    if (previous && previous.range[0] === start && previous.range[1] === end && previous.text === fix.text) continue
    if (start < cursor) {
      skipped.push(fix)
      continue
    }
    output += source.slice(cursor, start) + fix.text
    cursor = end
    applied.push(fix)
  }
  output += source.slice(cursor)
  return { output, applied, skipped }
}
