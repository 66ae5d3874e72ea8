import type { Block, PhraseMatch, ProseDocument, RuleContext, Sentence } from '@echt/core'
import { citationsOf } from '@echt/core'
import { defineRule, tryLines, matchList } from '../../define.js'
import { isMention, isPromotional } from '../../usage.js'

const FOOTNOTE_MARKS = new Set(['*', '**', '***', '†', '‡'])

/**
 * "Free", "gratis", "1+1 gratis": UCPD Annex I 20 blacklists describing a product as free when
 * the consumer pays anything beyond the unavoidable cost of responding and collecting; the CAP
 * Code (3.23-3.26) and the FTC Guide Concerning Use of the Word "Free" (16 CFR 251) require the
 * conditions to be stated clearly with the offer. echt accepts the offer when the same block
 * (paragraph, list item, table cell) states a condition ("on orders over €50", "cancel anytime",
 * "bij besteding vanaf €50", "daarna €9,99 per maand"). An asterisk or footnote counts only when
 * the text it points to exists on the page and states a condition. Named offers ("free delivery",
 * "1+1 gratis") count anywhere; a bare "free" or "gratis" only in selling copy: "free and open
 * source" in documentation is a licence, not an offer.
 */
export default defineRule({
  meta: {
    id: 'pressure/free',
    type: 'claim',
    docs: {
      description: '"Free" offers (free delivery, buy one get one free / gratis, 1+1 gratis) without their conditions in the same block',
      recommended: true,
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    defaultSeverity: 'warn',
  },
  create(context) {
    return {
      sentence(sentence) {
        const offers = matchList(context, sentence, 'free')
        if (isPromotional(sentence, context.language, context.profile)) {
          // An English bare "free" offers what follows it; at the end, or before code, it is a verb or a
          // name. Dutch puts "gratis" last ("Download de app gratis"), so there it stands anywhere.
          const offersSomething = (m: PhraseMatch) =>
            context.language === 'nl' || m.tokens.length > 1 || sentence.tokens[m.tokens[m.tokens.length - 1]!.index + 1]?.kind === 'word'
          offers.push(
            ...matchList(context, sentence, 'contextual').filter(
              (m) => offersSomething(m) && !offers.some((o) => o.range.start < m.range.end && m.range.start < o.range.end),
            ),
          )
        }
        for (let i = offers.length - 1; i >= 0; i--) if (isMention(sentence, offers[i]!, context.language)) offers.splice(i, 1)
        if (offers.length === 0) return
        offers.sort((a, b) => a.range.start - b.range.start)
        const marked = pointsToFootnote(sentence)
        if (marked) {
          if (footnoteStatesConditions(context, sentence, context.document)) return
        } else if (blockStatesConditions(context, sentence.block)) {
          return
        }
        for (const offer of offers) {
          context.report({
            messageId: marked ? 'missingFootnote' : 'free',
            range: offer.range,
            expected: tryLines(context, marked ? 'missingFootnote' : 'free', offer.range, offer.entry.expected),
          })
        }
      },
    }
  },
})

function statesConditions(context: RuleContext<any>, sentence: Sentence): boolean {
  return matchList(context, sentence, 'conditions').length > 0
}

function blockStatesConditions(context: RuleContext<any>, block: Block): boolean {
  return block.sentences.some((sentence) => statesConditions(context, sentence))
}

/** "Free delivery*" or "Free delivery[^1]": the sentence defers its conditions to a note. */
function pointsToFootnote(sentence: Sentence): boolean {
  return sentence.tokens.some((t) => FOOTNOTE_MARKS.has(t.value)) || citationsOf(sentence).footnotes.length > 0
}

/**
 * The note exists elsewhere on the page and states a condition: a block whose line starts with
 * the mark ("* Orders over €50", "\*Terms apply") or the definition of the footnote it references.
 */
function footnoteStatesConditions(context: RuleContext<any>, sentence: Sentence, document: ProseDocument): boolean {
  const source = document.source
  const labels = citationsOf(sentence).footnotes.map((r) => `${source.slice(r.start, r.end)}:`)
  return document.blocks.some((block) => {
    if (block === sentence.block) return false
    const lineStart = source.lastIndexOf('\n', block.start - 1) + 1
    const prefix = source.slice(lineStart, block.start)
    const isNote =
      labels.some((label) => prefix.includes(label)) ||
      /[*†‡]/.test(prefix) ||
      /^\s*[*†‡]/.test(block.text)
    return isNote && blockStatesConditions(context, block)
  })
}
