import type { ApprovedClaim, Language, ProseDocument, Range, RuleContext, RuleTexts } from '@echt/core'
import { fillTemplate, phraseTokens, stem } from '@echt/core'
import { RULE_TEXTS } from './generated/texts.js'

/**
 * A rule's words live beside its word lists, in en.yaml and nl.yaml: `messages` (templates by
 * message id), `why` (the authority, shown under each finding) and `try` (rewrites by message id).
 * scripts/compile-data.js checks that every id exists in both languages.
 */
export interface RuleTextsByLanguage extends Record<Language, RuleTexts & { try: Record<string, string[]> }> {}

/** A rule's texts by language; the build guarantees every rule has them. */
export function ruleTexts(ruleId: string): RuleTextsByLanguage {
  const texts = RULE_TEXTS[ruleId]
  if (!texts) throw new Error(`${ruleId} has no messages in en.yaml and nl.yaml (run pnpm build)`)
  return texts
}

/** One message template (or a fragment a message is built from) in the copy's language. */
export function ruleText(context: RuleContext<any>, id: string, data?: Record<string, string | number>): string {
  const texts = ruleTexts(context.ruleId)
  return fillTemplate(texts[context.language].messages[id] ?? texts.en.messages[id] ?? id, data)
}

/**
 * The try lines of a finding, built from the finding and the profile: the rule's templates for the
 * message id (or the matched word-list entry's own rewrites), with `{actual}` the flagged words,
 * `{claim}` an approved claim from the profile (a line with it is left out when there is none) and
 * `{informal|formal}` a choice by the reader's address ("{je|u}", "{hebt|heeft}"). Dutch lines follow the profile's `voice.address`, else the form
 * the page itself uses, so echt never suggests words it would then flag as mixed address.
 */
export function tryLines(
  context: RuleContext<any>,
  id: string,
  range: Range,
  own?: readonly string[],
  data: Record<string, string | number> = {},
): string[] {
  const templates = own ?? ruleTexts(context.ruleId)[context.language].try[id] ?? []
  const actual = context.document.source.slice(range.start, range.end).replace(/\s+/g, ' ')
  // The same words flagged again on a page get the same lines: a claim-dense page flags "the best"
  // thousands of times. Their findings share one frozen list (a worker thread sends it once). Not
  // for lines with other values, nor for lines naming one of several approved claims: which one
  // depends on the sentence (relatedClaim).
  const made = Object.keys(data).length === 0 ? madeFor(context.document, templates) : undefined
  const known = made?.get(actual)
  if (known) return known
  const values = { actual, ...data }
  const address = context.language === 'nl' ? addressOf(context) : undefined
  const lines: string[] = []
  let dependsOnSentence = false
  for (const template of templates) {
    let line = fillTemplate(template, values)
    if (line.includes('{claim}')) {
      dependsOnSentence = context.profile.claims.length > 1
      const claim = relatedClaim(context, range)
      if (!claim) continue
      line = line.replaceAll('{claim}', claim.text)
    }
    // Most lines have no choice to make: only a line with a bar can hold one.
    if (line.includes('|')) line = line.replace(/\{([^{}|]+)\|([^{}|]+)\}/g, (_, informal: string, formal: string) => (address === 'u' ? formal : informal))
    lines.push(address ? inAddress(line, address) : line)
  }
  if (!made || dependsOnSentence) return lines
  made.set(actual, Object.freeze(lines) as string[])
  return lines
}

/** Try lines made on a page from a template list, by the flagged words (see tryLines). */
const madeLines = new WeakMap<ProseDocument, Map<readonly string[], Map<string, string[]>>>()

function madeFor(document: ProseDocument, templates: readonly string[]): Map<string, string[]> {
  let byTemplates = madeLines.get(document)
  if (!byTemplates) madeLines.set(document, (byTemplates = new Map()))
  let made = byTemplates.get(templates)
  if (!made) byTemplates.set(templates, (made = new Map()))
  return made
}

type DutchAddress = 'u' | 'je'

const pageAddress = new WeakMap<ProseDocument, DutchAddress>()

/** The profile's form of address, else the one most of the page uses, else informal "je". */
function addressOf(context: RuleContext<any>): DutchAddress {
  const declared = context.profile.voice.address
  if (declared === 'u' || declared === 'je') return declared
  let found = pageAddress.get(context.document)
  if (!found) {
    let formal = 0
    let informal = 0
    for (const sentence of context.document.sentences) {
      for (const token of sentence.tokens) {
        if (token.kind !== 'word') continue
        if (FORMAL.has(token.normal)) formal++
        else if (INFORMAL.has(token.normal)) informal++
      }
    }
    found = formal > informal ? 'u' : 'je'
    pageAddress.set(context.document, found)
  }
  return found
}

