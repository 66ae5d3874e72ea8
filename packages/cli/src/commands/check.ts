import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { availableParallelism } from 'node:os'
import { createRequire } from 'node:module'
import { profileFromConfig, todayIso, isIsoDate, type Profile } from '@echt/core'
import { rules as allRules, presets, dataHash, buildSiteSummary, type SiteSummary } from '@echt/rules'
import { findConfig, loadConfigFile, emptyConfig, checkRuleSettings, type LoadedConfig } from '../config/load.js'
import { createSettingsResolver } from '../config/resolve.js'
import { discoverFiles } from '../discover.js'
import { writeOutputFile, writeOutputPieces } from '../output.js'
import { lintFile, lintAnyFile, isWordDocument, fileProblem, toRelative, parseSize, DEFAULT_MAX_FILE_SIZE, type FileReport, type LintFileOptions, type ReportedMessage } from '../lint-files.js'
import { inShard, parseShard } from '../shard.js'
import { applyCrossFileChecks, registeredCrossFileChecks, type CrossFileCheck } from '../cross-file.js'
import type { FixFileReport } from '../fix-files.js'
import { formatStylish } from '../reporters/stylish.js'
import { formatJson, writeJson } from '../reporters/json.js'
import { UsageError } from '../errors.js'
import { chooseLocale, countOf, NOUNS, type Locale } from '../locale.js'
import { siteInput, type CrawlFlags, type SiteInput } from '../crawl/site-input.js'
import { DEFAULT_FILE_MEMORY_MB, ISOLATE_FILE_BYTES } from '../early-worker.js'
import type { StartedWorker } from '../pool.js'

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'rdjsonl'] as const
export type Format = (typeof FORMATS)[number]

export interface RenderOptions {
  cwd: string
  color: boolean
  explain: boolean
  locale?: Locale
}

/** Renders reports in one of FORMATS; the CI formats are imported only when asked for. */
export async function renderReports(format: Format, reports: FileReport[], options: RenderOptions): Promise<string> {
  switch (format) {
    case 'json':
      return formatJson(reports) + '\n'
    case 'sarif': {
      const { formatSarif } = await import('../reporters/sarif.js')
      return formatSarif(reports, { cwd: options.cwd, rules: allRules, version: echtVersion() }) + '\n'
    }
    case 'github':
      return (await import('../reporters/github.js')).formatGithub(reports, options)
    case 'junit':
      return (await import('../reporters/junit.js')).formatJunit(reports, options)
    case 'rdjsonl':
      return (await import('../reporters/rdjsonl.js')).formatRdjsonl(reports, options)
    default:
      return formatStylish(reports, options)
  }
}

export function echtVersion(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version
}

export interface CheckOptions {
  format: string
  output?: string
  maxWarnings?: string
  quiet?: boolean
  config?: string
  color: boolean
  date?: string
  explain: boolean
  fix?: boolean
  fixDryRun?: boolean
  maxFileSize?: string
  locale?: string
}

export interface Project {
  config: LoadedConfig
  profile: Profile
  today: string
  settingsFor: ReturnType<typeof createSettingsResolver>
  knownRuleIds: string[]
}

/** What lintFile needs of the project, for every command that lints files. */
export function fileOptionsOf(project: Project, maxFileSize?: number): LintFileOptions {
  const { profile, today, knownRuleIds, settingsFor } = project
  return { root: project.config.root, profile, today, knownRuleIds, settingsFor, ...(maxFileSize !== undefined ? { maxFileSize } : {}) }
}

/** The globs of the config's `sources` (content and translation files), for discovery. */
export function sourceGlobs(project: Project): string[] {
  return (project.config.raw.sources ?? []).flatMap((source) => ([] as string[]).concat(source.files))
}

/** Loads the config (explicit, or found upward), validates it and prepares per-file settings. */
export function openProject(cwd: string, explicitConfig: string | undefined, date: string | undefined, notice: (text: string) => void): Project {
  // A bad flag is reported before anything is read or announced.
  if (date !== undefined && !isIsoDate(date)) throw new UsageError(`must be a date that exists as YYYY-MM-DD, got "${date}"`, { field: '--date' })
  let config: LoadedConfig
  if (explicitConfig) {
    config = loadConfigFile(resolve(cwd, explicitConfig), cwd)
  } else {
    const found = findConfig(cwd)
    if (found) config = loadConfigFile(found, cwd)
    else {
      config = emptyConfig(cwd)
      notice('echt: no echt.config.yaml found here or in a parent folder; using the recommended rules without a brand profile (run `echt init` to create one)')
    }
  }
  return projectFromConfig(config, cwd, date)
}

