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

describe('one phrase, one finding: brand/contradicts-value defers to pressure/urgency', () => {
  const config = 'brand:\n  name: Acme\n  values:\n    - name: Honesty\n      contradicts: [act now]\n'
  const findings = async (page: string, extraConfig = '') => {
    const dir = project({ 'echt.config.yaml': config + extraConfig, 'page.md': page })
    const { stdout } = await run(dir, 'check', '--format', 'json', '--date', '2026-11-23')
    const [result] = JSON.parse(stdout)
    return { messages: result.messages.map((m: any) => `${m.ruleId} ${m.actual}`), suppressed: result.suppressedMessages.map((m: any) => m.ruleId) }
  }

  it('urgency wording (built-in honesty list and the profile\'s own contradicts) is reported once', async () => {
    const { messages } = await findings('# Sale\n\nLast chance: act now and save.\n')
    expect(messages).toEqual(['pressure/urgency Last chance', 'pressure/urgency act now'])
  })

  it('a current validUntil silences both', async () => {
    const { messages } = await findings('---\nvalidUntil: 2026-12-31\n---\n\n# Sale\n\nLast chance: act now and save.\n')
    expect(messages).toEqual([])
  })

  it('a directive that disables pressure/urgency silences both, and is not unused', async () => {
    const { messages, suppressed } = await findings('# Sale\n\n<!-- echt-disable-next-line pressure/urgency -- the sale really ends today -->\nLast chance to save.\n')
    expect(messages).toEqual([])
    expect(suppressed).toEqual(['pressure/urgency'])
  })

  it('with pressure/urgency off, brand/contradicts-value reports the phrase', async () => {
    const { messages } = await findings('# Sale\n\nLast chance to save.\n', 'rules:\n  pressure/urgency: off\n')
    // The claim finder lists it too: an urgency claim with nothing left to judge it.
    expect(messages).toEqual(['brand/contradicts-value Last chance', 'claims/needs-evidence Last chance'])
  })
})
