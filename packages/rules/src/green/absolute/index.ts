import { defineRule, tryLines, matchList } from '../../define.js'
import { isMention, isPromotional } from '../../usage.js'

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
          if (matchList(context, sentence, 'lasting').length === 0) {
            matches.push(...matchList(context, sentence, 'contextual').filter((m) => !overlapsStrong(m.range)))
          }
        }
        for (const match of matches) {
          if (isMention(sentence, match, context.language)) continue
          context.report({ messageId: 'absolute', range: match.range, expected: tryLines(context, 'absolute', match.range, match.entry.expected) })
        }
      },
    }
  },
})
