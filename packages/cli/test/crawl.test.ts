import { describe, it, expect, afterEach } from 'vitest'
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseCsv, project, run } from './helpers.js'
import { serveWebsite, pages, LARGE_PAGE_BYTES, type Website } from './fixtures/website.js'
import { crawlSite, DEFAULT_CRAWL_SETTINGS } from '../dist/crawl/crawl.js'
import { decodeBody } from '../dist/crawl/fetch-page.js'

// Small limits so every misbehaving page ends quickly; nothing here measures wall time.
const LIMITS = ['--delay', '0', '--timeout', '1000', '--max-page-size', '256KB']

const open: Website[] = []
async function site(options: Parameters<typeof serveWebsite>[0] = {}): Promise<Website> {
  const website = await serveWebsite(options)
  open.push(website)
  return website
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((website) => website.close()))
})

const paths = (website: Website) => website.requests.map((request) => request.path)
const byUrl = (results: { filePath: string; messages: { ruleId: string; message: string }[] }[]) =>
  Object.fromEntries(results.map((result) => [result.filePath, result.messages]))

describe('echt check <url>', () => {
  it('crawls by the sitemap index, never a disallowed path or another origin, and notes every problem on its URL', async () => {
    const foreign = await site()
    const website = await site({ foreignOrigin: foreign.origin })
    const dir = project({})
    const result = await run(dir, 'check', `${website.origin}/`, '-f', 'json', '--save-pages', 'crawl', ...LIMITS)
    expect(result.code, result.stderr).not.toBe(2)

    expect(foreign.requests).toEqual([])
    expect(paths(website)).not.toContain('/private/secret')
    expect(paths(website)).not.toContain('/commented-out')
    expect(new Set(paths(website))).toEqual(
      new Set(['/robots.txt', '/sitemap.xml', '/sitemap-pages.xml', '/', '/about', '/nl/', '/old', '/company', '/loop-a', '/loop-b', '/missing', '/broken', '/slow', '/endless', '/large', '/brochure.pdf']),
    )
    expect(paths(website).length).toBe(new Set(paths(website)).size) // nothing fetched twice, no loop followed round
    for (const { userAgent } of website.requests) expect(userAgent).toMatch(/^echt\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/echt-lint\/echt#auditing-a-live-website\)$/)
    // The 50 MB page was cut off near the cap, not read to the end.
    expect(website.largeBytesWritten).toBeLessThan(LARGE_PAGE_BYTES / 4)

    const messages = byUrl(JSON.parse(result.stdout))
    const o = website.origin
    const note = (path: string) => messages[o + path]?.map((m) => `${m.ruleId}: ${m.message}`).join('\n')
    expect(note('/missing')).toMatch(/^echt\/crawl-http-status: The server answered 404 Not Found/)
    expect(note('/broken')).toMatch(/^echt\/crawl-http-status: The server answered 500 Internal Server Error/)
    expect(note('/slow')).toMatch(/^echt\/crawl-timeout: No complete answer within 1000 ms/)
    expect(note('/endless')).toMatch(/^echt\/crawl-timeout/)
    expect(note('/large')).toMatch(/^echt\/crawl-too-large: .*256 KB/)
    expect(note('/brochure.pdf')).toMatch(/^echt\/crawl-not-html: This URL is application\/pdf/)
    expect(note('/loop-a')).toBe(`echt/crawl-redirect: Redirect loop: ${o}/loop-a -> ${o}/loop-b -> ${o}/loop-a`)
    expect(note('/private/secret')).toMatch(/^echt\/crawl-robots: robots.txt disallows this URL/)
    // The redirect's target is the page reported; the foreign sitemap entry is no page of this site.
    expect(Object.keys(messages).sort()).toEqual(
      ['/', '/about', '/broken', '/brochure.pdf', '/company', '/endless', '/large', '/loop-a', '/missing', '/nl/', '/private/secret', '/slow'].map((p) => o + p).sort(),
    )

    const manifest = JSON.parse(readFileSync(join(dir, 'crawl/echt-crawl.json'), 'utf8'))
    expect(manifest).toMatchObject({ echtCrawl: 1, start: `${o}/`, discovery: 'sitemap', robots: { outcome: 'found', status: 200 } })
    expect(manifest.settings).toMatchObject({ maxPages: 500, concurrency: 4, timeoutMs: 1000, maxPageBytes: 256 * 1024, maxRedirects: 5, delayMs: 0 })
    const saved = manifest.pages.filter((p: { file?: string }) => p.file)
    expect(saved.map((p: { file: string; url: string }) => [p.file, p.finalUrl ?? p.url]).sort()).toEqual([
      ['about.html', `${o}/about`],
      ['company.html', `${o}/company`],
      ['index.html', `${o}/`],
      ['nl/index.html', `${o}/nl/`],
    ])
    for (const p of saved) {
      expect(p).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8' })
      expect(Date.parse(p.fetchedAt)).not.toBeNaN()
      expect(readFileSync(join(dir, 'crawl', p.file), 'utf8')).toMatch(/^<!doctype html>/)
    }
  })

  it('follows same-origin links when there is no sitemap, within --max-depth and --max-pages', async () => {
    const foreign = await site()
    const website = await site({ sitemap: false, robots: 'User-agent: *\nDisallow: /private/\n', foreignOrigin: foreign.origin })
    const deep = await run(project({}), 'check', `${website.origin}/`, '-f', 'json', '--max-depth', '1', ...LIMITS)
    expect(deep.code, deep.stderr).not.toBe(2)
    expect(paths(website).sort()).toEqual(['/', '/about', '/nl/', '/robots.txt', '/sitemap.xml'])
    expect(foreign.requests).toEqual([])
    expect(Object.keys(byUrl(JSON.parse(deep.stdout)))).toContain(`${website.origin}/private/secret`)

    website.requests.length = 0
    const few = await run(project({}), 'check', `${website.origin}/`, '-f', 'json', '--max-pages', '2', ...LIMITS)
    expect(paths(website).filter((path) => !['/robots.txt', '/sitemap.xml'].includes(path))).toHaveLength(2)
    expect(few.stderr).toMatch(/stopped at --max-pages 2; \d+ more URLs? of this site were found and not fetched/)

    website.requests.length = 0
    await run(project({}), 'check', `${website.origin}/`, '-f', 'json', ...LIMITS)
    expect(paths(website)).toContain('/nl/contact')
    expect(foreign.requests).toEqual([])
  })

  it('follows at most --max-redirects redirects', async () => {
    const website = await site()
    const settings = { ...DEFAULT_CRAWL_SETTINGS, userAgent: 'echt-test', delayMs: 0, timeoutMs: 1000, maxPages: 1 }
    const none = await crawlSite(`${website.origin}/old`, { ...settings, maxRedirects: 0 })
    const fetched = (crawl: typeof none) => crawl.pages.filter((page) => page.fetchedAt)
    expect(fetched(none)).toEqual([
      expect.objectContaining({ url: `${website.origin}/old`, status: 301, problem: { ruleId: 'echt/crawl-redirect', message: `More than 0 redirects (--max-redirects): ${website.origin}/old -> ...` } }),
    ])
    expect(paths(website)).not.toContain('/company')
    const one = await crawlSite(`${website.origin}/old`, { ...settings, maxRedirects: 1 })
    expect(fetched(one)).toEqual([expect.objectContaining({ url: `${website.origin}/old`, finalUrl: `${website.origin}/company`, status: 200 })])
  })

  it('decodes a page by its charset: the Content-Type, else <meta charset>, else UTF-8', () => {
    const latin1 = Uint8Array.from([...Buffer.from('<meta charset="windows-1252"><p>caf'), 0xe9, ...Buffer.from('</p>')])
    expect(decodeBody(latin1, 'text/html')).toContain('<p>café</p>')
    expect(decodeBody(Buffer.from('<p>café</p>'), 'text/html; charset=utf-8')).toBe('<p>café</p>')
    expect(decodeBody(Buffer.from('<p>café</p>'), 'text/html; charset=no-such-charset')).toBe('<p>café</p>')
  })

  it('reads a gzipped sitemap', async () => {
    const website = await site({ sitemap: 'gzip', robots: '' })
    const crawl = await crawlSite(`${website.origin}/`, { ...DEFAULT_CRAWL_SETTINGS, userAgent: 'echt-test', delayMs: 0, timeoutMs: 1000, maxPageBytes: 256 * 1024 })
    expect(crawl.discovery).toBe('sitemap')
    expect(crawl.sitemaps).toEqual([{ url: `${website.origin}/sitemap.xml`, status: 200, urls: 13 }])
    expect(paths(website)).toContain('/brochure.pdf')
    expect(paths(website)).not.toContain('/nl/contact') // links are not followed when the sitemap lists the pages
  })

  it('keeps at most --concurrency requests in flight', async () => {
    const website = await site({ sitemap: false, robots: '', pageDelayMs: 50 })
    await run(project({}), 'check', `${website.origin}/`, '-f', 'json', '--concurrency', '2', ...LIMITS)
    expect(paths(website)).toContain('/nl/contact')
    expect(website.maxInFlight).toBeLessThanOrEqual(2)
    const serial = await site({ sitemap: false, robots: '', pageDelayMs: 20 })
    await run(project({}), 'check', `${serial.origin}/`, '-f', 'json', '--concurrency', '1', ...LIMITS)
    expect(serial.maxInFlight).toBe(1)
  })

  it('a robots.txt that forbids everything: exit 2, a clear message, nothing but robots.txt fetched', async () => {
    const website = await site({ robots: 'User-agent: *\nDisallow: /\n' })
    const dir = project({})
    const result = await run(dir, 'check', `${website.origin}/`, '--save-pages', 'crawl', ...LIMITS)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`\necht: ${website.origin}/robots.txt disallows ${website.origin}/ for echt (User-agent: echt or *), so nothing was crawled or linted\n`)
    expect(result.stdout).toBe('')
    expect(paths(website)).toEqual(['/robots.txt'])
    expect(existsSync(join(dir, 'crawl'))).toBe(false)

    const forEcht = await site({ robots: 'User-agent: echt\nDisallow: /\n\nUser-agent: *\nAllow: /\n' })
    expect((await run(dir, 'report', `${forEcht.origin}/`, ...LIMITS)).code).toBe(2)
    expect(paths(forEcht)).toEqual(['/robots.txt'])
  })

  it('a start URL that redirects to another origin: exit 2 naming the URL to start from, the other origin untouched', async () => {
    const moved = await site()
    const website = await site({ sitemap: false, movedTo: moved.origin })
    const result = await run(project({}), 'check', `${website.origin}/`, ...LIMITS)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`${website.origin}/ redirects to ${moved.origin}/, another origin, and echt fetches only the origin it is given; start there: echt check ${moved.origin}/`)
    expect(moved.requests).toEqual([])
  })

  it('a site that does not answer is exit 2, not a hang', async () => {
    const website = await site()
    const origin = website.origin
    await website.close()
    const result = await run(project({}), 'check', `${origin}/`, ...LIMITS)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/robots\.txt could not be read \(no answer\)/)
    const failing = await site({ robotsStatus: 503 })
    const unavailable = await run(project({}), 'check', `${failing.origin}/`, ...LIMITS)
    expect(unavailable.code).toBe(2)
    expect(unavailable.stderr).toMatch(/robots\.txt could not be read \(HTTP 503\); a polite crawler then assumes every path is disallowed \(RFC 9309\)/)
    expect(paths(failing)).toEqual(['/robots.txt'])
  })

  it('honours a robots.txt Crawl-delay up to the cap', async () => {
    const settings = { ...DEFAULT_CRAWL_SETTINGS, userAgent: 'echt-test', delayMs: 0, timeoutMs: 1000, maxPages: 1 }
    const polite = await site({ sitemap: false, robots: 'User-agent: *\nCrawl-delay: 0.02\n' })
    const honoured = await crawlSite(`${polite.origin}/`, settings)
    expect(honoured.effectiveDelayMs).toBe(20)
    expect(honoured.robots.crawlDelaySeconds).toBe(0.02)
    const greedy = await site({ sitemap: false, robots: 'User-agent: echt\nCrawl-delay: 3600\n' })
    const capped = await crawlSite(`${greedy.origin}/`, { ...settings, maxCrawlDelayMs: 30 })
    expect(capped.effectiveDelayMs).toBe(30)
    expect(capped.notes).toContain('robots.txt asks for a Crawl-delay of 3600 s; echt waits at most 0.03 s between requests')
    expect(capped.pages.map((page) => page.url)).toEqual([`${greedy.origin}/`])
  })

  it('bad input: two sites in one run, a non-empty --save-pages folder, a broken manifest', async () => {
    const website = await site()
    const dir = project({ 'page.md': '# Hi\n', 'crawl/keep.txt': 'earlier audit\n' })
    const two = await run(dir, 'check', `${website.origin}/`, `${website.origin}/nl/`)
    expect(two.code).toBe(2)
    expect(two.stderr).toMatch(/give one website or saved crawl per run, got 2/)
    expect(website.requests).toEqual([])
    const full = await run(dir, 'check', `${website.origin}/`, '--save-pages', 'crawl', ...LIMITS)
    expect(full.code).toBe(2)
    expect(full.stderr).toMatch(/--save-pages: crawl is not empty/)
    expect(readFileSync(join(dir, 'crawl/keep.txt'), 'utf8')).toBe('earlier audit\n')
    expect((await run(dir, 'check', `${website.origin}/`, '--max-pages', 'all')).code).toBe(2)
    expect((await run(dir, 'check', 'page.md', '--save-pages', 'out')).code).toBe(2)

    const broken = project({ 'saved/echt-crawl.json': '{"echtCrawl": 1, "pages": [{"url": "https://a.example/", "file": "../../etc/passwd"}]}' })
    const escape = await run(broken, 'check', 'saved')
    expect(escape.code).toBe(2)
    expect(escape.stderr).toContain('\necht: saved/echt-crawl.json: pages[0].file: "../../etc/passwd" is outside the crawl folder\n')
    writeFileSync(join(broken, 'saved/echt-crawl.json'), '{"echtCrawl": 1, "pages": [')
    expect((await run(broken, 'check', 'saved')).stderr).toMatch(/\necht: saved\/echt-crawl\.json: not a readable echt crawl manifest/)
  })
})

