import { defineRule, tryLines, matchList, withoutOverlaps, hasCitation, hasYear, isSelfPromotional, contextualMatches } from '../../define.js'

/**
 * Price superiority ("the cheapest", "lowest prices", "nergens goedkoper") is an objective claim
 * about every competitor's prices at once; the ACM and the CAP Code ask for a fair, dated
 * comparison that a reader can check. Everyday wording ("best price") is a claim only where the
 * copy promotes the organisation; "the cheapest way to travel" is advice, not a claim.
 */
export default defineRule({
  meta: {
    id: 'claims/cheapest',
    type: 'claim',
    docs: {
      description: 'Price superiority claims (cheapest, lowest prices, nowhere cheaper / de goedkoopste, laagste prijs, nergens goedkoper) without a dated price survey',
      recommended: true,
    },
    schema: {
      type: 'object',
      properties: {
        contextual: { type: 'boolean', description: 'Also flag everyday price wording ("best price") in self-promotional sentences' },
      },
      additionalProperties: false,
    },
    defaultOptions: { contextual: true },
    defaultSeverity: 'warn',
    silencedByApprovedClaims: true,
  },
  create(context) {
    return {
      sentence(sentence) {
        let matches = matchList(context, sentence, 'strong')
        if (context.options.contextual !== false && isSelfPromotional(sentence, context.language, context.profile)) {
          matches = withoutOverlaps([...matches, ...contextualMatches(context, sentence)])
        }
        if (matches.length === 0) return
        // "Cheapest in a Consumentenbond price survey of 12 supermarkets, March 2025" or a cited source.
        if (hasCitation(sentence) || (matchList(context, sentence, 'survey').length > 0 && hasYear(sentence))) return
        for (const match of matches) {
          const isGuarantee = match.entry.kind === 'guarantee'
          context.report({
            messageId: isGuarantee ? 'guarantee' : 'cheapest',
            range: match.range,
            expected: tryLines(context, isGuarantee ? 'guarantee' : 'cheapest', match.range, match.entry.expected),
          })
        }
      },
    }
  },
})
