import type { PhraseMatch } from '@echt/core'
import { defineRule, tryLines, matchList } from '../../define.js'
import { EU_BLACKLIST_OPTION, euBlacklist, isMention, isPromotional } from '../../usage.js'

/** How many words from the claim a part or material may stand: "packaging made from 100% recycled cardboard". */
const PART_WINDOW = 6

/**
 * "100% recycled", "plasticvrij": an environmental claim about the whole product (or the whole
 * business) that holds for one part of it is blacklisted by Directive (EU) 2024/825 (UCPD
 * Annex I 4b) from 27 September 2026. Naming the part or material in the sentence, close to the
 * claim, makes it specific: "100% recycled packaging", "verpakking van 100% gerecycled karton".
 */
export default defineRule({
  meta: {
    id: 'green/scope',
    type: 'claim',
    docs: {
      description: 'Whole-product environmental claims (100% recycled, plastic-free / 100% gerecycled, plasticvrij) that do not name the part',
      recommended: true,
    },
    schema: { type: 'object', properties: { euBlacklist: EU_BLACKLIST_OPTION }, additionalProperties: false },
    defaultOptions: { euBlacklist: true },
    defaultSeverity: 'warn',
    silencedByApprovedClaims: true,
  },
  create(context) {
    return {
      sentence(sentence) {
        const matches = matchList(context, sentence, 'wholeProduct')
        if (matches.length === 0 || !isPromotional(sentence, context.language, context.profile)) return
        const parts = matchList(context, sentence, 'parts')
        const { severity, data: blacklist } = euBlacklist(context)
        for (const match of matches) {
          if (isMention(sentence, match, context.language) || namesPart(match, parts)) continue
          context.report({
            messageId: 'scope',
            data: blacklist,
            range: match.range,
            expected: tryLines(context, 'scope', match.range, match.entry.expected),
            ...(severity ? { severity } : {}),
          })
        }
      },
    }
  },
})

function namesPart(claim: PhraseMatch, parts: PhraseMatch[]): boolean {
  const first = claim.tokens[0]!.index
  const last = claim.tokens[claim.tokens.length - 1]!.index
  return parts.some((part) => {
    const at = part.tokens[0]!.index
    return (at > last && at - last <= PART_WINDOW) || (at < first && first - at <= PART_WINDOW)
  })
}
