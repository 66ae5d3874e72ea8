import { defineRule, tryLines, matchList } from '../../define.js'
import { isMention, isPromotional, namesRecognisedLabel } from '../../usage.js'

/**
 * "Recyclable", "composteerbaar", "biodegradable" promise what happens after use, which depends
 * on where the reader lives and how they dispose of it. The FTC Green Guides (260.7, 260.8, 260.12)
 * require qualification where facilities are not available to a substantial majority; the CAP Code
 * (11.1, 11.3) and the ACM Leidraad ask for the conditions. Silenced by a qualifier in the sentence
 * ("in the blue bin", "bij het oud papier", "in industrial composting facilities"), a standard or
 * label (EN 13432, TÜV OK compost HOME) or an approved claim.
 */
export default defineRule({
  meta: {
    id: 'green/end-of-life',
    type: 'claim',
    docs: {
      description: 'End-of-life claims (recyclable, compostable, biodegradable / recyclebaar, composteerbaar, biologisch afbreekbaar) without saying how and where',
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
        const matches = matchList(context, sentence, 'endOfLife').filter((match) => !isMention(sentence, match, context.language))
        if (matches.length === 0 || !isPromotional(sentence, context.language, context.profile)) return
        if (matchList(context, sentence, 'qualifiers').length > 0 || namesRecognisedLabel(context, sentence)) return
        for (const match of matches) {
          context.report({ messageId: 'endOfLife', range: match.range, expected: tryLines(context, 'endOfLife', match.range, match.entry.expected) })
        }
      },
    }
  },
})
