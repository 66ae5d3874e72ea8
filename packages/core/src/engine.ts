import { location } from 'vfile-location'
import type { ConfiguredRule, Fact, FactDescriptor, Language, LintMessage, Range, ReportDescriptor, RuleContext, RuleVisitor } from './types.js'
import { LANGUAGES } from './types.js'
import { EMPTY_PROFILE, type Profile } from './profile.js'
import { readMarkdown, MarkdownSyntaxError, type MarkdownFlavour } from './markdown.js'
import { proseFromDrafts, type ProseDocument, type Sentence } from './prose.js'
import { detectLanguage, detectLanguageConfidently, LANGUAGE_NAMES } from './language.js'
import { createSuppressor, type Directive } from './directives.js'
import { parseHtml } from './html.js'
import { parseJsonMessages, parseYamlMessages, type MessageKeyFilter } from './messages.js'
import { parseParagraphs, type ParagraphStyle } from './paragraphs.js'
import { formatOf, type ParsedSource, type SourceFormat } from './source.js'
import { findApprovedClaims, type ClaimMatch } from './claims.js'
import { compareRuleIds } from './text.js'
import { introducesWhatFollows, isCommandGuide, isQuestion, isQuotedTerm } from './mention.js'

export const DOCS_BASE_URL = 'https://github.com/echt-lint/echt/blob/main/packages/rules/src/'

/** Where a rule's docs page lives: next to its code and data. */
export function ruleDocsUrl(ruleId: string): string {
  return ruleId.startsWith('echt/') ? `${DOCS_BASE_URL}../../../README.md#inline-control` : `${DOCS_BASE_URL}${ruleId}/README.md`
}

export interface LintOptions {
  /** Used for the format (`.mdx`, `.html`, `.json`, `.yaml`) and in messages; never read. */
  filePath?: string
  flavour?: MarkdownFlavour
  /** The source's format; by default from `flavour`, else from the file name. */
  format?: SourceFormat
  /** Front matter fields linted as prose. Default: title, description, summary. */
  frontMatterFields?: string[]
  /** For JSON and YAML messages files: which keys hold copy. */
  messageKeys?: MessageKeyFilter
  /** For the `paragraphs` format: the style of each line's paragraph. */
  paragraphStyles?: ParagraphStyle[]
  profile?: Profile
  rules: ConfiguredRule[]
  /** Every rule id that exists, enabled or not, to tell unknown ids in directives. */
  knownRuleIds?: Iterable<string>
  /** ISO date used as "today" (evidence review dates, deadlines). Defaults to the clock. */
  today?: string
}

/** `front-matter`: the source declares it (front matter `lang`, `<html lang>`). */
export type LanguageSource = 'front-matter' | 'profile' | 'detected' | 'fallback'

/**
 * A finding an approved claim silenced, or a claim its rule found substantiated on the page
 * (`RuleContext.settle`): what the claims inventory lists as substantiated.
 */
export interface SilencedFinding {
  ruleId: string
  /** The approved claim from the claims library that substantiates it. */
  claimId?: string
  /** Or what on the page does, in the rule's words ("its conditions are stated with it"). */
  basis?: string
  sentence: string
  line: number
  column: number
  actual: string
  /** The claim family a fallback rule named (`data.family`), for the inventory. */
  family?: string
}

export interface LintResult {
  messages: LintMessage[]
  language: Language
  languageSource: LanguageSource
  frontMatter: Record<string, unknown>
  wordCount: number
  sentenceCount: number
  silenced: SilencedFinding[]
  /** Messages that directives suppressed (ESLint's `suppressedMessages`). */
  suppressed: LintMessage[]
  /** Facts rules extracted for checks across files; facts inside disabled regions are left out. */
  facts: Fact[]
  /** Per rule id, the data the rule published for this file (`context.setData`). */
  ruleData: Record<string, Record<string, unknown>>
}

/** Meta messages the engine itself reports, under these ids. */
export const ENGINE_RULE_IDS = {
  parseError: 'echt/parse-error',
  frontMatter: 'echt/front-matter',
  language: 'echt/language',
  unusedDirective: 'echt/unused-directive',
  unknownRule: 'echt/unknown-rule',
  ruleError: 'echt/rule-error',
} as const

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10)
}

/**
 * True for a YYYY-MM-DD string naming a day that exists. Date.parse alone is not enough: V8 reads
 * 2026-02-30 as 2 March, so the parsed date must print back as the same string.
 */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const time = Date.parse(`${text}T00:00:00Z`)
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text
}