/** Validates a loaded config's rule settings and prepares the profile and per-file settings. */
export function projectFromConfig(config: LoadedConfig, cwd: string, date: string | undefined): Project {
  checkRuleSettings(config, allRules, presets, cwd)
  const profile = profileFromConfig(config.raw.brand, config.raw.claims)
  return {
    config,
    profile,
    today: date ?? config.raw.date ?? todayIso(),
    settingsFor: createSettingsResolver(config, allRules, presets),
    knownRuleIds: Object.keys(allRules),
  }
}

export interface ScaleOptions {
  /** The lint worker the command line started early (early-worker.ts), for the pool to take over. */
  started?: StartedWorker
  cache?: boolean
  cacheLocation?: string
  jobs?: string
  fileTimeout?: string
  fileMemory?: string
  changedSince?: string
  changedLines?: boolean
  shard?: string
  facts?: boolean
}

export interface BaselineOptions {
  baseline?: string
  baselineWrite?: boolean
  baselinePrune?: boolean
}

/** Below this many files to lint, starting worker threads (each loads the engine) costs more than it saves. */
export const MIN_FILES_PER_WORKER = 40
export const DEFAULT_FILE_TIMEOUT_MS = 30_000
/**
 * Bytes of Markdown one worker must have to lint before a default pool pays for itself: each worker
 * loads the engine and compiles the word lists of its language again (0.3 to 0.5 s of CPU).
 */
export const MIN_BYTES_PER_WORKER = 2 * 1024 * 1024

/**
 * The worker threads of a run without --jobs: none for small runs, and one core left to the main
 * thread, which reads the files, decodes every worker's results and reports. A pool spends about
 * 1.4 times the CPU of one thread (tldr, 2026-12-02: 36-38 s against 24-28 s of user time for the
 * English half), so on two cores it lost to --jobs 1 whenever the machine was busy; there the
 * default is one thread. An explicit --jobs is taken as given (down to MIN_FILES_PER_WORKER files
 * per worker).
 */
export function defaultWorkers(cores: number, pendingBytes: number): number {
  const workers = Math.min(cores - 1, Math.floor(pendingBytes / MIN_BYTES_PER_WORKER))
  return workers >= 2 ? workers : 0
}
// Where a file is linted in a worker thread, and its memory budget there (early-worker.ts).
export { DEFAULT_FILE_MEMORY_MB, ISOLATE_FILE_BYTES }

type Io = { cwd: string; stdout: (s: string) => void; stderr: (s: string) => void }

export async function runCheck(patterns: string[], options: CheckOptions & ScaleOptions & BaselineOptions & CrawlFlags, io: Io): Promise<number> {
  if (!(FORMATS as readonly string[]).includes(options.format)) {
    throw new UsageError(`unknown format "${options.format}" (known: ${FORMATS.join(', ')})`, { field: '--format' })
  }
  const maxWarnings = parseMaxWarnings(options.maxWarnings)
  const jobs = options.jobs === undefined ? undefined : wholeNumber(options.jobs, '--jobs', 1)
  const fileTimeoutMs = options.fileTimeout === undefined ? DEFAULT_FILE_TIMEOUT_MS : wholeNumber(options.fileTimeout, '--file-timeout', 1)
  const fileMemoryMb = options.fileMemory === undefined ? DEFAULT_FILE_MEMORY_MB : wholeNumber(options.fileMemory, '--file-memory', 64)
  const shard = options.shard === undefined ? undefined : parseShard(options.shard)
  const maxFileSize = options.maxFileSize === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(options.maxFileSize)
  if (maxFileSize === undefined) throw new UsageError(`--max-file-size must be a size such as 10MB, 512KB or 0 (no limit), got "${options.maxFileSize}"`)
  if (options.fix && options.fixDryRun) throw new UsageError('use --fix or --fix-dry-run, not both')
  chooseLocale(options.locale, undefined) // a mistyped --locale fails before any file is read
  if (options.changedLines && options.changedSince === undefined) throw new UsageError('--changed-lines needs --changed-since <ref> (the diff to take the lines from)')
  const project = openProject(io.cwd, options.config, options.date, io.stderr)
  const root = project.config.root
  const site = await siteInput(patterns, options, echtVersion(), io)
  if (site && (options.fix || options.fixDryRun || options.changedSince !== undefined)) {
    site.dispose()
    throw new UsageError('--fix, --fix-dry-run and --changed-since work on your own files, not on a website or a saved crawl')
  }
  // A temporary crawl's files are gone after the run: caching them would only grow the cache.
  if (site?.temporary) options = { ...options, cache: false }
  try {
    return await checkFiles(await inputFiles(patterns, site, project, io), project, site, options, { jobs, fileTimeoutMs, fileMemoryMb, maxFileSize, shard, maxWarnings }, io)
  } finally {
    site?.dispose()
  }
}

