import { defineRule, tryLines, matchList, contextualMatches } from '../../define.js'
import type { PhraseMatch, Sentence } from '@echt/core'
import { isMention, isPromotional } from '../../usage.js'

/** How many words may stand between a repair verb and "duurzaam" ("herstellen het rotte hout duurzaam"). */
const LASTING_REACH = 3

/** Words strictly between two matches of a sentence, in either order. */
function wordsApart(sentence: Sentence, a: PhraseMatch, b: PhraseMatch): number {
  const [first, second] = a.tokens[0]!.index < b.tokens[0]!.index ? [a, b] : [b, a]
  const from = first.tokens[first.tokens.length - 1]!.index + 1
  const to = second.tokens[0]!.index
  return sentence.tokens.slice(from, to).filter((token) => token.kind === 'word').length
}

/**
 * "Sustainable", "100% duurzaam", "zero impact", "the greenest": absolute claims say a product
 * does no harm over its whole life, which almost nothing can show. The ACM Leidraad
 * Duurzaamheidsclaims treats "duurzaam" as such a claim; the CAP Code (11.4) asks for a high
 * level of substantiation for absolute claims; the FTC Green Guides call unqualified general
 * benefit claims deceptive. Only an approved claim with life-cycle evidence silences it.
 * "Sustainable" alone is often an economist's word ("sustainable growth"), so it is flagged only
 * in selling copy; the strong forms ("100% sustainable") everywhere.
 */
export default defineRule({
  meta: {
    id: 'green/absolute',
    type: 'claim',
    docs: {
      description: 'Absolute sustainability claims (sustainable, 100% sustainable, zero impact, the greenest / duurzaam, duurzaamste, groenste)',
      recommended: true,
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    defaultSeverity: 'warn',
    silencedByApprovedClaims: true,
  },
  create(context) {
    return {
      sentence(sentence) {
        const matches = matchList(context, sentence, 'strong')
        if (isPromotional(sentence, context.language, context.profile)) {
          const strong = [...matches]
          const overlapsStrong = (range: { start: number; end: number }) => strong.some((m) => m.range.start < range.end && range.start < m.range.end)
          // Beside a repair, "duurzaam" is how long the work lasts (a Dutch sense English spells "durably").
          const lasting = matchList(context, sentence, 'lasting')
          const besideRepair = (m: PhraseMatch) => lasting.some((l) => wordsApart(sentence, l, m) <= LASTING_REACH)
          matches.push(...contextualMatches(context, sentence).filter((m) => !overlapsStrong(m.range) && !besideRepair(m)))
        }
        for (const match of matches) {
          if (isMention(sentence, match, context.language)) continue
          context.report({ messageId: 'absolute', range: match.range, expected: tryLines(context, 'absolute', match.range, match.entry.expected) })
        }
      },
    }
  },
})
