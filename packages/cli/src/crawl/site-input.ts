import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { shownPath } from '../output.js'
import { UsageError } from '../errors.js'
import { wholeNumber } from '../commands/check.js'
import { fileMessage, parseSize, type FileReport } from '../lint-files.js'
import { DEFAULT_CRAWL_SETTINGS, type CrawlSettings } from './settings.js'
import type { CrawlSummary } from '../report/model.js'
import { isSavedCrawl, readManifest, saveCrawl, savedFile, MANIFEST_NAME, type CrawlManifest } from './saved-crawl.js'

/** Where a site owner reading their logs learns what echt is. */
export const PROJECT_URL = 'https://github.com/echt-lint/echt#auditing-a-live-website'

export function userAgent(version: string): string {
  return `echt/${version} (+${PROJECT_URL})`
}

/** The crawl flags of `echt check` and `echt report`, as commander hands them over. */
export interface CrawlFlags {
  maxPages?: string
  maxDepth?: string
  concurrency?: string
  timeout?: string
  maxPageSize?: string
  maxRedirects?: string
  delay?: string
  savePages?: string
}

/** A live site or a saved crawl, ready for the normal lint pipeline. */
export interface SiteInput {
  /** The saved HTML files to lint. */
  files: string[]
  /** The other paths given with the site (your Markdown, locales): linted in the same run, so facts are compared across both. */
  otherPatterns: string[]
  /** The URL a saved file was fetched from. */
  urlOf(filePath: string): string | undefined
  /** The pages the crawl could not lint, one report each with the crawl's note. */
  problems: FileReport[]
  /** Adds each page's URL to its report, appends the pages the crawl could not lint, sorts by URL. */
  attach(reports: FileReport[]): FileReport[]
  /** Removes the temporary folder of a crawl run without --save-pages. */
  dispose(): void
  /** The pages live in a temporary folder that is gone after this run (no --save-pages). */
  temporary: boolean
  /** Which site was crawled and when, for the report's cover. */
  summary: CrawlSummary
}

type Io = { cwd: string; stderr: (text: string) => void }

export function isHttpUrl(argument: string): boolean {
  return /^https?:\/\//i.test(argument)
}

/**
 * Finds the site among the command's arguments, if there is one: an http(s) URL is crawled (into
 * --save-pages DIR, or a temporary folder), a folder holding echt-crawl.json is re-linted
 * offline. Both then go through the same path, so a saved crawl reports exactly what the live
 * run reported. The other arguments are left for the usual file discovery. No site: undefined.
 */
export async function siteInput(patterns: string[], flags: CrawlFlags, version: string, io: Io): Promise<SiteInput | undefined> {
  const savedCrawls = patterns.filter((pattern) => !isHttpUrl(pattern) && isFolder(resolve(io.cwd, pattern)) && isSavedCrawl(resolve(io.cwd, pattern)))
  const sites = [...patterns.filter(isHttpUrl), ...savedCrawls]
  if (sites.length > 1) throw new UsageError(`give one website or saved crawl per run, got ${sites.length}: ${sites.join(', ')}`)
  if (flags.savePages !== undefined && !isHttpUrl(sites[0] ?? '')) throw new UsageError('--save-pages needs a website URL to crawl', { field: '--save-pages' })
  const site = sites[0]
  if (site === undefined) return undefined
  const otherPatterns = patterns.filter((pattern) => pattern !== site)
  if (isHttpUrl(site)) return crawlToInput(site, otherPatterns, flags, version, io)
  const dir = resolve(io.cwd, site)
  const manifest = readManifest(dir, site)
  io.stderr(`echt: re-linting the crawl of ${manifest.start} from ${manifest.finishedAt} (saved in ${site}); nothing is fetched`)
  return fromManifest(dir, manifest, otherPatterns, () => {}, false)
}

