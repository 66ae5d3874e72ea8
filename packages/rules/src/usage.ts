import type { Language, PhraseEntry, PhraseMatch, Profile, RuleContext, Sentence, Token } from '@echt/core'
import { compilePhrases } from '@echt/core'
import { isSelfPromotional, mentionsBrand } from './context.js'
import { wordList } from './wordlists.js'

/**
 * Shared judgement for the consumer-law rules (green, pressure, trust, health): is a trigger
 * *used* as a claim, or only *mentioned*? Guidance, blog posts about greenwashing and news copy
 * write "so-called 'eco-friendly' claims" or "fast fashion is not sustainable"; those sentences
 * talk about a claim and must not be flagged as making one.
 */

/** Directive (EU) 2024/825 puts these practices on the UCPD blacklist (Annex I) from this date. */
export const EU_BLACKLIST_DATE = '2026-09-27'

/**
 * How a blacklisted practice is judged on `context.today`: an error from the blacklist date on
 * (before it, the configured severity: a warning by default), and the message says which. The
 * rule option `euBlacklist: false` turns this off for copy outside the EU (the `uk` and `us`
 * presets): the finding then keeps its configured severity and does not mention the blacklist.
 */
export function euBlacklist(context: RuleContext<any>): { severity?: 2; data: { blacklist: string } } {
  if (context.options.euBlacklist === false) return { data: { blacklist: '' } }
  if (context.today >= EU_BLACKLIST_DATE) return { severity: 2, data: { blacklist: BLACKLISTED[context.language].since } }
  return { data: { blacklist: BLACKLISTED[context.language].from } }
}

/** The blacklist part of the four blacklisted practices' messages (`{blacklist}`), in each language. */
const BLACKLISTED: Record<Language, { since: string; from: string }> = {
  en: { since: '; on the EU blacklist since 27 September 2026', from: '; on the EU blacklist from 27 September 2026' },
  nl: { since: '; sinds 27 september 2026 op de zwarte lijst van de EU', from: '; vanaf 27 september 2026 op de zwarte lijst van de EU' },
}

/** Schema and default of the `euBlacklist` option the four blacklisted practices share. */
export const EU_BLACKLIST_OPTION = {
  type: 'boolean',
  description: 'Raise findings to errors from 2026-09-27, when Directive (EU) 2024/825 blacklists the practice (false outside the EU)',
} as const

const MENTION_MARKERS: Record<Language, PhraseEntry[]> = {
  en: [
    {
      match: [
        'so-called', 'so called', 'the term', 'the terms', 'the word', 'the words', 'terms like', 'terms such as',
        'words like', 'words such as', 'claims like', 'claims such as', 'claim to be', 'claims to be', 'claiming to be',
        'call themselves', 'calls itself', 'greenwashing', 'vague', 'misleading', 'banned', 'prohibited',
        'no longer allowed', 'not allowed', 'defined as', 'definition of', 'what does', 'what is meant', 'not all', 'not every',
        // A wish or a hypothesis is not a claim made: "it would be perfect if ... certified".
        'would be', 'would like', 'we would', "we'd", 'prefer to', 'ideally', 'hopefully',
      ],
    },
  ],
  nl: [
    {
      match: [
        'zogenaamd', 'zogenaamde', 'zogeheten', 'de term', 'de termen', 'het woord', 'de woorden', 'termen als',
        'termen zoals', 'woorden als', 'woorden zoals', 'claims als', 'claims zoals', 'noemen zich', 'noemt zich',
        'beweren', 'beweert', 'greenwashing', 'vaag', 'vage', 'misleidend', 'misleidende', 'verboden',
        'niet meer toegestaan', 'niet toegestaan', 'mag niet meer', 'mogen niet meer', 'wat betekent', 'betekent',
        'gedefinieerd als', 'definitie van', 'niet alle', 'niet elk', 'niet elke', 'niet iedere',
        'zou', 'zouden', 'liever', 'idealiter', 'hopelijk',
      ],
    },
  ],
}