/** The files to lint: the site's pages (crawled or saved) and the files the other patterns name, or without a site, the patterns' files. */
export async function inputFiles(patterns: string[], site: SiteInput | undefined, project: Project, io: Io): Promise<string[]> {
  if (!site) return discoverOrReport(patterns, project, io)
  return [...site.files, ...(site.otherPatterns.length > 0 ? await discoverOrReport(site.otherPatterns, project, io) : [])]
}

/** Finds the Markdown files the patterns name, and says which patterns only matched ignored files. */
export async function discoverOrReport(patterns: string[], project: Project, io: Io): Promise<string[]> {
  const discovered = await discoverFiles({ cwd: io.cwd, root: project.config.root, patterns, ignore: project.config.raw.ignore ?? [], sources: sourceGlobs(project) })
  for (const pattern of discovered.ignoredPatterns) io.stderr(`echt: every file matching "${pattern}" is ignored (.gitignore, .echtignore or the config's ignore)`)
  return discovered.files
}

async function checkFiles(
  discovered: string[],
  project: Project,
  site: SiteInput | undefined,
  options: CheckOptions & ScaleOptions & BaselineOptions,
  limits: { jobs: number | undefined; fileTimeoutMs: number; fileMemoryMb: number; maxFileSize: number; shard: ReturnType<typeof parseShard> | undefined; maxWarnings: number | undefined },
  io: Io,
): Promise<number> {
  const { jobs, fileTimeoutMs, fileMemoryMb, maxFileSize, shard, maxWarnings } = limits
  const root = project.config.root
  let files = discovered
  // With --changed-since, the pages left out still take part in checks across files, by their facts.
  let unchanged: string[] = []
  let changedLines: import('../git.js').ChangedLines | undefined
  if (options.changedSince !== undefined) {
    const { filesChangedSince, keepChanged, linesChangedSince } = await import('../git.js')
    const changed = new Set(keepChanged(files, filesChangedSince(io.cwd, options.changedSince)))
    unchanged = files.filter((file) => !changed.has(file))
    files = files.filter((file) => changed.has(file))
    if (options.changedLines) changedLines = linesChangedSince(io.cwd, options.changedSince)
  }
  if (shard) files = files.filter((file) => inShard(toRelative(root, file), shard))

  let reports: FileReport[]
  if (options.fix || options.fixDryRun) {
    // Fixing writes files: one at a time on this thread, never from the cache.
    const { fixFile } = await import('../fix-files.js')
    reports = []
    for (const file of files) {
      if (isWordDocument(file)) {
        // echt never writes a Word document: it is linted and its findings reported, unfixed.
        reports.push({ ...(await lintAnyFile(file, fileOptionsOf(project, maxFileSize))), fixCount: 0, written: false } as FixFileReport)
      } else {
        reports.push(fixFile(file, { ...fileOptionsOf(project, maxFileSize), write: options.fix === true }))
      }
    }
    reportFixes(reports as FixFileReport[], options, io)
  } else {
    reports = await lintAll(files, project, { ...options, jobs, fileTimeoutMs, fileMemoryMb, maxFileSize }, io)
  }
  // Checks across files need the whole file set; a shard has only part of it, so `echt merge` runs them.
  if (!shard) {
    const checks = registeredCrossFileChecks()
    const context = unchanged.length > 0 && checks.length > 0 ? await factsOfUnchanged(unchanged, project, checks, { ...options, jobs, fileTimeoutMs, fileMemoryMb, maxFileSize }, io) : []
    applyCrossFileChecks([...reports, ...context], checks)
  }
  let onAddedLine: ((report: FileReport, message: ReportedMessage) => boolean) | undefined
  if (changedLines) {
    const { onChangedLine } = await import('../git.js')
    onAddedLine = (report, message) => onChangedLine(changedLines, report.filePath, message)
  }
  // A shard sees part of the findings (not those across files), so the baseline applies in `echt merge`.
  if (shard) {
    if (options.baseline !== undefined || options.baselineWrite || options.baselinePrune) throw new UsageError('with --shard, use the baseline options on echt merge, which sees every finding')
  } else {
    await applyBaselineOptions(reports, root, options, io, onAddedLine)
  }
  if (onAddedLine) for (const report of reports) report.messages = report.messages.filter((message) => message.fatal || onAddedLine(report, message))
  if (site) reports = site.attach(reports)
  return report(reports, reports.length, { ...options, maxWarnings, profile: project.profile }, io)
}

