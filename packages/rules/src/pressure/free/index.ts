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
    // Per paragraph, asked once: an offer-dense paragraph would otherwise rescan itself per offer.
    const blocksWithConditions = new WeakMap<Block, boolean>()
    const statesConditionsIn = (block: Block) => {
      let states = blocksWithConditions.get(block)
      if (states === undefined) blocksWithConditions.set(block, (states = blockStatesConditions(context, block)))
      return states
    }
    let notes: PageNotes | undefined
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
        const conditionsStated = marked
          ? footnoteStatesConditions(sentence, (notes ??= pageNotes(context.document, statesConditionsIn)))
          : statesConditionsIn(sentence.block)
        // Still an offer, and the claims inventory lists it, as substantiated by its conditions.
        if (conditionsStated) {
          for (const offer of offers) context.settle(offer.range, 'conditionsStated')
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
function footnoteStatesConditions(sentence: Sentence, notes: PageNotes): boolean {
  const labels = citationsOf(sentence).footnotes.map((r) => `${notes.source.slice(r.start, r.end)}:`)
  const elsewhere = (blocks: readonly Block[]) => blocks.some((block) => block !== sentence.block)
  return elsewhere(notes.marked) || labels.some((label) => elsewhere(notes.byPrefix(label)))
}

/**
 * The page's notes that state conditions, found once per page: a page full of "Free*" would
 * otherwise look through every block for each offer.
 */
interface PageNotes {
  source: string
  /** Notes marked with *, † or ‡ (at the line start or before the block) that state conditions. */
  marked: Block[]
  /** Notes stating conditions whose line, before the block, holds `label` (a footnote definition). */
  byPrefix(label: string): Block[]
}

function pageNotes(document: ProseDocument, statesConditionsIn: (block: Block) => boolean): PageNotes {
  const source = document.source
  const stating = document.blocks
    .map((block) => {
      const lineStart = source.lastIndexOf('\n', block.start - 1) + 1
      return { block, prefix: source.slice(lineStart, block.start) }
    })
    .filter(({ block }) => statesConditionsIn(block))
  const marked = stating.filter(({ block, prefix }) => /[*†‡]/.test(prefix) || /^\s*[*†‡]/.test(block.text)).map(({ block }) => block)
  const byLabel = new Map<string, Block[]>()
  return {
    source,
    marked,
    byPrefix(label) {
      let blocks = byLabel.get(label)
      if (!blocks) byLabel.set(label, (blocks = stating.filter(({ prefix }) => prefix.includes(label)).map(({ block }) => block)))
      return blocks
    },
  }
}