const NEGATIONS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['not', 'no', "isn't", "aren't", "wasn't", "weren't", 'never', 'nor', "don't", "doesn't", 'neither']),
  nl: new Set(['niet', 'geen', 'nooit', 'noch']),
}
/** "not only green but …" still claims. */
const NEGATION_UNDONE: Record<Language, ReadonlySet<string>> = {
  en: new Set(['only', 'just', 'merely']),
  nl: new Set(['alleen', 'enkel', 'slechts', 'zomaar']),
}
/** Words that, right after the trigger, make it the topic: "green claims", "the term 'free'". */
const TOPIC_NOUNS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['claim', 'claims', 'term', 'terms', 'wording', 'statement', 'statements']),
  nl: new Set(['claim', 'claims', 'term', 'termen', 'bewering', 'beweringen', 'uitspraak', 'uitspraken']),
}
const QUOTES = new Set(['"', '“', '”', '„', "'", '‘', '’', '«', '»', '`'])

/** True when a match is talked about rather than claimed. */
export function isMention(sentence: Sentence, match: PhraseMatch, language: Language): boolean {
  const tokens = sentence.tokens
  const first = match.tokens[0]!.index
  const last = match.tokens[match.tokens.length - 1]!.index
  if (QUOTES.has(tokens[first - 1]?.value ?? '') && QUOTES.has(tokens[last + 1]?.value ?? '')) return true
  const next = nextWord(tokens, last)
  if (next && TOPIC_NOUNS[language].has(next.normal)) return true
  for (let k = 1; k <= 3; k++) {
    const before = previousWord(tokens, first, k)
    if (!before) break
    if (NEGATIONS[language].has(before.normal)) {
      const after = tokens[before.index + 1]
      if (!after || !NEGATION_UNDONE[language].has(after.normal)) return true
    }
  }
  return compilePhrases(MENTION_MARKERS[language], language).match(sentence).length > 0
}

function nextWord(tokens: Token[], at: number): Token | undefined {
  for (let i = at + 1; i < tokens.length; i++) if (tokens[i]!.kind === 'word') return tokens[i]
  return undefined
}

function previousWord(tokens: Token[], at: number, nth: number): Token | undefined {
  let seen = 0
  for (let i = at - 1; i >= 0; i--) {
    if (tokens[i]!.kind !== 'word') continue
    if (++seen === nth) return tokens[i]
  }
  return undefined
}

const SECOND_PERSON: Record<Language, ReadonlySet<string>> = {
  en: new Set(['you', 'your', "you're", 'yours', "you'll"]),
  nl: new Set(['je', 'jij', 'jouw', 'u', 'uw', 'jou', 'jullie']),
}
/** Imperatives and demonstratives that open product copy: "Shop …", "Kies …", "This jacket …". */
const PROMOTIONAL_OPENERS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['shop', 'buy', 'choose', 'order', 'discover', 'try', 'get', 'pick', 'grab', 'switch', 'join', 'book', 'save', 'enjoy', 'meet', 'this', 'these', 'introducing', 'made', 'now']),
  nl: new Set(['shop', 'koop', 'kies', 'bestel', 'ontdek', 'probeer', 'haal', 'stap', 'boek', 'profiteer', 'scoor', 'maak', 'deze', 'dit', 'gemaakt', 'nu', 'nieuw']),
}

/**
 * Copy that sells: the organisation speaks (we, the brand, headings, slogans), addresses the
 * reader, or opens with an imperative or a pointer at the product. Words that are ordinary in
 * an essay ("sustainable growth", "recyclable plastics") are claims only here.
 */
export function isPromotional(sentence: Sentence, language: Language, profile: Profile): boolean {
  if (isSelfPromotional(sentence, language, profile)) return true
  const words = sentence.tokens.filter((t) => t.kind === 'word')
  if (words.some((t) => SECOND_PERSON[language].has(t.normal))) return true
  return PROMOTIONAL_OPENERS[language].has(words[0]?.normal ?? '')
}

const OWN: Record<Language, ReadonlySet<string>> = {
  en: new Set(['we', 'our', 'us', "we're", "we've", "we'll", 'ours']),
  nl: new Set(['wij', 'we', 'ons', 'onze']),
}

/**
 * The organisation speaks for itself: we/our, its brand or product names, a heading, or it
 * addresses the reader. Stricter than isPromotional: a short sentence about someone else
 * ("Nederland wil in 2050 klimaatneutraal zijn") is news, not the organisation's promise.
 */
export function isOwnVoice(sentence: Sentence, language: Language, profile: Profile): boolean {
  if (sentence.block.kind === 'heading' || mentionsBrand(sentence, profile, language)) return true
  return sentence.tokens.some((t) => t.kind === 'word' && (OWN[language].has(t.normal) || SECOND_PERSON[language].has(t.normal)))
}