/**
 * Lints files and returns one report per file in the order of `files`: from the cache when the
 * file and its settings are unchanged, otherwise in worker threads (or on this thread for --jobs 1
 * and small runs). Only the slim reports are kept, never sources or trees.
 */
export async function lintAll(
  files: string[],
  project: Project,
  /** jobs undefined: chosen from the work and the cores (defaultWorkers). */
  options: { cache?: boolean; cacheLocation?: string; jobs?: number; fileTimeoutMs: number; fileMemoryMb?: number; date?: string; maxFileSize?: number; started?: StartedWorker },
  io: Io,
): Promise<FileReport[]> {
  const root = project.config.root
  const reports = new Array<FileReport>(files.length)
  let cache: import('../cache.js').LintCache | undefined
  const keys = new Array<{ content: string; settings: string } | undefined>(files.length)
  let pending: number[] = files.map((_, index) => index)

  if (options.cache) {
    const opened = await openCache(project, options, io)
    cache = opened.cache
    pending = []
    files.forEach((filePath, index) => {
      const key = opened.keyOf(filePath)
      if (!key) {
        pending.push(index) // lintFile reports why it cannot be read
        return
      }
      const hit = cache!.get(key.relativePath, key.content, key.settings)
      if (hit) reports[index] = { filePath, relativePath: key.relativePath, ...hit }
      else {
        keys[index] = key
        pending.push(index)
      }
    })
  }

  const lintOptions = fileOptionsOf(project, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE)
  const workers =
    options.jobs === undefined
      ? defaultWorkers(availableParallelism(), pending.reduce((sum, index) => sum + sizeOf(files[index]!), 0))
      : Math.min(options.jobs, Math.floor(pending.length / MIN_FILES_PER_WORKER))
  // Too few files for a pool: still send the large ones to one worker, where the budget holds.
  // Word documents are read asynchronously (a zip): always on this thread.
  const inWorkers = (workers >= 2 ? pending : pending.filter((index) => sizeOf(files[index]!) >= ISOLATE_FILE_BYTES)).filter((index) => !isWordDocument(files[index]!))
  const inWorkerSet = new Set(inWorkers)
  if (inWorkers.length > 0) {
    const [{ runPool }, { decodeReports }] = await Promise.all([import('../pool.js'), import('../report-transfer.js')])
    const memoryMb = options.fileMemoryMb ?? DEFAULT_FILE_MEMORY_MB
    const results = await runPool(
      inWorkers.map((index) => files[index]!),
      {
        workerUrl: new URL('../worker.js', import.meta.url),
        workerData: { cwd: io.cwd, config: project.config.path, date: project.today, maxFileSize: lintOptions.maxFileSize },
        decode: decodeReports,
        jobs: Math.max(1, workers),
        itemTimeoutMs: options.fileTimeoutMs,
        oldGenerationMb: memoryMb,
        started: options.started,
        onFailure: (filePath, kind, detail) => {
          const why: Record<typeof kind, [ruleId: string, message: string]> = {
            timeout: ['echt/timeout', `Linting this file took longer than ${options.fileTimeoutMs} ms (--file-timeout); skipped`],
            'out-of-memory': ['echt/out-of-memory', `Linting this file needed more than ${memoryMb} MB (--file-memory); skipped`],
            crash: ['echt/worker-crash', `The worker linting this file crashed (${detail}); skipped. Please report it with the file`],
          }
          return fileProblem(filePath, toRelative(root, filePath), ...why[kind])
        },
      },
    )
    inWorkers.forEach((index, i) => (reports[index] = results[i]!))
  }
  for (const index of pending) {
    if (!inWorkerSet.has(index)) reports[index] = isWordDocument(files[index]!) ? await lintAnyFile(files[index]!, lintOptions) : lintFile(files[index]!, lintOptions)
  }

  if (cache) {
    for (const index of pending) {
      const key = keys[index]
      if (key) cache.set(reports[index]!, key.content, key.settings)
    }
    cache.save(root)
  }
  return reports
}

