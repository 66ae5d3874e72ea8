import type { Sentence, Token } from '@echt/core'
import { normalizeWord } from '@echt/core'
import { readNumber } from '../numbers.js'

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
 *   #x           a multiple written as one word ("3x", "2.5x", "10X"): copy writes "10x faster" as
 *                one token, so `# x` never reads it
 *   @            a word written with a capital: a name ("backed by @": "backed by Sequoia",
 *                not "backed by research")
 *   x?           the element is optional
 *   !a|b         a word that is none of these (and not punctuation)
 *   a|b!c|d      a word that is one of a|b but none of c|d ("*er!meer|ander": "sneller", not "meer")
 *   ^            (first) the pattern starts the sentence
 *   , ; : – —    that punctuation mark itself (`,?` optional): the one place a pattern crosses a
 *                clause ("in minutes, not months")
 *
 * Patterns are data: the YAML lists of the finder are compiled once per language and every
 * pattern is checked when the word lists are compiled (scripts/compile-data.js).
 */
type Test = (token: Token) => boolean
type Element = { kind: 'word'; test: Test; optional: boolean; keys: Key[] | undefined; mark: boolean } | { kind: 'gap'; max: number }

/**
 * What a token needs to pass a word element, as something a hash lookup finds: the word itself
 * (a string), or a number for a word starting or ending with (up to) three letters, or for a
 * number written in digits. Every token that passes the element has one of the element's keys
 * among its own (`forEachKeyOfToken`); an element with `_`, a negation or an infix has none.
 * Affix keys are hashes: two affixes may share one, which only makes a pattern a candidate.
 */
type Key = string | number

/** The key of a number written in digits (hashes are never negative). */
const DIGITS = -1

/** Letters an affix key holds: short enough for every stem, long enough to be rare. */
const AFFIX_KEY = 3

function affixKey(kind: 'prefix' | 'suffix', text: string, from: number, to: number): number {
  let hash = (kind === 'prefix' ? 7 : 13) * 31 + (to - from)
  for (let i = from; i < to; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0
  return hash & 0x3fffffff
}

export interface CompiledPattern {
  source: string
  elements: Element[]
  anchored: boolean
  /**
   * The keys of one required word element (the most selective): the pattern cannot match a
   * sentence none of whose tokens has one of them. Undefined when no required element has keys.
   */
  anchor: Key[] | undefined
}

const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', '(', ')', '–', '—', '"', '“', '”'])

/** Punctuation a pattern's gap never crosses, and a negation's scope ends at. */
export const endsClause = (token: Token) => CLAUSE_END.has(token.normal)

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
    // "a|b!c|d": the alternatives before the "!" without the words after it.
    const but = negated ? -1 : text.indexOf('!')
    const excluded = but > 0 ? text.slice(but + 1).split('|').map((alternative) => wordTest(alternative, source).test) : []
    if (but > 0) text = text.slice(0, but)
    const alternatives = text.split('|').map((alternative) => wordTest(alternative, source))
    const any = anyOf(alternatives.map(({ test }) => test))
    const anyExcluded = anyOf(excluded)
    const test: Test = negated ? (token) => token.kind === 'word' && !any(token) : excluded.length > 0 ? (token) => any(token) && !anyExcluded(token) : any
    const keys = negated || alternatives.some(({ key }) => key === undefined) ? undefined : [...new Set(alternatives.map(({ key }) => key!))]
    // A punctuation mark written out is matched as itself, although it ends a clause.
    const mark = text.split('|').every((alternative) => CLAUSE_END.has(alternative))
    elements.push({ kind: 'word', test, optional, keys, mark })
  }
  if (!elements.some((e) => e.kind === 'word' && !e.optional && !e.mark)) throw new Error(`pattern "${source}" has no required word`)
  if (elements[0]!.kind === 'gap' || elements[elements.length - 1]!.kind === 'gap') {
    throw new Error(`pattern "${source}" may not start or end with a gap`)
  }
  return { source, elements, anchored, anchor: anchorOf(elements) }
}

