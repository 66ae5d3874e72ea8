import { defineRule } from '../../define.js'
import { findClaim, type ClaimFamily } from '../../detect/find-claims.js'

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
      source: 'UCPD art. 6 and 7 (claims the trader cannot substantiate mislead); CAP Code 3.7; ACM Leidraad Eerlijke handelspraktijken',
    },
    messages: {
      claims: '"{actual}" is a claim a reader takes as fact: keep the evidence for it (a measurement, a test or a source)',
      green: '"{actual}" is an environmental claim: it needs evidence of the environmental performance it states (a measurement over the life cycle, a recognised label or a published report)',
      health: '"{actual}" is a health claim: it needs scientific evidence of the effect, and in the EU an authorised health claim (Regulation (EC) 1924/2006)',
      pressure: '"{actual}" is an offer: state its conditions (who, how long, what it costs after) where the offer is made',
      trust: '"{actual}" is social proof or an endorsement: it needs the source (who certified, awarded or counted it, and when)',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    defaultSeverity: 'warn',
    silencedByApprovedClaims: true,
    fallback: true,
  },
  create(context) {
    return {
      sentence(sentence) {
        const claim = findClaim(sentence, context.language)
        if (!claim) return
        context.report({
          messageId: claim.family,
          range: claim.carrier.range,
          expected: EXPECTED[context.language][claim.family],
          extra: { family: claim.family, cues: claim.cues.map((cue) => cue.kind) },
        })
      },
    }
  },
})

const EXPECTED: Record<'en' | 'nl', Record<ClaimFamily, string[]>> = {
  en: {
    claims: ['say what it rests on: the measurement, the test or the source, with its date', 'add the claim to the claims library with its evidence'],
    green: ['name the environmental benefit and how much: which emissions, by how much, measured how', 'add the claim to the claims library with its evidence'],
    health: ['keep to the wording of an authorised health claim, or describe the treatment without its effect', 'add the claim to the claims library with its study'],
    pressure: ['state the conditions next to the offer: who qualifies, for how long, what it costs after'],
    trust: ['name who certified, awarded or counted it, and when', 'add the claim to the claims library with its source'],
  },
  nl: {
    claims: ['zeg waar het op rust: de meting, de test of de bron, met datum', 'zet de claim met bewijs in de claimbibliotheek'],
    green: ['noem het milieuvoordeel en hoeveel: welke uitstoot, hoeveel minder, hoe gemeten', 'zet de claim met bewijs in de claimbibliotheek'],
    health: ['houd je aan de tekst van een toegelaten gezondheidsclaim, of beschrijf de behandeling zonder effect', 'zet de claim met onderzoek in de claimbibliotheek'],
    pressure: ['noem de voorwaarden bij het aanbod: voor wie, hoe lang, wat het daarna kost'],
    trust: ['noem wie het certificeerde, bekroonde of telde, en wanneer', 'zet de claim met bron in de claimbibliotheek'],
  },
}
