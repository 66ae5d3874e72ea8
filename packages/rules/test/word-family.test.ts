import { describe, it, expect } from 'vitest'
import { lint, profileFromConfig } from '@echt/core'
import { rules } from '@echt/rules'

// The case measured in issue 14: an energy supplier whose page says "Je betaalt ..." was told it
// echoed its value "Betaalbaarheid" (70/100): the Porter stem of both is "betal".
const profile = {
  ...profileFromConfig(
    { name: 'Stroomwijs', mission: 'Groene stroom voor iedereen.', values: [{ name: 'Betaalbaarheid' }, { name: 'Duurzaamheid' }] },
    [],
  ),
  language: 'nl' as const,
}
const offMessage = [{ rule: rules['brand/off-message']!, severity: 1 as const, options: { minWords: 5 } }]
const alignment = (source: string) =>
  lint(source, { rules: offMessage, profile, today: '2026-11-23' }).ruleData['brand/off-message'] as {
    score: number
    values: { name: string; echoed: boolean; words: string[] }[]
  }

describe('brand/off-message matches a value on its whole word family', () => {
  it('does not count "Je betaalt", "betalen" or "betaling" as echoing "Betaalbaarheid"', () => {
    const result = alignment('# Stroom\n\nJe betaalt per maand een vast bedrag voor groene stroom voor iedereen. Betalen kan met iDEAL, de betaling gaat vanzelf.\n')
    expect(result.values[0]).toEqual({ name: 'Betaalbaarheid', echoed: false, words: [] })
    // Before: 70/100 (0.6 × 1/2 + 0.4 × 1). Now only the mission terms count.
    expect(result.score).toBe(40)
  })

  it('counts "betaalbare prijzen" and "betaalbaar" as echoing "Betaalbaarheid"', () => {
    const result = alignment('# Stroom\n\nGroene stroom voor iedereen, tegen betaalbare prijzen. Zo blijft energie betaalbaar.\n')
    expect(result.values[0]).toEqual({ name: 'Betaalbaarheid', echoed: true, words: ['betaalbare', 'betaalbaar'] })
    expect(result.score).toBe(70)
  })

  it('keeps inflections and the -heid noun in one family: "duurzame" echoes "Duurzaamheid"', () => {
    const result = alignment('# Stroom\n\nGroene stroom voor iedereen uit duurzame bronnen.\n')
    expect(result.values[1]!.echoed).toBe(true)
  })

  it('in English too: "you can afford" does not echo "Affordability", "affordable plans" does', () => {
    const en = { ...profileFromConfig({ name: 'Volt', values: [{ name: 'Affordability' }] }, []), language: 'en' as const }
    const run = (source: string) =>
      (lint(source, { rules: offMessage, profile: en, today: '2026-11-23' }).ruleData['brand/off-message'] as { values: { echoed: boolean }[] }).values[0]!.echoed
    expect(run('# Power\n\nPay only for what you use, so you can afford to heat your home.\n')).toBe(false)
    expect(run('# Power\n\nAffordable plans for every home, with no surprises.\n')).toBe(true)
  })
})
