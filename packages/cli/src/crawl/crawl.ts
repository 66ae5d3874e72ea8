import { STATUS_CODES } from 'node:http'
import { gunzipSync } from 'node:zlib'
import { createRequire } from 'node:module'
import { fetchOnce, mediaType, decodeBody, type FetchOutcome } from './fetch-page.js'
import { linksOf, parseSitemap, resolve } from './links.js'
import { formatSize } from '../lint-files.js'
import type { CrawlSettings } from './settings.js'

export { DEFAULT_CRAWL_SETTINGS, type CrawlSettings } from './settings.js'

/** The robots.txt product token echt answers to (`User-agent: echt`). */
export const ROBOTS_AGENT = 'echt'

/** Ids of the notes a crawl leaves on a URL; every output format shows them like other messages. */
export const CRAWL_RULE_IDS = {
  robots: 'echt/crawl-robots',
  status: 'echt/crawl-http-status',
  timeout: 'echt/crawl-timeout',
  tooLarge: 'echt/crawl-too-large',
  notHtml: 'echt/crawl-not-html',
  redirect: 'echt/crawl-redirect',
  network: 'echt/crawl-network',
} as const

export interface CrawlProblem {
  ruleId: string
  message: string
}

export interface CrawledPage {
  /** The URL as found (start, sitemap or link). */
  url: string
  /** Where redirects led, when elsewhere. */
  finalUrl?: string
  status?: number
  contentType?: string
  fetchedAt?: string
  /** The decoded body of an HTML page that was read whole. */
  html?: string
  problem?: CrawlProblem
  /** Set when the page redirected to a URL the crawl already has: nothing more to lint. */
  duplicateOf?: string
  depth: number
}

export interface CrawlResult {
  start: string
  startedAt: string
  finishedAt: string
  settings: CrawlSettings
  /** The delay used between requests: --delay, or robots.txt's Crawl-delay up to its cap. */
  effectiveDelayMs: number
  robots: { url: string; status?: number; outcome: 'found' | 'absent' | 'unreachable'; crawlDelaySeconds?: number }
  sitemaps: { url: string; status?: number; urls: number; note?: string }[]
  /** How pages were found: the sitemaps, or links from the start page. */
  discovery: 'sitemap' | 'links'
  pages: CrawledPage[]
  /** Every URL requested, in order: robots.txt, sitemaps, pages and redirect hops. */
  requested: string[]
  /** Known same-origin URLs not fetched because --max-pages was reached or they were deeper than --max-depth. */
  notFetched: { overMaxPages: number; overMaxDepth: number }
  /** Links to other sites, counted and never requested. */
  otherOrigins: number
  /** Set when robots.txt disallows the start URL, or the start URL redirects to another origin: nothing to lint. */
  blocked?: string
  notes: string[]
}

type Robots = { isAllowed(url: string, ua?: string): boolean | undefined }
type ParsedRobots = Robots & { getCrawlDelay(ua?: string): number | undefined; getSitemaps(): string[] }
// robots-parser is CommonJS and its typings declare an ES default export, which NodeNext cannot call.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, text: string) => ParsedRobots

/**
 * Crawls one origin politely: robots.txt first (RFC 9309), then the sitemaps or the links, never
 * another origin, within the page, depth, time, size and redirect limits of `settings`.
 */
export async function crawlSite(startUrl: string, settings: CrawlSettings): Promise<CrawlResult> {
  return new Crawler(startUrl, settings).run()
}

class Crawler {
  private readonly origin: string
  private readonly start: string
  private readonly result: CrawlResult
  private robots: Robots = { isAllowed: () => true }
  private readonly seen = new Set<string>()
  private readonly queue: { url: string; depth: number }[] = []
  private followLinks = true
  private nextStartAt = 0
  private delayMs: number
  private startMovedTo: string | undefined

  constructor(startUrl: string, private readonly settings: CrawlSettings) {
    const url = new URL(startUrl)
    url.hash = ''
    this.start = url.href
    this.origin = url.origin
    this.delayMs = settings.delayMs
    this.result = {
      start: this.start,
      startedAt: new Date().toISOString(),
      finishedAt: '',
      settings,
      effectiveDelayMs: settings.delayMs,
      robots: { url: `${this.origin}/robots.txt`, outcome: 'absent' },
      sitemaps: [],
      discovery: 'links',
      pages: [],
      requested: [],
      notFetched: { overMaxPages: 0, overMaxDepth: 0 },
      otherOrigins: 0,
      notes: [],
    }
  }

