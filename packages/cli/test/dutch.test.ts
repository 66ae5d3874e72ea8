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

describe('echt speaks the profile language in the report, the terminal and the draft page', () => {
  const dutchProject = () => project({ 'index.md': dutchPage, 'echt.config.yaml': 'brand:\n  name: Stroomwijs\n  language: nl\n  voice:\n    address: je\n' })

  it('echt report writes the HTML report in Dutch, and --locale en overrides', async () => {
    const dir = dutchProject()
    const nl = await run(dir, 'report', '--date', '2026-11-23')
    expect(nl.code).toBe(0)
    expect(nl.stdout).toContain('<html lang="nl">')
    expect(nl.stdout).toContain('<h2>Overzicht</h2>')
    expect(nl.stdout).toContain('Zo los je het op')
    expect(nl.stdout).toContain('claimt lagere prijzen dan elke concurrent')
    expect(nl.stdout).not.toContain('How to fix')
    const en = await run(dir, 'report', '--date', '2026-11-23', '--locale', 'en')
    expect(en.stdout).toContain('<html lang="en">')
    expect(en.stdout).toContain('<h2>Overview</h2>')
    // The findings stay in the language of the copy.
    expect(en.stdout).toContain('claimt lagere prijzen dan elke concurrent')
  })

  it('stylish output labels and summary follow the profile language', async () => {
    const dir = dutchProject()
    const check = await run(dir, 'check', '--date', '2026-11-23')
    expect(check.stdout).toMatch(/\bwaarom: /)
    expect(check.stdout).toMatch(/\bprobeer: /)
    expect(check.stdout).toMatch(/✖ \d+ problemen \(\d+ fout(en)?, \d+ waarschuwing(en)?\)/)
    const english = await run(dir, 'check', '--date', '2026-11-23', '--locale', 'en')
    expect(english.stdout).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?\)/)
  })

  it('an unknown --locale is a usage error naming the option', async () => {
    const dir = dutchProject()
    for (const command of ['check', 'report']) {
      const result = await run(dir, command, '--locale', 'de')
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('unknown locale "de" (known: en, nl)')
    }
  })

  it('the draft page gets its words in the profile language from /api/profiles', async () => {
    const { startServer } = await import('../dist/serve/server.js')
    const { loadServeProfiles } = await import('../dist/commands/serve.js')
    const dir = dutchProject()
    const profiles = loadServeProfiles(dir, [], '2026-11-23', () => {})
    for (const [locale, expected] of [[undefined, 'nl'], ['en', 'en']] as const) {
      const running = await startServer({ profiles, host: '127.0.0.1', port: 0, ...(locale ? { locale } : {}) })
      try {
        const body = await (await fetch(`${running.url}api/profiles`)).json()
        expect(body.profiles[0].locale).toBe(expected)
        expect(body.ui.nl.findings).toBe('Meldingen')
        const lintResponse = await fetch(`${running.url}api/lint`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'Wij zijn de goedkoopste van Nederland.', language: 'nl' }) })
        const linted = await lintResponse.json()
        expect(linted.messages[0].message).toContain('claimt lagere prijzen')
      } finally {
        await running.close()
      }
    }
  })
})
