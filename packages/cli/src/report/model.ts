import { relative, sep } from 'node:path'
import { sentenceRangesOf, type Language, type LintMessage, type Profile, type Rule, type SilencedFinding } from '@echt/core'
import type { FileReport } from '../lint-files.js'
import { citedBasis } from '@echt/rules'

/**
 * What `echt report` renders, and nothing more: small enough to hold for a whole site. Pages keep
 * the sentences around their findings, never their whole source.
 */
export interface ReportInput {
  /** ISO timestamp of the run. */
  generatedAt: string
  /** The date the run treated as today (evidence review dates). */
  today: string
  profile: ReportProfile
  pages: ReportPage[]
  inventory: InventoryRow[]
  /**
   * Values of the profile that no page echoes. Undefined when nothing measured alignment
   * (brand/off-message did not run), which is not the same as "every value is echoed".
   */
  neverEchoed?: string[]
  /** Set when the pages were crawled from a website: which one and when, so an audit says what it saw. */
  crawl?: CrawlSummary
}

export interface CrawlSummary {
  start: string
  /** ISO timestamp of the end of the crawl (the same when a saved crawl is re-linted). */
  finishedAt: string
  requests: number
}

export interface ReportProfile {
  name?: string
  mission?: string
  vision?: string
  values: string[]
  /** The config file, relative to the working directory; undefined when run without one. */
  configPath?: string
}

export interface ReportPage {
  /** Relative to the working directory, with forward slashes. */
  path: string
  language: Language | undefined
  wordCount: number
  findings: ReportFinding[]
  alignment?: PageAlignment
}

export interface PageAlignment {
  /** 0 (echoes none of the mission and values) to 100. */
  score: number
  /** Each value the page echoes, with the words that carried it. */
  echoed: { value: string; words: string[] }[]
  /** Values the page never mentions. */
  missing: string[]
}

export interface ReportFinding {
  ruleId: string
  severity: 1 | 2
  message: string
  line: number
  column: number
  actual: string
  expected: string[]
  note?: string
  url?: string
  /** The sentence around the finding, as written in the source, with the flagged span inside it. */
  context: SentenceExcerpt
}

export interface SentenceExcerpt {
  text: string
  /** The flagged words: `text.slice(highlightStart, highlightEnd)`. */
  highlightStart: number
  highlightEnd: number
}

export type InventoryStatus = 'unsubstantiated' | 'substantiated' | 'stale'

/** One claim found in the copy, as a legal reviewer reads it. */
export interface InventoryRow {
  sentence: string
  file: string
  line: number
  ruleId: string
  actual: string
  status: InventoryStatus
  /** The approved claim that substantiates it (substantiated) or whose evidence lapsed (stale). */
  claimId?: string
  /** The date the evidence went stale. */
  staleSince?: string
  /** Substantiated on the page itself, not by the library: by what (an offer's stated conditions). */
  basis?: string
  /** Still needs evidence, but its sentence names a basis (`citedBasis`): where the reviewer looks. */
  cites?: string
}

/** How the site-wide parts are produced; the lead can swap in the builders of other branches here. */
export interface ReportBuilders {
  /** Alignment of one page, from its lint result; undefined when not measured. */
  alignmentOf(file: FileReport): PageAlignment | undefined
  /** Claims inventory rows of one page. */
  inventoryOf(file: FileReport, path: string, findings: Map<LintMessage, SentenceExcerpt>): InventoryRow[]
  /** Values no page echoes; undefined when no page was measured. */
  neverEchoed(pages: ReportPage[], profile: Profile): string[] | undefined
}

const EXCERPT_LIMIT = 320

/**
 * Collects a ReportInput one file at a time: each file's source is dropped as soon as its
 * findings have their sentences, so a big site never sits in memory.
 */
export class ReportCollector {
  private readonly pages: ReportPage[] = []
  private readonly inventory: InventoryRow[] = []

  constructor(
    private readonly options: {
      cwd: string
      profile: Profile
      configPath?: string
      today: string
      rules: Record<string, Rule<any>>
      builders?: Partial<ReportBuilders>
      crawl?: CrawlSummary
    },
  ) {}

  private get builders(): ReportBuilders {
    return { ...defaultBuilders(this.options.rules), ...this.options.builders }
  }

  /** `source`: the file's text, only needed (and only read) when it has findings. */
  add(file: FileReport, source?: string): void {
    const path = file.url ?? (relative(this.options.cwd, file.filePath).split(sep).join('/') || file.filePath)
    const excerpts = source !== undefined ? excerptsFor(file, source) : new Map<LintMessage, SentenceExcerpt>()
    const findings = file.messages.map((message) => toFinding(message, excerpts.get(message)))
    const page: ReportPage = {
      path,
      language: file.result?.language,
      wordCount: file.result?.wordCount ?? 0,
      findings,
    }
    const alignment = this.builders.alignmentOf(file)
    if (alignment) page.alignment = alignment
    this.pages.push(page)
    this.inventory.push(...this.builders.inventoryOf(file, path, excerpts))
  }

