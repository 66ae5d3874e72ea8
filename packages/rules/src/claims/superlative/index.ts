import { defineRule, tryLines, matchList, hasCitation, hasYear, isSelfPromotional, contextualMatches } from '../../define.js'

/**
 * Superiority claims ("the best", "#1", "market leader") need a basis the reader can check:
 * who measured it, against whom, and when. Strong triggers are claims anywhere; contextual ones
 * ("the best", "de beste") only where the copy promotes the organisation (we/our, the brand's
 * names, headings and slogans), so "the best result for the team" in an essay is left alone.
 */
export default defineRule({
  meta: {
    id: 'claims/superlative',
    type: 'claim',
    docs: {
      description: 'Superiority claims (the best, #1, market leader / de beste, nummer 1, marktleider) without a stated basis',
      recommended: true,
    },
    schema: {
      type: 'object',
      properties: {
        contextual: { type: 'boolean', description: 'Also flag contextual superlatives ("the best") in self-promotional sentences' },
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
        const matches = matchList(context, sentence, 'strong')
        if (context.options.contextual !== false && isSelfPromotional(sentence, context.language, context.profile)) {
          matches.push(...contextualMatches(context, sentence))
        }
        if (matches.length === 0) return
        // A basis stated in the sentence ("voted best bakery by AD readers, 2024" or a cited source).
        if (hasCitation(sentence) || (matchList(context, sentence, 'basis').length > 0 && hasYear(sentence))) return
        for (const match of matches) {
          context.report({
            messageId: 'superlative',
            range: match.range,
            expected: tryLines(context, 'superlative', match.range, match.entry.expected),
          })
        }
      },
    }
  },
})
