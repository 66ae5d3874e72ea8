import type { Sentence, Token } from '@echt/core'
import { normalizeWord } from '@echt/core'

/**
 * Token patterns for the claim finder: one element per word, separated by spaces.
 *
 *   word         the word itself (lower case; apostrophes and dashes folded as in the copy)
 *   a|b|c        any of these
 *   pre*  *suf   a word starting so (the stem itself included) or ending so (after a stem);
 *                `*mid*` a word containing it (morphology:
 *                `*est`, `*ste`, `bekroon*`, `*vriendelijk*`)
 *   _            any one word
 *   ~3           up to three words (not across punctuation that ends a clause)
 *   #            a number written in digits ("3", "10,000", "98%")
 *   x?           the element is optional
 *   !a|b         a word that is none of these (and not punctuation)
 *   ^            (first) the pattern starts the sentence
 *
 * Patterns are data: the YAML lists of the finder are compiled once per language and every
 * pattern is checked when the word lists are compiled (scripts/compile-data.js).
 */
type Test = (token: Token) => boolean
type Element = { kind: 'word'; test: Test; optional: boolean } | { kind: 'gap'; max: number }

export interface CompiledPattern {
  source: string
  elements: Element[]
  anchored: boolean
}

const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', '(', ')', '–', '—', '"', '“', '”'])

export function compilePattern(source: string): CompiledPattern {
  const elements: Element[] = []
  const raws = source.trim().split(/\s+/)
  const anchored = raws[0] === '^'
  for (const raw of anchored ? raws.slice(1) : raws) {
    if (!raw) continue
    const gap = /^~(\d)$/.exec(raw)
    if (gap) {
      elements.push({ kind: 'gap', max: Number(gap[1]) })
      continue
    }
    let text = raw
    let optional = false
    if (text.length > 1 && text.endsWith('?')) {
      optional = true
      text = text.slice(0, -1)
    }
    let negated = false
    if (text.startsWith('!') && text.length > 1) {
      negated = true
      text = text.slice(1)
    }
    const alternatives = text.split('|').map((alternative) => wordTest(alternative, source))
    const any: Test = (token) => alternatives.some((test) => test(token))
    const test: Test = negated ? (token) => token.kind === 'word' && !any(token) : any
    elements.push({ kind: 'word', test, optional })
  }
  if (!elements.some((e) => e.kind === 'word' && !e.optional)) throw new Error(`pattern "${source}" has no required word`)
  if (elements[0]!.kind === 'gap' || elements[elements.length - 1]!.kind === 'gap') {
    throw new Error(`pattern "${source}" may not start or end with a gap`)
  }
  return { source, elements, anchored }
}

function wordTest(alternative: string, source: string): Test {
  if (!alternative) throw new Error(`pattern "${source}" has an empty alternative`)
  if (alternative === '_') return (token) => token.kind === 'word'
  if (alternative === '#') return (token) => /^\d/.test(token.normal)
  const word = normalizeWord(alternative)
  const starts = word.endsWith('*')
  const ends = word.startsWith('*')
  const core = word.replace(/^\*|\*$/g, '')
  if (!core) throw new Error(`pattern "${source}": "${alternative}" matches everything; use _`)
  if (core.includes('*')) throw new Error(`pattern "${source}": "*" only at the start or end of "${alternative}"`)
  // A prefix matches the word itself and its forms ("gecertificeerd*": gecertificeerd, gecertificeerde);
  // a suffix needs a stem before it ("*est" is not "est", nor "*ste" "este").
  if (starts && ends) return (token) => token.normal.length > core.length && token.normal.includes(core)
  if (starts) return (token) => token.normal.startsWith(core)
  if (ends) return (token) => token.normal.length > core.length + 1 && token.normal.endsWith(core)
  return (token) => token.normal === core
}

export interface PatternMatch {
  /** Token indexes in `sentence.tokens`, end exclusive. */
  from: number
  to: number
}

/** Every leftmost match of the pattern in the sentence (shortest at each start). */
export function matchPattern(pattern: CompiledPattern, sentence: Sentence): PatternMatch[] {
  const tokens = sentence.tokens
  const out: PatternMatch[] = []
  const first = tokens.findIndex((t) => t.kind === 'word')
  if (first < 0) return out
  for (let start = pattern.anchored ? first : 0; start < tokens.length; start++) {
    if (pattern.anchored && start > first) break
    const end = matchFrom(pattern.elements, 0, tokens, start)
    if (end !== undefined && end > start) {
      out.push({ from: start, to: end })
      start = end - 1
    }
  }
  return out
}

function matchFrom(elements: Element[], at: number, tokens: Token[], position: number): number | undefined {
  if (at === elements.length) return position
  const element = elements[at]!
  if (element.kind === 'gap') {
    for (let skip = 0; skip <= element.max; skip++) {
      const end = matchFrom(elements, at + 1, tokens, position + skip)
      if (end !== undefined) return end
      const next = tokens[position + skip]
      if (!next || next.kind !== 'word') break
    }
    return undefined
  }
  const token = tokens[position]
  if (token && !CLAUSE_END.has(token.normal) && element.test(token)) {
    const end = matchFrom(elements, at + 1, tokens, position + 1)
    if (end !== undefined) return end
  }
  return element.optional ? matchFrom(elements, at + 1, tokens, position) : undefined
}