describe('echt report <url> and the saved crawl', () => {
  it('a site and your own files in one run: facts are compared across both, each named by URL or path', async () => {
    const website = await site()
    const dir = project({ 'pricing.md': '# Pricing\n\nStart your 14-day free trial of our coffee club.\n' })
    const live = await run(dir, 'check', `${website.origin}/`, 'pricing.md', '-f', 'json', '--save-pages', 'audit', ...LIMITS)
    expect(live.code, live.stderr).not.toBe(2)
    const facts = (stdout: string) =>
      (JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; actual: string }[] }[]).flatMap((file) =>
        file.messages.filter((m) => m.ruleId === 'brand/inconsistent-fact').map((m) => `${file.filePath.replace(dir, '.')} ${m.actual}`),
      )
    expect(facts(live.stdout).sort()).toEqual(['./pricing.md 14-day free trial', `${website.origin}/about 30-day free trial`])
    const offline = await run(dir, 'check', 'pricing.md', 'audit', '-f', 'json')
    expect(facts(offline.stdout)).toEqual(facts(live.stdout))
  })

  it('the live report and a re-lint of the saved pages give the same findings, page by page, by URL', async () => {
    const foreignPlaceholder = 'http://127.0.0.2:9'
    const website = await site({ foreignOrigin: foreignPlaceholder })
    const dir = project({})
    const live = await run(dir, 'report', `${website.origin}/`, '-f', 'csv', '--save-pages', 'audit', '--date', '2026-12-01', ...LIMITS)
    expect(live.code, live.stderr).toBe(0)
    expect(live.stderr).toMatch(/crawled .* by its sitemap: \d+ requests, 4 HTML pages to lint, \d+ with a crawl note; saved in audit \(echt-crawl\.json\)/)
    const requestsAfterCrawl = website.requests.length
    await website.close()
    open.splice(open.indexOf(website), 1)

    const offline = await run(dir, 'check', 'audit', '-f', 'json', '--date', '2026-12-01')
    expect(offline.stderr).toMatch(/re-linting the crawl of http:\/\/127\.0\.0\.1:\d+\/ from .*; nothing is fetched/)
    expect(website.requests.length).toBe(requestsAfterCrawl)
    const perPage = new Map<string, string[]>()
    for (const file of JSON.parse(offline.stdout)) {
      perPage.set(file.filePath, file.messages.map((m: any) => `${m.line}:${m.column} ${m.ruleId} ${m.actual}`))
    }
    const fromCsv = new Map<string, string[]>()
    for (const row of parseCsv(live.stdout).slice(1)) {
      const [url, line, column, , rule, , actual] = row
      fromCsv.set(url!, [...(fromCsv.get(url!) ?? []), `${line}:${column} ${rule} ${actual}`])
    }
    const withFindings = new Map([...perPage].filter(([, messages]) => messages.length > 0))
    expect(fromCsv).toEqual(withFindings)
    expect([...withFindings.keys()].every((url) => url.startsWith(`${website.origin}/`))).toBe(true)
    expect(withFindings.get(`${website.origin}/missing`)).toEqual(['1:1 echt/crawl-http-status '])
    // The pages themselves, in English and Dutch, linted as HTML: each finding's offsets slice its
    // words out of the page exactly as the site served it.
    expect(withFindings.get(`${website.origin}/`)).toContain('6:13 claims/superlative the best')
    expect(withFindings.get(`${website.origin}/nl/`)).toContain('6:16 claims/superlative de beste')
    const manifest = JSON.parse(readFileSync(join(dir, 'audit/echt-crawl.json'), 'utf8'))
    for (const file of JSON.parse(offline.stdout)) {
      const saved = manifest.pages.find((page: any) => (page.finalUrl ?? page.url) === file.filePath && page.file)
      if (!saved) continue
      const html = readFileSync(join(dir, 'audit', saved.file), 'utf8')
      expect(html).toBe(pages(foreignPlaceholder)[new URL(file.filePath).pathname])
      for (const m of file.messages) expect(html.slice(m.offset, m.endOffset)).toBe(m.actual)
    }

    // The saved crawl reports exactly what the live run reported, in every format.
    expect((await run(dir, 'report', 'audit', '-f', 'csv', '--date', '2026-12-01')).stdout).toBe(live.stdout)
    const html = (await run(dir, 'report', 'audit', '--date', '2026-12-01')).stdout
    expect(html).toContain(`<h3>${website.origin}/nl/</h3>`)
    expect(html).toContain('Wij branden <mark>de beste</mark> koffie van de wereld.')
    expect(html).toMatch(new RegExp(`pages fetched from <code>${website.origin}/</code> until \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC \\(\\d+ requests\\)`))
    const sarif = JSON.parse((await run(dir, 'check', 'audit', '-f', 'sarif')).stdout)
    const uris = new Set(sarif.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri))
    expect(uris).toContain(`${website.origin}/broken`)
    expect([...uris].every((uri) => String(uri).startsWith(`${website.origin}/`))).toBe(true)
    const claims = JSON.parse((await run(dir, 'claims', 'audit', '-f', 'json')).stdout)
    expect(claims.map((row: any) => `${row.file} ${row.line}:${row.column} ${row.actual}`)).toEqual([`${website.origin}/ 6:13 the best`, `${website.origin}/ 7:18 100% natural`, `${website.origin}/about 6:16 leading roaster`, `${website.origin}/about 7:22 free trial`, `${website.origin}/nl/ 6:16 de beste`, `${website.origin}/nl/ 7:20 100% natuurlijk`])
    const github = (await run(dir, 'check', 'audit', '-f', 'github')).stdout
    expect(github).toContain(`::warning file=${website.origin.replace(':', '%3A').replace(/:(\d+)$/, '%3A$1')}/nl/,line=6,col=16,`)
    const junit = (await run(dir, 'check', 'audit', '-f', 'junit')).stdout
    expect(junit).toContain(`warning at ${website.origin}/nl/:6:16`)
    const stylish = (await run(dir, 'check', 'audit')).stdout
    expect(stylish).toContain(`\n${website.origin}/missing\n  1:1  warning  The server answered 404 Not Found; not linted  echt/crawl-http-status`)
  })
})
