import type { Language, Range } from './types.js'
import { parseText, normalizeWord, type Sentence, type Token } from './prose.js'
import { dutchAdjectiveForms } from './text.js'

/** One entry of a rule's word list, as written in its YAML data file. */
export interface PhraseEntry {
  /** Alternative phrasings of the same trigger. */
  match: string[]
  /** Dutch: also match every inflected, comparative and superlative form of the last word. */
  inflect?: 'adjective'
  /** Not a finding when the next words are one of these ("best practices", "free of charge"). */
  unlessNext?: string[]
  /** Not a finding when the previous words are one of these ("do your best"). */
  unlessPrevious?: string[]
  /** Concrete rewrites or the evidence needed. */
  expected?: string[]
  /** Extra explanation for this trigger. */
  note?: string
  /** Rule-specific grouping (e.g. `price`, `guarantee`). */
  kind?: string
  /** The claim finder's cues: the claim family the words point to. */
  family?: string
  /** The claim finder's cues: how much the words count towards a claim (1 by itself). */
  weight?: number
}

export interface PhraseMatch {
  entry: PhraseEntry
  tokens: Token[]
  range: Range
}

type Pattern = { entry: PhraseEntry; positions: ReadonlySet<string>[] }

export interface PhraseMatcher {
  /** Leftmost-longest, non-overlapping matches in a sentence. */
  match(sentence: Sentence): PhraseMatch[]
}

/**
 * Words of letters and digits, hyphen-joined, one space apart: the parser splits these at the spaces
 * and nowhere else. Nine in ten word-list phrases are like this, and sending each through retext was
 * most of the time of checking one small file.
 */
const PLAIN_PHRASE = /^[\p{L}\p{Nd}]+(?:-[\p{L}\p{Nd}]+)*(?: [\p{L}\p{Nd}]+(?:-[\p{L}\p{Nd}]+)*)*$/u

/** Tokenises a phrase with the same parser as the copy, so "#1" or "eco-friendly" split alike. */
export function phraseTokens(phrase: string, language: Language): string[] {
  if (PLAIN_PHRASE.test(phrase)) return phrase.split(' ').map(normalizeWord)
  return parsedPhraseTokens(phrase, language)
}

/** phraseTokens without the shortcut for plain phrases (its tests compare the two). */
export function parsedPhraseTokens(phrase: string, language: Language): string[] {
  const out: string[] = []
  const root = parseText(phrase, language)
  const visit = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === 'WordNode' || node.type === 'SymbolNode' || node.type === 'PunctuationNode') {
      out.push(normalizeWord(nodeText(node)))
      return
    }
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child)
  }
  visit(root as unknown as { type: string; children: unknown[] })
  return out
}

function nodeText(node: { value?: string; children?: unknown[] }): string {
  if (typeof node.value === 'string') return node.value
  return ((node.children ?? []) as { value?: string; children?: unknown[] }[]).map(nodeText).join('')
}

const cache = new WeakMap<readonly PhraseEntry[], Partial<Record<Language, PhraseMatcher>>>()

/**
 * Every matcher of a language in one index of the words its phrases start with. A sentence is
 * looked up once, token by token, for all matchers at once (the rules hold about 150 lists), and
 * each matcher then tries its phrases only where one of them may start: a claim-dense page costs
 * its tokens plus its matches, not its tokens times every list.
 */
class FirstWords {
  private readonly byWord = new Map<string, number[]>()
  private matchers = 0
  /** The sentence whose starts are held, and how many matchers the index held then. */
  private sentence: Sentence | undefined
  private indexed = 0
  private readonly starts: (number[] | undefined)[] = []
  private touched: number[] = []

  /** Registers a matcher's first words; returns its number. */
  add(words: Iterable<string>): number {
    const id = this.matchers++
    for (const word of words) {
      const ids = this.byWord.get(word)
      if (!ids) this.byWord.set(word, [id])
      else if (ids[ids.length - 1] !== id) ids.push(id)
    }
    return id
  }

  /** Token indexes of the sentence where a phrase of matcher `id` may start, in order. */
  startsIn(sentence: Sentence, id: number): readonly number[] | undefined {
    if (sentence !== this.sentence || this.indexed !== this.matchers) this.index(sentence)
    return this.starts[id]
  }

  private index(sentence: Sentence): void {
    for (const id of this.touched) this.starts[id] = undefined
    this.touched = []
    const tokens = sentence.tokens
    for (let i = 0; i < tokens.length; i++) {
      const ids = this.byWord.get(tokens[i]!.normal)
      if (!ids) continue
      for (const id of ids) {
        const list = this.starts[id]
        if (list) list.push(i)
        else (this.starts[id] = [i]), this.touched.push(id)
      }
    }
    this.sentence = sentence
    this.indexed = this.matchers
  }
}