/**
 * Lints one Markdown or MDX text. Pure: no I/O, deterministic for equal inputs and `today`.
 * Offsets index `source` as given (a byte order mark counts as one unit); lines and columns are
 * what an editor shows (it does not show the mark).
 */
export function lint(source: string, options: LintOptions): LintResult {
  // The parser drops a leading byte order mark without counting it: lint the text after it and
  // move every offset one on, so `source.slice(offset, endOffset)` stays exact.
  if (source.charCodeAt(0) !== 0xfeff) return lintText(source, options)
  // A second mark would be dropped again by the parser, with end positions one short: read it as
  // the space it renders as (same length, so offsets hold).
  const rest = source.charCodeAt(1) === 0xfeff ? ` ${source.slice(2)}` : source.slice(1)
  const result = lintText(rest, options)
  for (const message of [...result.messages, ...result.suppressed]) shiftMessage(message, 1)
  return result
}

function shiftMessage(message: LintMessage, by: number): void {
  message.offset += by
  message.endOffset += by
  if (message.fix) message.fix = { ...message.fix, range: [message.fix.range[0] + by, message.fix.range[1] + by] }
  if (message.suggestions) {
    message.suggestions = message.suggestions.map((s) => ({ ...s, fix: { ...s.fix, range: [s.fix.range[0] + by, s.fix.range[1] + by] } }))
  }
}

/**
 * 1-based line and column of offsets in `source`, counted as every message counts them
 * (vfile-location: the line starts are indexed once, each lookup is a binary search).
 */
export function pointsIn(source: string): (offset: number) => { line: number; column: number } {
  return pointsOf(location(source), source.length)
}

function pointsOf(place: ReturnType<typeof location>, length: number): (offset: number) => { line: number; column: number } {
  return (offset) => {
    const point = place.toPoint(Math.min(Math.max(offset, 0), length))
    return point ? { line: point.line, column: point.column } : { line: 1, column: 1 }
  }
}

