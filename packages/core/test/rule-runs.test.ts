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

/**
 * A finding of a rule that defers to another (meta.defersTo) is dropped where that rule reported or
 * held the same words. The engine visits deferring rules last in each sentence and does not build
 * such a finding at all (a quarter of a claim-dense page's findings), with the same result.
 */
describe('findings a rule defers', () => {
  /** Reports every sentence; counts the findings the engine built (it reads a built one's messageId). */
  function sentenceRule(id: string, defersTo: string[], built: Set<unknown>, hold = false): Rule {
    const base = rule(id, (context) => ({
      sentence(sentence) {
        const range = { start: sentence.start, end: sentence.end }
        if (hold) return context.hold(range)
        // The target rules report the first two sentences only; the last one is this rule's own.
        if (defersTo.length === 0 && sentence.text.startsWith('We open')) return
        context.report({
          range,
          data: { n: 1 },
          get messageId() {
            built.add(this)
            return 'seen'
          },
        })
      },
    }))
    return { ...base, meta: { ...base.meta, ...(defersTo.length > 0 ? { defersTo } : {}) } }
  }
  const text = 'We bake bread. We sell cake. We open at six.\n'
  const run = (rules: Rule[]) => lint(text, { rules: rules.map((r) => ({ rule: r, severity: 1 as const, options: {} })), today: '2026-11-23' })

  it('does not build a finding on words a rule it defers to reported, even when listed before that rule', () => {
    const [fallback, specific] = [new Set(), new Set()]
    const result = run([sentenceRule('test/fallback', ['test/specific'], fallback), sentenceRule('test/specific', [], specific)])
    expect(result.messages.map((m) => `${m.ruleId} ${text.slice(m.offset, m.endOffset)}`)).toEqual([
      'test/specific We bake bread.',
      'test/specific We sell cake.',
      'test/fallback We open at six.',
    ])
    expect(specific.size).toBe(2)
    // Built once, for the sentence nothing else reported; before, three times, two of them dropped.
    expect(fallback.size).toBe(1)
  })

  it('does not build one on words such a rule held back', () => {
    const fallback = new Set()
    const result = run([sentenceRule('test/fallback', ['test/holder'], fallback), sentenceRule('test/holder', [], new Set(), true)])
    expect(result.messages).toEqual([])
    expect(fallback.size).toBe(0)
  })

  it('still builds the findings of a rule another rule defers to, which can drop that rule’s findings', () => {
    const [first, middle, last] = [new Set(), new Set(), new Set()]
    const result = run([
      sentenceRule('test/last', ['test/middle'], last),
      sentenceRule('test/middle', ['test/first'], middle),
      sentenceRule('test/first', [], first),
    ])
    // test/middle's findings on the first two sentences are dropped, yet they still drop test/last's.
    expect(result.messages.map((m) => `${m.ruleId} ${text.slice(m.offset, m.endOffset)}`)).toEqual([
      'test/first We bake bread.',
      'test/first We sell cake.',
      'test/middle We open at six.',
    ])
    expect(middle.size).toBe(3)
  })
})

/**
 * A deferring rule's finding may name a family (`lendsFamily`): the finding it gives way to takes it
 * when that one is of the deferring rule's own family and names none, so the claims inventory lists
 * a comparison about the body as a health claim. A finding of another family keeps its own.
 */
describe('a family lent to the finding a rule defers to', () => {
  function reporter(id: string, defersTo: string[], lendsFamily?: string): Rule {
    const base = rule(id, (context) => ({
      sentence(sentence) {
        const range = { start: sentence.start, end: sentence.end }
        if (defersTo.length === 0) {
          if (sentence.text.includes(id.split('/')[1]!)) context.report({ messageId: 'seen', data: { n: 1 }, range })
        } else context.report({ messageId: 'seen', data: { n: 1 }, range, extra: { family: lendsFamily ?? 'claims' }, lendsFamily })
      },
    }))
    return { ...base, meta: { ...base.meta, ...(defersTo.length > 0 ? { defersTo } : {}) } }
  }
  const text = 'Pain fades faster, says comparison. Greener than ever, says generic.\n'
  const families = (rules: Rule[]) =>
    lint(text, { rules: rules.map((r) => ({ rule: r, severity: 1 as const, options: {} })), today: '2026-11-23' }).messages.map((m) => `${m.ruleId} ${m.data?.family ?? '-'}`)

  it('gives its family to a finding of its own family that names none, not to one of another family', () => {
    const specific = [reporter('claims/comparison', []), reporter('green/generic', [])]
    expect(families([reporter('claims/finder', ['claims/comparison', 'green/generic'], 'health'), ...specific])).toEqual(['claims/comparison health', 'green/generic -'])
  })

  it('lends nothing when the finding names no family to lend', () => {
    expect(families([reporter('claims/finder', ['claims/comparison']), reporter('claims/comparison', [])])).toEqual(['claims/comparison -', 'claims/finder claims'])
  })
})
