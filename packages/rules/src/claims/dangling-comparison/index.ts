import type { PhraseMatch, Sentence, Token } from '@echt/core'
import { defineRule, matchList, isSelfPromotional } from '../../define.js'

/**
 * "Better", "faster", "greener": a comparison says nothing until it says *than what*. The ACM and
 * the CAP Code read a bare comparative as a claim against the competition, which then has to be
 * identifiable and verifiable (EU Directive 2006/114). Comparatives are everyday language too
 * ("better understand", "hoe eerder hoe beter"), so they count only where the copy promotes the
 * organisation, and any named reference in the sentence ("than our 2023 model", "t.o.v. vorig jaar")
 * answers the question. "Whiter than white" names itself as the reference: always a finding.
 */
export default defineRule({
  meta: {
    id: 'claims/dangling-comparison',
    type: 'claim',
    docs: {
      description: 'Comparisons without a reference (better, faster, greener, whiter than white / beter, sneller, groener, witter dan wit)',
      recommended: true,
      source: 'ACM Leidraad Eerlijke handelspraktijken (vergelijkende claims); CAP Code 3.33 and 3.35 (comparisons with identifiable competitors); EU Directive 2006/114/EC (comparative advertising)',
    },
    messages: {
      dangling: '"{actual}" compares without saying with what: name the reference (than what, measured how)',
      tautology: '"{actual}" compares a thing with itself: it promises much and says nothing a reader can check',
    },
    schema: {
      type: 'object',
      properties: {
        contextual: { type: 'boolean', description: 'Flag bare comparatives only in self-promotional sentences (false: in every sentence)' },
      },
      additionalProperties: false,
    },
    defaultOptions: { contextual: true },
    defaultSeverity: 'warn',
    silencedByApprovedClaims: true,
  },
  create(context) {
    return {
      sentence(sentence) {
        const tautologies = matchList(context, sentence, 'tautology')
        for (const match of tautologies) {
          context.report({ messageId: 'tautology', range: match.range, expected: EXPECTED_TAUTOLOGY[context.language] })
        }
        if (context.options.contextual !== false && !isSelfPromotional(sentence, context.language, context.profile)) return
        const comparatives = matchList(context, sentence, 'comparatives').filter(
          (match) => !tautologies.some((t) => t.range.start <= match.range.start && t.range.end >= match.range.end),
        )
        if (comparatives.length === 0) return
        const references = matchList(context, sentence, 'references')
        const quantities = matchList(context, sentence, 'quantities')
        for (const match of comparatives) {
          if (isQuantified(sentence, match, quantities)) continue
          if (references.some((reference) => names(reference, match, sentence))) continue
          // "A better `dotenv`": the thing right after the comparative, quoted as code, is the reference.
          if (sentence.tokens[match.tokens[match.tokens.length - 1]!.index + 1]?.kind === 'source') continue
          context.report({ messageId: 'dangling', range: match.range, expected: EXPECTED[context.language] })
        }
      },
    }
  },
})

/**
 * "than X" / "dan X" counts after the comparative, up to the next comma or clause mark
 * ("beter, dan kun je" is "then", not "than"); other references count anywhere in the sentence.
 */
function names(reference: PhraseMatch, comparative: PhraseMatch, sentence: Sentence): boolean {
  if (reference.entry.kind !== 'after') return true
  const from = comparative.tokens[comparative.tokens.length - 1]!.index + 1
  const at = reference.tokens[0]!.index
  if (at < from) return false
  return !sentence.tokens.slice(from, at).some((t) => t.kind === 'punctuation')
}

/** "50% faster", "2x sneller", "three times stronger": a statistic, reported by claims/unsourced-statistic. */
function isQuantified(sentence: Sentence, comparative: PhraseMatch, quantities: PhraseMatch[]): boolean {
  const before: Token | undefined = sentence.tokens[comparative.tokens[0]!.index - 1]
  if (!before) return false
  if (/^\d+([.,]\d+)?x$/.test(before.normal)) return true
  return quantities.some((q) => q.tokens[q.tokens.length - 1] === before)
}

const EXPECTED = {
  en: [
    'name the reference: "charges 40% faster than our 2023 model (lab test, 2025)"',
    'say the concrete thing instead: "a full charge in 45 minutes"',
  ],
  nl: [
    'noem de vergelijking: "laadt 40% sneller dan ons model uit 2023 (labtest, 2025)"',
    'zeg het concreet: "in 45 minuten volledig opgeladen"',
  ],
}

const EXPECTED_TAUTOLOGY = {
  en: ['say what the product does: "removes red-wine stains at 30 °C"', 'or drop the comparison'],
  nl: ['zeg wat het product doet: "verwijdert rodewijnvlekken op 30 graden"', 'of laat de vergelijking weg'],
}
