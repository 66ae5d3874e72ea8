import { readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { availableParallelism } from 'node:os'
import { createRequire } from 'node:module'
import { profileFromConfig, todayIso, isIsoDate, type Profile } from '@echt/core'
import { rules as allRules, presets, dataHash, buildSiteSummary, type SiteSummary } from '@echt/rules'
import { findConfig, loadConfigFile, emptyConfig, checkRuleSettings, type LoadedConfig } from '../config/load.js'
import { createSettingsResolver } from '../config/resolve.js'
import { discoverFiles } from '../discover.js'
import { writeOutputFile } from '../output.js'
import { lintFile, fileProblem, toRelative, parseSize, DEFAULT_MAX_FILE_SIZE, type FileReport, type LintFileOptions } from '../lint-files.js'
import { inShard, parseShard } from '../shard.js'
import { applyCrossFileChecks, registeredCrossFileChecks } from '../cross-file.js'
import type { FixFileReport } from '../fix-files.js'
import { formatStylish } from '../reporters/stylish.js'
import { formatJson } from '../reporters/json.js'
import { UsageError } from '../errors.js'

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'rdjsonl'] as const
export type Format = (typeof FORMATS)[number]

export interface RenderOptions {
  cwd: string
  color: boolean
  explain: boolean
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
  cache?: boolean
  cacheLocation?: string
  jobs?: string
  fileTimeout?: string
  fileMemory?: string
  changedSince?: string
  shard?: string
  facts?: boolean
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
/** Heap budget (MB) of a worker thread: a 1 MB list-heavy page needs about 700 MB in the parser. */
export const DEFAULT_FILE_MEMORY_MB = 2048
/**
 * Files at least this large are linted in a worker thread even in a serial or small run, so the
 * time and memory budget applies where the parser can be slow (remark is superlinear on deep
 * lists): a 128 KB page parses in well under a second, so smaller files never pay for a worker.
 */
export const ISOLATE_FILE_BYTES = 128 * 1024

type Io = { cwd: string; stdout: (s: string) => void; stderr: (s: string) => void }

export async function runCheck(patterns: string[], options: CheckOptions & ScaleOptions, io: Io): Promise<number> {
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
  const project = openProject(io.cwd, options.config, options.date, io.stderr)
  const root = project.config.root
  const discovered = await discoverFiles({ cwd: io.cwd, root, patterns, ignore: project.config.raw.ignore ?? [] })
  for (const pattern of discovered.ignoredPatterns) io.stderr(`echt: every file matching "${pattern}" is ignored (.gitignore, .echtignore or the config's ignore)`)
  let files = discovered.files
  if (options.changedSince !== undefined) {
    const { filesChangedSince, keepChanged } = await import('../git.js')
    files = keepChanged(files, filesChangedSince(io.cwd, options.changedSince))
  }
  if (shard) files = files.filter((file) => inShard(toRelative(root, file), shard))

  let reports: FileReport[]
  if (options.fix || options.fixDryRun) {
    // Fixing writes files: one at a time on this thread, never from the cache.
    const { fixFile } = await import('../fix-files.js')
    reports = files.map((file) => fixFile(file, { ...fileOptionsOf(project, maxFileSize), write: options.fix === true }))
    reportFixes(reports as FixFileReport[], options, io)
  } else {
    reports = await lintAll(files, project, { ...options, jobs, fileTimeoutMs, fileMemoryMb, maxFileSize }, io)
  }
  // Checks across files need the whole file set; a shard has only part of it, so `echt merge` runs them.
  if (!shard) applyCrossFileChecks(reports, registeredCrossFileChecks())
  return report(reports, files.length, { ...options, maxWarnings }, io)
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
  options: { cache?: boolean; cacheLocation?: string; jobs?: number; fileTimeoutMs: number; fileMemoryMb?: number; date?: string; maxFileSize?: number },
  io: Io,
): Promise<FileReport[]> {
  const root = project.config.root
  const reports = new Array<FileReport>(files.length)
  let cache: import('../cache.js').LintCache | undefined
  const keys = new Array<{ content: string; settings: string } | undefined>(files.length)
  let pending: number[] = files.map((_, index) => index)

  if (options.cache) {
    const { LintCache, DEFAULT_CACHE_NAME, createSettingsKey, hashBytes } = await import('../cache.js')
    const location = options.cacheLocation ? resolve(io.cwd, options.cacheLocation) : join(root, DEFAULT_CACHE_NAME)
    cache = LintCache.open(location, `${echtVersion()}+${dataHash}`, io.stderr)
    const settingsKey = createSettingsKey(project.profile, project.today, project.knownRuleIds)
    pending = []
    files.forEach((filePath, index) => {
      const relativePath = toRelative(root, filePath)
      let bytes: Buffer
      try {
        bytes = readFileSync(filePath)
      } catch {
        pending.push(index) // lintFile reports why it cannot be read
        return
      }
      const key = { content: hashBytes(bytes), settings: settingsKey(project.settingsFor(relativePath)) }
      const hit = cache!.get(relativePath, key.content, key.settings)
      if (hit) reports[index] = { filePath, relativePath, ...hit }
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
  const inWorkers = workers >= 2 ? pending : pending.filter((index) => sizeOf(files[index]!) >= ISOLATE_FILE_BYTES)
  const inWorkerSet = new Set(inWorkers)
  if (inWorkers.length > 0) {
    const { runPool } = await import('../pool.js')
    const memoryMb = options.fileMemoryMb ?? DEFAULT_FILE_MEMORY_MB
    const results = await runPool(
      inWorkers.map((index) => files[index]!),
      {
        workerUrl: new URL('../worker.js', import.meta.url),
        workerData: { cwd: io.cwd, config: project.config.path, date: project.today, maxFileSize: lintOptions.maxFileSize },
        jobs: Math.max(1, workers),
        itemTimeoutMs: options.fileTimeoutMs,
        oldGenerationMb: memoryMb,
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
  for (const index of pending) if (!inWorkerSet.has(index)) reports[index] = lintFile(files[index]!, lintOptions)

  if (cache) {
    for (const index of pending) {
      const key = keys[index]
      if (key) cache.set(reports[index]!, key.content, key.settings)
    }
    cache.save(root)
  }
  return reports
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
}

/** The site-level part of stylish output: alignment per page and the values no page echoes. */
export function formatSiteSummary(summary: SiteSummary): string {
  const lines = ['', `Message alignment: ${summary.pages} page${summary.pages === 1 ? '' : 's'}, average ${summary.averageScore ?? '-'} / 100`]
  for (const page of summary.scores) {
    const echoed = page.echoed.map((v) => `${v.name} (${v.words.slice(0, 3).join(', ')})`).join('; ') || 'no value'
    lines.push(`  ${String(page.score).padStart(3)}  ${page.filePath}  echoes ${echoed}${page.missing.length ? `; never ${page.missing.join(', ')}` : ''}`)
  }
  lines.push(summary.valuesNeverEchoed.length ? `Values no page echoes: ${summary.valuesNeverEchoed.join(', ')}` : 'Every value is echoed on at least one page.')
  return lines.join('\n') + '\n'
}

/** Prints or writes the report and returns the exit code: 1 for errors or too many warnings. */
export async function report(reports: FileReport[], fileCount: number, options: ReportOptions, io: Io): Promise<number> {
  const shown = options.quiet ? reports.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 2) })) : reports
  let output =
    options.format === 'json' && options.facts
      ? formatJson(shown, { facts: true }) + '\n'
      : await renderReports(options.format as Format, shown, { cwd: io.cwd, color: options.color && !options.output, explain: options.explain })
  // JSON carries the summary only when asked, so the default stays ESLint's array.
  const withSummary = (options.format === 'json' && options.summary) || options.format === 'stylish'
  const summary = withSummary ? buildSiteSummary(reports.map((r) => ({ filePath: relative(io.cwd, r.filePath) || r.filePath, messages: r.messages, ruleData: r.result?.ruleData }))) : undefined
  if (summary && options.format === 'json') output = `{"results":${output.trim()},"summary":${JSON.stringify(summary)}}\n`
  else if (summary && summary.scores.length > 0) output += formatSiteSummary(summary)
  if (options.output) {
    const shown = writeOutputFile(io.cwd, options.output, output)
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

/** "1 warning", "2 warnings". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

export function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const maxWarnings = Number(value)
  if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings must be a whole number >= 0, got "${value}"`)
  return maxWarnings
}

function wholeNumber(value: string, flag: string, min: number): number {
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
