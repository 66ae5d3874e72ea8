import { describe, it, expect } from 'vitest'
import { lint, applyFixes, type Rule } from '@echt/core'

const numberFacts: Rule = {
  meta: {
    id: 'test/numbers',
    type: 'consistency',
    docs: { description: 'records every number as a fact', recommended: false },
    messages: {},
    schema: {},
    defaultOptions: {},
    defaultSeverity: 'warn',
  },
  create(context) {
    let count = 0
    return {
      sentence(sentence) {
        for (const token of sentence.tokens) {
          if (!/^\d+$/.test(token.value)) continue
          count++
          context.addFact({ kind: 'number', subject: 'n', value: token.value, range: { start: token.start, end: token.end }, sentence: sentence.text })
        }
      },
      document() {
        context.setData({ count })
      },
    }
  },
}

describe('facts and rule data on the lint result', () => {
  it('keeps facts with exact positions and drops those in disabled regions', () => {
    const source = 'Try it for 30 days.\n\n<!-- echt-disable-next-line test/numbers -- old offer -->\nTry it for 14 days.\n'
    const result = lint(source, { rules: [{ rule: numberFacts, severity: 1, options: {} }], profile: { values: [], voice: { prefer: {}, avoid: [], names: [] }, claims: [], language: 'en' } })
    expect(result.facts.map((f) => [f.value, f.line, f.column, f.actual])).toEqual([['30', 1, 12, '30']])
    expect(source.slice(result.facts[0]!.offset, result.facts[0]!.endOffset)).toBe('30')
    // The directive hid a fact, so it is used, not reported as unused.
    expect(result.messages).toEqual([])
    expect(result.ruleData['test/numbers']).toEqual({ count: 2 })
  })
})

describe('applyFixes', () => {
  it('applies fixes in source order and skips overlapping ones', () => {
    const source = 'FairPhone and fair phone'
    const result = applyFixes(source, [
      { fix: { range: [14, 24], text: 'Fairphone' } },
      { fix: { range: [0, 9], text: 'Fairphone' } },
      { fix: { range: [5, 12], text: 'x' } },
      {},
    ])
    expect(result.output).toBe('Fairphone and Fairphone')
    expect(result.applied).toHaveLength(2)
    expect(result.skipped.map((skipped: any) => skipped.fix ?? skipped)).toEqual([{ range: [5, 12], text: 'x' }])
  })
  it('returns the source unchanged without fixes', () => {
    expect(applyFixes('abc', []).output).toBe('abc')
  })
})