function lintText(source: string, options: LintOptions): LintResult {
  const place = location(source)
  const toPoint = pointsOf(place, source.length)
  const profile = options.profile ?? EMPTY_PROFILE
  const today = options.today ?? todayIso()
  const messages: LintMessage[] = []
  const meta = (ruleId: string, severity: 1 | 2, message: string, start: number, end: number, extra: Partial<LintMessage> = {}) => {
    messages.push(makeMessage(source, toPoint, { ruleId, severity, message, start, end, expected: [], ...extra }))
  }

  let parsed: ParsedSource
  try {
    parsed = readSource(source, options)
  } catch (error) {
    if (!(error instanceof MarkdownSyntaxError)) throw error
    const offset = place.toOffset({ line: error.line, column: error.column }) ?? 0
    meta(ENGINE_RULE_IDS.parseError, 2, `Cannot parse this file: ${error.reason}`, offset, offset, { fatal: true })
    return emptyResult(messages, options.profile)
  }
  const { frontMatter, directives } = parsed
  const format = options.format ?? options.flavour ?? formatOf(options.filePath)
  for (const problem of parsed.problems) {
    const offset = place.toOffset({ line: problem.line, column: problem.column }) ?? 0
    meta(problem.ruleId, 2, problem.reason, offset, offset)
  }

  const { language, languageSource, problem } = chooseLanguage(parsed, profile)
  if (problem) meta(ENGINE_RULE_IDS.language, 1, problem, 0, 0)

  const document = proseFromDrafts(parsed.drafts, source, language)
  // A draft holds a string and two offsets per prose character: nothing reads them again, and a
  // large page would keep them alive (and garbage collection busy) through every rule.
  parsed.drafts = []
  const facts: Fact[] = []
  const ruleData: Record<string, Record<string, unknown>> = {}
  const suppressedBy = createSuppressor(directives, source)

  const held: { ruleId: string; range: Range }[] = []
  const settled: SilencedFinding[] = []
  // What the rules reported or held in the sentence being visited. A finding of a rule that defers
  // (meta.defersTo) to a rule that already reported or held its words here is dropped anyway
  // (dropDeferredFindings), so it is not built: on a claim-dense page that was a quarter of all
  // findings. Only for rules no other rule defers to, whose findings nothing else reads.
  let inSentence: { ruleId: string; range: Range; message?: LintMessage }[] | undefined
  // Claim rules judge copy that sells; a command guide describes tools (see isCommandGuide).
  const commandGuide = options.rules.some((configured) => configured.rule.meta.type === 'claim') && isCommandGuide(document.sentences, source)
  const deferredTo = new Set(options.rules.flatMap((configured) => configured.rule.meta.defersTo ?? []))
  const runs = options.rules.map((configured): RuleRun => {
    const { rule, severity } = configured
    const texts = rule.meta.texts?.[language]
    const run: RuleRun = { ruleId: rule.meta.id, claims: rule.meta.type === 'claim', messages: [], facts: [], held: [], settled: [], failed: false }
    const defers = rule.meta.defersTo?.length && !deferredTo.has(rule.meta.id) ? new Set(rule.meta.defersTo) : undefined
    if (defers) run.defers = defers
    const deferredHere = (other: { ruleId: string; range: Range }, range: Range) =>
      !!defers && defers.has(other.ruleId) && other.range.start < range.end && other.range.end > range.start
    const ownFamily = familyOfRule(rule.meta.id)
    // One string for all of the rule's findings, not one made per finding: a claim-dense page has
    // tens of thousands, and a worker thread sends each distinct value once (report-transfer).
    const url = ruleDocsUrl(rule.meta.id)
    const messageText = (messageId: string) => texts?.messages[messageId] ?? rule.meta.messages[messageId] ?? messageId
    const hold = (range: Range) => {
      run.held.push({ ruleId: rule.meta.id, range })
      inSentence?.push({ ruleId: rule.meta.id, range })
    }
    const report = (descriptor: ReportDescriptor) => {
      if (inSentence?.some((other) => deferredHere(other, descriptor.range))) {
        const lent = descriptor.lendsFamily
        if (lent) for (const { message, ...other } of inSentence) if (message && deferredHere(other, descriptor.range) && familyOfMessage(message) === ownFamily) message.data = { ...message.data, family: lent }
        return
      }
      // Claim rules judge what copy states: a quoted list of terms names words, a question is no error.
      const sentence = run.claims ? sentenceAt(document, descriptor.range.start) : undefined
      if (sentence && isQuotedTerm(sentence, descriptor.range)) return
      const stated = descriptor.severity === 2 ? 2 : severity
      const message = makeMessage(source, toPoint, {
        ruleId: rule.meta.id,
        url,
        severity: stated === 2 && sentence && isQuestion(sentence) ? 1 : stated,
        message: fillTemplate(messageText(descriptor.messageId), {
          actual: source.slice(descriptor.range.start, descriptor.range.end).replace(/\s+/g, ' '),
          ...descriptor.data,
        }),
        messageId: descriptor.messageId,
        start: descriptor.range.start,
        end: descriptor.range.end,
        expected: descriptor.expected ?? [],
        note: descriptor.note ?? texts?.why ?? rule.meta.docs.source,
        fix: descriptor.fix && fixTouchesOnlyProse(document, source, descriptor.fix.range) && fixTextFits(format, document, descriptor.fix) ? descriptor.fix : undefined,
        suggestions: descriptor.suggestions,
        data: descriptor.extra,
      })
      inSentence?.push({ ruleId: rule.meta.id, range: descriptor.range, message })
      run.messages.push(message)
    }
    const context: RuleContext = {
      ruleId: rule.meta.id,
      options: configured.options,
      language,
      profile,
      document,
      today,
      frontMatter,
      report,
      addFact: (descriptor: FactDescriptor) => run.facts.push(makeFact(source, toPoint, rule.meta.id, descriptor)),
      setData: (data: Record<string, unknown>) => {
        run.data = data
      },
      isDisabled: (offset: number) =>
        directives.length > 0 && !!suppressedBy({ ruleId: rule.meta.id, offset, line: toPoint(offset).line }),
      hold,
      settle: (range: Range, messageId: string) => {
        hold(range)
        const at = toPoint(range.start)
        run.settled.push({
          ruleId: rule.meta.id,
          basis: messageText(messageId),
          sentence: sentenceAt(document, range.start)?.text ?? source.slice(range.start, range.end),
          line: at.line,
          column: at.column,
          actual: source.slice(range.start, range.end).replace(/\s+/g, ' '),
        })
      },
    }
    if (!(run.claims && commandGuide)) guarded(run, () => (run.visitor = rule.create(context)))
    return run
  })
  // Sentence by sentence, every rule in turn: a sentence's tokens are read by all rules while they
  // are at hand, and what rules share per sentence (the phrase index) is built once. Rules that
  // defer to others come after them, so they know what those reported in the sentence.
  const visitOrder = [...runs.filter((run) => !run.defers), ...runs.filter((run) => run.defers)]
  for (const sentence of document.sentences) {
    inSentence = []
    const introduces = introducesWhatFollows(sentence)
    for (const run of visitOrder) {
      if (run.failed || !run.visitor?.sentence || (introduces && run.claims)) continue
      try {
        run.visitor.sentence(sentence)
      } catch (error) {
        failed(run, error)
      }
    }
  }
  inSentence = undefined
  for (const run of runs) if (run.visitor?.document && !run.failed) guarded(run, () => run.visitor!.document!(document))
  // Each rule's findings, facts and data in the order of the rules, as if each had run alone.
  for (const run of runs) {
    for (const message of run.messages) messages.push(message)
    for (const fact of run.facts) facts.push(fact)
    for (const range of run.held) held.push(range)
    for (const found of run.settled) settled.push(found)
    if (run.data) ruleData[run.ruleId] = run.data
    if (run.failed) {
      meta(ENGINE_RULE_IDS.ruleError, 2, `Rule ${run.ruleId} failed on this file: ${run.error}`, 0, 0, { fatal: true })
    }
  }

  // Before the library and directives: what silences the finding a rule defers to silences it too.
  dropDeferredFindings(messages, held, options.rules)
  giveWayToSpecificFindings(messages, document, options.rules)
  const silenced = [...settled, ...applyClaimsLibrary(messages, document, options.rules, profile, language, today)]
  const suppressed = applyDirectives(messages, facts, directives, suppressedBy, options, meta)

  messages.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || compareRuleIds(a.ruleId, b.ruleId))
  return {
    messages,
    language,
    languageSource,
    frontMatter,
    wordCount: document.wordCount,
    sentenceCount: document.sentences.length,
    silenced,
    suppressed,
    facts,
    ruleData,
  }
}

