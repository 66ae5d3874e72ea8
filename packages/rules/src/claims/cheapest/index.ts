import { defineRule, matchList, withoutOverlaps, hasCitation, hasYear, isSelfPromotional } from '../../define.js'

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
      source: 'ACM Leidraad Eerlijke handelspraktijken (prijsclaims); CAP Code 3.39-3.44 (price comparisons); UCPD art. 6(1)(d)',
    },
    messages: {
      cheapest: '"{actual}" claims lower prices than every competitor: state the dated price survey it rests on (what was compared, where, when)',
      guarantee: '"{actual}" promises a price guarantee: link its conditions or state what is compared and refunded',
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
          matches = withoutOverlaps([...matches, ...matchList(context, sentence, 'contextual')])
        }
        if (matches.length === 0) return
        // "Cheapest in a Consumentenbond price survey of 12 supermarkets, March 2025" or a cited source.
        if (hasCitation(sentence) || (matchList(context, sentence, 'survey').length > 0 && hasYear(sentence))) return
        for (const match of matches) {
          const isGuarantee = match.entry.kind === 'guarantee'
          context.report({
            messageId: isGuarantee ? 'guarantee' : 'cheapest',
            range: match.range,
            expected: match.entry.expected ?? EXPECTED[context.language],
          })
        }
      },
    }
  },
})

const EXPECTED = {
  en: [
    'state the survey: "cheapest of 6 UK supermarkets for a 40-item basket (Which? price survey, March 2025)"',
    'say what makes it affordable instead: "own-brand basics from £0.45"',
    'add the claim to the claims library with its survey as evidence',
  ],
  nl: [
    'noem het onderzoek: "goedkoopste van 6 supermarkten voor een mandje van 40 producten (prijsonderzoek Consumentenbond, maart 2025)"',
    'zeg wat het betaalbaar maakt: "huismerk-basisproducten vanaf € 0,45"',
    'zet de claim met het prijsonderzoek als bewijs in de claimbibliotheek',
  ],
}