  async run(): Promise<CrawlResult> {
    await this.loadRobots()
    this.result.blocked = this.robotsBlock()
    if (this.result.blocked) return this.finish()
    const fromSitemaps = await this.loadSitemaps()
    this.enqueue(this.start, 0)
    if (fromSitemaps.length > 0) {
      this.result.discovery = 'sitemap'
      this.followLinks = false
      for (const url of fromSitemaps) this.enqueue(url, 0)
    }
    await this.drain()
    // `echt check http://example.com` often lands on https:// or www.: say where to start instead.
    if (this.startMovedTo && !this.result.pages.some((page) => page.html !== undefined)) {
      this.result.blocked = `${this.start} redirects to ${this.startMovedTo}, another origin, and echt fetches only the origin it is given; start there: echt check ${this.startMovedTo}`
    }
    return this.finish()
  }

  /** Stops before the first request when robots.txt leaves nothing to crawl. */
  private robotsBlock(): string | undefined {
    if (this.robots.isAllowed(this.start, ROBOTS_AGENT) !== false) return undefined
    const robots = this.result.robots
    return robots.outcome === 'unreachable'
      ? `${robots.url} could not be read (${robots.status ? `HTTP ${robots.status}` : 'no answer'}); a polite crawler then assumes every path is disallowed (RFC 9309), so nothing was crawled`
      : `${robots.url} disallows ${this.start} for echt (User-agent: ${ROBOTS_AGENT} or *), so nothing was crawled or linted`
  }

  private finish(): CrawlResult {
    this.result.finishedAt = new Date().toISOString()
    this.result.pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    return this.result
  }

  /** Runs the queue with at most `concurrency` requests in flight and at most `maxPages` pages. */
  private async drain(): Promise<void> {
    const inFlight = new Set<Promise<void>>()
    let taken = 0
    for (;;) {
      while (inFlight.size < this.settings.concurrency && this.queue.length > 0 && taken < this.settings.maxPages) {
        const item = this.queue.shift()!
        taken++
        const visit: Promise<void> = this.visit(item.url, item.depth).finally(() => inFlight.delete(visit))
        inFlight.add(visit)
      }
      if (inFlight.size === 0) break
      await Promise.race(inFlight)
    }
    this.result.notFetched.overMaxPages = this.queue.length
    if (this.queue.length > 0) this.result.notes.push(`stopped at --max-pages ${this.settings.maxPages}; ${this.queue.length} more URL${this.queue.length === 1 ? '' : 's'} of this site were found and not fetched`)
    const deeper = this.result.notFetched.overMaxDepth
    if (deeper > 0) this.result.notes.push(`${deeper} link${deeper === 1 ? '' : 's'} deeper than --max-depth ${this.settings.maxDepth} ${deeper === 1 ? 'was' : 'were'} not followed`)
  }

  private enqueue(url: string, depth: number): void {
    if (this.seen.has(url)) return
    if (new URL(url).origin !== this.origin) {
      this.result.otherOrigins++
      return
    }
    this.seen.add(url)
    if (this.robots.isAllowed(url, ROBOTS_AGENT) === false) {
      this.result.pages.push({ url, depth, problem: { ruleId: CRAWL_RULE_IDS.robots, message: `robots.txt disallows this URL for echt; not fetched` } })
      return
    }
    if (depth > this.settings.maxDepth) {
      this.result.notFetched.overMaxDepth++
      return
    }
    this.queue.push({ url, depth })
  }

  private async visit(url: string, depth: number): Promise<void> {
    const page: CrawledPage = { url, depth }
    this.result.pages.push(page)
    const isHtml = (contentType: string) => ['text/html', 'application/xhtml+xml'].includes(mediaType(contentType))
    const got = await this.fetchFollowing(url, { isPage: true, wantBody: (status, contentType) => isOk(status) && isHtml(contentType) })
    page.fetchedAt = new Date().toISOString()
    if (got.finalUrl !== url) page.finalUrl = got.finalUrl
    if (got.problem) {
      page.problem = got.problem
      if ('status' in got.outcome) page.status = got.outcome.status
      return
    }
    if (got.duplicateOf) {
      page.duplicateOf = got.duplicateOf
      return
    }
    const outcome = got.outcome as Extract<FetchOutcome, { kind: 'response' }>
    page.status = outcome.status
    page.contentType = outcome.contentType
    if (!isOk(outcome.status)) {
      page.problem = { ruleId: CRAWL_RULE_IDS.status, message: `The server answered ${outcome.status} ${STATUS_CODES[outcome.status] ?? ''}`.trimEnd() + '; not linted' }
      return
    }
    if (!isHtml(outcome.contentType)) {
      page.problem = { ruleId: CRAWL_RULE_IDS.notHtml, message: `This URL is ${mediaType(outcome.contentType) || 'of no declared type'}, not text/html; skipped` }
      return
    }
    page.html = decodeBody(outcome.body ?? new Uint8Array(), outcome.contentType)
    if (!this.followLinks) return
    let links: string[]
    try {
      links = linksOf(page.html, got.finalUrl)
    } catch {
      return // the page is still linted; an unparsable page just yields no links
    }
    for (const link of links) this.enqueue(link, depth + 1)
  }