/** The run's cache and each file's key in it (undefined when the file cannot be read). */
async function openCache(project: Project, options: { cacheLocation?: string }, io: Io) {
  const { LintCache, DEFAULT_CACHE_NAME, createSettingsKey, hashBytes } = await import('../cache.js')
  const root = project.config.root
  const location = options.cacheLocation ? resolve(io.cwd, options.cacheLocation) : join(root, DEFAULT_CACHE_NAME)
  const cache = LintCache.open(location, `${echtVersion()}+${dataHash}`, io.stderr)
  const settingsKey = createSettingsKey(project.profile, project.today, project.knownRuleIds)
  const keyOf = (filePath: string) => {
    const relativePath = toRelative(root, filePath)
    let bytes: Buffer
    try {
      bytes = readFileSync(filePath)
    } catch {
      return undefined
    }
    return { relativePath, content: hashBytes(bytes), settings: settingsKey(project.settingsFor(relativePath)) }
  }
  return { cache, keyOf }
}

/**
 * The facts of pages a --changed-since run does not report on, so checks across files compare the
 * changed pages with them. With --cache, the pages are linted as usual (a warm cache answers without
 * linting, and a cold one is warmed for the next run); without, each page is linted with only the
 * rules those checks read. Their own findings are not kept.
 */
async function factsOfUnchanged(
  files: string[],
  project: Project,
  checks: readonly CrossFileCheck[],
  options: Parameters<typeof lintAll>[2],
  io: Io,
): Promise<FileReport[]> {
  const ruleIds = new Set(checks.map((check) => check.ruleId))
  const base = fileOptionsOf(project, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE)
  const factsOnly: LintFileOptions = {
    ...base,
    settingsFor: (relativePath) => {
      const settings = base.settingsFor(relativePath)
      return { ...settings, rules: settings.rules.filter(({ rule }) => ruleIds.has(rule.meta.id)) }
    },
  }
  // A page where no such rule runs has no facts to offer: not even read.
  const withFacts = files.filter((filePath) => factsOnly.settingsFor(toRelative(project.config.root, filePath)).rules.length > 0)
  const reports = options.cache ? await lintAll(withFacts, project, options, io) : withFacts.map((filePath) => lintFile(filePath, factsOnly))
  return reports.map((report) => ({ ...report, messages: [], suppressedMessages: [] }))
}

/**
 * --baseline-write records the findings; then the baseline (the default file when it exists, or
 * --baseline) absorbs what it holds, and --baseline-prune drops what no longer occurs. Notes go to
 * stderr, so every output format stays as it is.
 */
