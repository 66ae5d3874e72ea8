import { describe, it, expect } from 'vitest'
import type { Fact } from '@echt/core'
import { compareFacts, conflictsWithin, sameValue, FACT_RULE_ID } from '@echt/rules'

let offset = 0
function fact(kind: string, subject: string, value: string, actual: string, line = 1): Fact {
  offset += 100
  return {
    ruleId: FACT_RULE_ID, kind, subject, value, actual, sentence: `Start your ${actual}.`,
    line, column: 12, endLine: line, endColumn: 12 + actual.length, offset, endOffset: offset + actual.length,
  }
}

describe('compareFacts', () => {
  it('flags only the minority value, naming a page with the prevailing one', () => {
    const result = compareFacts({
      'index.md': [fact('offer-term', 'trial', 'P30D', '30-day free trial', 3)],
      'pricing.md': [fact('offer-term', 'trial', 'P30D', '30-day free trial', 8)],
      'faq.md': [fact('offer-term', 'trial', 'P14D', '14-day free trial', 5)],
    })
    expect(Object.keys(result)).toEqual(['faq.md'])
    const [message] = result['faq.md']!
    expect(message).toMatchObject({ ruleId: FACT_RULE_ID, severity: 1, line: 5, actual: '14-day free trial' })
    expect(message!.message).toBe(
      '"14-day free trial" states the trial term as 14 days, but index.md:3 says 30 days ("Start your 30-day free trial."): state the same offer term everywhere',
    )
    expect(message!.expected[0]).toBe('use the same value everywhere: 30 days ("30-day free trial")')
  })

  it('flags both sides of a tie, each naming the other', () => {
    const result = compareFacts({
      'about.md': [fact('founded', 'founded', '2012', 'founded in 2012')],
      'story.md': [fact('founded', 'founded', '2013', 'since 2013')],
    }, { severity: 2 })
    expect(result['about.md']![0]!.message).toContain('story.md:1 says 2013')
    expect(result['story.md']![0]!.message).toContain('about.md:1 says 2012')
    expect(result['story.md']![0]!.severity).toBe(2)
  })

  it('treats equal durations in other units as the same value', () => {
    expect(sameValue('offer-term', 'P1M', 'P30D')).toBe(true)
    expect(sameValue('offer-term', 'P24M', 'P24M')).toBe(true)
    expect(sameValue('offer-term', 'P28D', 'P1M')).toBe(false)
    const result = compareFacts({
      'a.md': [fact('offer-term', 'trial', 'P30D', '30-day trial')],
      'b.md': [fact('offer-term', 'trial', 'P1M', 'one-month trial')],
    })
    expect(result).toEqual({})
  })

  it('compares names by spelling, ignoring a leading capital and ALL CAPS', () => {
    const result = compareFacts({
      'a.md': [fact('name', 'swiftride', 'SwiftRide', 'SwiftRide'), fact('name', 'swiftride', 'SWIFTRIDE', 'SWIFTRIDE')],
      'b.md': [fact('name', 'swiftride', 'SwiftRide', 'SwiftRide')],
      'c.md': [fact('name', 'swiftride', 'Swiftride', 'Swiftride')],
    })
    expect(Object.keys(result)).toEqual(['c.md'])
    expect(result['c.md']![0]!.message).toBe('"Swiftride" is spelled "SwiftRide" at a.md:1: write the name one way everywhere')
  })

  it('leaves a page that contradicts itself to the rule, and ignores other rules\' facts', () => {
    const result = compareFacts({
      'a.md': [fact('count', 'customers', '10000', '10,000 customers')],
      'b.md': [fact('count', 'customers', '10000', '10,000 customers')],
      'c.md': [fact('count', 'customers', '5000', '5,000 customers'), fact('count', 'customers', '10000', '10,000 customers')],
      'd.md': [{ ...fact('count', 'customers', '7', '7 customers'), ruleId: 'other/rule' }],
    })
    expect(result).toEqual({})
  })

  it('keeps different subjects apart', () => {
    const result = compareFacts({
      'a.md': [fact('offer-term', 'trial', 'P30D', '30-day trial')],
      'b.md': [fact('offer-term', 'warranty', 'P24M', '2-year warranty')],
    })
    expect(result).toEqual({})
  })
})

describe('nested names (one misspelling inside a wider one)', () => {
  const name = (value: string, at: number): Fact => ({
    ruleId: FACT_RULE_ID, kind: 'name', subject: value.toLowerCase().replace(/[^a-z]/g, ''), value, actual: value, sentence: `Use ${value} today.`,
    line: 1, column: at + 1, endLine: 1, endColumn: at + 1 + value.length, offset: at, endOffset: at + value.length,
  })

  it('keeps the widest of overlapping name findings, and both of two equal ones', () => {
    // "TeX Live" (prevailing "Tex Live" twice) and "TeX" inside it (prevailing "Tex" twice).
    const facts = [name('Tex Live', 0), name('Tex Live', 20), name('TeX Live', 40), name('Tex', 60), name('Tex', 70), name('TeX', 40)]
    expect(conflictsWithin(facts).map(({ fact }) => [fact.value, fact.offset])).toEqual([['TeX Live', 40]])
    const twins = [name('Fair Phone', 0), name('Fair Phone', 20), name('Fair phone', 40), name('Fair phone', 40)]
    expect(conflictsWithin(twins).map(({ fact }) => [fact.value, fact.offset])).toEqual([['Fair phone', 40], ['Fair phone', 40]])
  })

  it('reads each finding a bounded number of times, however many a page has (no pairwise comparison)', () => {
    let reads = 0
    const counted = (fact: Fact): Fact => {
      const { offset, ...rest } = fact
      return Object.defineProperty({ ...rest } as Fact, 'offset', { get: () => (reads++, offset), enumerable: true })
    }
    const readsFor = (count: number) => {
      // Two spellings that alternate: every minority one conflicts, each a name finding.
      const facts = Array.from({ length: count }, (_, i) => counted(name(i % 3 === 2 ? 'FairPhone' : 'Fairphone', i * 20)))
      reads = 0
      const conflicts = conflictsWithin(facts)
      expect(conflicts.length).toBe(Math.floor(count / 3))
      return reads
    }
    const small = readsFor(3_000)
    const large = readsFor(6_000)
    // Sorting costs n log n: twice the findings, a little over twice the reads; pairs would be 4x.
    expect(large / small).toBeLessThan(2.4)
  })
})
