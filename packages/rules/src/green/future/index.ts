import { defineRule, ruleText, tryLines, matchList } from '../../define.js'
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
        const missing = ruleText(context, !year && !linked ? 'missingBoth' : !year ? 'missingYear' : 'missingPlan')
        for (const match of targets) {
          context.report({ messageId: 'future', data: { missing }, range: match.range, expected: tryLines(context, 'future', match.range) })
        }
      },
    }
  },
})
