import type { Fact, FactDescriptor, Language, LintMessage, LintResult, PhraseMatch, Profile, ProseDocument, Sentence, Token } from '@echt/core'
import { compilePhrases, fillTemplate, pointsIn, ruleDocsUrl } from '@echt/core'
import { wordList } from './wordlists.js'
import { isSelfPromotional } from './context.js'
import { ruleTexts } from './texts.js'

/**
 * Facts for brand/inconsistent-fact: small statements a page makes about the organisation and its
 * offer ("30-day free trial", "founded in 2012", "10,000+ customers", a product name's spelling),
 * extracted per file and compared after every file was read. Extraction is pure and per file, so
 * it runs in workers and shards; comparison needs only the facts.
 */

export const FACT_RULE_ID = 'brand/inconsistent-fact'

export type FactKind = 'offer-term' | 'count' | 'founded' | 'name'

/**
 * The facts of one file: from a lint result (the facts brand/inconsistent-fact recorded, after
 * directives), or straight from a prose document.
 */
export function extractFacts(input: LintResult | ProseDocument, profile?: Profile): Fact[] {
  if ('facts' in input) return input.facts.filter((fact) => fact.ruleId === FACT_RULE_ID)
  return factsOf(input, findFacts(input, profile))
}

/** Facts with lines and columns from descriptors `findFacts` returned for the document. */
export function factsOf(document: ProseDocument, descriptors: readonly FactDescriptor[]): Fact[] {
  const source = document.source
  const pointAt = pointsIn(source)
  return descriptors.map((descriptor) => {
    const start = pointAt(descriptor.range.start)
    const end = pointAt(descriptor.range.end)
    const fact: Fact = {
      ruleId: FACT_RULE_ID,
      kind: descriptor.kind,
      subject: descriptor.subject,
      value: descriptor.value,
      actual: source.slice(descriptor.range.start, descriptor.range.end),
      sentence: descriptor.sentence,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      offset: descriptor.range.start,
      endOffset: descriptor.range.end,
    }
    if (descriptor.data) fact.data = descriptor.data
    return fact
  })
}

/** Fact descriptors (source ranges, no line numbers) of a document; what the rule records. */
export function findFacts(document: ProseDocument, profile?: Profile): FactDescriptor[] {
  const language = document.language
  const lists = listsFor(language)
  const profileNameKeys = new Set([profile?.name, ...(profile?.voice.names ?? [])].filter((n): n is string => !!n).map(nameKey))
  const facts: FactDescriptor[] = []
  for (const sentence of document.sentences) {
    // Testimonials and quotes are someone else's words.
    if (sentence.block.inBlockquote) continue
    facts.push(...offerTerms(sentence, lists, language))
    facts.push(...counts(sentence, lists, language, profile))
    facts.push(...foundingYears(sentence, lists, language, profile))
    facts.push(...names(sentence, profileNameKeys))
  }
  return facts
}

interface Lists {
  units: Map<string, string>
  numbers: Map<string, number>
  multipliers: Map<string, number>
  offerSubjects: ReturnType<typeof compilePhrases>
  countSubjects: ReturnType<typeof compilePhrases>
  countNotBefore: string[][]
  countNotAfter: string[][]
  atLeast: string[][]
  founded: ReturnType<typeof compilePhrases>
  since: Set<string>
  existence: ReturnType<typeof compilePhrases>
}

const listCache: Partial<Record<Language, Lists>> = {}

function listsFor(language: Language): Lists {
  const cached = listCache[language]
  if (cached) return cached
  const list = (name: string) => wordList(FACT_RULE_ID, language, name)
  const keyed = <T>(name: string, convert: (kind: string) => T) =>
    new Map(list(name).flatMap((entry) => entry.match.map((word) => [word.toLowerCase(), convert(entry.kind ?? '')] as const)))
  const phrases = (name: string) => list(name).flatMap((entry) => entry.match.map((phrase) => phrase.toLowerCase().split(/\s+/)))
  const lists: Lists = {
    units: keyed('units', (kind) => kind),
    numbers: keyed('numbers', Number),
    multipliers: keyed('multipliers', Number),
    offerSubjects: compilePhrases(list('offerSubjects'), language),
    countSubjects: compilePhrases(list('countSubjects'), language),
    countNotBefore: phrases('countNotBefore'),
    countNotAfter: phrases('countNotAfter'),
    atLeast: phrases('atLeast'),
    founded: compilePhrases(list('founded'), language),
    since: new Set(list('since').flatMap((e) => e.match)),
    existence: compilePhrases(list('existence'), language),
  }
  listCache[language] = lists
  return lists
}

