import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { rules } from '@echt/rules'
import { parseCsv, project, run, scratchDir } from '../helpers.js'
import { launchBrowser, repoRoot } from './browser.js'

const SITE = ['examples', '--config', 'examples/echt.config.yaml', '--date', '2026-11-23']

interface JsonMessage {
  ruleId: string
  severity: 1 | 2
  line: number
  column: number
  message: string
  actual: string
  expected: string[]
  note?: string
  data?: { claim?: { status?: string } }
}
interface JsonFile {
  filePath: string
  messages: JsonMessage[]
  errorCount: number
  warningCount: number
}

const isClaimRule = (ruleId: string) => rules[ruleId]?.meta.type === 'claim' || rules[ruleId]?.meta.silencedByApprovedClaims === true

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('echt report (in Chromium)', () => {
  it('the overview numbers match `echt check --format json` on the same files', async () => {
    const out = join(scratchDir('echt-report-'), 'report.html')
    const check = await run(repoRoot, 'check', ...SITE, '--format', 'json')
    const files = JSON.parse(check.stdout) as JsonFile[]
    const report = await run(repoRoot, 'report', ...SITE, '-o', out)
    expect(report.code).toBe(0)

    const page = await browser.newPage()
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(pathToFileURL(out).href)
    const stat = async (name: string) => Number(await page.locator(`[data-stat="${name}"]`).textContent())

    const messages = files.flatMap((file) => file.messages)
    expect(await stat('pages')).toBe(files.length)
    expect(await stat('errors')).toBe(files.reduce((n, f) => n + f.errorCount, 0))
    expect(await stat('warnings')).toBe(files.reduce((n, f) => n + f.warningCount, 0))
    expect(await stat('findings')).toBe(messages.length)

    const byRule = new Map<string, { errors: number; warnings: number }>()
    for (const m of messages) {
      const entry = byRule.get(m.ruleId) ?? { errors: 0, warnings: 0 }
      entry[m.severity === 2 ? 'errors' : 'warnings']++
      byRule.set(m.ruleId, entry)
    }
    const rows = await page.locator('table.by-rule tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [(tr as HTMLElement).dataset.rule!, { errors: Number(tr.querySelector('[data-errors]')!.textContent), warnings: Number(tr.querySelector('[data-warnings]')!.textContent) }] as const),
    )
    expect(new Map(rows)).toEqual(byRule)
    expect(byRule.get('claims/superlative')!.warnings).toBeGreaterThan(0)

    const claimMessages = messages.filter((m) => isClaimRule(m.ruleId))
    const stale = claimMessages.filter((m) => m.data?.claim?.status === 'stale').length
    expect(await stat('claims-stale')).toBe(stale)
    expect(await stat('claims-unsubstantiated')).toBe(claimMessages.length - stale)
    // "the freshest coffee in Utrecht" is in the example's claims library: silenced, so not in JSON.
    expect(await stat('claims-substantiated')).toBeGreaterThanOrEqual(1)
    expect(await page.locator('#claims tr[data-status="substantiated"]').count()).toBe(await stat('claims-substantiated'))
    // An offer whose conditions stand with it is substantiated by the page, and says so.
    const offer = page.locator('#claims tr[data-status="substantiated"]', { hasText: 'Free delivery on orders over' })
    expect(await offer.textContent()).toContain('an offer with its conditions stated on the page')
    // A claim that names its own basis still needs evidence, and the row says what it names.
    const named = page.locator('#claims tr[data-status="unsubstantiated"]', { hasText: 'composteerbaar volgens' })
    expect(await named.locator('td').first().textContent()).toContain('the sentence cites volgens OK compost HOME (TÜV Austria)')

    // Page by page: every superlative finding is there, its flagged words highlighted in its sentence.
    for (const file of files) {
      const path = relative(repoRoot, file.filePath)
      const superlatives = file.messages.filter((m) => m.ruleId === 'claims/superlative')
      const section = page.locator(`article.page[data-page="${path}"]`)
      if (superlatives.length === 0) continue
      const marks = await section.locator('li.finding[data-rule="claims/superlative"] mark').allTextContents()
      expect(marks).toEqual(superlatives.map((m) => m.actual))
      const first = section.locator('li.finding[data-rule="claims/superlative"]').first()
      expect(await first.locator('.why').textContent()).toContain(superlatives[0]!.note!)
      expect(await first.locator('.fix li').allTextContents()).toEqual(superlatives[0]!.expected)
    }

    // Self-contained: the file loads nothing, not even a font, and runs no script.
    expect(requests).toEqual([pathToFileURL(out).href])
    expect(await page.locator('script').count()).toBe(0)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.cover nav').isVisible()).toBe(false)
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await page.close()
  })

  it('copy and profile text are escaped: markup in a page or a brand name stays text', async () => {
    const dir = project({
      'echt.config.yaml': 'brand:\n  name: "<b id=bold>Bakkerij</b>"\n  mission: "<script>window.__pwned=3</script>"\n',
      'page.md': '# Bread\n\nWe are the best <img src=x onerror="window.__pwned=1"> bakery <script>window.__pwned=2</script> in town.\n',
    })
    const out = join(dir, 'report.html')
    expect((await run(dir, 'report', '-o', out)).code).toBe(0)
    const page = await browser.newPage()
    await page.goto(pathToFileURL(out).href)
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
    expect(await page.locator('img, script, #bold').count()).toBe(0)
    expect(await page.locator('h1').textContent()).toBe('Message audit: <b id=bold>Bakkerij</b>')
    const context = page.locator('li.finding[data-rule="claims/superlative"] .context')
    expect(await context.textContent()).toContain('<img src=x onerror="window.__pwned=1">')
    expect(await context.locator('mark').textContent()).toBe('the best')
    await page.close()
  })
})

