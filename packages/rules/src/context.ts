import type { Language, Profile, Sentence, Token } from '@echt/core'
import { phraseTokens } from '@echt/core'

/**
 * Shared judgement of *whether a sentence promotes the organisation*. Superlatives and comparisons
 * in a sentence about "the best result for the team" are ordinary language; the same words in
 * "we are the best" or a slogan are claims. Rules with contextual triggers ask this.
 */
const SELF: Record<Language, ReadonlySet<string>> = {
  en: new Set(['we', 'our', 'us', "we're", "we've", 'ours']),
  nl: new Set(['wij', 'we', 'ons', 'onze']),
}

/** The last sentence judged: eight rules ask about the same sentence one after the other. */
let judged: { sentence: Sentence; language: Language; profile: Profile; promotional: boolean } | undefined

export function isSelfPromotional(sentence: Sentence, language: Language, profile: Profile): boolean {
  if (judged && judged.sentence === sentence && judged.language === language && judged.profile === profile) return judged.promotional
  const promotional = judgeSelfPromotional(sentence, language, profile)
  judged = { sentence, language, profile, promotional }
  return promotional
}

function judgeSelfPromotional(sentence: Sentence, language: Language, profile: Profile): boolean {
  // Counted in one pass, without a list of the words.
  let words = 0
  for (const token of sentence.tokens) {
    if (token.kind !== 'word') continue
    if (SELF[language].has(token.normal)) return true
    words++
  }
  if (mentionsBrand(sentence, profile, language)) return true
  // Headings and slogan-length lines are the copy's loudest claims.
  if (sentence.block.kind === 'heading') return true
  return words <= 6
}

const brandCache = new WeakMap<Profile, Partial<Record<Language, string[][]>>>()

/** The brand's own name and its product names (`voice.names`), each as the parser's word forms. */
export function brandNames(profile: Profile, language: Language): string[][] {
  let byLanguage = brandCache.get(profile)
  if (!byLanguage) brandCache.set(profile, (byLanguage = {}))
  let names = byLanguage[language]
  if (!names) {
    names = [profile.name, ...profile.voice.names].filter((n): n is string => !!n).map((n) => phraseTokens(n, language))
    byLanguage[language] = names
  }
  return names
}

export function mentionsBrand(sentence: Sentence, profile: Profile, language: Language): boolean {
  return brandNames(profile, language).some((name) => containsSequence(sentence.tokens, name))
}

export function containsSequence(tokens: Token[], words: string[]): boolean {
  if (words.length === 0) return false
  outer: for (let i = 0; i + words.length <= tokens.length; i++) {
    for (let k = 0; k < words.length; k++) if (tokens[i + k]!.normal !== words[k]) continue outer
    return true
  }
  return false
}