// ---------------------------------------------------------------------------------------------
// Numbers

interface NumberSpan {
  value: number
  /** Token indexes (inclusive). */
  first: number
  last: number
  atLeast: boolean
}

/** A number written with digits (10,000 / 10.000 / 2.5 million / 10,000+) starting at token i. */
function numberAt(tokens: Token[], i: number, language: Language, lists: Lists): NumberSpan | undefined {
  const token = tokens[i]!
  if (!/^\d/.test(token.value) || token.kind !== 'word') return undefined
  let text = token.value
  let last = i
  // English splits "10,000" into 10 , 000; join separators followed by digits with no space.
  while (
    tokens[last + 2] &&
    (tokens[last + 1]!.value === ',' || tokens[last + 1]!.value === '.') &&
    !tokens[last + 1]!.spaceBefore &&
    !tokens[last + 2]!.spaceBefore &&
    /^\d+$/.test(tokens[last + 2]!.value)
  ) {
    text += tokens[last + 1]!.value + tokens[last + 2]!.value
    last += 2
  }
  const value = parseNumber(text, language)
  if (value === undefined) return undefined
  let atLeast = false
  let result = value
  const multiplier = tokens[last + 1] ? lists.multipliers.get(tokens[last + 1]!.normal) : undefined
  if (multiplier) {
    result = value * multiplier
    last++
  }
  if (tokens[last + 1]?.value === '+' && !tokens[last + 1]!.spaceBefore) {
    atLeast = true
    last++
  }
  if (lists.atLeast.some((phrase) => endsWithPhrase(tokens, i, phrase))) atLeast = true
  return { value: result, first: i, last, atLeast }
}

