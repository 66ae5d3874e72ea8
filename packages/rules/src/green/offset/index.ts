import { defineRule, tryLines, matchList } from '../../define.js'
import { EU_BLACKLIST_OPTION, euBlacklist, isFutureClaim, isMention } from '../../usage.js'

/**
 * "Carbon neutral", "klimaatneutraal": claiming a neutral, reduced or positive impact on the basis
 * of offsetting is blacklisted for products by Directive (EU) 2024/825 (UCPD Annex I 4c) from
 * 27 September 2026, whatever the offsets. Nothing in the sentence makes the wording acceptable,
 * and an approved claim does not either: the fix is a rewrite that states the product's own
 * footprint and reports the offsetting separately. Targets ("climate neutral by 2030") are
 * future claims and left to green/future.
 */
export default defineRule({
  meta: {
    id: 'green/offset',
    type: 'claim',
    docs: {
      description: 'Neutrality claims based on offsetting (carbon neutral, CO2-neutral / klimaatneutraal, CO2-gecompenseerd)',
      recommended: true,
    },
    schema: { type: 'object', properties: { euBlacklist: EU_BLACKLIST_OPTION }, additionalProperties: false },
    defaultOptions: { euBlacklist: true },
    defaultSeverity: 'warn',
  },
  create(context) {
    return {
      sentence(sentence) {
        const matches = matchList(context, sentence, 'neutrality').filter((match) => !isMention(sentence, match, context.language))
        if (matches.length === 0 || isFutureClaim(context, sentence)) return
        const { severity, data: blacklist } = euBlacklist(context)
        for (const match of matches) {
          context.report({
            messageId: 'offset',
            data: blacklist,
            range: match.range,
            expected: tryLines(context, 'offset', match.range, match.entry.expected),
            ...(severity ? { severity } : {}),
          })
        }
      },
    }
  },
})