const firstWords: Partial<Record<Language, FirstWords>> = {}

export function compilePhrases(entries: readonly PhraseEntry[], language: Language): PhraseMatcher {
  let byLanguage = cache.get(entries)
  if (!byLanguage) cache.set(entries, (byLanguage = {}))
  const cached = byLanguage[language]
  if (cached) return cached

  const index = new Map<string, Pattern[]>()
  for (const entry of entries) {
    for (const phrase of entry.match) {
      const words = phraseTokens(phrase, language)
      if (words.length === 0) continue
      const positions: Set<string>[] = words.map((word) => new Set([word]))
      if (entry.inflect === 'adjective' && language === 'nl') {
        for (const form of dutchAdjectiveForms(words[words.length - 1]!)) positions[positions.length - 1]!.add(form)
      }
      for (const first of positions[0]!) {
        const list = index.get(first) ?? []
        list.push({ entry, positions })
        index.set(first, list)
      }
    }
  }
  const unlessNext = new Map<PhraseEntry, string[][]>()
  const unlessPrevious = new Map<PhraseEntry, string[][]>()
  for (const entry of entries) {
    if (entry.unlessNext) unlessNext.set(entry, entry.unlessNext.map((p) => phraseTokens(p, language)))
    if (entry.unlessPrevious) unlessPrevious.set(entry, entry.unlessPrevious.map((p) => phraseTokens(p, language)))
  }
  const shared = (firstWords[language] ??= new FirstWords())
  const id = shared.add(index.keys())

  const matcher: PhraseMatcher = {
    match(sentence) {
      const tokens = sentence.tokens
      const found: PhraseMatch[] = []
      const starts = shared.startsIn(sentence, id)
      if (!starts) return found
      // Matches do not overlap: the next one starts after the end of the last.
      let next = 0
      for (const i of starts) {
        if (i < next) continue
        const candidates = index.get(tokens[i]!.normal)!
        let best: Pattern | undefined
        for (const pattern of candidates) {
          const length = pattern.positions.length
          if (best && best.positions.length >= length) continue
          if (!matchesAt(tokens, i, pattern.positions)) continue
          if (followedBy(tokens, i + length, unlessNext.get(pattern.entry))) continue
          if (precededBy(tokens, i, unlessPrevious.get(pattern.entry))) continue
          best = pattern
        }
        if (!best) continue
        const matched = tokens.slice(i, i + best.positions.length)
        found.push({
          entry: best.entry,
          tokens: matched,
          range: { start: matched[0]!.start, end: matched[matched.length - 1]!.end },
        })
        next = i + matched.length
      }
      return found
    },
  }
  byLanguage[language] = matcher
  return matcher
}

function matchesAt(tokens: Token[], at: number, positions: readonly ReadonlySet<string>[]): boolean {
  if (at + positions.length > tokens.length) return false
  for (let k = 0; k < positions.length; k++) {
    const token = tokens[at + k]!
    if (token.kind === 'source' || !positions[k]!.has(token.normal)) return false
  }
  return true
}

// followedBy and precededBy run for every candidate phrase that matches: loops rather than
// callbacks, which closed over the sentence's tokens and were made anew on every call.

/**
 * Words that join a second adjective to the first before their noun: "free and secure parking",
 * "gratis en ruime parkeergelegenheid". The noun decides, so a phrase that follows after one such
 * pair follows the match too. Not a comma or "or": "free of charge, just in case" goes on to another
 * clause, and "of" is Dutch "or" but English "of".
 */
const COORDINATORS = new Set(['and', '&', 'en'])

function followedBy(tokens: Token[], at: number, phrases: string[][] | undefined): boolean {
  if (!phrases) return false
  for (const words of phrases) if (wordsAt(tokens, at, words)) return true
  const joiner = tokens[at]
  if (!joiner || !COORDINATORS.has(joiner.normal) || tokens[at + 1]?.kind !== 'word') return false
  for (const words of phrases) if (wordsAt(tokens, at + 2, words)) return true
  return false
}

function precededBy(tokens: Token[], at: number, phrases: string[][] | undefined): boolean {
  if (!phrases) return false
  for (const words of phrases) if (wordsAt(tokens, at - words.length, words)) return true
  return false
}

/** The tokens from `at` on are `words` (by their normal form); places outside the sentence match nothing. */
function wordsAt(tokens: Token[], at: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[at + k]?.normal !== words[k]) return false
  return true
}
