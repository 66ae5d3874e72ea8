import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { project, run } from './helpers.js'

// An energy supplier's Dutch page, full of what the nl preset flags.
const dutchPage = `# Groene stroom

Wij zijn de goedkoopste energieleverancier van Nederland. Je betaalt nooit te veel, want onze stroom is
100% duurzaam en klimaatneutraal. Meld je vandaag nog aan: alleen vandaag krijg je de eerste maand gratis.
Heeft u vragen over uw contract? Bel ons.
`

describe('echt init on Dutch copy', () => {
  it('writes language: nl, the address the copy uses and the nl preset, and says so', async () => {
    const dir = project({ 'index.md': dutchPage, 'over-ons.md': '# Over ons\n\nWij leveren stroom van de zon en de wind aan je huis, en je weet altijd wat je betaalt.\n' })
    const init = await run(dir, 'init')
    expect(init.code).toBe(0)
    expect(init.stdout).toContain('the copy is Dutch (2 pages read)')
    const config = readFileSync(join(dir, 'echt.config.yaml'), 'utf8')
    expect(config).toMatch(/^ {2}language: nl\b/m)
    expect(config).toMatch(/^ {4}address: je\b/m)
    expect(config).toMatch(/^extends: nl\b/m)
    // The generated config validates, and the Dutch page is linted as Dutch: many findings, not one.
    const check = await run(dir, 'check', '--format', 'json', '--date', '2026-11-23')
    expect(check.code).toBe(1)
    const [index] = JSON.parse(check.stdout)
    const rules = new Set(index.messages.map((m: { ruleId: string }) => m.ruleId))
    for (const id of ['claims/cheapest', 'green/absolute', 'green/offset', 'pressure/urgency', 'tone/mixed-address']) expect(rules).toContain(id)
    expect(rules).not.toContain('echt/language')
  })

  it('keeps language: en for English copy', async () => {
    const dir = project({ 'index.md': '# Power\n\nWe sell the energy you use at a fair price, and you are not tied to a contract.\n' })
    const init = await run(dir, 'init')
    expect(init.stdout).toContain('the copy is English (1 page read)')
    expect(readFileSync(join(dir, 'echt.config.yaml'), 'utf8')).toMatch(/^ {2}language: en\b/m)
  })
})

describe('a page in another language than the profile', () => {
  it('gets an echt/language warning naming both languages, never a silent pass', async () => {
    const dir = project({ 'index.md': dutchPage, 'echt.config.yaml': 'brand:\n  language: en\n' })
    const check = await run(dir, 'check', '--format', 'json')
    const [index] = JSON.parse(check.stdout)
    const warning = index.messages.find((m: { ruleId: string }) => m.ruleId === 'echt/language')
    expect(warning).toMatchObject({ severity: 1, line: 1, column: 1 })
    expect(warning.message).toContain('Dutch (nl)')
    expect(warning.message).toContain('brand.language is "en"')
  })
})