function parseNumber(text: string, language: Language): number | undefined {
  if (!/^\d[\d.,]*$/.test(text)) return undefined
  const thousands = language === 'nl' ? '.' : ','
  const decimal = language === 'nl' ? ',' : '.'
  const grouped = new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})+(\\${decimal}\\d+)?$`)
  let normal = text
  if (grouped.test(text)) normal = text.split(thousands).join('')
  normal = normal.replace(decimal, '.')
  const value = Number(normal)
  return Number.isFinite(value) ? value : undefined
}

/** The words right before token `at` are `phrase`. */
function endsWithPhrase(tokens: Token[], at: number, phrase: string[]): boolean {
  if (at - phrase.length < 0) return false
  return phrase.every((word, k) => tokens[at - phrase.length + k]!.normal === word)
}

function startsWithPhrase(tokens: Token[], at: number, phrase: string[]): boolean {
  return phrase.every((word, k) => {
    const token = tokens[at + k]
    if (!token) return false
    // "in 20" stands for any year in the 2000s ("in 2020").
    return word === '20' ? /^(19|20)\d\d$/.test(token.value) : token.normal === word
  })
}

// ---------------------------------------------------------------------------------------------
// Offer terms: "30-day free trial", "a free trial of 30 days", "2 jaar garantie", "bedenktijd van 14 dagen"

interface Duration {
  amount: number
  unit: string
  first: number
  last: number
}

function durations(tokens: Token[], lists: Lists, language: Language): Duration[] {
  const found: Duration[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.kind !== 'word') continue
    // One token: "30-day", "2-year", "two-year", "30-daagse", "2-jarige".
    const hyphenated = /^(\p{L}+|\d+)-(\p{L}+)$/u.exec(token.normal)
    if (hyphenated) {
      const amount = /^\d+$/.test(hyphenated[1]!) ? Number(hyphenated[1]) : lists.numbers.get(hyphenated[1]!)
      const unit = lists.units.get(hyphenated[2]!)
      if (amount !== undefined && unit && hyphenated[1] !== 'a' && hyphenated[1] !== 'an') found.push({ amount, unit, first: i, last: i })
      continue
    }
    // Two or more tokens: "30 days", "two years", "a year", "14 dagen".
    const number = numberAt(tokens, i, language, lists)
    const amount = number?.value ?? lists.numbers.get(token.normal)
    const unitAt = number ? number.last + 1 : i + 1
    const unitToken = tokens[unitAt]
    const unit = unitToken ? lists.units.get(unitToken.normal.replace(/['\u2019]s$/, '')) : undefined
    if (amount !== undefined && unit) {
      found.push({ amount, unit, first: i, last: unitAt })
      i = unitAt
    }
  }
  return found
}

/** ISO 8601 duration; weeks become days and years months, so "2 years" equals "24 months". */
function isoDuration(amount: number, unit: string): string {
  if (unit === 'W') return `P${amount * 7}D`
  if (unit === 'Y') return `P${amount * 12}M`
  return `P${amount}${unit}`
}

function offerTerms(sentence: Sentence, lists: Lists, language: Language): FactDescriptor[] {
  const tokens = sentence.tokens
  const subjects = lists.offerSubjects.match(sentence)
  if (subjects.length === 0) return []
  const facts: FactDescriptor[] = []
  for (const duration of durations(tokens, lists, language)) {
    const subject = nearestSubject(tokens, subjects, duration.first, duration.last)
    if (!subject) continue
    const start = Math.min(duration.first, subject.tokens[0]!.index)
    const end = Math.max(duration.last, subject.tokens.at(-1)!.index)
    facts.push({
      kind: 'offer-term',
      subject: subject.entry.kind!,
      value: isoDuration(duration.amount, duration.unit),
      range: { start: tokens[start]!.start, end: tokens[end]!.end },
      sentence: sentence.text,
    })
  }
  return facts
}

/**
 * The offer a duration belongs to: a subject right after it (up to two words between: "30-day
 * free trial", "5 years of software updates") or, failing that, shortly before it (up to three
 * words: "a free trial of 30 days", "return it within 30 days"). Punctuation ends the search.
 */
function nearestSubject(tokens: Token[], subjects: PhraseMatch[], first: number, last: number): PhraseMatch | undefined {
  const after = subjects.find((s) => {
    const at = s.tokens[0]!.index
    return at > last && at - last <= 3 && noPunctuation(tokens, last + 1, at)
  })
  if (after) return after
  return [...subjects].reverse().find((s) => {
    const at = s.tokens.at(-1)!.index
    return at < first && first - at <= 4 && noPunctuation(tokens, at + 1, first)
  })
}

function noPunctuation(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.kind !== 'word' && tokens[k]!.value !== '-') return false
  return true
}

// ---------------------------------------------------------------------------------------------
// Counts: "10,000+ customers", "5.000 klanten", "in 40 countries"

function counts(sentence: Sentence, lists: Lists, language: Language, profile: Profile | undefined): FactDescriptor[] {
  // A table cell is a plan's limit ("Users | 5"); a year in the sentence makes a count historic
  // ("in 2019 we had 5,000 customers"); only counts the page claims for the organisation count.
  if (sentence.block.kind === 'tableCell') return []
  if (historic(sentence, lists)) return []
  const subjects = lists.countSubjects.match(sentence)
  if (subjects.length === 0) return []
  if (!isSelfPromotional(sentence, language, profile ?? EMPTY)) return []
  const tokens = sentence.tokens
  const facts: FactDescriptor[] = []
  for (const subject of subjects) {
    const nounAt = subject.tokens[0]!.index
    // The number stands right before the noun, or one adjective before it ("10,000 happy customers").
    let number: NumberSpan | undefined
    for (let i = Math.max(0, nounAt - 8); i < nounAt; i++) {
      const candidate = numberAt(tokens, i, language, lists)
      if (!candidate) continue
      const gap = nounAt - candidate.last - 1
      if (gap === 0 || (gap === 1 && tokens[candidate.last + 1]!.kind === 'word' && !/^\d/.test(tokens[candidate.last + 1]!.value))) number = candidate
      // "10,000" is one number, not also "000".
      i = candidate.last
    }
    if (!number) continue
    if (lists.countNotBefore.some((phrase) => endsWithPhrase(tokens, number!.first, phrase))) continue
    const afterNoun = subject.tokens.at(-1)!.index + 1
    if (lists.countNotAfter.some((phrase) => startsWithPhrase(tokens, afterNoun, phrase))) continue
    facts.push({
      kind: 'count',
      subject: subject.entry.kind!,
      value: String(number.value),
      range: { start: tokens[number.first]!.start, end: subject.range.end },
      sentence: sentence.text,
      data: { atLeast: number.atLeast },
    })
  }
  return facts
}

/** A year in the sentence dates the count ("in 2019 we had 2,000"), unless it is the founding year. */
function historic(sentence: Sentence, lists: Lists): boolean {
  const triggers = lists.founded.match(sentence).map((m) => m.tokens.at(-1)!.index)
  return sentence.tokens.some(
    (t) => t.kind === 'word' && /^(19|20)\d\d$/.test(t.value) && !triggers.some((at) => t.index > at && t.index - at <= 3),
  )
}

const EMPTY: Profile = { values: [], voice: { prefer: {}, avoid: [], names: [] }, claims: [] }

// ---------------------------------------------------------------------------------------------
// Founding year: "founded in 2012", "opgericht in 2012", "since 2013" (in a slogan or with "in business")

function foundingYears(sentence: Sentence, lists: Lists, language: Language, profile: Profile | undefined): FactDescriptor[] {
  const tokens = sentence.tokens
  const years = tokens.filter((t) => t.kind === 'word' && /^(1[89]|20)\d\d$/.test(t.value))
  if (years.length === 0) return []
  // The organisation's own founding: the sentence is about it (we, the brand, a heading, a slogan).
  if (!isSelfPromotional(sentence, language, profile ?? EMPTY)) return []
  const facts: FactDescriptor[] = []
  const triggers = lists.founded.match(sentence)
  for (const trigger of triggers) {
    const at = trigger.tokens.at(-1)!.index
    const year =
      years.find((y) => y.index > at && y.index - at <= 3 && noPunctuation(tokens, at + 1, y.index)) ??
      [...years].reverse().find((y) => y.index < trigger.tokens[0]!.index && trigger.tokens[0]!.index - y.index <= 6)
    if (!year) continue
    const first = Math.min(trigger.tokens[0]!.index, year.index)
    const last = Math.max(at, year.index)
    facts.push({ kind: 'founded', subject: 'founded', value: year.value, range: { start: tokens[first]!.start, end: tokens[last]!.end }, sentence: sentence.text })
  }
  const words = tokens.filter((t) => t.kind === 'word')
  const slogan = words.length <= 4
  const existence = lists.existence.match(sentence).length > 0
  if (!slogan && !existence) return []
  for (const year of years) {
    const previous = tokens[year.index - 1]
    if (!previous || !lists.since.has(previous.normal)) continue
    if (facts.some((fact) => fact.range.start <= year.start && fact.range.end >= year.end)) continue
    facts.push({ kind: 'founded', subject: 'founded', value: year.value, range: { start: previous.start, end: year.end }, sentence: sentence.text })
  }
  return facts
}

// ---------------------------------------------------------------------------------------------
// Names: "Fairphone" / "FairPhone" / "Fair Phone"

/** Letters and digits only, lower case: the identity of a name across spellings. */
export function nameKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

/**
 * Name-like words: a word with a capital inside it (FairPhone, iPhone), a capitalised word inside a
 * sentence (not its first word, not in a heading, where title case capitalises everything), and
 * two capitalised words or a hyphenated pair (Fair Phone, Fair-Phone). Names the profile lists
 * are left to brand/terminology, which knows their right spelling.
 */
function names(sentence: Sentence, profileNameKeys: Set<string>): FactDescriptor[] {
  const tokens = sentence.tokens
  const facts: FactDescriptor[] = []
  const inHeading = sentence.block.kind === 'heading'
  const firstWord = tokens.find((t) => t.kind === 'word')?.index ?? 0
  const capitalised = (t: Token | undefined) => !!t && t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.value)
  const camel = (t: Token) => /\p{Ll}\p{Lu}/u.test(t.value) && !/^\p{Lu}+s?$/u.test(t.value)
  const push = (from: number, to: number, spelling: string) => {
    const key = nameKey(spelling)
    if (key.length < 3 || profileNameKeys.has(key)) return
    facts.push({ kind: 'name', subject: key, value: spelling, range: { start: tokens[from]!.start, end: tokens[to]!.end }, sentence: sentence.text })
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.kind !== 'word' || !/\p{L}/u.test(token.value)) continue
    // A Dutch compound split by markup ("macOS-[a]pplicatie") leaves a trailing hyphen.
    const value = token.value.replace(/['\u2019]s$/, '').replace(/-+$/, '')
    const next = tokens[i + 1]
    // Pairs: "Fair Phone", "Fair-Phone" (one token or three).
    if (capitalised(token) && capitalised(next) && next!.spaceBefore && !inHeading) {
      push(i, i + 1, `${value} ${next!.value.replace(/['\u2019]s$/, '')}`)
    }
    if (camel(token) || /^\p{Lu}\p{Ll}+-\p{L}+$/u.test(value)) {
      push(i, i, value)
      continue
    }
    if (capitalised(token) && !inHeading && i !== firstWord) push(i, i, value)
  }
  return facts
}

