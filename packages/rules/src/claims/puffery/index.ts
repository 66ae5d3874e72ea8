import type { PhraseMatch, RuleContext, Sentence } from '@echt/core'
import { defineRule, tryLines, matchList, withoutOverlaps, hasCitation, isSelfPromotional, readNumber, contextualMatches } from '../../define.js'

/**
 * "World-class", "innovatieve totaaloplossingen", "de bank anno nu": praise every competitor can
 * write says nothing, and readers skip it. The CAP Code allows obvious exaggeration, but empty
 * claims cost the trust that genuine copy builds (echtheid maakt hechtheid). A concrete proof
 * point in the same sentence (a number with its unit, a cited source) answers the praise.
 */
export default defineRule({
  meta: {
    id: 'claims/puffery',
    type: 'claim',
    docs: {
      description: 'Empty self-praise and buzzwords (world-class, cutting-edge, innovative solutions / ontzorgen, klantgericht, de bank anno nu)',
      recommended: true,
    },
    schema: {
      type: 'object',
      properties: {
        contextual: { type: 'boolean', description: 'Also flag praise words ("innovative", "innovatief") in self-promotional sentences' },
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
        const eras = isSlogan(sentence) ? eraPhrases(context, sentence) : []
        if ((matches.length === 0 && eras.length === 0) || hasProofPoint(context, sentence)) return
        for (const match of matches) {
          context.report({ messageId: 'puffery', range: match.range, expected: tryLines(context, 'puffery', match.range, match.entry.expected) })
        }
        for (const range of eras) context.report({ messageId: 'era', range, expected: tryLines(context, 'era', range) })
      },
    }
  },
})

/** A heading or a line of six words or fewer: where "de bank anno nu" is a slogan, not a phrase in an essay. */
function isSlogan(sentence: Sentence): boolean {
  return sentence.block.kind === 'heading' || sentence.tokens.filter((t) => t.kind === 'word').length <= 6
}

/** "the bank of today", "de bank anno nu": an article, one or two words, and an era phrase. */
function eraPhrases(context: RuleContext<any>, sentence: Sentence): { start: number; end: number }[] {
  const articles = matchList(context, sentence, 'articles')
  return matchList(context, sentence, 'era').flatMap((era: PhraseMatch) => {
    const at = era.tokens[0]!.index
    const article = articles.find((a) => {
      const gap = at - (a.tokens[a.tokens.length - 1]!.index + 1)
      return gap >= 1 && gap <= 2 && sentence.tokens.slice(at - gap, at).every((t) => t.kind === 'word')
    })
    return article ? [{ start: article.range.start, end: era.range.end }] : []
  })
}

/** A number with its unit ("answered in 2 minutes", "98% on time") or a cited source in the sentence. */
function hasProofPoint(context: RuleContext<any>, sentence: Sentence): boolean {
  if (hasCitation(sentence)) return true
  const units = new Set(matchList(context, sentence, 'units').map((m) => m.tokens[0]!.index))
  return sentence.tokens.some((_, i) => {
    const number = readNumber(sentence.tokens, i)
    return number !== undefined && units.has(number.to)
  })
}