  finish(generatedAt: Date = new Date()): ReportInput {
    const { profile, configPath, today } = this.options
    const input: ReportInput = {
      generatedAt: generatedAt.toISOString(),
      today,
      profile: {
        values: profile.values.map((value) => value.name),
        ...(profile.name ? { name: profile.name } : {}),
        ...(profile.mission ? { mission: profile.mission } : {}),
        ...(profile.vision ? { vision: profile.vision } : {}),
        ...(configPath ? { configPath } : {}),
      },
      pages: this.pages,
      inventory: this.inventory,
      ...(this.options.crawl ? { crawl: this.options.crawl } : {}),
    }
    const neverEchoed = this.builders.neverEchoed(this.pages, profile)
    if (neverEchoed) input.neverEchoed = neverEchoed
    return input
  }
}

export function defaultBuilders(rules: Record<string, Rule<any>>): ReportBuilders {
  return {
    alignmentOf: alignmentFromOffMessage,
    inventoryOf: (file, path, excerpts) => inventoryFromLint(file, path, excerpts, (ruleId) => isClaimRule(rules[ruleId])),
    neverEchoed: neverEchoedFromPages,
  }
}

function isClaimRule(rule: Rule<any> | undefined): boolean {
  return rule !== undefined && (rule.meta.type === 'claim' || rule.meta.silencedByApprovedClaims === true)
}

function toFinding(message: LintMessage, context: SentenceExcerpt | undefined): ReportFinding {
  const finding: ReportFinding = {
    ruleId: message.ruleId,
    severity: message.severity,
    message: message.message,
    line: message.line,
    column: message.column,
    actual: message.actual,
    expected: message.expected,
    context: context ?? { text: message.actual, highlightStart: 0, highlightEnd: message.actual.length },
  }
  if (message.note) finding.note = message.note
  if (message.url) finding.url = message.url
  return finding
}

/**
 * The sentence around each message, from the same prose extraction the engine used, so the
 * highlight sits exactly at the message's offsets. Messages outside prose (front matter, a
 * parse error) get their source line.
 */
export function excerptsFor(file: Pick<FileReport, 'filePath' | 'messages' | 'result'>, source: string): Map<LintMessage, SentenceExcerpt> {
  const excerpts = new Map<LintMessage, SentenceExcerpt>()
  if (file.messages.length === 0) return excerpts
  let sentences: { start: number; end: number }[] = []
  try {
    sentences = sentenceRangesOf(source, file.result?.language ?? 'en', { filePath: file.filePath })
  } catch {
    // An unparsable file has only its fatal message: it gets its line below.
  }
  for (const message of file.messages) {
    const sentence = sentenceContaining(sentences, message.offset)
    let start: number
    let end: number
    if (sentence) {
      // A finding may run past its sentence (a phrase across a line break): keep all of it.
      start = Math.min(sentence.start, message.offset)
      end = Math.max(sentence.end, message.endOffset)
    } else {
      start = source.lastIndexOf('\n', Math.max(message.offset - 1, 0)) + 1
      const lineEnd = source.indexOf('\n', message.endOffset)
      end = lineEnd === -1 ? source.length : lineEnd
      if (message.offset === 0 && message.endOffset === 0) start = end = 0
    }
    excerpts.set(message, clip(source, start, end, message.offset, message.endOffset))
  }
  return excerpts
}

function sentenceContaining(sentences: { start: number; end: number }[], offset: number) {
  let low = 0
  let high = sentences.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const sentence = sentences[mid]!
    if (offset < sentence.start) high = mid - 1
    else if (offset >= sentence.end) low = mid + 1
    else return sentence
  }
  return undefined
}

/** Keeps at most EXCERPT_LIMIT characters each side of the flagged words, cut at a space. */
function clip(source: string, start: number, end: number, from: number, to: number): SentenceExcerpt {
  let prefix = ''
  let suffix = ''
  if (from - start > EXCERPT_LIMIT) {
    const cut = source.indexOf(' ', from - EXCERPT_LIMIT)
    start = cut === -1 || cut >= from ? from - EXCERPT_LIMIT : cut + 1
    prefix = '… '
  }
  if (end - to > EXCERPT_LIMIT) {
    const cut = source.lastIndexOf(' ', to + EXCERPT_LIMIT)
    end = cut <= to ? to + EXCERPT_LIMIT : cut
    suffix = ' …'
  }
  const text = prefix + source.slice(start, end) + suffix
  return { text, highlightStart: prefix.length + from - start, highlightEnd: prefix.length + to - start }
}

/**
 * The claims inventory of one page from today's lint data: every finding of a claim rule is a
 * claim (stale when the engine marked its approved claim stale), and every finding an approved
 * claim silenced is a substantiated claim.
 */
