import { describe, it, expect } from 'vitest'
import { project, run } from './helpers.js'

const config = [
  'brand:', '  name: Acme', '  language: en',
  '  mission: We bake fresh sourdough bread for our neighbourhood.',
  '  values:', '    - name: Freshness', '      means: [fresh, baked this morning]',
  '    - name: Craft', '      means: [by hand, sourdough]',
  'claims:',
  '  - id: best-bakery', '    text: the best bakery in town', '    evidence:', '      - source: Town survey 2026', '        reviewBy: 2027-01-01',
  '  - id: fastest', '    text: the fastest delivery in town', '    evidence:', '      - source: Old survey', '        reviewBy: 2025-01-01',
].join('\n')
const page = '# Bread\n\nWe are the best bakery in town, with "quotes", commas.\n\nWe have the fastest delivery in town.\n\nWe are the market leader.\n'

describe('echt claims', () => {
  it('lists every claim with its status, as CSV and JSON', async () => {
    const dir = project({ 'echt.config.yaml': config, 'page.md': page })
    const json = JSON.parse((await run(dir, 'claims', '-f', 'json', '--date', '2026-11-23')).stdout)
    expect(json.map((r: any) => [r.line, r.rule, r.status, r.claimId ?? null, r.staleSince ?? null])).toEqual([
      [3, 'claims/superlative', 'substantiated', 'best-bakery', null],
      [5, 'claims/superlative', 'stale', 'fastest', '2025-01-01'],
      [7, 'claims/superlative', 'unsubstantiated', null, null],
    ])
    expect(json[0].sentence).toBe('We are the best bakery in town, with "quotes", commas.')
    const csv = (await run(dir, 'claims', '-f', 'csv', '--date', '2026-11-23')).stdout
    expect(csv.split('\r\n')[0]).toBe('file,line,column,rule,family,status,claimId,staleSince,actual,sentence,basis,cites')
    expect(csv).toContain('"We are the best bakery in town, with ""quotes"", commas."')
    const table = await run(dir, 'claims', '--date', '2026-11-23')
    expect(table.stdout).toContain('3 claims: 1 substantiated, 1 with stale evidence, 1 need evidence, 0 banned')
    expect((await run(dir, 'claims', '-f', 'xml')).code).toBe(2)
  })
})

describe('site summary', () => {
  it('stylish prints alignment per page; json only with --summary, as { results, summary }', async () => {
    const dir = project({ 'echt.config.yaml': config, 'a.md': '# Fresh\n\nOur sourdough is baked this morning by hand, fresh for you every day of the week.\n', 'b.md': '# Hello\n\nOpening hours are nine to five on weekdays and ten to four on Saturdays.\n' })
    const stylish = (await run(dir, 'check')).stdout
    expect(stylish).toMatch(/Message alignment: 2 pages/)
    const plain = JSON.parse((await run(dir, 'check', '-f', 'json')).stdout)
    expect(Array.isArray(plain)).toBe(true)
    const wrapped = JSON.parse((await run(dir, 'check', '-f', 'json', '--summary')).stdout)
    expect(wrapped.results).toHaveLength(2)
    expect(wrapped.summary.pages).toBe(2)
    expect(wrapped.summary.scores.map((s: any) => s.filePath)).toEqual(['b.md', 'a.md'])
    expect(wrapped.summary.valuesNeverEchoed).toEqual([])
  })
})
