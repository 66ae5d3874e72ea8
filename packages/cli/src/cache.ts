import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomic } from './output.js'
import type { Profile } from '@echt/core'
import type { FileSettings } from './config/resolve.js'
import type { FileReport } from './lint-files.js'

export const DEFAULT_CACHE_NAME = '.echtcache'
const FORMAT = 1

/** Findings that say nothing about the file itself (it may read fine next time): never cached. */
const TRANSIENT_RULES = new Set(['echt/timeout', 'echt/out-of-memory', 'echt/worker-crash', 'echt/read-error'])

interface Entry {
  /** Hash of the file's bytes. */
  content: string
  /** Hash of everything else the result depends on: see settingsKey. */
  settings: string
  report: Omit<FileReport, 'filePath' | 'relativePath'>
}

interface CacheFile {
  echtCache: number
  /** echt's version and the rules' data hash: a new release or word list empties the cache. */
  tool: string
  entries: Record<string, Entry>
}

export function hashBytes(bytes: Uint8Array | string): string {
  return createHash('sha1').update(bytes).digest('hex')
}

/**
 * Per-file results keyed by content hash and settings hash, so a warm run reads and hashes each
 * file but lints only what changed. One JSON file, written atomically (temporary file + rename);
 * a cache that cannot be read is ignored with a notice and rebuilt.
 */
export class LintCache {
  private entries: Record<string, Entry> = {}
  private seen = new Set<string>()
  private dirty = false

  private constructor(
    readonly path: string,
    private readonly tool: string,
  ) {}

  /** `tool` identifies the linter: echt's version and the rules' data hash. */
  static open(path: string, tool: string, notice: (text: string) => void): LintCache {
    const cache = new LintCache(path, tool)
    if (!existsSync(path)) return cache
    try {
      const parsed = JSON.parse(readFileSync(path, 'utf8')) as CacheFile
      if (typeof parsed !== 'object' || parsed === null || parsed.echtCache !== FORMAT || typeof parsed.entries !== 'object' || parsed.entries === null) {
        throw new Error('not an echt cache of this format')
      }
      if (parsed.tool === tool) cache.entries = parsed.entries
      else cache.dirty = true
    } catch (error) {
      notice(`echt: ignoring the cache ${path} (${(error as Error).message.split('\n')[0]}); it will be rebuilt`)
      cache.dirty = true
    }
    return cache
  }

  get(relativePath: string, content: string, settings: string): Omit<FileReport, 'filePath' | 'relativePath'> | undefined {
    this.seen.add(relativePath)
    const entry = this.entries[relativePath]
    if (!entry || entry.content !== content || entry.settings !== settings || !isReport(entry.report)) return undefined
    return entry.report
  }

  set(report: FileReport, content: string, settings: string): void {
    this.seen.add(report.relativePath)
    if (report.messages.some((m) => TRANSIENT_RULES.has(m.ruleId))) {
      if (this.entries[report.relativePath]) {
        delete this.entries[report.relativePath]
        this.dirty = true
      }
      return
    }
    const { filePath: _filePath, relativePath, ...rest } = report
    this.entries[relativePath] = { content, settings, report: rest }
    this.dirty = true
  }

  /**
   * Writes the cache when anything changed. Entries of files this run did not look at stay
   * (a --changed-since or --shard run covers part of the site) unless the file is gone.
   */
  save(root: string): void {
    for (const relativePath of Object.keys(this.entries)) {
      if (!this.seen.has(relativePath) && !existsSync(join(root, relativePath))) {
        delete this.entries[relativePath]
        this.dirty = true
      }
    }
    if (!this.dirty) return
    const body: CacheFile = { echtCache: FORMAT, tool: this.tool, entries: this.entries }
    writeFileAtomic(this.path, JSON.stringify(body))
    this.dirty = false
  }
}

function isReport(value: unknown): value is Entry['report'] {
  const report = value as Entry['report']
  return typeof report === 'object' && report !== null && Array.isArray(report.messages) && Array.isArray(report.suppressedMessages)
}

/**
 * Everything besides the file's bytes that its result depends on: the rules, severities and
 * options resolved for it (with its overrides), the forced language, the brand profile, the date,
 * and the rule ids directives may name. Memoised per settings object (one per set of overrides).
 */
export function createSettingsKey(profile: Profile, today: string, knownRuleIds: string[]): (settings: FileSettings) => string {
  const project = hashBytes(JSON.stringify({ profile, today, knownRuleIds }))
  const memo = new Map<FileSettings, string>()
  return (settings) => {
    let key = memo.get(settings)
    if (key === undefined) {
      const rules = settings.rules.map(({ rule, severity, options }) => [rule.meta.id, severity, options])
      key = hashBytes(JSON.stringify({ project, rules, language: settings.language ?? null, source: settings.source ?? null, frontMatterFields: settings.frontMatterFields ?? null }))
      memo.set(settings, key)
    }
    return key
  }
}