// ---------------------------------------------------------------------------------------------
// Comparing

/** Two values of a fact agree: equal, or for durations within 3% ("1 month" and "30 days"). */
export function sameValue(kind: string, a: string, b: string): boolean {
  if (a === b) return true
  if (kind === 'offer-term') {
    const days = (v: string) => {
      const m = /^P(\d+(?:\.\d+)?)([DM])$/.exec(v)
      return m ? Number(m[1]) * (m[2] === 'M' ? 30.44 : 1) : NaN
    }
    const x = days(a)
    const y = days(b)
    return Math.abs(x - y) <= 0.03 * Math.max(x, y)
  }
  if (kind === 'name') return normaliseSpelling(a) === normaliseSpelling(b)
  return false
}

/**
 * A capital at the start of a sentence, or of each part of a hyphenated word in title case
 * ("Pretty-Print"), is typography, not spelling.
 */
function normaliseSpelling(spelling: string): string {
  return spelling.replace(/(^|-)(\p{Lu})/gu, (_, before: string, letter: string) => before + letter.toLowerCase())
}

/**
 * ALL CAPS and acronym-like spellings with as many capitals as small letters (DoT, tEXt, PCapNG)
 * say nothing reliable about how a name is spelled: they are left out of the comparison.
 */
function informative(fact: Fact): boolean {
  if (fact.kind !== 'name') return true
  const upper = fact.value.match(/\p{Lu}/gu)?.length ?? 0
  const lower = fact.value.match(/\p{Ll}/gu)?.length ?? 0
  return upper < lower
}

