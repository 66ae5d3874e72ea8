import type { BrandValue, Language, Profile, RuleContext, Sentence } from '@echt/core'
import { phraseTokens } from '@echt/core'
import { defineRule, ruleText, tryLines } from '../../define.js'
import { wordSet } from '../../wordlists.js'
import { documentAnchor, matchStems, stemPhrase, wordFamily, words, type StemPhrase } from '../../document.js'

const RULE_ID = 'brand/off-message'

/** Weights of the two parts of the score when the profile has both values and a mission or vision. */
export const VALUE_WEIGHT = 0.6
export const MESSAGE_WEIGHT = 0.4
/** Distinct mission/vision terms a page needs to echo for the full message part. */
export const MESSAGE_TARGET = 5

export interface ValueAlignment {
  name: string
  echoed: boolean
  /** The page's words that echoed the value, in order of first appearance. */
  words: string[]
}

export interface Alignment {
  score: number
  valueScore: number | null
  messageScore: number | null
  values: ValueAlignment[]
  messageTerms: { matched: string[]; missing: string[] }
  words: number
  judged: boolean
}

interface MessageTerm {
  stem: string
  word: string
}

/**
 * How well a page carries the brand's message: which declared values it echoes (a value's name or
 * one of its `means`, on stems) and how many key terms of the mission and vision it uses. Scored
 * per page only, so a page's score never changes because another page was added.
 */
export default defineRule({
  meta: {
    id: RULE_ID,
    type: 'consistency',
    docs: {
      description: "A page that echoes little of the brand's mission, vision and values (alignment score 0-100)",
      recommended: true,
    },
    schema: {
      type: 'object',
      properties: {
        minScore: { type: 'number', minimum: 0, maximum: 100, description: 'Pages scoring lower are reported' },
        minWords: { type: 'integer', minimum: 0, description: 'Pages with fewer words are scored but not reported' },
      },
      additionalProperties: false,
    },
    defaultOptions: { minScore: 30, minWords: 100 },
    defaultSeverity: 'warn',
  },
  create(context) {
    const { profile, language } = context
    const { valuePhrases, messageTerms } = compiled(profile, language)
    if (profile.values.length === 0 && messageTerms.length === 0) return {}
    const minScore = Number(context.options.minScore ?? 30)
    const minWords = Number(context.options.minWords ?? 100)
    const echoes = new Map<BrandValue, string[]>()
    const pageStems = new Set<string>()
    let wordCount = 0
    return {
      sentence(sentence: Sentence) {
        if (context.isDisabled(sentence.start)) return
        for (const token of words(sentence)) {
          wordCount++
          pageStems.add(wordFamily(token.normal, language))
        }
        for (const match of matchStems(sentence, valuePhrases, language)) {
          const text = match.tokens.map((t) => t.normal).join(' ')
          const list = echoes.get(match.payload) ?? []
          if (!list.includes(text)) list.push(text)
          echoes.set(match.payload, list)
        }
      },
      document(document) {
        const alignment = score(profile, echoes, messageTerms, pageStems, wordCount, minWords)
        context.setData(alignment as unknown as Record<string, unknown>)
        if (!alignment.judged || alignment.score >= minScore) return
        const echoed = alignment.values.filter((v) => v.echoed)
        const missing = [...alignment.values.filter((v) => !v.echoed).map((v) => `"${v.name}"`), ...alignment.messageTerms.missing.map((w) => `"${w}"`)]
        context.report({
          messageId: 'offMessage',
          range: documentAnchor(document),
          data: {
            score: alignment.score,
            minScore,
            echoes: echoed.length ? ruleText(context, 'echoes', { values: echoed.map((v) => `"${v.name}" (${v.words.join(', ')})`).join(', ') }) : ruleText(context, 'echoesNone'),
            missing: missing.length ? missing.join(', ') : ruleText(context, 'nothing'),
          },
          expected: tryLines(context, 'offMessage', documentAnchor(document), undefined, { missingValues: missingValuesOf(context, alignment) }),
          extra: alignment as unknown as Record<string, unknown>,
        })
      },
    }
  },
})

