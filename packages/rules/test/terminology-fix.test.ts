import { describe, it, expect } from 'vitest'
import { lint, applyFixes, profileFromConfig } from '@echt/core'
import { rules } from '@echt/rules'

const profile = {
  ...profileFromConfig(
    { name: 'Fairphone', voice: { prefer: { users: 'customers', customer: 'paying customer' }, names: ['Fairphone 5'] } },
    [],
  ),
  language: 'en' as const,
}
const terminology = [{ rule: rules['brand/terminology']!, severity: 1 as const, options: {} }]

const fixOnce = (source: string) => {
  const result = lint(source, { rules: terminology, profile, today: '2026-11-23' })
  return applyFixes(source, result.messages)
}

describe('brand/terminology fixes', () => {
  const source = [
    '---',
    'title: FairPhone 5 for users',
    '---',
    '',
    '# Users love the FairPhone 5',
    '',
    'Every customer gets the **Fair Phone** 5 and FairPhone\'s manual. Run `fairphone 5 --users`.',
    'Visit [FairPhone](https://fairphone.com/users) or mail users@fairphone.com.',
    '',
  ].join('\n')

  it('rewrites prose only, keeping case, possessives and markup', () => {
    const { output } = fixOnce(source)
    expect(output).toBe(
      [
        '---',
        'title: FairPhone 5 for users',
        '---',
        '',
        '# Customers love the Fairphone 5',
        '',
        // "**Fair Phone** 5" holds markup inside the match: reported, not rewritten.
        "Every paying customer gets the **Fair Phone** 5 and Fairphone's manual. Run `fairphone 5 --users`.",
        'Visit [Fairphone](https://fairphone.com/users) or mail users@fairphone.com.',
        '',
      ].join('\n'),
    )
  })

  it('changes nothing on a second pass', () => {
    const first = fixOnce(source).output
    const second = fixOnce(first)
    expect(second.applied).toEqual([])
    expect(second.output).toBe(first)
  })
})