/** How a value reads in a message. */
export function displayValue(kind: string, value: string, language: Language = 'en'): string {
  if (kind === 'offer-term') {
    const m = /^P(\d+(?:\.\d+)?)([DM])$/.exec(value)
    if (!m) return value
    const amount = Number(m[1])
    if (m[2] === 'M' && amount % 12 === 0) return plural(amount / 12, language === 'nl' ? ['jaar', 'jaar'] : ['year', 'years'])
    if (m[2] === 'M') return plural(amount, language === 'nl' ? ['maand', 'maanden'] : ['month', 'months'])
    return plural(amount, language === 'nl' ? ['dag', 'dagen'] : ['day', 'days'])
  }
  if (kind === 'count') return Number(value).toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB')
  return value
}

function plural(amount: number, [one, many]: [string, string]): string {
  return `${amount} ${amount === 1 ? one : many}`
}

interface Occurrence {
  filePath: string
  fact: Fact
}

interface Group {
  /** Representative value and its occurrences. */
  value: string
  occurrences: Occurrence[]
  files: Set<string>
}

function groupByValue(kind: string, occurrences: Occurrence[]): Group[] {
  const groups: Group[] = []
  for (const occurrence of occurrences) {
    const group = groups.find((g) => sameValue(kind, g.value, occurrence.fact.value))
    if (group) {
      group.occurrences.push(occurrence)
      group.files.add(occurrence.filePath)
    } else {
      groups.push({ value: occurrence.fact.value, occurrences: [occurrence], files: new Set([occurrence.filePath]) })
    }
  }
  return groups
}

function bySubject(occurrences: Occurrence[]): Map<string, Occurrence[]> {
  const map = new Map<string, Occurrence[]>()
  for (const occurrence of occurrences) {
    const key = `${occurrence.fact.kind}\0${occurrence.fact.subject}`
    const list = map.get(key) ?? []
    list.push(occurrence)
    map.set(key, list)
  }
  return map
}

export interface CompareOptions {
  /** Severity of the messages: 1 warning (default), 2 error. */
  severity?: 1 | 2
  /** Language of the rewrites in `expected`, per file (default: English). */
  languageOf?: (filePath: string) => Language
}

