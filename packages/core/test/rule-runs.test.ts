import { describe, it, expect } from 'vitest'
import { lint, type Rule, type RuleVisitor, type RuleContext } from '@echt/core'

/**
 * The engine runs all rules sentence by sentence (so what they share per sentence is built once),
 * yet every result reads as if each rule had run alone, in the order of the rules: facts, data and
 * findings, and a rule that throws stops alone, keeping what it reported before.
 */
function rule(id: string, visitor: (context: RuleContext) => RuleVisitor): Rule {
  return {
    meta: { id, type: 'consistency', docs: { description: id, recommended: false }, messages: { seen: 'seen {n}' }, schema: {}, defaultOptions: {}, defaultSeverity: 'warn' },
    create: visitor,
  }
}

function counting(id: string, failAt?: number): Rule {
  return rule(id, (context) => {
    let n = 0
    return {
      sentence(sentence) {
        n++
        if (n === failAt) throw new Error(`broke at sentence ${n}`)
        const range = { start: sentence.start, end: sentence.end }
        context.addFact({ kind: 'seen', subject: id, value: String(n), range, sentence: sentence.text })
        context.report({ messageId: 'seen', data: { n }, range })
      },
      document() {
        context.setData({ sentences: n })
      },
    }
  })
}

const source = '# Bakery\n\nWe bake bread. We sell cake. We open at six.\n'

describe('rule runs', () => {
  it('keeps each rule’s facts and data together, in the order of the rules', () => {
    const result = lint(source, { rules: ['test/b', 'test/a'].map((id) => ({ rule: counting(id), severity: 1 as const, options: {} })), today: '2026-11-23' })
    expect(result.facts.map((fact) => `${fact.subject}:${fact.value}`)).toEqual(['test/b:1', 'test/b:2', 'test/b:3', 'test/b:4', 'test/a:1', 'test/a:2', 'test/a:3', 'test/a:4'])
    expect(Object.keys(result.ruleData)).toEqual(['test/b', 'test/a'])
    expect(result.messages.filter((m) => m.ruleId === 'test/a').map((m) => m.message)).toEqual(['seen 1', 'seen 2', 'seen 3', 'seen 4'])
  })

  it('stops only the rule that throws, keeping what it reported before', () => {
    const rules = [counting('test/a'), counting('test/broken', 3), counting('test/c')].map((r) => ({ rule: r, severity: 1 as const, options: {} }))
    const result = lint(source, { rules, today: '2026-11-23' })
    const of = (id: string) => result.messages.filter((m) => m.ruleId === id).map((m) => m.message)
    expect(of('test/broken')).toEqual(['seen 1', 'seen 2'])
    expect(of('test/c')).toEqual(['seen 1', 'seen 2', 'seen 3', 'seen 4'])
    expect(of('echt/rule-error')).toEqual(['Rule test/broken failed on this file: broke at sentence 3'])
    // Its document visitor never ran; the others' did.
    expect(Object.keys(result.ruleData)).toEqual(['test/a', 'test/c'])
    expect(result.facts.map((fact) => fact.subject)).toEqual([...Array(4).fill('test/a'), 'test/broken', 'test/broken', ...Array(4).fill('test/c')])
  })

  it('reports a rule whose create() throws, and runs the others', () => {
    const broken = rule('test/unbuilt', () => {
      throw new Error('no word list')
    })
    const result = lint(source, { rules: [broken, counting('test/a')].map((r) => ({ rule: r, severity: 1 as const, options: {} })), today: '2026-11-23' })
    expect(result.messages.filter((m) => m.fatal).map((m) => m.message)).toEqual(['Rule test/unbuilt failed on this file: no word list'])
    expect(result.messages.filter((m) => m.ruleId === 'test/a')).toHaveLength(4)
  })
})
