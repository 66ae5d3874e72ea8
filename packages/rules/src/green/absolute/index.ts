import { defineRule, matchList } from '../../define.js'
import { isMention, isPromotional } from '../../usage.js'

/**
 * "Sustainable", "100% duurzaam", "zero impact", "the greenest": absolute claims say a product
 * does no harm over its whole life, which almost nothing can show. The ACM Leidraad
 * Duurzaamheidsclaims treats "duurzaam" as such a claim; the CAP Code (11.4) asks for a high
 * level of substantiation for absolute claims; the FTC Green Guides call unqualified general
 * benefit claims deceptive. Only an approved claim with life-cycle evidence silences it.
 * "Sustainable" alone is often an economist's word ("sustainable growth"), so it is flagged only
 * in selling copy; the strong forms ("100% sustainable") everywhere.
 */
export default defineRule({
  meta: {
    id: 'green/absolute',
    type: 'claim',
    docs: {
      description: 'Absolute sustainability claims (sustainable, 100% sustainable, zero impact, the greenest / duurzaam, duurzaamste, groenste)',
      recommended: true,
      source: 'ACM Leidraad Duurzaamheidsclaims rule 1 and 2; CAP Code 11.4; FTC Green Guides 16 CFR 260.4; Directive (EU) 2024/825, UCPD art. 6(1)',
    },
    messages: {
      absolute:
        '"{actual}" is an absolute sustainability claim (ACM Leidraad Duurzaamheidsclaims; CAP Code 11.4; FTC Green Guides 260.4): it needs life-cycle evidence; say which impact is lower and by how much, or add the claim with that evidence to the claims library',
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
        if (isPromotional(sentence, context.language, context.profile)) {
          const strong = [...matches]
          const overlapsStrong = (range: { start: number; end: number }) => strong.some((m) => m.range.start < range.end && range.start < m.range.end)
          matches.push(...matchList(context, sentence, 'contextual').filter((m) => !overlapsStrong(m.range)))
        }
        for (const match of matches) {
          if (isMention(sentence, match, context.language)) continue
          context.report({ messageId: 'absolute', range: match.range, expected: match.entry.expected ?? EXPECTED[context.language] })
        }
      },
    }
  },
})

const EXPECTED = {
  en: [
    'say which impact and how much: "made from 70% recycled polyester, which cuts its CO2e by a third (LCA by Ecochain, 2025)"',
    'name the scope: "the cotton is organic (GOTS certified)"',
    'or add the claim with life-cycle evidence to the claims library',
  ],
  nl: [
    'zeg welke impact en hoeveel: "gemaakt van 70% gerecycled polyester, dat een derde minder CO2e veroorzaakt (LCA door Ecochain, 2025)"',
    'noem het onderdeel: "het katoen is biologisch (GOTS-gecertificeerd)"',
    'of zet de claim met levenscyclusbewijs in de claimbibliotheek',
  ],
}
