import { isIsoDate, type PhraseMatch, type Range, type RuleContext, type Sentence } from '@echt/core'
import { defineRule, tryLines, matchList } from '../../define.js'
import { isMention } from '../../usage.js'

const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'a few', 'handful',
  'een', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'paar', 'enkele', 'handvol',
])

/**
 * "Only today", "laatste kans", "op=op", "only 3 left": UCPD Annex I 7 blacklists falsely stating
 * that a product is available only for a very limited time to rush the decision. When the
 * deadline is real, the page declares it in its front matter (`validUntil: 2026-12-31`): the
 * wording is then fine up to and including that date, and an error from the day after, because
 * a deadline that has passed and stays on the page is false by definition.
 */
export default defineRule({
  meta: {
    id: 'pressure/urgency',
    type: 'claim',
    docs: {
      description: 'False deadlines and scarcity (only today, last chance, only 3 left / alleen vandaag, laatste kans, op=op) without a declared validUntil, or after it',
      recommended: true,
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    defaultSeverity: 'warn',
  },
  create(context) {
    const deadline = readValidUntil(context.frontMatter.validUntil)
    return {
      sentence(sentence) {
        const ranges = [...matchList(context, sentence, 'urgency').filter((m) => !isMention(sentence, m, context.language)).map((m) => m.range), ...stockClaims(context, sentence)]
        if (ranges.length === 0) return
        if (deadline.kind === 'date' && context.today <= deadline.date) {
          // A real, declared deadline: rules that defer to this one (brand/contradicts-value) stay silent too.
          for (const range of ranges) context.hold(range)
          return
        }
        for (const range of ranges.sort((a, b) => a.start - b.start)) {
          if (deadline.kind === 'date') {
            context.report({ messageId: 'expired', data: { date: deadline.date }, range, expected: tryLines(context, 'expired', range), severity: 2 })
          } else if (deadline.kind === 'invalid') {
            context.report({ messageId: 'badDate', data: { value: deadline.value }, range, expected: tryLines(context, 'badDate', range) })
          } else {
            context.report({ messageId: 'undated', range, expected: tryLines(context, 'undated', range) })
          }
        }
      },
    }
  },
})

type Deadline = { kind: 'none' } | { kind: 'date'; date: string } | { kind: 'invalid'; value: string }

function readValidUntil(value: unknown): Deadline {
  if (value === undefined || value === null) return { kind: 'none' }
  // YAML 1.1 parsers turn unquoted dates into Date objects; YAML 1.2 keeps the string.
  if (value instanceof Date && !Number.isNaN(value.getTime())) return { kind: 'date', date: value.toISOString().slice(0, 10) }
  const text = String(value).trim()
  if (isIsoDate(text)) return { kind: 'date', date: text }
  return { kind: 'invalid', value: text }
}

/** "only 3 left", "nog maar 2 op voorraad": a marker, a number, and a stock word right after. */
function stockClaims(context: RuleContext<any>, sentence: Sentence): Range[] {
  const before = matchList(context, sentence, 'stockBefore')
  if (before.length === 0) return []
  const after = matchList(context, sentence, 'stockAfter')
  const ranges: Range[] = []
  for (const marker of before) {
    const next = marker.tokens[marker.tokens.length - 1]!.index + 1
    const count = countAt(sentence, next)
    if (count === 0) continue
    const stock: PhraseMatch | undefined = after.find((m) => {
      const at = m.tokens[0]!.index
      return at >= next + count && at <= next + count + 1
    })
    if (!stock) continue
    ranges.push({ start: marker.range.start, end: stock.range.end })
  }
  return ranges
}

/** Tokens a count takes at `at`: "3", "a few", "een paar"; 0 when there is none. */
function countAt(sentence: Sentence, at: number): number {
  const token = sentence.tokens[at]
  if (!token) return 0
  if (/^\d+$/.test(token.value)) return 1
  const two = sentence.tokens[at + 1] ? `${token.normal} ${sentence.tokens[at + 1]!.normal}` : ''
  if (NUMBER_WORDS.has(two)) return 2
  return NUMBER_WORDS.has(token.normal) ? 1 : 0
}
