import { defineRule, matchList } from '../../define.js'
import { citationsOf } from '@echt/core'
import { futureYear, isMention, isOwnVoice, matchShared } from '../../usage.js'

/**
 * "Net zero by 2040", "op weg naar klimaatneutraal": Directive (EU) 2024/825 (UCPD art. 6(2)(d))
 * allows claims about future environmental performance only with clear, public, verifiable
 * commitments set out in a detailed, realistic implementation plan with a target year, verified
 * by an independent expert. The sentence must give the target year and link to that plan.
 * Only the organisation's own promises count: "the EU aims to be climate neutral by 2050" is news.
 */
export default defineRule({
  meta: {
    id: 'green/future',
    type: 'claim',
    docs: {
      description: 'Future environmental claims (net zero by 2040 / klimaatneutraal in 2035, op weg naar) without a target year and a link to the published plan',
      recommended: true,
      source: 'Directive (EU) 2024/825, UCPD art. 6(2)(d); ACM Leidraad Duurzaamheidsclaims rule 4; CAP Code 11.1; FTC Green Guides 16 CFR 260.4',
    },
    messages: {
      future:
        '"{actual}" is a claim about future environmental performance (EU 2024/825, UCPD art. 6(2)(d)): it needs {missing}',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    defaultSeverity: 'warn',
  },
  create(context) {
    return {
      sentence(sentence) {
        const targets = matchList(context, sentence, 'targets').filter((match) => !isMention(sentence, match, context.language))
        if (targets.length === 0) return
        // A slogan that opens with the target ("Net zero by 2040.") is the organisation's own promise too.
        const opensWithTarget = targets.some((t) => t.tokens[0]!.index === 0)
        if (!opensWithTarget && !isOwnVoice(sentence, context.language, context.profile)) return
        const year = futureYear(context, sentence)
        const intent = matchShared('green/future', 'intent', context, sentence).length > 0
        if (!year && !intent) return
        const linked = citationsOf(sentence).links.length > 0
        if (year && linked) return
        const missing = MISSING[!year && !linked ? 'both' : !year ? 'year' : 'plan']
        for (const match of targets) {
          context.report({ messageId: 'future', data: { missing }, range: match.range, expected: EXPECTED[context.language] })
        }
      },
    }
  },
})

const MISSING = {
  both: 'a target year and a link to the published, independently verified implementation plan',
  year: 'a target year (the link alone does not say when)',
  plan: 'a link to the published, independently verified implementation plan with its interim targets',
}

const EXPECTED = {
  en: [
    'link the plan with its year: "We aim for net zero by 2040: read our [climate transition plan](/climate-plan), verified by DNV"',
    'state what you do now: "we cut our scope 1 and 2 emissions by 42% between 2019 and 2025"',
  ],
  nl: [
    'link het plan met het jaartal: "We willen in 2035 klimaatneutraal zijn: lees ons [klimaatplan](/klimaatplan), getoetst door DNV"',
    'zeg wat je nu doet: "we verminderden onze uitstoot (scope 1 en 2) met 42% tussen 2019 en 2025"',
  ],
}
