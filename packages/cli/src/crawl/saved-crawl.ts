import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createHash } from '../hash.js'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { UsageError } from '../errors.js'
import type { CrawlProblem, CrawlResult } from './crawl.js'

/** The manifest a saved crawl carries: which file holds which URL, and how the crawl ran. */
export const MANIFEST_NAME = 'echt-crawl.json'
export const MANIFEST_VERSION = 1

export interface ManifestPage {
  url: string
  finalUrl?: string
  /** The saved HTML, relative to the manifest's folder, with forward slashes; absent when nothing was linted. */
  file?: string
  status?: number
  contentType?: string
  fetchedAt?: string
  problem?: CrawlProblem
  duplicateOf?: string
  depth: number
}

export interface CrawlManifest extends Omit<CrawlResult, 'pages'> {
  echtCrawl: typeof MANIFEST_VERSION
  echtVersion: string
  pages: ManifestPage[]
}

/**
 * Writes each HTML page as fetched (bytes decoded to UTF-8) and the manifest into `dir`, which
 * must be new or empty: an earlier crawl is evidence for an audit and is never overwritten.
 */
export function saveCrawl(dir: string, crawl: CrawlResult, echtVersion: string, shownDir: string = dir): CrawlManifest {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new UsageError(`${shownDir} is not empty; give --save-pages a new folder so an earlier crawl is never overwritten`, { field: '--save-pages' })
  }
  mkdirSync(dir, { recursive: true })
  const names = new FileNames()
  const pages: ManifestPage[] = crawl.pages.map(({ html, ...page }) => {
    if (html === undefined) return page
    const file = names.claim(page.finalUrl ?? page.url)
    const target = join(dir, ...file.split('/'))
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, html)
    return { ...page, file }
  })
  const manifest: CrawlManifest = { echtCrawl: MANIFEST_VERSION, echtVersion, ...withoutPages(crawl), pages }
  writeFileSync(join(dir, MANIFEST_NAME), JSON.stringify(manifest, null, 2) + '\n')
  return manifest
}

function withoutPages(crawl: CrawlResult): Omit<CrawlResult, 'pages'> {
  const { pages: _pages, ...rest } = crawl
  return rest
}

export function isSavedCrawl(dir: string): boolean {
  return existsSync(join(dir, MANIFEST_NAME))
}

/** Reads and checks a saved crawl's manifest; a broken one is a clear error naming the field. */
export function readManifest(dir: string, shownDir: string = dir): CrawlManifest {
  const path = join(dir, MANIFEST_NAME)
  const shown = join(shownDir, MANIFEST_NAME)
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new UsageError(`not a readable echt crawl manifest: ${(error as Error).message}`, { file: shown })
  }
  const fail = (field: string, why: string): never => {
    throw new UsageError(why, { file: shown, field })
  }
  const manifest = data as CrawlManifest
  if (typeof data !== 'object' || data === null || manifest.echtCrawl !== MANIFEST_VERSION) fail('echtCrawl', `must be ${MANIFEST_VERSION} (a manifest written by echt check --save-pages)`)
  if (!Array.isArray(manifest.pages)) fail('pages', 'must be a list of pages')
  manifest.pages.forEach((page, index) => {
    const field = `pages[${index}]`
    if (typeof page !== 'object' || page === null || typeof page.url !== 'string') fail(`${field}.url`, 'must be the URL of the page')
    if (page.file !== undefined) {
      if (typeof page.file !== 'string') fail(`${field}.file`, 'must be a path inside the crawl folder')
      const target = resolve(dir, page.file)
      const inside = relative(resolve(dir), target)
      if (!inside || inside.startsWith('..') || isAbsolute(inside)) fail(`${field}.file`, `"${page.file}" is outside the crawl folder`)
    }
    if (page.problem !== undefined && (typeof page.problem?.ruleId !== 'string' || typeof page.problem?.message !== 'string')) {
      fail(`${field}.problem`, 'must have a ruleId and a message')
    }
  })
  return manifest
}

/** The absolute path of a manifest page's saved file. */
export function savedFile(dir: string, file: string): string {
  return resolve(dir, ...file.split('/'))
}

/**
 * File names for URLs that stay inside the folder and never collide, also on case-insensitive
 * file systems: `/` -> index.html, `/nl/` -> nl/index.html, `/about` -> about.html, a query
 * string -> a short hash in the name.
 */
class FileNames {
  private readonly files = new Set<string>()
  private readonly folders = new Set<string>()

  claim(url: string): string {
    const parsed = new URL(url)
    const segments = parsed.pathname.split('/').filter(Boolean).map(safeSegment)
    if (parsed.pathname.endsWith('/') || segments.length === 0) segments.push('index.html')
    else if (!/\.html?$/i.test(segments.at(-1)!)) segments.push(`${segments.pop()}.html`)
    if (parsed.search) segments.push(segments.pop()!.replace(/(\.html?)$/i, `_${shortHash(parsed.search)}$1`))
    let name = segments.join('/')
    for (let n = 2; this.clashes(name); n++) name = [...segments.slice(0, -1), segments.at(-1)!.replace(/(\.html?)$/i, `-${n}$1`)].join('/')
    this.files.add(name.toLowerCase())
    const parts = name.toLowerCase().split('/')
    for (let i = 1; i < parts.length; i++) this.folders.add(parts.slice(0, i).join('/'))
    return name
  }

  private clashes(name: string): boolean {
    const key = name.toLowerCase()
    if (this.files.has(key) || this.folders.has(key)) return true
    const parts = key.split('/')
    for (let i = 1; i < parts.length; i++) if (this.files.has(parts.slice(0, i).join('/'))) return true
    return false
  }
}

function safeSegment(segment: string): string {
  let decoded = segment
  try {
    decoded = decodeURIComponent(segment)
  } catch {
    // keep it encoded
  }
  const safe = decoded.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 100)
  return safe === '' || safe === '.' || safe === '..' || safe.toLowerCase() === MANIFEST_NAME ? `_${safe}` : safe
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8)
}