  /**
   * GETs a URL, following same-origin redirects up to maxRedirects. A hop to another origin is not
   * taken and a URL seen twice in one chain is a loop; for a page, each hop is checked against
   * robots.txt and a hop to a URL the crawl already has ends as a duplicate.
   */
  private async fetchFollowing(
    url: string,
    options: { isPage: boolean; wantBody: (status: number, contentType: string) => boolean; maxBytes?: number },
  ): Promise<{ outcome: FetchOutcome; finalUrl: string; problem?: CrawlProblem; duplicateOf?: string }> {
    const chain = [url]
    let current = url
    for (;;) {
      await this.turn()
      this.result.requested.push(current)
      const outcome = await fetchOnce(current, { userAgent: this.settings.userAgent, timeoutMs: this.settings.timeoutMs, maxBytes: options.maxBytes ?? this.settings.maxPageBytes }, { wantBody: options.wantBody })
      const problem = this.problemOf(outcome)
      if (problem) return { outcome, finalUrl: current, problem }
      if (outcome.kind !== 'response' || outcome.status < 300 || outcome.status >= 400 || outcome.location === undefined) return { outcome, finalUrl: current }
      const redirect = (message: string) => ({ outcome, finalUrl: current, problem: { ruleId: CRAWL_RULE_IDS.redirect, message } })
      const next = resolve(outcome.location, current)
      if (!next) return redirect(`This URL redirects to "${outcome.location}", which is not an http(s) URL; not followed`)
      if (new URL(next).origin !== this.origin) {
        if (url === this.start) this.startMovedTo = next
        return redirect(`This URL redirects to another site (${next}); not followed, echt fetches only ${this.origin}`)
      }
      if (chain.includes(next)) return redirect(`Redirect loop: ${[...chain, next].join(' -> ')}`)
      if (chain.length > this.settings.maxRedirects) return redirect(`More than ${this.settings.maxRedirects} redirects (--max-redirects): ${chain.join(' -> ')} -> ...`)
      if (options.isPage && this.robots.isAllowed(next, ROBOTS_AGENT) === false) {
        return { outcome, finalUrl: next, problem: { ruleId: CRAWL_RULE_IDS.robots, message: `This URL redirects to ${next}, which robots.txt disallows for echt; not fetched` } }
      }
      if (options.isPage) {
        // Pages only: robots.txt itself is exempt, and a sitemap is not a page that could be linted twice.
        if (this.seen.has(next)) return { outcome, finalUrl: next, duplicateOf: next }
        this.seen.add(next)
      }
      chain.push(next)
      current = next
    }
  }

  private problemOf(outcome: FetchOutcome): CrawlProblem | undefined {
    switch (outcome.kind) {
      case 'timeout':
        return { ruleId: CRAWL_RULE_IDS.timeout, message: `No complete answer within ${this.settings.timeoutMs} ms (--timeout); skipped` }
      case 'network':
        return { ruleId: CRAWL_RULE_IDS.network, message: `The request failed (${outcome.reason}); skipped` }
      case 'too-large':
        return {
          ruleId: CRAWL_RULE_IDS.tooLarge,
          message: outcome.declared
            ? `The server announced ${formatSize(outcome.bytes)}, over the --max-page-size limit of ${formatSize(this.settings.maxPageBytes)}; not read`
            : `This page is larger than the --max-page-size limit of ${formatSize(this.settings.maxPageBytes)}; reading stopped there and it was not linted`,
        }
      default:
        return undefined
    }
  }