describe('echt report --format csv', () => {
  it('one RFC 4180 record per finding, the same findings as the JSON output', async () => {
    const check = await run(repoRoot, 'check', ...SITE, '--format', 'json')
    const files = JSON.parse(check.stdout) as JsonFile[]
    const csv = await run(repoRoot, 'report', ...SITE, '--format', 'csv')
    expect(csv.code).toBe(0)
    const [header, ...records] = parseCsv(csv.stdout)
    expect(header).toEqual(['file', 'line', 'column', 'severity', 'rule', 'message', 'actual', 'expected', 'note'])
    const expected = files.flatMap((file) =>
      file.messages.map((m) => [
        relative(repoRoot, file.filePath),
        String(m.line),
        String(m.column),
        m.severity === 2 ? 'error' : 'warning',
        m.ruleId,
        m.message,
        m.actual,
        m.expected.join('\n'),
        m.note ?? '',
      ]),
    )
    expect(records).toEqual(expected)
    // Quotes, commas and several rewrites per finding made it through the quoting.
    expect(records.some((r) => r[5]!.includes('"') && r[7]!.includes('\n'))).toBe(true)
  })

  it('quotes what needs quoting and defuses cells a spreadsheet would run as a formula', async () => {
    const { csvField } = await import('../../dist/report/csv.js')
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a "b", c')).toBe('"a ""b"", c"')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"')
    expect(csvField('+31 20 123')).toBe("'+31 20 123")
    expect(csvField(12)).toBe('12')
  })
})

describe('alignment from brand/off-message', () => {
  it('the adapter reads the rule data; the report charts each page and lists the values no page echoes', async () => {
    const { alignmentFromOffMessage, neverEchoedFromPages } = await import('../../dist/report/model.js')
    const { renderHtml } = await import('../../dist/report/html.js')
    const data = { score: 72.4, echoed: [{ value: 'Fairness', words: ['fair', 'living income'] }], missing: ['Freshness'] }
    const fromRuleData = alignmentFromOffMessage({ messages: [], result: { ruleData: { 'brand/off-message': data } } as never })
    const fromMessage = alignmentFromOffMessage({ messages: [{ ruleId: 'brand/off-message', data: { ...data, score: 12 } } as never], result: undefined })
    expect(fromRuleData).toEqual({ score: 72, echoed: [{ value: 'Fairness', words: ['fair', 'living income'] }], missing: ['Freshness'] })
    expect(fromMessage?.score).toBe(12)
    expect(alignmentFromOffMessage({ messages: [], result: { ruleData: { 'brand/off-message': { score: 'high' } } } as never })).toBeUndefined()

    const profile = { values: [{ name: 'Fairness', means: [], contradicts: [] }, { name: 'Freshness', means: [], contradicts: [] }], voice: { prefer: {}, avoid: [], names: [] }, claims: [] }
    const pages = [
      { path: 'a.md', language: 'en', wordCount: 10, findings: [], alignment: fromRuleData },
      { path: 'b.md', language: 'en', wordCount: 10, findings: [], alignment: { score: 8, echoed: [], missing: ['Fairness', 'Freshness'] } },
    ]
    const neverEchoed = neverEchoedFromPages(pages, profile)
    expect(neverEchoed).toEqual(['Freshness'])
    expect(neverEchoedFromPages([{ ...pages[0]!, alignment: undefined }], profile)).toBeUndefined()

    const html = renderHtml({ generatedAt: '2026-11-23T10:00:00.000Z', today: '2026-11-23', profile: { values: ['Fairness', 'Freshness'] }, pages, inventory: [], neverEchoed })
    const page = await browser.newPage()
    await page.setContent(html)
    const bars = await page.locator('svg[aria-label^="Message alignment"] g title').allTextContents()
    expect(bars).toEqual(['b.md: 8/100', 'a.md: 72/100'])
    expect(await page.locator('#values li[data-value]').allTextContents()).toEqual(['Freshness'])
    await page.close()
  })
})
