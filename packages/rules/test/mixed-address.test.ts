import { describe, it, expect } from 'vitest'
import { lint, profileFromConfig } from '@echt/core'
import { rules } from '@echt/rules'

const mixedAddress = [{ rule: rules['tone/mixed-address']!, severity: 1 as const, options: {} }]
const flagged = (source: string, address?: string) => {
  const profile = { ...profileFromConfig({ voice: address ? { address } : {} }, []), language: 'nl' as const }
  return lint(source, { rules: mixedAddress, profile, today: '2026-11-23' }).messages.map((m) => m.actual)
}

describe('tone/mixed-address flags every conflicting form', () => {
  it('flags "uw" in the same sentence as "u", not only the first', () => {
    expect(flagged('Heeft u vragen over uw bestelling? Bel ons.\n', 'je')).toEqual(['u', 'uw'])
  })

  it('flags each informal form in a page that mostly says u', () => {
    const page = 'U kunt bestellen tot 22:00 uur. Uw pakket komt morgen. U betaalt pas bij levering.\n\nHeb je vragen over jouw pakket? Mail je ons.\n'
    expect(flagged(page)).toEqual(['je', 'jouw', 'je'])
  })

  it('flags nothing in the form the profile asks for', () => {
    expect(flagged('Heb je vragen over jouw bestelling? Mail ons, dan help je ons ook.\n', 'je')).toEqual([])
  })
})