export async function applyBaselineOptions(
  reports: FileReport[],
  root: string,
  options: BaselineOptions,
  io: Io,
  onChangedLine?: (report: FileReport, message: ReportedMessage) => boolean,
): Promise<void> {
  if (options.baselineWrite && options.baselinePrune) throw new UsageError('use --baseline-write or --baseline-prune, not both (writing records every current finding)')
  const { DEFAULT_BASELINE_NAME, readBaseline, writeBaseline, baselineOf, applyBaseline, pruneBaseline } = await import('../baseline.js')
  const path = options.baseline !== undefined ? resolve(io.cwd, options.baseline) : join(root, DEFAULT_BASELINE_NAME)
  const shown = relative(io.cwd, path) || path
  const exists = existsSync(path)
  if (!options.baselineWrite && !options.baselinePrune && options.baseline === undefined && !exists) return
  if (options.baselinePrune && !exists) throw new UsageError(`--baseline-prune: there is no baseline ${shown} (write one with --baseline-write)`)
  let baseline = exists || !options.baselineWrite ? readBaseline(path, io.cwd) : {}
  if (options.baselineWrite) {
    baseline = baselineOf(reports, path, baseline)
    writeBaseline(path, baseline)
    const counts = Object.values(baseline).flatMap((rules) => Object.values(rules).map((entry) => entry.count))
    io.stderr(`echt: wrote ${shown}: ${plural(counts.reduce((a, b) => a + b, 0), 'finding')} in ${plural(Object.keys(baseline).length, 'file')}`)
  }
  const { baselined, unused } = applyBaseline(reports, baseline, path, onChangedLine)
  if (baselined > 0 && !options.baselineWrite) io.stderr(`echt: ${plural(baselined, 'finding')} in ${shown} not shown (baselined); only new ones count`)
  if (unused.length === 0) return
  if (options.baselinePrune) {
    writeBaseline(path, pruneBaseline(baseline, unused))
    io.stderr(`echt: pruned ${plural(unused.length, 'entry', 'entries')} that no longer occur from ${shown}`)
    return
  }
  const listed = unused.slice(0, 10).map((entry) => `  ${entry.file}  ${entry.ruleId}: ${entry.recorded} recorded, ${entry.found} found${entry.found === 0 && !existsSync(join(dirname(path), entry.file)) ? ' (file gone)' : ''}`)
  if (unused.length > 10) listed.push(`  ... and ${unused.length - 10} more`)
  io.stderr(`echt: note: ${plural(unused.length, 'baseline entry', 'baseline entries')} no longer occur; run echt check --baseline-prune to remove them:\n${listed.join('\n')}`)
}

export interface ReportOptions {
  format: string
  output?: string
  quiet?: boolean
  color: boolean
  explain: boolean
  facts?: boolean
  /** json: wrap as { results, summary } with the site summary; stylish: always printed when measured. */
  summary?: boolean
  maxWarnings?: number
  /** --locale; else the profile's language, else the pages' (see chooseLocale). */
  locale?: string
  profile?: Profile
}

/** The site-level part of stylish output: alignment per page and the values no page echoes. */
export function formatSiteSummary(summary: SiteSummary, locale: Locale = 'en'): string {
  const t = SUMMARY_WORDS[locale]
  const lines = ['', t.heading(countOf(summary.pages, NOUNS[locale].page), summary.averageScore ?? '-')]
  for (const page of summary.scores) {
    const echoed = page.echoed.map((v) => `${v.name} (${v.words.slice(0, 3).join(', ')})`).join('; ') || t.noValue
    lines.push(`  ${String(page.score).padStart(3)}  ${page.filePath}  ${t.echoes} ${echoed}${page.missing.length ? `; ${t.never} ${page.missing.join(', ')}` : ''}`)
  }
  lines.push(summary.valuesNeverEchoed.length ? `${t.neverEchoed}: ${summary.valuesNeverEchoed.join(', ')}` : t.allEchoed)
  return lines.join('\n') + '\n'
}

const SUMMARY_WORDS = {
  en: {
    heading: (pages: string, average: number | string) => `Message alignment: ${pages}, average ${average} / 100`,
    noValue: 'no value',
    echoes: 'echoes',
    never: 'never',
    neverEchoed: 'Values no page echoes',
    allEchoed: 'Every value is echoed on at least one page.',
  },
  nl: {
    heading: (pages: string, average: number | string) => `Aansluiting bij de boodschap: ${pages}, gemiddeld ${average} / 100`,
    noValue: 'geen waarde',
    echoes: 'draagt uit',
    never: 'nergens',
    neverEchoed: 'Waarden die geen pagina uitdraagt',
    allEchoed: 'Elke waarde komt op minstens één pagina terug.',
  },
}

/** The language of echt's own words for these reports. */
function localeOf(reports: FileReport[], options: ReportOptions): Locale {
  return chooseLocale(options.locale, options.profile, reports.flatMap((r) => (r.result?.language ? [r.result.language] : [])))
}

