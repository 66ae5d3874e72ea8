import type { Token } from '@echt/core'

export interface NumberSpan {
  /** Index of the first and one past the last token of the number. */
  from: number
  to: number
  /** Numeric value; thousands separators removed, "10k" is 10000, "2x" is 2. */
  value: number
  /** The number carries a multiplier suffix: "2x", "3.5x". */
  multiplier: boolean
}

/**
 * Reads a number written in digits at token `at`. The parsers split "10,000" into "10" "," "000"
 * (and keep "10.000" whole in Dutch), so separators count only between digit groups with no space.
 * Versions ("2.3.1"), times ("10:30"), dates and phone numbers are not numbers here.
 */
export function readNumber(tokens: Token[], at: number): NumberSpan | undefined {
  const first = tokens[at]
  if (!first || first.kind !== 'word') return undefined
  const single = /^(\d+(?:[.,]\d+)?)(x|×|k)?$/.exec(first.normal) ?? /^(\d{1,3}(?:[.,]\d{3})+)(k)?$/.exec(first.normal)
  if (!single) return undefined
  let text = single[1]!
  let to = at + 1
  // "10" "," "000" → 10000, as long as each group after a separator has three digits.
  while (
    !single[2] &&
    tokens[to]?.kind === 'punctuation' && /^[.,]$/.test(tokens[to]!.value) && !tokens[to]!.spaceBefore &&
    tokens[to + 1]?.kind === 'word' && /^\d{3}$/.test(tokens[to + 1]!.normal) && !tokens[to + 1]!.spaceBefore
  ) {
    text += ',' + tokens[to + 1]!.normal
    to += 2
  }
  return { from: at, to, value: numericValue(text) * (single[2] === 'k' ? 1000 : 1), multiplier: single[2] === 'x' || single[2] === '×' }
}

function numericValue(text: string): number {
  // Groups of three after every separator are thousands (10,000 / 10.000); otherwise a decimal (3.5 / 3,5).
  if (/^\d{1,3}([.,]\d{3})+$/.test(text)) return Number(text.replace(/[.,]/g, ''))
  return Number(text.replace(',', '.'))
}