function emptyResult(messages: LintMessage[], profile: Profile | undefined): LintResult {
  const language = profile?.language && profile.language !== 'auto' ? profile.language : 'en'
  return { messages, language, languageSource: 'fallback', frontMatter: {}, wordCount: 0, sentenceCount: 0, silenced: [], suppressed: [], facts: [], ruleData: {} }
}

/** One rule's run over a document: what it reported, and whether it failed. */
interface RuleRun {
  ruleId: string
  /** A claim rule: it judges what the copy asserts, so it skips what only introduces or names words. */
  claims: boolean
  /** The rules this one defers to, when no rule defers to it (see inSentence). */
  defers?: ReadonlySet<string>
  visitor?: RuleVisitor
  messages: LintMessage[]
  facts: Fact[]
  held: { ruleId: string; range: Range }[]
  settled: SilencedFinding[]
  data?: Record<string, unknown>
  failed: boolean
  error?: string
}

/** Calls into a rule; a rule that throws stops there (what it reported stays), and the run goes on. */
function guarded(run: RuleRun, call: () => void): void {
  try {
    call()
  } catch (error) {
    failed(run, error)
  }
}

function failed(run: RuleRun, error: unknown): void {
  // A broken rule must not take the run down: say which rule failed, on which file.
  run.failed = true
  run.error = error instanceof Error ? error.message : String(error)
}

/**
 * Reads a source in its format into prose blocks, directives and front matter: the one entry point
 * every format goes through (Markdown, MDX, HTML, JSON and YAML messages, document paragraphs).
 * Throws `MarkdownSyntaxError` (with a line and column) for a source that cannot be parsed.
 */
export function readSource(source: string, options: Pick<LintOptions, 'filePath' | 'flavour' | 'format' | 'frontMatterFields' | 'messageKeys' | 'paragraphStyles'>): ParsedSource {
  const format = options.format ?? options.flavour ?? formatOf(options.filePath)
  switch (format) {
    case 'html':
      return parseHtml(source)
    case 'json':
      return parseJsonMessages(source, options.messageKeys)
    case 'yaml':
      return parseYamlMessages(source, options.messageKeys)
    case 'paragraphs':
      return parseParagraphs(source, options.paragraphStyles)
    default:
      return readMarkdown(source, format, options.frontMatterFields)
  }
}