const FORMAL = new Set(['u', 'uw', 'uzelf'])
const INFORMAL = new Set(['je', 'jij', 'jou', 'jouw', 'jezelf'])

// Verb forms that change with the pronoun, before ("heeft u" / "heb je") and after it ("u heeft" / "je hebt").
const INVERTED_FORMAL_TO_INFORMAL: Record<string, string> = { heeft: 'heb', hebt: 'heb', bent: 'ben', kunt: 'kun', wilt: 'wil', zult: 'zul', wordt: 'word', gaat: 'ga', komt: 'kom', krijgt: 'krijg', ziet: 'zie', weet: 'weet' }
const INVERTED_INFORMAL_TO_FORMAL: Record<string, string> = { heb: 'heeft', ben: 'bent', kun: 'kunt', wil: 'wilt', zul: 'zult', word: 'wordt', ga: 'gaat', kom: 'komt', krijg: 'krijgt', zie: 'ziet' }
const AFTER_FORMAL_TO_INFORMAL: Record<string, string> = { heeft: 'hebt' }
const AFTER_INFORMAL_TO_FORMAL: Record<string, string> = { hebt: 'heeft' }

const WORD = /[\p{L}\p{N}]+/gu

/**
 * Rewrites a Dutch try line into one form of address: the pronouns and the verb forms that go
 * with them ("heeft u" ↔ "heb je", "u heeft" ↔ "je hebt"); capitals are kept.
 */
export function inAddress(line: string, address: DutchAddress): string {
  const words = [...line.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }))
  const replaced = words.map((w) => w.text)
  for (let i = 0; i < words.length; i++) {
    const lower = words[i]!.text.toLowerCase()
    const previous = words[i - 1]?.text.toLowerCase()
    const next = words[i + 1]?.text.toLowerCase()
    const adjacent = (a: number, b: number) => !!words[a] && !!words[b] && /^\s+$/.test(line.slice(words[a]!.end, words[b]!.start))
    if (address === 'je' && FORMAL.has(lower)) {
      replaced[i] = lower === 'uzelf' ? 'jezelf' : 'je'
      if (previous && adjacent(i - 1, i) && INVERTED_FORMAL_TO_INFORMAL[previous]) replaced[i - 1] = INVERTED_FORMAL_TO_INFORMAL[previous]!
      else if (lower === 'u' && next && adjacent(i, i + 1) && AFTER_FORMAL_TO_INFORMAL[next]) replaced[i + 1] = AFTER_FORMAL_TO_INFORMAL[next]!
    } else if (address === 'u' && INFORMAL.has(lower)) {
      replaced[i] = lower === 'jouw' ? 'uw' : lower === 'jezelf' ? 'uzelf' : 'u'
      if (previous && adjacent(i - 1, i) && INVERTED_INFORMAL_TO_FORMAL[previous]) replaced[i - 1] = INVERTED_INFORMAL_TO_FORMAL[previous]!
      else if (next && adjacent(i, i + 1) && AFTER_INFORMAL_TO_FORMAL[next]) replaced[i + 1] = AFTER_INFORMAL_TO_FORMAL[next]!
    }
  }
  let out = ''
  let at = 0
  words.forEach((w, i) => {
    out += line.slice(at, w.start) + withCase(replaced[i]!, w.text)
    at = w.end
  })
  return out + line.slice(at)
}

function withCase(word: string, original: string): string {
  const capital = original[0]!
  return capital !== capital.toLowerCase() ? word[0]!.toUpperCase() + word.slice(1) : word
}

/** The approved claim that shares the most words with the finding's sentence; the first one otherwise. */
function relatedClaim(context: RuleContext<any>, range: Range): ApprovedClaim | undefined {
  const claims = context.profile.claims
  if (claims.length <= 1) return claims[0]
  const sentence = context.document.sentences.find((s) => s.start <= range.start && range.start < s.end)
  const stems = new Set((sentence?.tokens ?? []).filter((t) => t.kind === 'word' && t.normal.length > 3).map((t) => stem(t.normal, context.language)))
  let best = claims[0]!
  let bestShared = 0
  for (const claim of claims) {
    const shared = phraseTokens(claim.text, context.language).filter((w) => w.length > 3 && stems.has(stem(w, context.language))).length
    if (shared > bestShared) {
      best = claim
      bestShared = shared
    }
  }
  return best
}

/** A rule's texts as the engine reads them: messages and why line per language. */
export function engineTexts(ruleId: string): Partial<Record<Language, RuleTexts>> {
  const texts = ruleTexts(ruleId)
  return { en: { messages: texts.en.messages, why: texts.en.why }, nl: { messages: texts.nl.messages, why: texts.nl.why } }
}
