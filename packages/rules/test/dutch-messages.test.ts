import { describe, it, expect } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { lint, profileFromConfig, type ConfiguredRule } from '@echt/core'
import { rules, presets } from '@echt/rules'
import { checkRuleData, copyOfRules } from './rule-data.js'

const recommended: ConfiguredRule[] = Object.entries(presets.nl!.rules).map(([id, setting]) => {
  const [severity, options] = Array.isArray(setting) ? setting : [setting, {}]
  const rule = rules[id]!
  return { rule, severity: severity === 'error' ? 2 : 1, options: { ...rule.meta.defaultOptions, ...options } }
})

// An energy supplier's page: what issue 14 measured (coffee, supermarket and jacket rewrites, and "u").
const energyPage = `# Groene stroom van Zonnewind

Wij zijn de goedkoopste energieleverancier van Nederland en de beste keuze voor je huis. Onze stroom is
100% duurzaam en klimaatneutraal. 9 op de 10 klanten raden ons aan. Alleen vandaag: de eerste maand gratis.
Onze innovatieve oplossingen ontzorgen je volledig, met het Zonnewind-keurmerk.
`
const energyProfile = profileFromConfig(
  {
    name: 'Zonnewind',
    language: 'nl',
    values: [{ name: 'Betaalbaarheid', means: ['betaalbaar'] }],
    voice: { address: 'je' },
  },
  [{ id: 'wind', text: 'stroom van Nederlandse windparken', evidence: [{ source: 'CertiQ garanties van oorsprong 2025', reviewBy: '2027-06-30' }] }],
)
const lintEnergy = (profile = energyProfile) => lint(energyPage, { filePath: 'index.md', profile, rules: recommended, today: '2026-11-23' })

describe('Dutch copy gets Dutch messages', () => {
  const { messages } = lintEnergy()
  const byRule = (id: string) => messages.find((m) => m.ruleId === id)!

  it('every finding on a Dutch page speaks Dutch: message and why line', () => {
    expect(messages.length).toBeGreaterThan(8)
    expect(byRule('claims/cheapest').message).toBe(
      '"de goedkoopste" claimt lagere prijzen dan elke concurrent: noem het gedateerde prijsonderzoek waarop dat rust (wat is vergeleken, waar, wanneer)',
    )
    expect(byRule('claims/superlative').note).toContain('objectieve claims vragen bewijs')
    expect(byRule('green/offset').message).toContain('zwarte lijst van de EU')
    for (const message of messages) {
      // No English sentence left: the words every English message uses are absent.
      expect(message.message, message.ruleId).not.toMatch(/\b(the|without|claims|says)\b/)
      expect(message.note ?? '', message.ruleId).not.toMatch(/\b(and|rule|blacklisted)\b/)
    }
  })

  it('what the claims library adds to a finding is Dutch too', () => {
    const stale = profileFromConfig({ name: 'Zonnewind', language: 'nl' }, [{ id: 'goedkoopste', text: 'de goedkoopste energieleverancier', evidence: [{ source: 'Prijsvergelijking 2024', reviewBy: '2025-06-30' }] }])
    const found = lint('Wij zijn de goedkoopste energieleverancier.\n', { rules: recommended, profile: stale, today: '2026-11-23' }).messages.find((m) => m.ruleId === 'claims/cheapest')!
    expect(found.message).toContain('(goedgekeurde claim "goedkoopste" komt overeen, maar het bewijs is verlopen sinds 2025-06-30)')
    expect(found.expected[0]).toBe('vernieuw het bewijs van claim "goedkoopste" (zet een nieuwe reviewBy) of verwijder de claim')
  })

  it('the same rules speak English on English copy', () => {
    const result = lint('We are the cheapest energy supplier in the country.\n', { rules: recommended, profile: { ...energyProfile, language: 'en' }, today: '2026-11-23' })
    expect(result.messages.find((m) => m.ruleId === 'claims/cheapest')!.message).toMatch(/^"the cheapest" claims lower prices than every competitor/)
  })
})