/**
 * Compares the facts of all files and returns, per file, brand/inconsistent-fact messages for
 * facts that disagree with another page. The value stated on most pages prevails and only the
 * others are flagged; on a tie every side is flagged, each naming the other. A file that already
 * disagrees with itself on a subject is left to the rule's own in-page message there.
 * Deterministic: files are taken in sorted order.
 */
export function compareFacts(factsByFile: Record<string, readonly Fact[]> | Map<string, readonly Fact[]>, options: CompareOptions = {}): Record<string, LintMessage[]> {
  const entries = (factsByFile instanceof Map ? [...factsByFile.entries()] : Object.entries(factsByFile)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const occurrences: Occurrence[] = entries.flatMap(([filePath, facts]) =>
    facts.filter((f) => f.ruleId === FACT_RULE_ID && informative(f)).map((fact) => ({ filePath, fact })),
  )
  const out: Record<string, LintMessage[]> = {}
  for (const [, group] of bySubject(occurrences)) {
    const kind = group[0]!.fact.kind
    // Per file that states the subject, not per file of the site: a subject on every page stays linear.
    const byFile = new Map<string, Occurrence[]>()
    for (const occurrence of group) {
      const own = byFile.get(occurrence.filePath)
      if (own) own.push(occurrence)
      else byFile.set(occurrence.filePath, [occurrence])
    }
    // Only a page that disagrees with another page is flagged: a subject one page states (every
    // subject of a one-page run) has nothing to compare, however often that page states it.
    if (byFile.size < 2) continue
    const selfInconsistent = new Set([...byFile].filter(([, own]) => groupByValue(kind, own).length > 1).map(([filePath]) => filePath))
    const groups = groupByValue(kind, group)
    if (groups.length < 2) continue
    const ranked = [...groups].sort((a, b) => b.files.size - a.files.size || b.occurrences.length - a.occurrences.length)
    const top = ranked[0]!
    const tie = ranked[1]!.files.size === top.files.size && ranked[1]!.occurrences.length === top.occurrences.length
    for (const candidate of groups) {
      if (!tie && candidate === top) continue
      for (const occurrence of candidate.occurrences) {
        if (selfInconsistent.has(occurrence.filePath)) continue
        // Name the prevailing value, or on a tie the first other value, on another page.
        const others = tie ? groups.filter((g) => g !== candidate) : [top]
        const other = others.flatMap((g) => g.occurrences).find((o) => o.filePath !== occurrence.filePath)
        if (!other) continue
        const language = options.languageOf?.(occurrence.filePath) ?? 'en'
        ;(out[occurrence.filePath] ??= []).push(
          factMessage(occurrence.fact, other, options.severity ?? 1, language, `${other.filePath}:${other.fact.line}`),
        )
      }
    }
  }
  for (const [filePath, messages] of Object.entries(out)) out[filePath] = dropNested(messages.sort((a, b) => a.offset - b.offset), (m) => m)
  return out
}

/**
 * "Tex Live" and "Tex" inside it are one misspelling: keep the widest of name findings that
 * overlap. Other kinds never overlap each other.
 */
function dropNested<T>(items: T[], factOf: (item: T) => { kind?: string; data?: Record<string, unknown>; offset: number; endOffset: number }): T[] {
  const isName = (item: T) => {
    const fact = factOf(item)
    return fact.kind === 'name' || fact.data?.kind === 'name'
  }
  // By start, the widest first: a name is nested when one that starts earlier reaches as far as
  // it does, or one that starts with it reaches further. One sweep, so many names stay linear.
  const spans = items
    .filter(isName)
    .map((item) => factOf(item))
    .sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset)
  const nested = new Set<{ offset: number; endOffset: number }>()
  let reachBefore = -Infinity
  for (let i = 0; i < spans.length; ) {
    const offset = spans[i]!.offset
    const widest = spans[i]!.endOffset
    let j = i
    for (; j < spans.length && spans[j]!.offset === offset; j++) {
      const span = spans[j]!
      if (reachBefore >= span.endOffset || widest > span.endOffset) nested.add(span)
    }
    reachBefore = Math.max(reachBefore, widest)
    i = j
  }
  return items.filter((item) => !isName(item) || !nested.has(factOf(item)))
}

/**
 * Facts of one page that disagree with each other: each statement whose value differs from the
 * value the page states most often (on a tie, the value it states first), paired with the first
 * statement of that value. The rule reports these itself, so one page is judged without the site.
 */
