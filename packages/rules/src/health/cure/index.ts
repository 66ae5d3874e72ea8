import { defineRule, tryLines, matchList, contextualMatches } from '../../define.js'
import { isMention, isPromotional } from '../../usage.js'

/**
 * "Cures", "clinically proven", "boosts your immunity", "ontgift": claims that a product treats,
 * cures or prevents disease are medicinal claims, allowed only for authorised medicines
 * (Directive 2001/83/EC art. 1(2); UCPD Annex I 17); health claims on food must be authorised
 * and worded as authorised (Regulation (EC) 1924/2006 art. 10 and 13, art. 14 for disease risk);
 * the CAP Code (12.1, 15.1) asks for robust evidence. An approved claim with its study silences it.
 * Everyday words ("time heals", "cured ham") count only in selling copy; the rest everywhere.
 */
export default defineRule({
  meta: {
    id: 'health/cure',
    type: 'claim',
    docs: {
      description: 'Medicinal and unauthorised health claims (cures, clinically proven, boosts immunity, detox / geneest, klinisch bewezen, versterkt je weerstand, ontgiften)',
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
        if (isPromotional(sentence, context.language, context.profile)) matches.push(...contextualMatches(context, sentence))
        matches.sort((a, b) => a.range.start - b.range.start)
        for (const match of matches) {
          if (isMention(sentence, match, context.language)) continue
          context.report({ messageId: 'cure', range: match.range, expected: tryLines(context, 'cure', match.range, match.entry.expected) })
        }
      },
    }
  },
})