/**
 * Where the sentences the engine lints are in a source, in source order (the report's excerpts
 * use them). Offsets index `source` as given, a byte order mark counted, as `lint` does.
 */
export function sentenceRangesOf(source: string, language: Language, options: Parameters<typeof readSource>[1]): { start: number; end: number }[] {
  const shift = source.charCodeAt(0) === 0xfeff ? 1 : 0
  const text = source.slice(shift)
  return proseFromDrafts(readSource(text, options).drafts, text, language).sentences.map((s) => ({ start: s.start + shift, end: s.end + shift }))
}

/** Lints an HTML page (a file, or a page fetched from a site) under the name it is reported by. */
export function lintHtml(html: string, filePath: string, options: Omit<LintOptions, 'filePath' | 'format'>): LintResult {
  return lint(html, { ...options, filePath, format: 'html' })
}

function chooseLanguage(
  parsed: ParsedSource,
  profile: Profile,
): { language: Language; languageSource: LanguageSource; problem?: string } {
  const declared = parsed.declaredLanguage
  if (declared) {
    const primary = declared.value.toLowerCase().split(/[-_]/)[0] as Language
    if (LANGUAGES.includes(primary)) return { language: primary, languageSource: 'front-matter' }
    const fallback = detectLanguage(parsed.detectionText) ?? 'en'
    return {
      language: fallback,
      languageSource: 'detected',
      problem: `${declared.where} "${declared.value}" is not supported (echt knows ${LANGUAGES.join(', ')}); linted as "${fallback}"`,
    }
  }
  if (profile.language && profile.language !== 'auto') {
    // The configured language stays (it is explicit), but copy clearly in the other language is
    // never linted silently with the wrong word lists.
    const configured = profile.language
    const detected = detectLanguageConfidently(parsed.detectionText)
    if (!detected || detected === configured) return { language: configured, languageSource: 'profile' }
    const names = LANGUAGE_NAMES[configured]
    const problem =
      configured === 'nl'
        ? `Deze pagina is ${names[detected]} (${detected}), maar brand.language is "${configured}": gecontroleerd als ${names[configured]}; zet lang: ${detected} in de front matter van de pagina, of brand.language: ${detected} (of auto)`
        : `This page reads as ${names[detected]} (${detected}), but brand.language is "${configured}": linted as ${names[configured]}; set lang: ${detected} in the page's front matter, or brand.language: ${detected} (or auto)`
    return { language: configured, languageSource: 'profile', problem }
  }
  const detected = detectLanguage(parsed.detectionText)
  return detected ? { language: detected, languageSource: 'detected' } : { language: 'en', languageSource: 'fallback' }
}

/** A rule's family is the first part of its id (claims/superlative: claims). */
const familyOfRule = (ruleId: string) => ruleId.split('/')[0]
/** The family a finding names (`data.family`: the claim finder's, or one lent to it), else its rule's. */
const familyOfMessage = (message: LintMessage) => (typeof message.data?.family === 'string' ? message.data.family : familyOfRule(message.ruleId))

/**
 * A fallback rule's finding (meta.fallback: the claim finder) gives way to the finding of a more
 * specific claim rule of the same family in the same sentence: the specific rule says more, and one
 * phrase gets one finding per reason.
 */
function giveWayToSpecificFindings(messages: LintMessage[], document: ProseDocument, rules: ConfiguredRule[]): void {
  if (messages.length === 0) return
  const fallback = new Set(rules.filter((r) => r.rule.meta.fallback).map((r) => r.rule.meta.id))
  if (fallback.size === 0 || !messages.some((m) => fallback.has(m.ruleId))) return
  const claimRules = new Set(rules.filter((r) => r.rule.meta.type === 'claim' && !r.rule.meta.fallback).map((r) => r.rule.meta.id))
  const specificBySentence = new Map<Sentence | undefined, LintMessage[]>()
  for (const message of messages) {
    if (!claimRules.has(message.ruleId)) continue
    const sentence = sentenceAt(document, message.offset)
    specificBySentence.set(sentence, [...(specificBySentence.get(sentence) ?? []), message])
  }
  const kept = messages.filter((message) => {
    if (!fallback.has(message.ruleId)) return true
    const specific = specificBySentence.get(sentenceAt(document, message.offset)) ?? []
    // Overlapping words of another family are another reason ("groener": a comparison, and an
    // environmental claim), so only the same family gives way.
    return !specific.some((other) => familyOfMessage(other) === familyOfMessage(message))
  })
  messages.splice(0, messages.length, ...kept)
}

