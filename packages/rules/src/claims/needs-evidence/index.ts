import { defineRule, tryLines } from '../../define.js'
import { findClaim } from '../../detect/find-claims.js'

/**
 * A claim about the body that a claims/* rule reports ("pain fades faster": a dangling comparison)
 * is listed as a health claim: health claims answer to rules of their own (EU 1924/2006). Health
 * only, measured: on the tune half 1 row named better, 0 worse; on the check half 6 better, 1 worse.
 * Lending green as well named 1 more tune row better and 1 worse, and 1 more check row better and 2
 * worse, trust 2 more check rows worse.
 */
const LENT_FAMILIES = new Set(['health'])

/**
 * Tier 1 of detection, reported: every sentence that makes a checkable claim and that no more
 * specific rule already reported gets one warning naming the evidence its family needs. The
 * specific rules (superlative, green/generic, pressure/free ...) judge the banned forms; this
 * rule makes sure the claims inventory a lawyer reads is complete. An approved claim from the
 * claims library silences it, like every claim rule.
 */
export default defineRule({
  meta: {
    id: 'claims/needs-evidence',
    type: 'claim',
    docs: {
      description: 'Every other checkable claim (effects, comparisons, absolutes, social proof, environmental performance) that the claims library does not substantiate',
      recommended: true,
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    defaultSeverity: 'warn',
    silencedByApprovedClaims: true,
    fallback: true,
    // What silences a judging rule on these words (validUntil, a directive) silences the finder too.
    defersTo: [
      'claims/superlative', 'claims/cheapest', 'claims/dangling-comparison', 'claims/absolute', 'claims/unsourced-statistic', 'claims/puffery',
      'green/generic', 'green/offset', 'green/absolute', 'green/future', 'green/scope', 'green/end-of-life',
      'pressure/urgency', 'pressure/free', 'trust/label', 'health/cure',
    ],
  },
  create(context) {
    return {
      sentence(sentence) {
        const claim = findClaim(sentence, context.language)
        if (!claim) return
        // Years in the trade are trust, but the evidence they need is a record, not an endorser.
        const messageId = claim.family === 'trust' && claim.carrier.kind === 'experience' ? 'experience' : claim.family
        context.report({
          messageId,
          range: claim.carrier.range,
          expected: tryLines(context, claim.family, claim.carrier.range),
          extra: { family: claim.family, cues: claim.cues.map((cue) => cue.kind) },
          lendsFamily: LENT_FAMILIES.has(claim.family) ? claim.family : undefined,
        })
      },
    }
  },
})
