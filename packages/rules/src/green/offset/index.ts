import { defineRule, matchList } from '../../define.js'
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
      source: 'Directive (EU) 2024/825, UCPD Annex I 4c (blacklisted from 2026-09-27); ACM Leidraad Duurzaamheidsclaims rule 3; CAP Code 11.1 and 11.7; FTC Green Guides 16 CFR 260.5',
    },
    messages: {
      offset:
        '"{actual}" claims a neutral or positive climate impact, which for products rests on offsetting (EU 2024/825, UCPD Annex I 4c{blacklist}): no evidence makes this wording acceptable; state the footprint and report what is offset separately',
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
            expected: match.entry.expected ?? EXPECTED[context.language],
            ...(severity ? { severity } : {}),
          })
        }
      },
    }
  },
})

const EXPECTED = {
  en: [
    'state the product\'s own footprint: "this jacket causes 12 kg CO2e over its life (ISO 14067, 2025)"',
    'report offsetting separately: "we also fund Gold Standard cookstove projects for 15 t CO2e a year"',
    'say what you reduced: "we cut transport emissions by 30% since 2022"',
  ],
  nl: [
    'noem de eigen voetafdruk: "deze jas veroorzaakt 12 kg CO2e over zijn levensduur (ISO 14067, 2025)"',
    'meld compensatie apart: "daarnaast financieren we Gold Standard-kooktoestelprojecten voor 15 ton CO2e per jaar"',
    'zeg wat je hebt verminderd: "we verminderden de uitstoot van transport met 30% sinds 2022"',
  ],
}