/**
 * Drops each finding of a rule with `meta.defersTo` whose words overlap a finding (or a held-back
 * range) of a rule it defers to. Per deferred-to rule, ranges sorted by start with a running
 * maximum of their ends answer "does any range overlap [start, end)?" by one binary search.
 */
function dropDeferredFindings(messages: LintMessage[], held: { ruleId: string; range: Range }[], rules: ConfiguredRule[]): void {
  // Most pages have no findings: nothing to drop, and nothing to index.
  if (messages.length === 0) return
  const defersTo = new Map(rules.filter((r) => r.rule.meta.defersTo?.length).map((r) => [r.rule.meta.id, r.rule.meta.defersTo!]))
  if (defersTo.size === 0) return
  const wanted = new Set([...defersTo.values()].flat())
  const byRule = new Map<string, Range[]>()
  const add = (ruleId: string, range: Range) => {
    if (!wanted.has(ruleId)) return
    let list = byRule.get(ruleId)
    if (!list) byRule.set(ruleId, (list = []))
    list.push(range)
  }
  for (const message of messages) add(message.ruleId, { start: message.offset, end: message.endOffset })
  for (const { ruleId, range } of held) add(ruleId, range)
  if (byRule.size === 0) return
  const index = new Map<string, { starts: number[]; maxEnds: number[] }>()
  for (const [ruleId, ranges] of byRule) {
    ranges.sort((a, b) => a.start - b.start)
    let maxEnd = -1
    index.set(ruleId, { starts: ranges.map((r) => r.start), maxEnds: ranges.map((r) => (maxEnd = Math.max(maxEnd, r.end))) })
  }
  const overlaps = (ruleId: string, start: number, end: number) => {
    const found = index.get(ruleId)
    if (!found) return false
    // The last range starting before `end`; some range up to it ends after `start` iff the running maximum does.
    let low = 0
    let high = found.starts.length - 1
    let last = -1
    while (low <= high) {
      const mid = (low + high) >> 1
      if (found.starts[mid]! < end) (last = mid), (low = mid + 1)
      else high = mid - 1
    }
    return last >= 0 && found.maxEnds[last]! > start
  }
  const kept = messages.filter((message) => {
    const others = defersTo.get(message.ruleId)
    return !others || !others.some((ruleId) => overlaps(ruleId, message.offset, message.endOffset))
  })
  messages.splice(0, messages.length, ...kept)
}

/**
 * A finding whose words overlap an approved claim the sentence states is silenced while the
 * claim's evidence stands; with stale evidence it stays and says since when.
 */
function applyClaimsLibrary(
  messages: LintMessage[],
  document: ProseDocument,
  rules: ConfiguredRule[],
  profile: Profile,
  language: Language,
  today: string,
): SilencedFinding[] {
  const silenced: SilencedFinding[] = []
  if (profile.claims.length === 0) return silenced
  const claimRules = new Set(rules.filter((r) => r.rule.meta.silencedByApprovedClaims).map((r) => r.rule.meta.id))
  const perSentence = new Map<Sentence, ClaimMatch[]>()
  const claimsIn = (sentence: Sentence) => {
    let matches = perSentence.get(sentence)
    if (!matches) perSentence.set(sentence, (matches = findApprovedClaims(sentence, profile.claims, language, today)))
    return matches
  }
  const kept: LintMessage[] = []
  for (const message of messages) {
    const isClaim = claimRules.has(message.ruleId)
    const sentence = isClaim || message.fix ? sentenceAt(document, message.offset) : undefined
    if (!sentence) {
      kept.push(message)
      continue
    }
    const matches = claimsIn(sentence)
    // The library's wording is approved as it stands: rewriting a word of it ("klanten" to
    // "leden") would break the match and raise a new finding, so --fix leaves it alone.
    const fix = message.fix
    if (fix && matches.some((m) => m.range.start < fix.range[1] && m.range.end > fix.range[0])) delete message.fix
    if (!isClaim) {
      kept.push(message)
      continue
    }
    // Overlap, not containment: "the freshest" is flagged from "the", which claims match loosely.
    const match = matches.find((m) => m.range.start < message.endOffset && m.range.end > message.offset)
    if (!match) {
      kept.push(message)
    } else if (match.status === 'substantiated') {
      silenced.push({
        ruleId: message.ruleId,
        claimId: match.claim.id,
        sentence: sentence.text,
        line: message.line,
        column: message.column,
        actual: message.actual,
        ...(typeof message.data?.family === 'string' ? { family: message.data.family } : {}),
      })
    } else {
      const words = CLAIM_WORDS[language]
      const why = match.status === 'stale' ? words.stale(match.claim.id, match.staleSince ?? '') : words.noEvidence(match.claim.id)
      message.message = `${message.message} (${why})`
      message.expected = [words.renew(match.claim.id), ...message.expected]
      message.data = { ...message.data, claim: { id: match.claim.id, status: match.status, staleSince: match.staleSince } }
      kept.push(message)
    }
  }
  messages.splice(0, messages.length, ...kept)
  return silenced
}

