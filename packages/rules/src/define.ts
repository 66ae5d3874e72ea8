import type { Rule, RuleContext, RuleMeta, Sentence, PhraseMatch, PhraseMatcher, Language, Token } from '@echt/core'
import { compilePhrases, citationsOf } from '@echt/core'
import { wordList } from './wordlists.js'
import { isSelfPromotional } from './context.js'
import { engineTexts, ruleTexts } from './texts.js'
import { idiomsIn } from './detect/find-claims.js'

export { tryLines, ruleText } from './texts.js'

/** A rule as its index.ts writes it: its messages and why line are in en.yaml and nl.yaml. */
export interface RuleDefinition<Options> extends Omit<Rule<Options>, 'meta'> {
  meta: Omit<RuleMeta, 'messages' | 'texts' | 'docs'> & { docs: Omit<RuleMeta['docs'], 'source'> }
}

/**
 * Types a rule's options from its defaults and gives it its words from en.yaml and nl.yaml: the
 * English messages and why line as `meta.messages` and `docs.source`, every language as `meta.texts`.
 */
export function defineRule<Options extends Record<string, unknown>>(rule: RuleDefinition<Options>): Rule<Options> {
  const texts = ruleTexts(rule.meta.id)
  return {
    ...rule,
    meta: { ...rule.meta, docs: { ...rule.meta.docs, source: texts.en.why }, messages: texts.en.messages, texts: engineTexts(rule.meta.id) },
  }
}

/** Matches of one of a rule's word lists in a sentence. */
export function matchList(context: RuleContext<any>, sentence: Sentence, list = 'entries'): PhraseMatch[] {
  const matcher = listMatcher(context.ruleId, context.language, list)
  return matcher ? matcher.match(sentence) : []
}

/**
 * A rule's contextual triggers, less those inside an idiom or a lookalike the claim finder knows
 * ("we denken graag mee voor de beste keuze", "the cheapest off-peak hours"): what silences a
 * contextual trigger is one list, kept beside the finder's cues, so a rule never reports a claim
 * in words the finder reads as an idiom. A trigger that spells out more than the idiom stays.
 */
export function contextualMatches(context: RuleContext<any>, sentence: Sentence): PhraseMatch[] {
  const matches = matchList(context, sentence, 'contextual')
  if (matches.length === 0) return matches
  const idioms = idiomsIn(sentence, context.language)
  if (idioms === 'all') return []
  const inside = (match: PhraseMatch) => (idiom: { from: number; to: number }) =>
    idiom.from <= match.tokens[0]!.index && match.tokens[match.tokens.length - 1]!.index < idiom.to
  return matches.filter((match) => !idioms.some(inside(match)))
}

/**
 * Each rule's matchers by list and language (null: an empty list). Rules ask for a list's matcher
 * in every sentence; finding it through the word lists and the matchers' cache each time was a
 * quarter of the time of matching over the tldr corpus.
 */
const listMatchers = new Map<string, Record<string, Partial<Record<Language, PhraseMatcher | null>>>>()

function listMatcher(ruleId: string, language: Language, list: string): PhraseMatcher | null {
  let lists = listMatchers.get(ruleId)
  if (!lists) listMatchers.set(ruleId, (lists = {}))
  const byLanguage = (lists[list] ??= {})
  let matcher = byLanguage[language]
  if (matcher === undefined) {
    const entries = wordList(ruleId, language, list)
    matcher = byLanguage[language] = entries.length === 0 ? null : compilePhrases(entries, language)
  }
  return matcher
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

export { readNumber, type NumberSpan } from './numbers.js'