async function crawlToInput(start: string, otherPatterns: string[], flags: CrawlFlags, version: string, io: Io): Promise<SiteInput> {
  try {
    new URL(start)
  } catch {
    throw new UsageError(`"${start}" is not a valid URL`)
  }
  const settings = crawlSettings(flags, version)
  // The crawler (HTTP, HTML links, sitemaps) is loaded only by runs that crawl.
  const { crawlSite } = await import('./crawl.js')
  const crawl = await crawlSite(start, settings)
  if (crawl.blocked) throw new UsageError(crawl.blocked)
  const temporary = flags.savePages === undefined
  const dir = temporary ? mkdtempSync(join(tmpdir(), 'echt-crawl-')) : resolve(io.cwd, flags.savePages!)
  const dispose = () => {
    if (temporary) rmSync(dir, { recursive: true, force: true })
  }
  let manifest: CrawlManifest
  try {
    manifest = saveCrawl(dir, crawl, version, flags.savePages)
  } catch (error) {
    dispose()
    throw error
  }
  const linted = manifest.pages.filter((page) => page.file).length
  const noted = manifest.pages.filter((page) => page.problem).length
  const shownDir = temporary ? '' : `; saved in ${shownPath(io.cwd, dir)} (${MANIFEST_NAME})`
  io.stderr(
    `echt: crawled ${crawl.start} by ${crawl.discovery === 'sitemap' ? 'its sitemap' : 'following links'}: ${crawl.requested.length} request${crawl.requested.length === 1 ? '' : 's'}, ${linted} HTML page${linted === 1 ? '' : 's'} to lint, ${noted} with a crawl note${shownDir}`,
  )
  for (const note of crawl.notes) io.stderr(`echt: ${note}`)
  return fromManifest(dir, manifest, otherPatterns, dispose, temporary)
}

function fromManifest(dir: string, manifest: CrawlManifest, otherPatterns: string[], dispose: () => void, temporary: boolean): SiteInput {
  const urlOf = new Map<string, string>()
  const problems: FileReport[] = []
  for (const page of manifest.pages) {
    const url = page.finalUrl ?? page.url
    if (page.file) urlOf.set(savedFile(dir, page.file), url)
    if (page.problem) {
      // The URL as found is where the user looks; a redirect's target is in the message.
      problems.push({ filePath: page.url, relativePath: page.url, url: page.url, messages: [fileMessage(page.problem.ruleId, 1, page.problem.message)], suppressedMessages: [] })
    }
  }
  return {
    files: [...urlOf.keys()],
    otherPatterns,
    urlOf: (filePath) => urlOf.get(filePath),
    problems,
    attach(reports) {
      const named = reports.map((report) => ({ ...report, url: urlOf.get(report.filePath) ?? report.url }))
      return [...named, ...problems].sort((a, b) => compare(a.url ?? a.filePath, b.url ?? b.filePath))
    },
    dispose,
    temporary,
    summary: { start: String(manifest.start), finishedAt: String(manifest.finishedAt), requests: Array.isArray(manifest.requested) ? manifest.requested.length : 0 },
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function crawlSettings(flags: CrawlFlags, version: string): CrawlSettings {
  const settings: CrawlSettings = { ...DEFAULT_CRAWL_SETTINGS, userAgent: userAgent(version) }
  if (flags.maxPages !== undefined) settings.maxPages = wholeNumber(flags.maxPages, '--max-pages', 1)
  if (flags.maxDepth !== undefined) settings.maxDepth = wholeNumber(flags.maxDepth, '--max-depth', 0)
  if (flags.concurrency !== undefined) settings.concurrency = wholeNumber(flags.concurrency, '--concurrency', 1)
  if (flags.timeout !== undefined) settings.timeoutMs = wholeNumber(flags.timeout, '--timeout', 1)
  if (flags.maxRedirects !== undefined) settings.maxRedirects = wholeNumber(flags.maxRedirects, '--max-redirects', 0)
  if (flags.delay !== undefined) settings.delayMs = wholeNumber(flags.delay, '--delay', 0)
  if (flags.maxPageSize !== undefined) {
    const bytes = parseSize(flags.maxPageSize)
    if (bytes === undefined || bytes === 0) throw new UsageError(`--max-page-size must be a size such as 5MB or 512KB, got "${flags.maxPageSize}"`, { field: '--max-page-size' })
    settings.maxPageBytes = bytes
  }
  return settings
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