describe('try lines come from the finding and the profile', () => {
  const { messages } = lintEnergy()
  // tone/mixed-address's try lines name both forms on purpose ("u (en het werkwoord: ...)").
  const copyTries = (found: typeof messages) => found.filter((m) => m.ruleId !== 'tone/mixed-address').flatMap((m) => m.expected)
  const tries = copyTries(messages)

  it('never offer another sector as the example', () => {
    expect(tries.length).toBeGreaterThan(10)
    for (const line of tries) expect(line).not.toMatch(/gebrand|ochtend van verzending|supermarkt|huismerk|jas\b|katoen|polyester|rodewijn|zool/)
  })

  it('use the flagged words and the approved claims of the profile', () => {
    const cheapest = messages.find((m) => m.ruleId === 'claims/cheapest')!
    expect(cheapest.expected[0]).toContain('"de goedkoopste"')
    expect(cheapest.expected).toContain('gebruik je goedgekeurde claim: "stroom van Nederlandse windparken"')
    // Without claims in the profile, the line that offers one is left out.
    const bare = lintEnergy({ ...energyProfile, claims: [] }).messages.find((m) => m.ruleId === 'claims/cheapest')!
    expect(bare.expected.some((line) => line.includes('goedgekeurde claim'))).toBe(false)
  })

  it('follow the profile address "je": no "u" or "uw", and echt does not flag its own suggestion', () => {
    for (const line of tries) expect(line, line).not.toMatch(/(^|[^\p{L}])(u|uw|uzelf)([^\p{L}]|$)/iu)
    const mixedAddress = [{ rule: rules['tone/mixed-address']!, severity: 1 as const, options: {} }]
    const selfCheck = lint(`${tries.join('\n\n')}\n`, { rules: mixedAddress, profile: energyProfile, today: '2026-11-23' })
    expect(selfCheck.messages).toEqual([])
  })

  it('follow "u" when the profile says so, with the verb that goes with it', () => {
    const formal = lintEnergy(profileFromConfig({ name: 'Zonnewind', language: 'nl', voice: { address: 'u' } }, energyProfile.claims))
    const lines = copyTries(formal.messages)
    expect(lines).toContain('gebruik uw goedgekeurde claim: "stroom van Nederlandse windparken"')
    expect(lines).toContain('of zeg wat het goed maakt in plaats van "de beste": de concrete eigenschap die een lezer kan nagaan')
    for (const line of lines) expect(line, line).not.toMatch(/(^|[^\p{L}])(je|jij|jouw)([^\p{L}]|$)/iu)
  })
})

describe('the build checks every rule has every message in both languages', () => {
  it('passes on the rules as they are', () => {
    const result = checkRuleData(copyOfRules())
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it('fails naming the rule, the language and the id when a Dutch message is missing', () => {
    const dir = copyOfRules()
    const nl = join(dir, 'claims/absolute/nl.yaml')
    writeFileSync(nl, readFileSync(nl, 'utf8').replace(/^ {2}guarantee: '.*\n/m, ''))
    const result = checkRuleData(dir)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('claims/absolute: message "guarantee" is in en.yaml but missing in nl.yaml')
  })

  it('fails when a rule reports an id neither language has, or a template loses a placeholder', () => {
    const dir = copyOfRules()
    const index = join(dir, 'pressure/free/index.ts')
    writeFileSync(index, readFileSync(index, 'utf8').replace("marked ? 'missingFootnote' : 'free'", "marked ? 'missingFootnote' : 'gratis'"))
    const nl = join(dir, 'brand/off-message/nl.yaml')
    writeFileSync(nl, readFileSync(nl, 'utf8').replace('(minimaal {minScore})', '(minimaal 30)'))
    const result = checkRuleData(dir)
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/pressure\/free: index\.ts:\d+ reports message "gratis", which is not in en\.yaml messages/)
    expect(result.stderr).toContain('brand/off-message: message "offMessage" in nl.yaml uses {echoes, missing, score}, in en.yaml {echoes, minScore, missing, score}')
  })
})
