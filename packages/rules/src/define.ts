import type { Rule, RuleContext, Sentence, PhraseMatch, Language } from '@echt/core'
import { compilePhrases, citationsOf } from '@echt/core'
import { wordList } from './wordlists.js'
import { isSelfPromotional } from './context.js'

/** Identity helper that types a rule's options from its defaults. */
export function defineRule<Options extends Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule
}

/** Matches of one of a rule's word lists in a sentence. */
export function matchList(context: RuleContext<any>, sentence: Sentence, list = 'entries'): PhraseMatch[] {
  const entries = wordList(context.ruleId, context.language, list)
  if (entries.length === 0) return []
  return compilePhrases(entries, context.language).match(sentence)
}

/** The sentence cites something: a link or a footnote reference inside or right after it. */
export function hasCitation(sentence: Sentence): boolean {
  const { links, footnotes } = citationsOf(sentence)
  return links.length > 0 || footnotes.length > 0
}

/** A four-digit year, 1900-2099, as a word of the sentence. */
export function hasYear(sentence: Sentence): boolean {
  return sentence.tokens.some((t) => t.kind === 'word' && /^(19|20)\d\d$/.test(t.value))
}

export { isSelfPromotional }

export function defaultExpected(context: RuleContext<any>, byLanguage: Record<Language, string[]>): string[] {
  return byLanguage[context.language]
}

/**
 * Drops matches that overlap an earlier one, so a rule that joins lists (strong first, then
 * contextual) reports "gegarandeerd resultaat" once, not also "gegarandeerd".
 */
export function withoutOverlaps(matches: PhraseMatch[]): PhraseMatch[] {
  const kept: PhraseMatch[] = []
  for (const match of matches) {
    if (kept.some((k) => k.range.start < match.range.end && match.range.start < k.range.end)) continue
    kept.push(match)
  }
  return kept.sort((a, b) => a.range.start - b.range.start)
}
