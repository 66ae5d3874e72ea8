import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { project, run } from './helpers.js'

/** Issue 14, "Findings that are wrong or doubled". */

const dutchConfig = `brand:
  name: Zonnestroom
  language: nl
  voice:
    prefer: { klanten: leden }
claims:
  - id: tevredenheid
    text: 9 op de 10 klanten tevreden
    evidence:
      - source: Ledenonderzoek 2026
        reviewBy: 2030-01-01
`

describe('--fix never rewrites the words of an approved claim', () => {
  it('prefer klanten: leden rewrites klanten everywhere but inside "9 op de 10 klanten tevreden"', async () => {
    const dir = project({
      'echt.config.yaml': dutchConfig,
      'page.md': '# Over ons\n\nWij zijn er voor onze klanten.\n\nAl 9 op de 10 klanten tevreden.\n',
    })
    const fixed = await run(dir, 'check', '--fix', '--format', 'json', '--date', '2026-11-23')
    expect(readFileSync(join(dir, 'page.md'), 'utf8')).toBe('# Over ons\n\nWij zijn er voor onze leden.\n\nAl 9 op de 10 klanten tevreden.\n')
    expect(fixed.stderr).toContain('fixed 1 problem in 1 file')
    // The approved claim raises nothing new: no unsourced statistic, and a second run fixes nothing.
    const [again] = JSON.parse((await run(dir, 'check', '--format', 'json', '--date', '2026-11-23')).stdout)
    expect(again.messages.filter((m: any) => m.ruleId.startsWith('claims/'))).toEqual([])
    expect(again.messages.filter((m: any) => m.fix)).toEqual([])
    expect((await run(dir, 'check', '--fix', '--date', '2026-11-23')).stderr).toContain('fixed 0 problems')
  })
})
