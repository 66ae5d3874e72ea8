import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { dutchAdjectiveForms, claimStanding, compareRuleIds, fillTemplate } from '@echt/core'
import { rules as registeredRules } from '../../rules/dist/index.js'

describe('Dutch adjective forms', () => {
  it.each([
    ['goedkoop', ['goedkoop', 'goedkope', 'goedkoper', 'goedkopere', 'goedkoopst', 'goedkoopste']],
    ['duurzaam', ['duurzaam', 'duurzame', 'duurzamer', 'duurzamere', 'duurzaamst', 'duurzaamste']],
    ['groen', ['groen', 'groene', 'groener', 'groenere', 'groenst', 'groenste']],
    ['wit', ['wit', 'witte', 'witter', 'wittere', 'witst', 'witste']],
    ['snel', ['snel', 'snelle', 'sneller', 'snellere', 'snelst', 'snelste']],
    ['lief', ['lief', 'lieve', 'liever', 'lievere', 'liefst', 'liefste']],
    ['vies', ['vies', 'vieze', 'viezer', 'viezere', 'viest', 'vieste']],
    ['duur', ['duur', 'dure', 'duurder', 'duurdere', 'duurst', 'duurste']],
    ['milieuvriendelijk', ['milieuvriendelijk', 'milieuvriendelijke', 'milieuvriendelijker', 'milieuvriendelijkere', 'milieuvriendelijkst', 'milieuvriendelijkste']],
    ['innovatief', ['innovatief', 'innovatieve', 'innovatiever', 'innovatievere', 'innovatiefst', 'innovatiefste']],
    ['simpel', ['simpel', 'simpele', 'simpeler', 'simpelere', 'simpelst', 'simpelste']],
    ['goed', ['goed', 'goede', 'beter', 'betere', 'best', 'beste']],
  ])('%s', (base, forms) => {
    expect(dutchAdjectiveForms(base)).toEqual(forms)
  })
})

describe('claim standing', () => {
  const claim = (...reviewBy: (string | undefined)[]) => ({ id: 'c', text: 't', variants: [], evidence: reviewBy.map((d) => ({ source: 's', ...(d ? { reviewBy: d } : {}) })) })
  it('stands while one piece of evidence is current, and is stale since the latest passed date', () => {
    expect(claimStanding(claim('2027-01-01'), '2027-01-01')).toEqual({ status: 'substantiated' })
    expect(claimStanding(claim('2025-01-01', undefined), '2027-01-01')).toEqual({ status: 'substantiated' })
    expect(claimStanding(claim('2025-01-01', '2026-06-30'), '2027-01-01')).toEqual({ status: 'stale', staleSince: '2026-06-30' })
    expect(claimStanding(claim(), '2027-01-01')).toEqual({ status: 'no-evidence' })
  })
})

describe('compareRuleIds', () => {
  it('orders rule ids as localeCompare does (without loading ICU)', () => {
    const ids = [...Object.keys(registeredRules), 'echt/parse-error', 'echt/front-matter', 'echt/unknown-rule', 'echt/language']
    expect([...ids].sort(compareRuleIds)).toEqual([...ids].sort((a, b) => a.localeCompare(b)))
    const id = fc.stringMatching(/^[a-z0-9]{1,6}\/[a-z0-9-]{0,8}$/)
    fc.assert(fc.property(id, id, (a, b) => Math.sign(compareRuleIds(a, b)) === Math.sign(a.localeCompare(b))), { numRuns: 2000 })
  })
})

describe('fillTemplate', () => {
  it('fills every {name} it has data for and leaves the others as written', () => {
    expect(fillTemplate('"{actual}" claims {what}; {missing} stays, {actual} again', { actual: 'the best', what: 'superiority' })).toBe(
      '"the best" claims superiority; {missing} stays, the best again',
    )
    expect(fillTemplate('{a}{b}{a}', { a: 1, b: '$&' })).toBe('1$&1')
    expect(fillTemplate('no placeholders', { a: 1 })).toBe('no placeholders')
    expect(fillTemplate('{a} {not a name} {}', { a: 'x' })).toBe('x {not a name} {}')
    expect(fillTemplate('{a}', undefined)).toBe('{a}')
  })
})