/** What the claims library adds to a finding it cannot silence, in the language of the page. */
const CLAIM_WORDS: Record<Language, { stale: (id: string, since: string) => string; noEvidence: (id: string) => string; renew: (id: string) => string }> = {
  en: {
    stale: (id, since) => `approved claim "${id}" matches, but its evidence is stale since ${since}`,
    noEvidence: (id) => `approved claim "${id}" matches, but the claims library lists no evidence for it`,
    renew: (id) => `renew the evidence of claim "${id}" (set a new reviewBy) or remove the claim`,
  },
  nl: {
    stale: (id, since) => `goedgekeurde claim "${id}" komt overeen, maar het bewijs is verlopen sinds ${since}`,
    noEvidence: (id) => `goedgekeurde claim "${id}" komt overeen, maar de claimbibliotheek noemt er geen bewijs voor`,
    renew: (id) => `vernieuw het bewijs van claim "${id}" (zet een nieuwe reviewBy) of verwijder de claim`,
  },
}

/**
 * A rule's fix may only rewrite words as they stand in the source: inside one sentence, over tokens
 * written verbatim (no escape, character reference or markup inside them) with only whitespace
 * between them. A word that spans markup (`Fair[Phone](url)`) keeps its message but loses its fix,
 * so --fix never breaks a link, code or emphasis.
 */
function fixTouchesOnlyProse(document: ProseDocument, source: string, [start, end]: [number, number]): boolean {
  const sentence = sentenceAt(document, start) ?? (start === end ? sentenceAt(document, start - 1) : undefined)
  if (!sentence || end > sentence.end) return false
  const blank = (from: number, to: number) => from >= to || /^[ \t]*$/.test(source.slice(from, to))
  let cursor = start
  const tokens = sentence.tokens
  // Binary search for the first token ending after `start`: a long sentence with many fixes stays linear.
  let low = 0
  let high = tokens.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (tokens[mid]!.end > start) high = mid
    else low = mid + 1
  }
  for (let i = low; i < tokens.length && tokens[i]!.start < end; i++) {
    const token = tokens[i]!
    if (token.kind === 'source' || source.slice(token.start, token.end) !== token.value) return false
    if (!blank(cursor, token.start)) return false
    cursor = Math.max(cursor, token.end)
  }
  return blank(cursor, end)
}

/**
 * A fix's text is written into the file as it is: in a JSON or YAML string or an HTML page it may
 * only hold characters that mean nothing there, so a fix never breaks the file's syntax (a quote
 * in a JSON string, `&` or `<` in HTML, `: ` or `#` in YAML).
 */
function fixTextFits(format: SourceFormat, document: ProseDocument, fix: { range: [number, number]; text: string }): boolean {
  if (format === 'json' || format === 'yaml') return /^[\p{L}\p{N} .,!?()\u2019-]*$/u.test(fix.text)
  if (format === 'html') return !/[<&]/.test(fix.text)
  // Front matter is the page's settings as much as its copy: its findings are reported, never fixed.
  if (format === 'markdown' || format === 'mdx') return sentenceAt(document, fix.range[0])?.block.kind !== 'metadata'
  return true
}

function sentenceAt(document: ProseDocument, offset: number): Sentence | undefined {
  // Sentences are in source order; binary search keeps long files linear.
  const list = document.sentences
  let low = 0
  let high = list.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const sentence = list[mid]!
    if (offset < sentence.start) high = mid - 1
    else if (offset >= sentence.end) low = mid + 1
    else return sentence
  }
  return undefined
}