export function inventoryFromLint(
  file: Pick<FileReport, 'messages' | 'result'>,
  path: string,
  excerpts: Map<LintMessage, SentenceExcerpt>,
  isClaimRule: (ruleId: string) => boolean,
): InventoryRow[] {
  const rows: InventoryRow[] = []
  for (const message of file.messages) {
    if (!isClaimRule(message.ruleId)) continue
    const claim = message.data?.claim as { id?: unknown; status?: unknown; staleSince?: unknown } | undefined
    const row: InventoryRow = {
      sentence: (excerpts.get(message)?.text ?? message.actual).replace(/\s+/g, ' ').trim(),
      file: path,
      line: message.line,
      ruleId: message.ruleId,
      actual: message.actual,
      status: claim?.status === 'stale' ? 'stale' : 'unsubstantiated',
    }
    if (claim && typeof claim.id === 'string') row.claimId = claim.id
    if (claim?.status === 'stale' && typeof claim.staleSince === 'string') row.staleSince = claim.staleSince
    const cites = citedBasis(row.sentence, row.actual)
    if (cites) row.cites = cites
    rows.push(row)
  }
  for (const silenced of (file.result?.silenced ?? []) as SilencedFinding[]) {
    rows.push({
      sentence: silenced.sentence.replace(/\uFFFC/g, '…').replace(/\s+/g, ' ').trim(),
      file: path,
      line: silenced.line,
      ruleId: silenced.ruleId,
      actual: silenced.actual,
      status: 'substantiated',
      ...(silenced.claimId ? { claimId: silenced.claimId } : {}),
      ...(silenced.basis ? { basis: silenced.basis } : {}),
    })
  }
  return rows.sort((a, b) => a.line - b.line)
}

/**
 * Alignment as the brand/off-message rule publishes it: in the rule's per-file data
 * (`result.ruleData['brand/off-message']`) or, failing that, on its message's `data`.
 * Anything not shaped like { score, echoed, missing } counts as not measured.
 */
export function alignmentFromOffMessage(file: Pick<FileReport, 'messages' | 'result'>): PageAlignment | undefined {
  const ruleData = (file.result as { ruleData?: Record<string, unknown> } | undefined)?.ruleData?.['brand/off-message']
  const fromMessage = file.messages.find((m) => m.ruleId === 'brand/off-message')?.data
  return toAlignment(ruleData) ?? toAlignment(fromMessage)
}

function toAlignment(data: unknown): PageAlignment | undefined {
  if (!data || typeof data !== 'object') return undefined
  const { score, echoed, missing } = data as Record<string, unknown>
  if (typeof score !== 'number' || !Number.isFinite(score)) return undefined
  const echoedList = Array.isArray(echoed)
    ? echoed.flatMap((item) => {
        if (typeof item === 'string') return [{ value: item, words: [] }]
        if (item && typeof item === 'object' && typeof (item as { value?: unknown }).value === 'string') {
          const words = (item as { words?: unknown }).words
          return [{ value: (item as { value: string }).value, words: Array.isArray(words) ? words.map(String) : [] }]
        }
        return []
      })
    : []
  return {
    score: Math.max(0, Math.min(100, Math.round(score))),
    echoed: echoedList,
    missing: Array.isArray(missing) ? missing.map(String) : [],
  }
}

/** The profile's values that no measured page echoes; undefined when no page was measured. */
export function neverEchoedFromPages(pages: ReportPage[], profile: Profile): string[] | undefined {
  const measured = pages.filter((page) => page.alignment)
  if (measured.length === 0) return undefined
  const echoed = new Set(measured.flatMap((page) => page.alignment!.echoed.map((e) => e.value.toLowerCase())))
  return profile.values.map((value) => value.name).filter((name) => !echoed.has(name.toLowerCase()))
}

/** The overview's numbers, computed once so the HTML and the tests agree on them. */
export function summarise(input: ReportInput) {
  const byRule = new Map<string, { errors: number; warnings: number }>()
  let errors = 0
  let warnings = 0
  for (const page of input.pages) {
    for (const finding of page.findings) {
      const entry = byRule.get(finding.ruleId) ?? { errors: 0, warnings: 0 }
      if (finding.severity === 2) {
        entry.errors++
        errors++
      } else {
        entry.warnings++
        warnings++
      }
      byRule.set(finding.ruleId, entry)
    }
  }
  const claims = { substantiated: 0, unsubstantiated: 0, stale: 0 }
  for (const row of input.inventory) claims[row.status]++
  return {
    pages: input.pages.length,
    pagesWithFindings: input.pages.filter((page) => page.findings.length > 0).length,
    words: input.pages.reduce((n, page) => n + page.wordCount, 0),
    errors,
    warnings,
    byRule: [...byRule].sort(([a, x], [b, y]) => y.errors + y.warnings - (x.errors + x.warnings) || a.localeCompare(b)),
    claims,
  }
}