  /** Waits until the polite delay since the previous request's start has passed. */
  private async turn(): Promise<void> {
    const now = Date.now()
    const at = Math.max(now, this.nextStartAt)
    this.nextStartAt = at + this.delayMs
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now))
  }

  /** RFC 9309: 4xx means no rules; 5xx or no answer means assume everything is disallowed. */
  private async loadRobots(): Promise<void> {
    const robots = this.result.robots
    const got = await this.fetchFollowing(robots.url, { isPage: false, wantBody: isOk, maxBytes: 500 * 1024 })
    const outcome = got.outcome
    if (outcome.kind === 'response' || outcome.kind === 'too-large') robots.status = outcome.status
    if (outcome.kind === 'response' && isOk(outcome.status)) {
      robots.outcome = 'found'
      const parsed = robotsParser(robots.url, decodeBody(outcome.body ?? new Uint8Array(), outcome.contentType))
      this.robots = parsed
      const crawlDelay = parsed.getCrawlDelay(ROBOTS_AGENT)
      if (crawlDelay !== undefined && crawlDelay > 0) {
        robots.crawlDelaySeconds = crawlDelay
        const wanted = crawlDelay * 1000
        this.delayMs = Math.max(this.settings.delayMs, Math.min(wanted, this.settings.maxCrawlDelayMs))
        if (wanted > this.settings.maxCrawlDelayMs) this.result.notes.push(`robots.txt asks for a Crawl-delay of ${crawlDelay} s; echt waits at most ${this.settings.maxCrawlDelayMs / 1000} s between requests`)
      }
      this.sitemapHints = parsed.getSitemaps()
    } else if (outcome.kind === 'response' && outcome.status >= 400 && outcome.status < 500) {
      robots.outcome = 'absent'
    } else if (got.problem?.ruleId === CRAWL_RULE_IDS.redirect) {
      // RFC 9309 2.3.1.2: a robots.txt whose redirects lead nowhere this crawler may go is unavailable, as a 4xx.
      robots.outcome = 'absent'
      this.result.notes.push(`${robots.url}: ${got.problem.message}; crawling as if there were no robots.txt`)
    } else if (outcome.kind === 'too-large') {
      robots.outcome = 'absent' // RFC 9309: a crawler must parse at least 500 KiB; past that, no rules apply
      this.result.notes.push(`${robots.url} is larger than 500 KB; it was ignored`)
    } else {
      robots.outcome = 'unreachable'
      this.robots = { isAllowed: () => false }
    }
    this.result.effectiveDelayMs = this.delayMs
  }

  private sitemapHints: string[] = []

  /** Page URLs from robots.txt's Sitemap: lines or /sitemap.xml, through sitemap indexes (bounded). */
  private async loadSitemaps(): Promise<string[]> {
    const MAX_SITEMAPS = 50
    const sameOrigin = this.sitemapHints.filter((url) => resolve(url, this.origin) !== undefined && new URL(url).origin === this.origin)
    if (sameOrigin.length < this.sitemapHints.length) this.result.notes.push('robots.txt names sitemaps on another site; they were not fetched')
    const guessed = `${this.origin}/sitemap.xml`
    // A sitemap robots.txt names is offered to crawlers; the usual place is only a guess, so robots.txt decides.
    const queue = sameOrigin.length > 0 ? [...sameOrigin] : this.robots.isAllowed(guessed, ROBOTS_AGENT) === false ? [] : [guessed]
    const visited = new Set<string>()
    const urls: string[] = []
    while (queue.length > 0 && visited.size < MAX_SITEMAPS) {
      const url = queue.shift()!
      if (visited.has(url)) continue
      visited.add(url)
      const entry: CrawlResult['sitemaps'][number] = { url, urls: 0 }
      this.result.sitemaps.push(entry)
      const got = await this.fetchFollowing(url, { isPage: false, wantBody: isOk })
      if ('status' in got.outcome) entry.status = got.outcome.status
      if (got.problem) {
        entry.note = got.problem.message
        continue
      }
      const outcome = got.outcome as Extract<FetchOutcome, { kind: 'response' }>
      if (!isOk(outcome.status) || !outcome.body) continue
      let xml: string
      try {
        xml = isGzip(outcome.body) ? gunzipSync(outcome.body, { maxOutputLength: this.settings.maxPageBytes }).toString('utf8') : decodeBody(outcome.body, outcome.contentType)
      } catch {
        entry.note = 'not a readable gzip file, or larger than --max-page-size unpacked'
        continue
      }
      const content = parseSitemap(xml)
      if (content.kind === 'invalid') entry.note = `not a sitemap: ${content.reason}`
      else if (content.kind === 'index') {
        for (const loc of content.sitemaps) {
          const next = resolve(loc, url)
          if (next && new URL(next).origin === this.origin) queue.push(next)
        }
      } else {
        for (const loc of content.urls) {
          const next = resolve(loc, url)
          if (next) urls.push(next)
        }
        entry.urls = content.urls.length
      }
    }
    if (queue.length > 0) this.result.notes.push(`more than ${MAX_SITEMAPS} sitemaps; the rest were not read`)
    for (const entry of this.result.sitemaps) if (entry.note) this.result.notes.push(`${entry.url}: ${entry.note}`)
    return urls
  }
}

function isOk(status: number): boolean {
  return status >= 200 && status < 300
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b
}
