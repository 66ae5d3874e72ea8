import { describe, it, expect } from 'vitest'
import { lint, profileFromConfig } from '@echt/core'
import { rules, buildSiteSummary } from '@echt/rules'

const profile = {
  ...profileFromConfig(
    {
      name: 'Kestrel',
      mission: 'Making cities quieter and cleaner with e-bikes that everyone can repair.',
      values: [
        { name: 'Repairability', means: ['repair', 'spare parts'] },
        { name: 'Honesty', means: ['honest', 'no hidden costs'] },
        { name: 'Safety', means: ['safe', 'helmet'] },
      ],
    },
    [],
  ),
  language: 'en' as const,
}
const offMessage = [{ rule: rules['brand/off-message']!, severity: 1 as const, options: { minWords: 5 } }]
const page = (source: string) => lint(source, { rules: offMessage, profile, today: '2026-11-23' })

describe('buildSiteSummary', () => {
  const pages = {
    'index.md': page('# Home\n\nRepair your e-bike with spare parts we sell at cost. Honest prices, no hidden costs.\n'),
    'city.md': page('# Cities\n\nQuieter and cleaner cities start with e-bikes everyone can repair.\n'),
    'sale.md': page('# Sale\n\nThis week only: three colours, one price. Order before Friday.\n'),
    'short.md': page('Hi.\n'),
  }
  const summary = buildSiteSummary(Object.entries(pages).map(([filePath, result]) => ({ filePath, ...result })))

  it('counts every page and scores each, lowest first', () => {
    expect(summary.pages).toBe(4)
    expect(summary.scores.map((s) => [s.filePath, s.score, s.judged])).toEqual([
      ['sale.md', 0, true],
      ['short.md', 0, false],
      // 2 of 3 values (0.6 × 2/3) and 2 of 5 mission terms (0.4 × 2/5): 40 + 16.
      ['index.md', 56, true],
      // 1 of 3 values (20) and all six mission terms, capped at five (40).
      ['city.md', 60, true],
    ])
    expect(summary.averageScore).toBe(29)
  })

  it('keeps the words that carried each value', () => {
    const index = summary.scores.find((s) => s.filePath === 'index.md')!
    expect(index.echoed).toEqual([
      { name: 'Repairability', words: ['repair', 'spare parts'] },
      { name: 'Honesty', words: ['honest', 'no hidden costs'] },
    ])
    expect(index.missing).toEqual(['Safety'])
  })

  it('lists the values no page echoes', () => {
    expect(summary.valuesNeverEchoed).toEqual(['Safety'])
    expect(summary.valueCoverage).toEqual([
      { name: 'Repairability', pages: 2 },
      { name: 'Honesty', pages: 1 },
      { name: 'Safety', pages: 0 },
    ])
  })

  it('reads the score from a message when the rule data is missing (merged JSON)', () => {
    const sale = pages['sale.md']
    const fromJson = buildSiteSummary([{ filePath: 'sale.md', messages: JSON.parse(JSON.stringify(sale.messages)) }])
    expect(fromJson.scores[0]).toMatchObject({ filePath: 'sale.md', score: 0, missing: ['Repairability', 'Honesty', 'Safety'] })
  })

  it('is empty without alignment data', () => {
    expect(buildSiteSummary([{ filePath: 'a.md', messages: [] }])).toEqual({
      pages: 1, scores: [], averageScore: null, valuesNeverEchoed: [], valueCoverage: [],
    })
  })
})
