import type { RuleContext, Sentence } from '@echt/core'
import { citationsOf } from '@echt/core'
import { defineRule, tryLines, matchList, withoutOverlaps, isSelfPromotional, contextualMatches } from '../../define.js'
import { wordList } from '../../wordlists.js'

/**
 * "Guaranteed results", "risk-free", "werkt altijd": absolutes promise what no product can, and a
 * guarantee is only worth its conditions. The CAP Code asks that the terms of a guarantee are
 * available before purchase; the UCPD blacklists guarantees that mislead. A link to the terms
 * (or a footnote) in the same sentence answers the question; an approved claim does too.
 */
export default defineRule({
  meta: {
    id: 'claims/absolute',
    type: 'claim',
    docs: {
      description: 'Guarantees and absolutes (guaranteed results, risk-free, never fails / gegarandeerd resultaat, zonder risico, werkt altijd) without their terms',
      recommended: true,
    },
    schema: {
      type: 'object',
      properties: {
        contextual: { type: 'boolean', description: 'Also flag "guaranteed" and "nooit meer" in self-promotional sentences' },
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
        let matches = matchList(context, sentence, 'strong')
        if (context.options.contextual !== false && isSelfPromotional(sentence, context.language, context.profile)) {
          matches = withoutOverlaps([...matches, ...contextualMatches(context, sentence)])
        }
        if (matches.length === 0 || citesTerms(context, sentence)) return
        for (const match of matches) {
          const isGuarantee = match.entry.kind === 'guarantee'
          context.report({
            messageId: isGuarantee ? 'guarantee' : 'absolute',
            range: match.range,
            expected: tryLines(context, isGuarantee ? 'guarantee' : 'absolute', match.range, match.entry.expected),
          })
        }
      },
    }
  },
})

/** A footnote, or a link whose text or address names the terms ("[voorwaarden](/garantie)"). */
function citesTerms(context: RuleContext<any>, sentence: Sentence): boolean {
  const { links, footnotes } = citationsOf(sentence)
  if (footnotes.length > 0) return true
  if (links.length === 0) return false
  const inText = matchList(context, sentence, 'terms')
  // Addresses spell the same words with dashes or run together: /terms-and-conditions, /garantievoorwaarden.
  const inAddress = wordList(context.ruleId, context.language, 'terms')
    .flatMap((entry) => entry.match)
    .flatMap((phrase) => [phrase.toLowerCase().replace(/\s+/g, '-'), phrase.toLowerCase().replace(/\s+/g, '')])
  return links.some(
    (link) =>
      inText.some((m) => m.range.start >= link.start && m.range.end <= link.end) ||
      inAddress.some((word) => link.url.toLowerCase().includes(word)),
  )
}