// The profile is the same for every page of a run: compile its terms once per language.
const compiledCache = new WeakMap<Profile, Partial<Record<Language, { valuePhrases: StemPhrase<BrandValue>[]; messageTerms: MessageTerm[] }>>>()

function compiled(profile: Profile, language: Language) {
  let byLanguage = compiledCache.get(profile)
  if (!byLanguage) compiledCache.set(profile, (byLanguage = {}))
  return (byLanguage[language] ??= { valuePhrases: compileValues(profile, language), messageTerms: compileMessageTerms(profile, language) })
}

function compileValues(profile: Profile, language: Language): StemPhrase<BrandValue>[] {
  const phrases: StemPhrase<BrandValue>[] = []
  for (const value of profile.values) {
    for (const term of [value.name, ...value.means]) {
      const phrase = stemPhrase(term, language, value)
      if (phrase) phrases.push(phrase)
    }
  }
  return phrases
}

/** Key terms of the mission and vision: content words, stemmed, without the brand's own name. */
function compileMessageTerms(profile: Profile, language: Language): MessageTerm[] {
  const stop = wordSet(RULE_ID, language, 'stopwords', 'exact')
  const brand = new Set(profile.name ? phraseTokens(profile.name, language) : [])
  const terms: MessageTerm[] = []
  for (const text of [profile.mission, profile.vision]) {
    if (!text) continue
    for (const word of phraseTokens(text, language)) {
      if (word.length < 3 || !/^\p{L}/u.test(word) || stop.has(word) || brand.has(word)) continue
      const family = wordFamily(word, language)
      if (!terms.some((t) => t.stem === family)) terms.push({ stem: family, word })
    }
  }
  return terms
}

/**
 * score = 100 × (0.6 × valueScore + 0.4 × messageScore), rounded, where
 *   valueScore   = values echoed ÷ values declared
 *   messageScore = min(1, mission/vision terms used ÷ min(5, terms in mission and vision));
 * with only values or only a mission/vision, that part alone makes the score.
 */
function score(
  profile: Profile,
  echoes: Map<BrandValue, string[]>,
  messageTerms: MessageTerm[],
  pageStems: Set<string>,
  wordCount: number,
  minWords: number,
): Alignment {
  const values = profile.values.map((value) => ({ name: value.name, echoed: echoes.has(value), words: echoes.get(value) ?? [] }))
  const matched = messageTerms.filter((t) => pageStems.has(t.stem)).map((t) => t.word)
  const missing = messageTerms.filter((t) => !pageStems.has(t.stem)).map((t) => t.word)
  const valueScore = values.length ? values.filter((v) => v.echoed).length / values.length : null
  const messageScore = messageTerms.length ? Math.min(1, matched.length / Math.min(MESSAGE_TARGET, messageTerms.length)) : null
  const combined =
    valueScore !== null && messageScore !== null ? VALUE_WEIGHT * valueScore + MESSAGE_WEIGHT * messageScore : (valueScore ?? messageScore ?? 0)
  return {
    score: Math.round(combined * 100),
    valueScore: valueScore === null ? null : round2(valueScore),
    messageScore: messageScore === null ? null : round2(messageScore),
    values,
    messageTerms: { matched, missing },
    words: wordCount,
    judged: wordCount >= minWords,
  }
}

function round2(value: number): number {
  return Math.round(value * 100) / 100
}

/** The values the page does not echo, for the try line: '"Fairness" or "Repair"', else the mission. */
function missingValuesOf(context: RuleContext<any>, alignment: Alignment): string {
  const missing = alignment.values.filter((v) => !v.echoed).map((v) => `"${v.name}"`)
  return missing.length ? missing.join(` ${ruleText(context, 'or')} `) : ruleText(context, 'theMission')
}