function applyDirectives(
  messages: LintMessage[],
  facts: Fact[],
  directives: Directive[],
  suppressedBy: ReturnType<typeof createSuppressor>,
  options: LintOptions,
  meta: (ruleId: string, severity: 1 | 2, message: string, start: number, end: number) => void,
): LintMessage[] {
  if (directives.length === 0) return []
  const suppressed: LintMessage[] = []
  const kept = messages.filter((message) => {
    if (message.fatal || message.ruleId.startsWith('echt/')) return true
    if (!suppressedBy(message)) return true
    suppressed.push(message)
    return false
  })
  messages.splice(0, messages.length, ...kept)
  // A disabled region also hides its facts from checks across files (an archived press release).
  const keptFacts = facts.filter((fact) => !suppressedBy(fact))
  facts.splice(0, facts.length, ...keptFacts)

  const known = new Set(options.knownRuleIds ?? options.rules.map((r) => r.rule.meta.id))
  const enabled = new Set(options.rules.map((r) => r.rule.meta.id))
  for (const directive of directives) {
    const { start, end } = directive.range
    for (const id of directive.ruleIds) {
      if (!known.has(id)) meta(ENGINE_RULE_IDS.unknownRule, 1, `Unknown rule "${id}" in echt-${directive.kind} comment`, start, end)
    }
    if (directive.kind === 'enable') continue
    if (directive.ruleIds.length === 0) {
      if (!directive.used.has('*')) meta(ENGINE_RULE_IDS.unusedDirective, 1, `Unused echt-${directive.kind} comment: no message was suppressed`, start, end)
      continue
    }
    for (const id of directive.ruleIds) {
      if (!known.has(id) || directive.used.has(id)) continue
      const why = enabled.has(id) ? `no "${id}" message was suppressed` : `rule "${id}" is off`
      meta(ENGINE_RULE_IDS.unusedDirective, 1, `Unused echt-${directive.kind} comment for "${id}": ${why}`, start, end)
    }
  }
  return suppressed
}

export function fillTemplate(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template
  const parts = templateParts(template)
  if (parts.length === 1) return template
  let filled = parts[0]!
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!
    filled += (name in data ? String(data[name]) : `{${name}}`) + parts[i + 1]!
  }
  return filled
}

/**
 * A template split once at its `{name}` placeholders (text, name, text, ...): every finding fills
 * one, and a claim-dense page has tens of thousands. Templates come from the rules' data, so the
 * cache stays small; it is emptied if something fills an unbounded number of them.
 */
const templates = new Map<string, string[]>()
function templateParts(template: string): string[] {
  let parts = templates.get(template)
  if (!parts) {
    if (templates.size >= 10_000) templates.clear()
    parts = template.split(/\{(\w+)\}/)
    templates.set(template, parts)
  }
  return parts
}

function makeFact(
  source: string,
  toPoint: (offset: number) => { line: number; column: number },
  ruleId: string,
  descriptor: FactDescriptor,
): Fact {
  const start = toPoint(descriptor.range.start)
  const end = toPoint(descriptor.range.end)
  const fact: Fact = {
    ruleId,
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
  if (descriptor.data && Object.keys(descriptor.data).length > 0) fact.data = descriptor.data
  return fact
}

interface MessageDraft {
  ruleId: string
  /** The rule's docs page; by default ruleDocsUrl(ruleId). */
  url?: string
  severity: 1 | 2
  message: string
  start: number
  end: number
  expected: string[]
  messageId?: string
  note?: string | undefined
  fatal?: boolean
  fix?: LintMessage['fix'] | undefined
  suggestions?: LintMessage['suggestions'] | undefined
  data?: Record<string, unknown> | undefined
}

function makeMessage(
  source: string,
  toPoint: (offset: number) => { line: number; column: number },
  draft: MessageDraft,
): LintMessage {
  const start = toPoint(draft.start)
  const end = toPoint(draft.end)
  const message: LintMessage = {
    ruleId: draft.ruleId,
    severity: draft.severity,
    message: draft.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    offset: draft.start,
    endOffset: draft.end,
    actual: source.slice(draft.start, draft.end),
    expected: draft.expected,
    url: draft.url ?? ruleDocsUrl(draft.ruleId),
  }
  if (draft.messageId) message.messageId = draft.messageId
  if (draft.note) message.note = draft.note
  if (draft.fatal) message.fatal = true
  if (draft.fix) message.fix = draft.fix
  if (draft.suggestions?.length) message.suggestions = draft.suggestions
  if (draft.data && Object.keys(draft.data).length > 0) message.data = draft.data
  return message
}
