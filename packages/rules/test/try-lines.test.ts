import { describe, it, expect } from 'vitest'
import { lint, profileFromConfig, type Rule } from '@echt/core'
import { rules } from '@echt/rules'

/**
 * Try lines are made once per page for the same flagged words (issue 14, point 15: a claim-dense page
 * flags "the best" thousands of times), and those findings share one frozen list, which a worker
 * thread then sends once. A line naming an approved claim depends on the sentence when the profile
 * has several claims, and is made for each finding.
 */
const configured = Object.values(rules as Record<string, Rule>).map((rule) => ({ rule, severity: 1 as const, options: rule.meta.defaultOptions }))
const superlatives = (source: string, claims: { id: string; text: string }[] = []) =>
  lint(source, { filePath: 'page.md', profile: profileFromConfig({ name: 'Acme', language: 'en', values: [] }, claims), rules: configured, today: '2026-11-23' })
    .messages.filter((message) => message.ruleId === 'claims/superlative')

describe('try lines', () => {
  it('are one frozen list for every finding of the same words on a page', () => {
    const found = superlatives('# Offers\n\n' + 'We bake the best bread in town. '.repeat(40) + '\n')
    expect(found).toHaveLength(40)
    expect(new Set(found.map((message) => message.expected)).size).toBe(1)
    expect(Object.isFrozen(found[0]!.expected)).toBe(true)
    expect(found[0]!.expected.length).toBeGreaterThan(0)
  })

  it('that name one of several approved claims follow each sentence', () => {
    const claims = [
      { id: 'bread', text: 'sourdough bread baked in Utrecht' },
      { id: 'coffee', text: 'coffee roasted in Amsterdam' },
    ]
    const [bread, coffee] = superlatives('# Offers\n\nWe bake the best sourdough in Utrecht.\n\nWe roast the best coffee in Amsterdam.\n', claims)
    expect(bread!.expected).toContain('state your approved claim instead: "sourdough bread baked in Utrecht"')
    expect(coffee!.expected).toContain('state your approved claim instead: "coffee roasted in Amsterdam"')
  })
})