/**
 * Whether a token passes any of the tests. Called for every token at every place a candidate pattern
 * is tried: a plain loop, since a callback closing over the token was a fresh closure each call (a
 * tenth of a claim-dense page's garbage).
 */
function anyOf(tests: Test[]): Test {
  return (token) => {
    for (let i = 0; i < tests.length; i++) if (tests[i]!(token)) return true
    return false
  }
}

function wordTest(alternative: string, source: string): { test: Test; key: Key | undefined } {
  if (!alternative) throw new Error(`pattern "${source}" has an empty alternative`)
  if (alternative === '_') return { test: (token) => token.kind === 'word', key: undefined }
  if (alternative === '#') return { test: (token) => /^\d/.test(token.normal), key: DIGITS }
  if (alternative === '#x') return { test: (token) => /^\d+(?:[.,]\d+)?x$/.test(token.normal), key: DIGITS }
  if (alternative === '@') return { test: (token) => token.kind === 'word' && /^\p{Lu}/u.test(token.value), key: undefined }
  const word = normalizeWord(alternative)
  const starts = word.endsWith('*')
  const ends = word.startsWith('*')
  const core = word.replace(/^\*|\*$/g, '')
  if (!core) throw new Error(`pattern "${source}": "${alternative}" matches everything; use _`)
  if (core.includes('*')) throw new Error(`pattern "${source}": "*" only at the start or end of "${alternative}"`)
  // A prefix matches the word itself and its forms ("gecertificeerd*": gecertificeerd, gecertificeerde);
  // a suffix needs a stem before it ("*est" is not "est", nor "*ste" "este").
  if (starts && ends) return { test: (token) => token.normal.length > core.length && token.normal.includes(core), key: undefined }
  const affix = Math.min(AFFIX_KEY, core.length)
  if (starts) return { test: (token) => token.normal.startsWith(core), key: affixKey('prefix', core, 0, affix) }
  if (ends) return { test: (token) => token.normal.length > core.length + 1 && token.normal.endsWith(core), key: affixKey('suffix', core, core.length - affix, core.length) }
  // A possessive is its word ("your skin's glow" hydrates skin; "the world's first" is first in the world).
  const possessive = `${core}'s`
  // Dutch stresses a word with acute accents ("méér dan", "écht"): written without them, the pattern
  // takes the stressed word too; written with them ("één"), only that spelling. Folding keeps the
  // length, so only a token as long as the word is folded (this test runs for every token tried).
  const foldsStress = !ACUTE.test(core)
  const test: Test = (token) => {
    const normal = token.normal
    if (normal === core) return true
    if (normal.length === possessive.length) return normal === possessive
    return foldsStress && normal.length === core.length && ACUTE.test(normal) && withoutAcutes(normal) === core
  }
  return { test, key: core }
}

const ACUTE = /[áéíóú]/
const withoutAcutes = (word: string) => word.replace(/[áéíóú]/g, (c) => 'aeiou'['áéíóú'.indexOf(c)]!)

/**
 * The required element a sentence is screened by: whole words before stems and numbers, then the
 * element whose shortest word is longest (`most|least` rather than `the|its|our`), then the one
 * with fewest keys.
 */
function anchorOf(elements: Element[]): Key[] | undefined {
  const rank = (keys: Key[]) => {
    const words = keys.filter((key): key is string => typeof key === 'string')
    return words.length === keys.length ? [1, Math.min(...words.map((word) => word.length)), -keys.length] : [0, 0, -keys.length]
  }
  let best: Key[] | undefined
  for (const element of elements) {
    if (element.kind !== 'word' || element.optional || !element.keys) continue
    if (!best || compareRanks(rank(element.keys), rank(best)) > 0) best = element.keys
  }
  return best
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  return 0
}

