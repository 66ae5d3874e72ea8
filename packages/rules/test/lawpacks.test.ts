import { describe, it, expect } from 'vitest'
import { lint, profileFromConfig, SEVERITY_BY_NAME, type Profile, type Rule } from '@echt/core'
import { rules, presets, EU_BLACKLIST_DATE } from '@echt/rules'

const profile = (language: 'en' | 'nl', extra: Partial<Profile> = {}): Profile => ({
  values: [],
  voice: { prefer: {}, avoid: [], names: [] },
  claims: [],
  language,
  ...extra,
})

function run(rule: Rule<any>, source: string, options: { today: string; severity?: 1 | 2; ruleOptions?: Record<string, unknown>; language?: 'en' | 'nl' }) {
  return lint(source, {
    rules: [{ rule, severity: options.severity ?? 1, options: { ...rule.meta.defaultOptions, ...options.ruleOptions } }],
    today: options.today,
    profile: profile(options.language ?? 'en'),
  }).messages
}

describe('presets', () => {
  it('are recommended, eu, nl, uk and us', () => {
    expect(Object.keys(presets).sort()).toEqual(['eu', 'nl', 'recommended', 'uk', 'us'])
  })
  for (const [name, preset] of Object.entries(presets)) {
    it(`${name} names only registered rules, with valid severities and known options`, () => {
      expect(preset.name).toBe(name)
      expect(preset.description.length).toBeGreaterThan(20)
      for (const [id, setting] of Object.entries(preset.rules)) {
        expect(rules[id], `${name} refers to unknown rule ${id}`).toBeDefined()
        const [severity, options] = Array.isArray(setting) ? setting : [setting, {}]
        expect(Object.keys(SEVERITY_BY_NAME)).toContain(severity)
        const known = Object.keys((rules[id]!.meta.schema as { properties?: object }).properties ?? {})
        for (const key of Object.keys(options)) expect(known, `${name}: ${id} has no option ${key}`).toContain(key)
      }
    })
  }
  it('turn every consumer-law rule on in eu, nl, uk and us', () => {
    const lawRules = Object.keys(rules).filter((id) => /^(green|pressure|trust|health)\//.test(id))
    expect(lawRules).toHaveLength(10)
    for (const name of ['eu', 'nl', 'uk', 'us']) for (const id of lawRules) expect(presets[name]!.rules[id], `${name}: ${id}`).toBeDefined()
  })
  it('keep the EU blacklist dates out of uk and us', () => {
    for (const name of ['uk', 'us']) {
      for (const id of ['green/generic', 'green/offset', 'green/scope', 'trust/label']) {
        expect(presets[name]!.rules[id], `${name}: ${id}`).toEqual([expect.any(String), { euBlacklist: false }])
      }
    }
  })
})

describe('date-aware severity', () => {
  const generic = rules['green/generic']!
  const dayBefore = '2026-09-26'

  it('makes a blacklisted practice a warning before 2026-09-27 and an error from that day', () => {
    expect(EU_BLACKLIST_DATE).toBe('2026-09-27')
    const before = run(generic, 'Our eco-friendly bottles.\n', { today: dayBefore })
    const on = run(generic, 'Our eco-friendly bottles.\n', { today: EU_BLACKLIST_DATE })
    expect(before.map((m) => m.severity)).toEqual([1])
    expect(before[0]!.message).toContain('on the EU blacklist from 27 September 2026')
    expect(on.map((m) => m.severity)).toEqual([2])
    expect(on[0]!.message).toContain('on the EU blacklist since 27 September 2026')
  })

  it('only raises: a configured error stays an error before the date', () => {
    expect(run(generic, 'Our eco-friendly bottles.\n', { today: dayBefore, severity: 2 }).map((m) => m.severity)).toEqual([2])
  })

  it('does not apply outside the EU (euBlacklist: false)', () => {
    const messages = run(generic, 'Our eco-friendly bottles.\n', { today: '2027-01-01', ruleOptions: { euBlacklist: false } })
    expect(messages.map((m) => m.severity)).toEqual([1])
    expect(messages[0]!.message).not.toContain('blacklist')
  })

  it('applies to self-made labels but not to other endorsements', () => {
    const messages = run(rules['trust/label']!, 'Our own quality mark. All our cotton is certified.\n', { today: '2026-11-23' })
    expect(messages.map((m) => [m.actual, m.severity])).toEqual([
      ['Our own quality mark', 2],
      ['certified', 1],
    ])
  })

  it('turns urgency wording into an error the day after validUntil', () => {
    const page = '---\nvalidUntil: 2026-12-31\n---\nLast chance: 30% off.\n'
    const urgency = rules['pressure/urgency']!
    expect(run(urgency, page, { today: '2026-12-31' })).toEqual([])
    const after = run(urgency, page, { today: '2027-01-01' })
    expect(after.map((m) => [m.actual, m.severity])).toEqual([['Last chance', 2]])
    expect(after[0]!.message).toContain('expired on 2026-12-31')
  })

  it('reports a validUntil that is not a date', () => {
    const messages = run(rules['pressure/urgency']!, '---\nvalidUntil: soon\n---\nLast chance!\n', { today: '2026-11-23' })
    expect(messages.map((m) => m.message)).toEqual([
      '"Last chance" puts the reader under time or stock pressure (UCPD Annex I 7), and the front matter validUntil "soon" is not a YYYY-MM-DD date',
    ])
  })
})

describe('green/offset and the claims library', () => {
  it('is not silenced by an approved claim: the wording itself is blacklisted', () => {
    const claims = profileFromConfig({ name: 'Acme' }, [{ id: 'neutral', text: 'carbon neutral shipping', evidence: [{ source: 'offset certificate' }] }]).claims
    const result = lint('We offer carbon neutral shipping.\n', {
      rules: [{ rule: rules['green/offset']!, severity: 1, options: {} }],
      today: '2026-11-23',
      profile: profile('en', { claims }),
    })
    expect(result.messages.map((m) => m.actual)).toEqual(['carbon neutral'])
    expect(result.silenced).toEqual([])
  })
})
