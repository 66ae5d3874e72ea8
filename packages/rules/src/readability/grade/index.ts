import type { Language, Sentence } from '@echt/core'
import { defineRule, ruleText, tryLines } from '../../define.js'
import { documentAnchor } from '../../document.js'
import { countSyllables } from './syllables.js'

type Audience = 'general' | 'expert'

/** Targets per audience: reading ease at least `minScore`; sentences at most `maxSentenceWords`. */
const TARGETS: Record<Audience, { minScore: number; maxSentenceWords: number }> = {
  general: { minScore: 60, maxSentenceWords: 25 },
  expert: { minScore: 30, maxSentenceWords: 35 },
}

/** Flesch (1948) for English; Douma's (1960) Dutch adaptation of it. */
const FORMULAS: Record<Language, { name: string; base: number; perSentence: number; perWord: number }> = {
  en: { name: 'Flesch reading ease', base: 206.835, perSentence: 1.015, perWord: 84.6 },
  nl: { name: 'Flesch-Douma', base: 206.835, perSentence: 0.93, perWord: 77 },
}

export function readingEase(language: Language, words: number, sentences: number, syllables: number): number {
  const formula = FORMULAS[language]
  return formula.base - formula.perSentence * (words / sentences) - formula.perWord * (syllables / words)
}

/** Words for readability: tokens with a letter (numbers and symbols are not read as syllables). */
function readableWords(sentence: Sentence): string[] {
  return sentence.tokens.filter((t) => t.kind === 'word' && /\p{L}/u.test(t.value)).map((t) => t.value)
}

/**
 * Reading ease per page (Flesch for English, Flesch-Douma for Dutch) against a target for the
 * audience, and sentences longer than the audience's limit. Headings and image alt text are
 * fragments, not sentences: they are left out of the page score.
 */
export default defineRule({
  meta: {
    id: 'readability/grade',
    type: 'readability',
    docs: {
      description: 'Reading ease per page (Flesch / Flesch-Douma) and overlong sentences, with targets per audience',
      // A style target that depends on who reads the copy: teams opt in and choose the audience.
      recommended: false,
    },
    schema: {
      type: 'object',
      properties: {
        audience: { enum: ['general', 'expert'], description: 'Who reads the copy; sets minScore and maxSentenceWords' },
        minScore: { type: 'number', description: 'Lowest acceptable reading ease of a page (overrides the audience target)' },
        maxSentenceWords: { type: 'integer', minimum: 5, description: 'Longest acceptable sentence in words (overrides the audience target)' },
        minWords: { type: 'integer', minimum: 0, description: 'Pages with fewer words get no page score' },
      },
      additionalProperties: false,
    },
    defaultOptions: { minWords: 100 },
    defaultSeverity: 'warn',
  },
  create(context) {
    // The rule option wins (overrides per folder); else the profile's voice.audience.
    const audience: Audience = (context.options.audience ?? context.profile.voice.audience) === 'expert' ? 'expert' : 'general'
    const target = TARGETS[audience]
    const minScore = typeof context.options.minScore === 'number' ? context.options.minScore : target.minScore
    const maxSentenceWords = typeof context.options.maxSentenceWords === 'number' ? context.options.maxSentenceWords : target.maxSentenceWords
    const minWords = typeof context.options.minWords === 'number' ? context.options.minWords : 100
    let words = 0
    let sentences = 0
    let syllables = 0
    return {
      sentence(sentence) {
        if (sentence.block.kind === 'heading' || sentence.block.kind === 'imageAlt') return
        if (context.isDisabled(sentence.start)) return
        const list = readableWords(sentence)
        if (list.length === 0) return
        words += list.length
        sentences++
        for (const word of list) syllables += countSyllables(word, context.language)
        if (list.length > maxSentenceWords) {
          context.report({
            messageId: 'sentence',
            range: { start: sentence.start, end: sentence.end },
            data: { words: list.length, max: maxSentenceWords, audience: ruleText(context, audience) },
            expected: tryLines(context, 'sentence', { start: sentence.start, end: sentence.end }),
            extra: { words: list.length, max: maxSentenceWords },
          })
        }
      },
      document(document) {
        if (sentences === 0) return
        const score = round1(readingEase(context.language, words, sentences, syllables))
        const judged = words >= minWords
        const data = { score, formula: FORMULAS[context.language].name, words, sentences, syllables, minScore, audience, judged }
        context.setData(data)
        if (!judged || score >= minScore) return
        context.report({
          messageId: 'page',
          range: documentAnchor(document),
          data: {
            score: score.toFixed(1),
            formula: FORMULAS[context.language].name,
            min: minScore,
            audience: ruleText(context, audience),
            wordsPerSentence: (words / sentences).toFixed(1),
            syllablesPerWord: (syllables / words).toFixed(2),
          },
          expected: tryLines(context, 'page', documentAnchor(document)),
          extra: data,
        })
      },
    }
  },
})

function round1(value: number): number {
  return Math.round(value * 10) / 10
}