export function conflictsWithin(facts: readonly Fact[]): { fact: Fact; other: Fact }[] {
  const conflicts: { fact: Fact; other: Fact }[] = []
  const occurrences = facts.filter(informative).map((fact) => ({ filePath: '', fact }))
  for (const [, group] of bySubject(occurrences)) {
    const kind = group[0]!.fact.kind
    const groups = groupByValue(kind, group)
    if (groups.length < 2) continue
    const most = Math.max(...groups.map((g) => g.occurrences.length))
    const top = groups.find((g) => g.occurrences.length === most)!
    for (const candidate of groups) {
      if (candidate === top) continue
      for (const occurrence of candidate.occurrences) conflicts.push({ fact: occurrence.fact, other: top.occurrences[0]!.fact })
    }
  }
  return dropNested(conflicts.sort((a, b) => a.fact.offset - b.fact.offset), (c) => c.fact)
}

export interface ConflictReport {
  messageId: 'inconsistent' | 'name'
  data: Record<string, string>
  expected: string[]
  note: string
}

/** What to say about a fact that disagrees with another statement of the same subject. */
export function conflictReport(fact: Fact, other: Fact, language: Language, where: string): ConflictReport {
  const offerOrCount = fact.kind === 'offer-term' || fact.kind === 'count'
  return {
    messageId: fact.kind === 'name' ? 'name' : 'inconsistent',
    data: {
      what: describe(fact, language),
      value: displayValue(fact.kind, fact.value, language),
      where,
      otherValue: fact.kind === 'name' ? other.value : displayValue(fact.kind, other.value, language),
      otherSentence: trimSentence(other.sentence),
      label: factText(language, LABEL_IDS[fact.kind] ?? fact.kind),
    },
    expected: expectedFor(fact, other, language),
    note: factText(language, offerOrCount ? 'noteOffer' : 'noteFacts'),
  }
}

function factMessage(fact: Fact, other: Occurrence, severity: 1 | 2, language: Language, where: string): LintMessage {
  const report = conflictReport(fact, other.fact, language, where)
  return {
    ruleId: FACT_RULE_ID,
    severity,
    message: factText(language, report.messageId, { actual: fact.actual.replace(/\s+/g, ' '), ...report.data }),
    line: fact.line,
    column: fact.column,
    endLine: fact.endLine,
    endColumn: fact.endColumn,
    offset: fact.offset,
    endOffset: fact.endOffset,
    actual: fact.actual,
    expected: report.expected,
    note: report.note,
    url: ruleDocsUrl(FACT_RULE_ID),
    messageId: report.messageId,
    data: {
      kind: fact.kind,
      subject: fact.subject,
      value: fact.value,
      other: { ...(other.filePath ? { filePath: other.filePath } : {}), line: other.fact.line, value: other.fact.value, actual: other.fact.actual },
    },
  }
}

/** One of brand/inconsistent-fact's texts (en.yaml, nl.yaml) in a language: shared by the rule and the cross-file comparer. */
export function factText(language: Language, id: string, data?: Record<string, string | number>): string {
  const texts = ruleTexts(FACT_RULE_ID)
  return fillTemplate(texts[language].messages[id] ?? texts.en.messages[id] ?? id, data)
}

const LABEL_IDS: Record<string, string> = { 'offer-term': 'labelOfferTerm', count: 'labelCount', founded: 'labelFounded', name: 'labelName' }

function describe(fact: Fact, language: Language): string {
  const subject = factText(language, `subject_${fact.subject.replace(/-/g, '_')}`)
  switch (fact.kind) {
    case 'offer-term':
      return factText(language, 'describeOfferTerm', { subject: subject.startsWith('subject_') ? fact.subject.replace('-', ' ') : subject })
    case 'count':
      return factText(language, 'describeCount', { subject: subject.startsWith('subject_') ? fact.subject : subject })
    case 'founded':
      return factText(language, 'describeFounded')
    default:
      return fact.subject
  }
}

function trimSentence(sentence: string): string {
  const flat = sentence.replace(/\s+/g, ' ').trim()
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat
}

function expectedFor(fact: Fact, other: Fact, language: Language): string[] {
  if (fact.kind === 'name') return [`"${other.value}"`]
  const data = { otherValue: displayValue(fact.kind, other.value, language), otherActual: other.actual }
  return ruleTexts(FACT_RULE_ID)[language].try.inconsistent!.map((line) => fillTemplate(line, data))
}