const NUMBER = /^\d+(?:[.,]\d+)*$/
const UNITS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['%', 'percent', 'per', 'kg', 'g', 'gram', 'grams', 'kilo', 'kilos', 'kwh', 'kw', 'mwh', 'wh', 'ton', 'tons', 'tonne', 'tonnes', 'l', 'litre', 'litres', 'liter', 'liters', 'km', 'co2', 'co₂', 'm2', 'm²', 'm3', 'm³', 'x', 'times', 'kgco2e', 'g/km', 'years', 'weeks', 'days', 'months']),
  nl: new Set(['%', 'procent', 'kg', 'g', 'gram', 'kilo', 'kwh', 'kw', 'mwh', 'wh', 'ton', 'l', 'liter', 'km', 'co2', 'co₂', 'm2', 'm²', 'm3', 'm³', 'x', 'keer', 'jaar', 'weken', 'dagen', 'maanden']),
}

/** A number with a unit or a percentage: "40% less water", "30 kg CO2", "3x langer". */
export function hasQuantity(sentence: Sentence, language: Language): boolean {
  const tokens = sentence.tokens
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    const glued = /^(\d+(?:[.,]\d+)*)(%|x|kg|g|kwh|km|l)$/i.exec(token.value)
    if (glued) return true
    if (!NUMBER.test(token.value)) continue
    const next = tokens[i + 1]
    if (next && UNITS[language].has(next.normal)) return true
  }
  return false
}

/** Matches of another rule's shared list (the recognised labels live with green/generic). */
export function matchShared(ruleId: string, list: string, context: RuleContext<any>, sentence: Sentence): PhraseMatch[] {
  const entries = wordList(ruleId, context.language, list)
  if (entries.length === 0) return []
  return compilePhrases(entries, context.language).match(sentence)
}

/** A recognised third-party label or certifier named in the sentence (EU Ecolabel, FSC, TÜV …). */
export function namesRecognisedLabel(context: RuleContext<any>, sentence: Sentence): boolean {
  return matchShared('green/generic', 'labels', context, sentence).length > 0
}

/** A target year still ahead, after "by", "in", "tegen" … ("net zero by 2040"); the year's token. */
export function futureYear(context: RuleContext<any>, sentence: Sentence): Token | undefined {
  const thisYear = Number(context.today.slice(0, 4))
  const prepositions = matchShared('green/future', 'yearPrepositions', context, sentence)
  for (const token of sentence.tokens) {
    if (token.kind !== 'word' || !/^20\d\d$/.test(token.value) || Number(token.value) < thisYear) continue
    if (prepositions.some((p) => p.tokens[p.tokens.length - 1]!.index < token.index && token.index - p.tokens[p.tokens.length - 1]!.index <= 3)) {
      return token
    }
  }
  return undefined
}

/** The sentence promises something for later: a target year ahead, or words of intent ("we aim", "op weg naar"). */
export function isFutureClaim(context: RuleContext<any>, sentence: Sentence): boolean {
  return futureYear(context, sentence) !== undefined || matchShared('green/future', 'intent', context, sentence).length > 0
}

const capitalised = (token: Token | undefined) => !!token && token.kind === 'word' && /^\p{Lu}/u.test(token.value)

/** Headings and slogans In Title Case capitalise every word, so capitals do not mark names there. */
function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word' && t.value.length > 3)
  return words.length >= 2 && words.filter(capitalised).length / words.length >= 0.6
}

/**
 * Words written with capitals next to another capitalised word are part of a name ("Organic Maps",
 * "Green Web Foundation", "Charnwood Eco Hub"): they name a thing, they do not praise it. The
 * sentence's first word is capitalised by spelling, so it marks no name ("Als Premium Partner"), and
 * in a heading In Title Case capitals mark nothing. `from` and `to` are token indexes, `to` exclusive.
 */
export function isWithinName(sentence: Sentence, from: number, to: number): boolean {
  const tokens = sentence.tokens
  for (let i = from; i < to; i++) if (tokens[i]!.kind === 'word' && !capitalised(tokens[i])) return false
  const firstWord = tokens.findIndex((t) => t.kind === 'word')
  if (!((from - 1 !== firstWord && capitalised(tokens[from - 1])) || capitalised(tokens[to]))) return false
  return !isTitleCase(tokens)
}
