import { describe, it, expect } from 'vitest'
import { applyFixes, lintAndFix, lineEndingOf, type LintMessage, type Rule } from '@echt/core'
import { spellingRule } from './test-rules.js'

function withFix(start: number, end: number, text: string): LintMessage {
  return {
    ruleId: 'test/fix', severity: 1, message: 'm', line: 1, column: 1, endLine: 1, endColumn: 1,
    offset: start, endOffset: end, actual: '', expected: [], fix: { range: [start, end], text },
  }
}

describe('applyFixes', () => {
  it('applies non-overlapping fixes and copies everything else', () => {
    const { output, applied, skipped } = applyFixes('a bb ccc', [withFix(5, 8, 'C'), withFix(0, 1, 'A')])
    expect(output).toBe('A bb C')
    expect(applied.map((m) => m.offset)).toEqual([0, 5])
    expect(skipped).toEqual([])
  })

  it('leaves overlapping, touching, no-op and invalid fixes for later, ESLint-style', () => {
    const source = 'ab\r\ncd 😀'
    const messages = [
      withFix(0, 2, 'AB'), withFix(1, 2, 'x'), withFix(2, 2, '!'), // overlap and touch the first
      withFix(5, 6, 'd'), // changes nothing
      withFix(3, 4, ''), // cuts the CRLF in two
      withFix(8, 9, 'x'), // cuts the emoji's surrogate pair
      withFix(7, 99, 'x'), withFix(6, 5, 'x'), // out of range, reversed
    ]
    const { output, applied, skipped } = applyFixes(source, messages)
    expect(output).toBe('AB\r\ncd 😀')
    expect(applied).toHaveLength(1)
    expect(skipped).toHaveLength(7)
  })

  it('never touches the byte order mark, and writes line breaks as the file does', () => {
    expect(applyFixes('\uFEFFab', [withFix(0, 2, 'X')]).output).toBe('\uFEFFab')
    expect(applyFixes('a\r\nb', [withFix(0, 1, 'x\ny')], { lineEnding: '\r\n' }).output).toBe('x\r\ny\r\nb')
    expect(lineEndingOf('a\r\nb\r\nc\n')).toBe('\r\n')
    expect(lineEndingOf('a\nb')).toBe('\n')
  })
})

describe('lintAndFix', () => {
  const rules = [{ rule: spellingRule, severity: 1 as const, options: {} }]

  it('fixes, re-lints until stable, and reports what remains', () => {
    const source = '\uFEFF# The colour\r\n\r\nOur FairPhone, in `colour` code.\r\n'
    const fixed = lintAndFix(source, { rules })
    expect(fixed.output).toBe('\uFEFF# The color\r\n\r\nOur Fairphone, in `colour` code.\r\n')
    expect(fixed.fixCount).toBe(2)
    expect(fixed.passes).toBe(1)
    expect(fixed.result.messages).toEqual([])
    expect(lintAndFix(fixed.output, { rules }).output).toBe(fixed.output)
  })

  it('stops after the pass limit when fixes keep producing fixes', () => {
    // A fix whose output is fixable again: "colour" -> "colourcolour" grows forever.
    const growing: Rule = {
      ...spellingRule,
      create(context) {
        return {
          sentence(sentence) {
            const token = sentence.tokens.find((t) => t.kind === 'word')!
            context.report({ messageId: 'prefer', data: { to: 'x' }, range: { start: token.start, end: token.end }, fix: { range: [token.start, token.start], text: 'a' } })
          },
        }
      },
    }
    const fixed = lintAndFix('word\n', { rules: [{ rule: growing, severity: 1, options: {} }] }, 3)
    expect(fixed.passes).toBe(3)
    expect(fixed.output).toBe('aaaword\n')
  })
})
