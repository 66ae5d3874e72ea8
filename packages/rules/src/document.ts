import type { Language, ProseDocument, Range, Sentence, Token } from '@echt/core'
import { phraseTokens, stem } from '@echt/core'

/**
 * Helpers for rules that judge a whole page (scores, counts, facts) rather than one phrase.
 */

/** Where a page-level finding is shown: the first heading, else the start of the file. */
export function documentAnchor(document: ProseDocument): Range {
  const heading = document.blocks.find((block) => block.kind === 'heading')
  return heading ? { start: heading.start, end: heading.end } : { start: 0, end: 0 }
}

export function words(sentence: Sentence): Token[] {
  return sentence.tokens.filter((token) => token.kind === 'word')
}

/** The reader's own voice is not the page's: testimonials and quotes sit in blockquotes. */
export function isQuoted(sentence: Sentence): boolean {
  return sentence.block.inBlockquote
}

const OPENING_QUOTES = new Set(['"', '\u201c', '\u201e', '\u00ab'])
const CLOSING_QUOTES = new Set(['"', '\u201d', '\u00bb'])

/** Token indexes inside quotation marks within one sentence ("he said “we ...”"). */
export function quotedTokenIndexes(sentence: Sentence): Set<number> {
  const inside = new Set<number>()
  let open = false
  for (const token of sentence.tokens) {
    if (token.kind === 'punctuation' || token.kind === 'symbol') {
      if (!open && OPENING_QUOTES.has(token.value)) {
        open = true
        continue
      }
      if (open && CLOSING_QUOTES.has(token.value)) {
        open = false
        continue
      }
    }
    if (open) inside.add(token.index)
  }
  // An unclosed quote mark is more likely an inch sign or a typo than a quotation.
  return open ? new Set() : inside
}

/**
 * A phrase matched on stems, so "disposable" finds "disposables" and "eerlijk" finds "eerlijke".
 * Dutch writes compounds as one word: a phrase word of six letters or more also matches as the
 * first part of a compound ("wegwerp" in "wegwerpbekers").
 */
export interface StemPhrase<T> {
  words: string[]
  stems: string[]
  payload: T
}

export function stemPhrase<T>(phrase: string, language: Language, payload: T): StemPhrase<T> | undefined {
  const phraseWords = phraseTokens(phrase, language).filter((w) => /[\p{L}\p{N}]/u.test(w))
  if (phraseWords.length === 0) return undefined
  return { words: phraseWords, stems: phraseWords.map((w) => stem(w, language)), payload }
}

export interface StemMatch<T> {
  payload: T
  tokens: Token[]
  range: Range
}

/** Leftmost-longest, non-overlapping matches of stemmed phrases among a sentence's words. */
export function matchStems<T>(sentence: Sentence, phrases: readonly StemPhrase<T>[], language: Language): StemMatch<T>[] {
  const tokens = words(sentence)
  const stems = tokens.map((t) => stem(t.normal, language))
  const found: StemMatch<T>[] = []
  for (let i = 0; i < tokens.length; i++) {
    let best: StemPhrase<T> | undefined
    for (const phrase of phrases) {
      if (best && best.stems.length >= phrase.stems.length) continue
      if (matchesAt(tokens, stems, i, phrase, language)) best = phrase
    }
    if (!best) continue
    const matched = tokens.slice(i, i + best.stems.length)
    // Words of a phrase must be adjacent in the text, not only among the words.
    if (!adjacent(sentence, matched)) continue
    found.push({ payload: best.payload, tokens: matched, range: { start: matched[0]!.start, end: matched.at(-1)!.end } })
    i += best.stems.length - 1
  }
  return found
}

function matchesAt<T>(tokens: Token[], stems: string[], at: number, phrase: StemPhrase<T>, language: Language): boolean {
  if (at + phrase.stems.length > tokens.length) return false
  for (let k = 0; k < phrase.stems.length; k++) {
    const token = tokens[at + k]!
    if (token.normal === phrase.words[k]) continue
    if (stems[at + k] === phrase.stems[k] && derivation(token.normal, language) === derivation(phrase.words[k]!, language)) continue
    const word = phrase.words[k]!
    if (language === 'nl' && k === 0 && phrase.stems.length === 1 && word.length >= 6 && token.normal.startsWith(word)) continue
    return false
  }
  return true
}

function adjacent(sentence: Sentence, matched: Token[]): boolean {
  for (let k = 1; k < matched.length; k++) {
    const gap = matched[k]!.index - matched[k - 1]!.index
    // Only a hyphen may stand between two words of a phrase ("single-use").
    if (gap > 2) return false
    if (gap === 2 && sentence.tokens[matched[k]!.index - 1]!.value !== '-') return false
  }
  return true
}

/**
 * A word's family: its stem and the derivation it carries. Porter stemmers strip derivational
 * suffixes ("betaalbaarheid", "betalen" and "betaling" all stem to "betal"), so a stem alone
 * joins words of different meaning; "betaalbaar", "betaalbare" and "betaalbaarheid" are one family,
 * "betalen" another. Nouns of quality (-heid, -ness, -ity) stay in the family of their adjective.
 */
export function wordFamily(word: string, language: Language): string {
  return `${stem(word, language)}|${derivation(word, language)}`
}

const DERIVATIONS: Record<Language, { noun: RegExp; suffix: RegExp; same: Record<string, string> }> = {
  nl: {
    noun: /(?<=..)(heid|heden)$/,
    suffix: /(baar|bar|lijk|ig|ing|end|zaam|zam|loos|loz|isch)(e|er|ere|ers|st|ste|en|s)?$/,
    same: { bar: 'baar', zam: 'zaam', loz: 'loos' },
  },
  en: {
    noun: /(?<=..)(ness|ity|ities)$/,
    suffix: /(abl|ibl|abil|ibil|ful|less|ive|iv)(e|y|ly|s)?$/,
    same: { ibl: 'abl', abil: 'abl', ibil: 'abl', iv: 'ive' },
  },
}

function derivation(word: string, language: Language): string {
  const rules = DERIVATIONS[language]
  const suffix = rules.suffix.exec(word.replace(rules.noun, ''))?.[1] ?? ''
  return rules.same[suffix] ?? suffix
}