/** Prints or writes the report and returns the exit code: 1 for errors or too many warnings. */
export async function report(reports: FileReport[], fileCount: number, options: ReportOptions, io: Io): Promise<number> {
  const shown = options.quiet ? reports.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 2) })) : reports
  // JSON carries the summary only when asked, so the default stays ESLint's array.
  const withSummary = (options.format === 'json' && options.summary) || options.format === 'stylish'
  const summary = withSummary ? buildSiteSummary(reports.map((r) => ({ filePath: r.url ?? (relative(io.cwd, r.filePath) || r.filePath), messages: r.messages, ruleData: r.result?.ruleData }))) : undefined
  const writeJsonOutput = (write: (text: string) => void) => {
    if (summary) write('{"results":')
    writeJson(shown, { facts: options.facts }, write)
    write(summary ? `,"summary":${JSON.stringify(summary)}}\n` : '\n')
  }
  let output = ''
  if (options.format === 'json') {
    // Written to the file a finding at a time: a claim-dense page's report is tens of megabytes.
    if (!options.output) {
      const parts: string[] = []
      writeJsonOutput((text) => parts.push(text))
      output = parts.join('')
    }
  } else {
    output = await renderReports(options.format as Format, shown, { cwd: io.cwd, color: options.color && !options.output, explain: options.explain, locale: localeOf(reports, options) })
    if (summary && summary.scores.length > 0) output += formatSiteSummary(summary, localeOf(reports, options))
  }
  if (options.output) {
    const shown = options.format === 'json' ? writeOutputPieces(io.cwd, options.output, writeJsonOutput) : writeOutputFile(io.cwd, options.output, output)
    io.stderr(`echt: wrote ${shown} (${fileCount} file${fileCount === 1 ? '' : 's'})`)
  } else if (output) {
    io.stdout(output)
  } else if (options.format === 'stylish') {
    io.stderr(`echt: ${fileCount} file${fileCount === 1 ? '' : 's'} checked, no problems`)
  }

  let errors = 0
  let warnings = 0
  for (const r of reports) for (const m of r.messages) m.severity === 2 ? errors++ : warnings++
  if (errors > 0) return 1
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    const hidden = options.quiet ? ` (not shown: --quiet reports errors only; run without -q to see ${warnings === 1 ? 'it' : 'them'})` : ''
    io.stderr(`echt: ${plural(warnings, 'warning')}, more than --max-warnings ${options.maxWarnings}${hidden}`)
    return 1
  }
  return 0
}

/** "1 warning", "2 warnings"; "1 entry", "2 entries". */
export function plural(count: number, noun: string, many = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : many}`
}

export function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const maxWarnings = Number(value)
  if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings must be a whole number >= 0, got "${value}"`)
  return maxWarnings
}

export function wholeNumber(value: string, flag: string, min: number): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < min) throw new UsageError(`${flag} must be a whole number >= ${min}, got "${value}"`, { field: flag })
  return number
}

/** --fix: one summary line on stderr. --fix-dry-run: the diff of each file (stylish) before the report. */
function reportFixes(reports: FixFileReport[], options: CheckOptions, io: { stdout: (s: string) => void; stderr: (s: string) => void }): void {
  const changed = reports.filter((r) => r.fixCount > 0)
  const fixes = changed.reduce((n, r) => n + r.fixCount, 0)
  const files = `${changed.length} file${changed.length === 1 ? '' : 's'}`
  if (options.fixDryRun) {
    if (options.format === 'stylish') for (const report of changed) if (report.diff) io.stdout(report.diff)
    io.stderr(`echt: --fix-dry-run: ${fixes} fix${fixes === 1 ? '' : 'es'} would change ${files}; nothing written`)
  } else {
    const written = changed.filter((r) => r.written).length
    io.stderr(`echt: fixed ${fixes} problem${fixes === 1 ? '' : 's'} in ${written} file${written === 1 ? '' : 's'}`)
  }
}

/** The file's size in bytes, or 0 when it cannot be read (lintFile then says why). */
function sizeOf(filePath: string): number {
  try {
    return statSync(filePath).size
  } catch {
    return 0
  }
}