/** Adds every key a token has to `keys`: a word element it passes has one of them (see `Key`). */
function addKeysOfToken(normal: string, keys: Key[]): void {
  keys.push(normal)
  if (normal.length > 2 && normal.endsWith("'s")) keys.push(normal.slice(0, -2))
  if (ACUTE.test(normal)) keys.push(withoutAcutes(normal))
  for (let length = 1; length <= Math.min(AFFIX_KEY, normal.length); length++) {
    keys.push(affixKey('prefix', normal, 0, length))
    keys.push(affixKey('suffix', normal, normal.length - length, normal.length))
  }
  const first = normal.charCodeAt(0)
  if (first >= 48 && first <= 57) keys.push(DIGITS)
}

/** The sentence whose token keys are held: the claim finder screens each sentence with two lists. */
let keyedSentence: Sentence | undefined
let sentenceKeys: Key[] = []

function keysOfSentence(sentence: Sentence): readonly Key[] {
  if (sentence !== keyedSentence) {
    const keys: Key[] = []
    for (const token of sentence.tokens) addKeysOfToken(token.normal, keys)
    keyedSentence = sentence
    sentenceKeys = keys
  }
  return sentenceKeys
}

/**
 * A list of patterns screened as a whole: per sentence, one hash lookup per key of each token
 * finds the patterns whose anchor occurs, so a sentence costs its tokens plus the patterns that
 * may match, not every pattern times every token (the claim finder holds about 500 per language).
 */
export class PatternList<Item> {
  private readonly byKey = new Map<Key, number[]>()
  /** Patterns without an anchor: tried on every sentence. */
  private readonly unscreened: number[] = []
  private readonly marks: Uint32Array
  private round = 0

  constructor(
    readonly items: readonly Item[],
    patternOf: (item: Item) => CompiledPattern,
  ) {
    items.forEach((item, index) => {
      const anchor = patternOf(item).anchor
      if (!anchor) return void this.unscreened.push(index)
      for (const key of anchor) {
        let list = this.byKey.get(key)
        if (!list) this.byKey.set(key, (list = []))
        list.push(index)
      }
    })
    this.marks = new Uint32Array(items.length)
  }

  /** The items whose pattern may match the sentence (every one that does), in list order. */
  candidates(sentence: Sentence): Item[] {
    if (this.round === 0xffffffff) (this.round = 0), this.marks.fill(0)
    const round = ++this.round
    const found: number[] = [...this.unscreened]
    for (const index of this.unscreened) this.marks[index] = round
    for (const key of keysOfSentence(sentence)) {
      const list = this.byKey.get(key)
      if (!list) continue
      for (const index of list) {
        if (this.marks[index] === round) continue
        this.marks[index] = round
        found.push(index)
      }
    }
    return found.sort((a, b) => a - b).map((index) => this.items[index]!)
  }
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
    // A gap counts words; a number the parser split at its thousands separator is one word.
    let skipped = position
    for (let words = 0; words <= element.max; words++) {
      const end = matchFrom(elements, at + 1, tokens, skipped)
      if (end !== undefined) return end
      const next = tokens[skipped]
      if (!next || next.kind !== 'word') break
      skipped = afterWord(tokens, skipped)
    }
    return undefined
  }
  const token = tokens[position]
  if (token && (element.mark || !endsClause(token)) && element.test(token)) {
    const end = matchFrom(elements, at + 1, tokens, afterWord(tokens, position))
    if (end !== undefined) return end
  }
  return element.optional ? matchFrom(elements, at + 1, tokens, position) : undefined
}

/**
 * The token after the word at `position`. The English parser splits "2,000" into "2" "," "000";
 * those pieces are one number (readNumber), so `#` takes "2,000 trees" and `~2` skips it as one word.
 */
function afterWord(tokens: Token[], position: number): number {
  return readNumber(tokens, position)?.to ?? position + 1
}
