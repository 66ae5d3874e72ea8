// The crawl's limits, apart from the crawler so `echt --help` can show the defaults without loading it.

export interface CrawlSettings {
  /** Pages requested at most (robots.txt and sitemaps not counted). */
  maxPages: number
  /** Link hops from the start page or a sitemap entry. */
  maxDepth: number
  /** Requests in flight at once. */
  concurrency: number
  /** Each request, body included, ends after this. */
  timeoutMs: number
  /** Bodies are read up to this many bytes; a larger page is reported, not linted. */
  maxPageBytes: number
  maxRedirects: number
  /** At least this long between the starts of two requests. */
  delayMs: number
  /** A robots.txt Crawl-delay is honoured up to this, so one line cannot stall an audit for hours. */
  maxCrawlDelayMs: number
  userAgent: string
}

export const DEFAULT_CRAWL_SETTINGS: Omit<CrawlSettings, 'userAgent'> = {
  maxPages: 500,
  maxDepth: 10,
  concurrency: 4,
  timeoutMs: 15_000,
  maxPageBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  delayMs: 250,
  maxCrawlDelayMs: 10_000,
}
