import type { Range } from './types.js'
import type { Sentence } from './prose.js'

/**
 * Words that stand in a sentence without being said by it. Claim rules judge what copy asserts, so
 * the engine keeps their sentence visitors and their reports away from these.
 */

/**
 * A list item that ends in a colon introduces what follows ("- Speak twice as fast:" above a
 * command, "- Increase the backlight:"): an instruction or a label, not a statement.
 */
export function introducesWhatFollows(sentence: Sentence): boolean {
  const tokens = sentence.tokens
  return sentence.block.inList && tokens.length > 0 && tokens[tokens.length - 1]!.normal === ':'
}

/** Share of a page's sentences that must introduce a command for the page to be a command guide. */
const COMMAND_GUIDE_SHARE = 0.3
/** What follows a list item that introduces a command: after the line break, a code fence or inline code. */
const CODE_NEXT = /^[^\S\n]*\n\s*[`~]/

/**
 * A command guide (a tldr page, a knowledge-base how-to: "- Start the REPL:" above `ptpython`, again
 * and again) describes tools and steps; it is not copy that sells. Its summary line ("A better Python
 * REPL", "blazing-fast") is the tool's own tagline quoted, so claim rules leave the whole page alone.
 * It takes list items that introduce code, at least 30 % of the page's sentences: a sales page's
 * "- Order here:" above a link never makes one. On 4,111 Markdown pages of 86 company websites only
 * 9 knowledge-base how-tos qualify, and no sales page.
 */
export function isCommandGuide(sentences: readonly Sentence[], source: string): boolean {
  // Every sentence of a document has a word (prose drops the rest), so all of them count.
  let introducing = 0
  for (const sentence of sentences) {
    if (introducesWhatFollows(sentence) && CODE_NEXT.test(source.slice(sentence.block.end, sentence.block.end + 200))) introducing++
  }
  return introducing > 0 && introducing >= sentences.length * COMMAND_GUIDE_SHARE
}

/**
 * A question asks; it does not assert ("Op zoek naar een duurzame tuin?"). Claim rules still say what
 * it suggests, but the engine does not call it an error: a regulator objects to what copy states.
 */
export function isQuestion(sentence: Sentence): boolean {
  const tokens = sentence.tokens
  return tokens.length > 0 && tokens[tokens.length - 1]!.normal === '?'
}

/** Each opening mark and the marks that close it (Dutch „...” and „...“ as well as “...”). */
const CLOSERS: Record<string, string> = { '"': '"', '“': '”', '„': '”“', '«': '»' }
/** A quoted term is a few words at most; a longer quotation is someone's statement, judged as such. */
const MAX_TERM_WORDS = 3
/** What joins the terms of a list: "stable", "system" or "latest"; "snel" of "goedkoop". */
const JOINS = new Set([',', '/', 'or', 'and', 'nor', 'of', 'en', 'noch'])

interface Quoted {
  /** Token indexes of the opening and the closing mark. */
  open: number
  close: number
  words: number
}

/** The quotations of a sentence, each from its opening to its closing mark. */
function quotationsOf(tokens: Sentence['tokens']): Quoted[] {
  const quoted: Quoted[] = []
  for (let i = 0; i < tokens.length; i++) {
    const closers = CLOSERS[tokens[i]!.value]
    if (!closers) continue
    let words = 0
    let close = i + 1
    while (close < tokens.length && !closers.includes(tokens[close]!.value)) if (tokens[close++]!.kind === 'word') words++
    if (close >= tokens.length) break
    quoted.push({ open: i, close, words })
    i = close
  }
  return quoted
}

/**
 * The words are one of a list of short terms in quotation marks (labels like "stable", "system";
 * avoid "best" and "fast"): named, not claimed. One quoted phrase alone may be a claim someone is
 * quoted making (Zij zeggen: "de beste croissants"), so it is judged as ever. Read from the
 * sentence's own tokens, so the quotes around a string in a JSON or YAML messages file are not
 * taken for marks in its prose.
 */
export function isQuotedTerm(sentence: Sentence, range: Range): boolean {
  const tokens = sentence.tokens
  const quoted = quotationsOf(tokens)
  const at = quoted.findIndex((q) => tokens[q.open]!.end <= range.start && range.end <= tokens[q.close]!.start)
  if (at < 0 || quoted[at]!.words > MAX_TERM_WORDS) return false
  const listedWith = (a: Quoted | undefined, b: Quoted | undefined) =>
    !!a && !!b && a.words <= MAX_TERM_WORDS && b.words <= MAX_TERM_WORDS && tokens.slice(a.close + 1, b.open).every((t) => JOINS.has(t.normal))
  return listedWith(quoted[at - 1], quoted[at]) || listedWith(quoted[at], quoted[at + 1])
}
