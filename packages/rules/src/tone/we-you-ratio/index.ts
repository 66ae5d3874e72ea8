import type { Token } from '@echt/core'
import { defineRule, tryLines } from '../../define.js'
import { wordSet } from '../../wordlists.js'
import { documentAnchor, isQuoted, quotedTokenIndexes } from '../../document.js'

const RULE_ID = 'tone/we-you-ratio'

/**
 * Self-focused copy talks about "we" and "our" more than about the reader. Counts we/our/us
 * against you/your (wij/ons/onze against u/uw/je/jij/jouw) over the page, leaving out
 * blockquotes and quotations (testimonials speak for the customer), and reports the page when
 * the you:we ratio is below `min`. Short pages are not judged.
 */
export default defineRule({
  meta: {
    id: RULE_ID,
    type: 'tone',
    docs: {
      description: 'Self-focused copy: many we/our, few you/your (wij/ons against u/je)',
      recommended: true,
    },
    schema: {
      type: 'object',
      properties: {
        min: { type: 'number', minimum: 0, description: 'Lowest acceptable ratio of you-words to we-words' },
        minWords: { type: 'integer', minimum: 0, description: 'Pages with fewer words are not judged' },
        minWe: { type: 'integer', minimum: 1, description: 'Pages with fewer we-words are not judged' },
      },
      additionalProperties: false,
    },
    defaultOptions: { min: 1, minWords: 100, minWe: 5 },
    defaultSeverity: 'warn',
  },
  create(context) {
    const min = Number(context.options.min ?? 1)
    const minWords = Number(context.options.minWords ?? 100)
    const minWe = Number(context.options.minWe ?? 5)
    const weWords = wordSet(RULE_ID, context.language, 'we')
    const youWords = wordSet(RULE_ID, context.language, 'you')
    let we = 0
    let you = 0
    let counted = 0
    return {
      sentence(sentence) {
        if (isQuoted(sentence) || context.isDisabled(sentence.start)) return
        const quoted = quotedTokenIndexes(sentence)
        for (const token of sentence.tokens) {
          if (token.kind !== 'word' || quoted.has(token.index)) continue
          counted++
          if (weWords.has(token.normal) && !isCountryUs(token)) we++
          else if (youWords.has(token.normal)) you++
        }
      },
      document(document) {
        const ratio = we === 0 ? null : Math.round((you / we) * 100) / 100
        context.setData({ we, you, ratio, words: counted, judged: counted >= minWords && we >= minWe })
        if (counted < minWords || we < minWe || ratio === null || ratio >= min) return
        context.report({
          messageId: 'selfFocused',
          range: documentAnchor(document),
          data: { we, you, ratio: ratio.toFixed(2), min: min.toFixed(2) },
          expected: tryLines(context, 'selfFocused', documentAnchor(document)),
          extra: { we, you, ratio, min },
        })
      },
    }
  },
})

function isCountryUs(token: Token): boolean {
  return token.value === 'US'
}
