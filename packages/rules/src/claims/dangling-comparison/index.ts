import type { PhraseMatch, Sentence, Token } from '@echt/core'
import { defineRule, tryLines, matchList, isSelfPromotional } from '../../define.js'

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
          context.report({ messageId: 'tautology', range: match.range, expected: tryLines(context, 'tautology', match.range) })
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
          context.report({ messageId: 'dangling', range: match.range, expected: tryLines(context, 'dangling', match.range) })
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
