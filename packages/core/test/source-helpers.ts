import { lint, lintHtml, parseHtml, proseFromDrafts, readSource, type ConfiguredRule, type LintOptions, type ParsedSource } from '@echt/core'
import { rules, presets } from '@echt/rules'

export { lint, lintHtml, parseHtml }
export type { ConfiguredRule }

/** The recommended rules with their default options, as a run without a config uses them. */
export function recommended(): ConfiguredRule[] {
  return Object.entries(presets.recommended!.rules)
    .filter(([, setting]) => setting !== 'off')
    .map(([id]) => ({ rule: rules[id]!, severity: 1 as const, options: rules[id]!.meta.defaultOptions }))
}

export function proseFromDraftsForTest(parsed: ParsedSource, source = '') {
  return proseFromDrafts(parsed.drafts, source, 'en')
}

/** Every token of the prose with the source slice its offsets cut out. */
export function tokensOf(source: string, options: Partial<LintOptions> = { format: 'html' }) {
  const doc = proseFromDrafts(readSource(source, options).drafts, source, 'en')
  return doc.sentences.flatMap((s) => s.tokens.map((t) => ({ value: t.value, kind: t.kind, slice: source.slice(t.start, t.end) })))
}

export function wordsOf(source: string, options?: Partial<LintOptions>) {
  return tokensOf(source, options).filter((t) => t.kind === 'word').map((t) => [t.value, t.slice])
}
