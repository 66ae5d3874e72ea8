import { describe, it, expect } from 'vitest'
import { compilePhrases, lint, profileFromConfig, type Language, type PhraseEntry, type Rule, type Sentence } from '@echt/core'
import { rules } from '@echt/rules'
import { WORD_LISTS } from '../dist/generated/data.js'

/**
 * Claim-dense pages must cost work in proportion to their size (issue 14: 600 KB took 18 s). Wall
 * time is no test on a shared machine, so this counts work: the tokens every word-list matcher
 * scans (the matchers are cached per list, so wrapping them here counts every rule's matching),
 * for a page and for the same page doubled.
 */

let scanned = 0
for (const byLanguage of Object.values(WORD_LISTS as Record<string, Partial<Record<Language, Record<string, PhraseEntry[]>>>>)) {
  for (const [language, lists] of Object.entries(byLanguage)) {
    for (const entries of Object.values(lists ?? {})) {
      const matcher = compilePhrases(entries, language as Language)
      const match = matcher.match.bind(matcher)
      matcher.match = (sentence: Sentence) => {
        scanned += sentence.tokens.length
        return match(sentence)
      }
    }
  }
}

const profile = profileFromConfig(
  { name: 'Acme', language: 'en', values: [{ name: 'Honesty', contradicts: ['act now'] }], mission: 'We help small bakeries sell fresh bread online without middlemen.' },
  [{ id: 'award', text: 'the best bakery in Utrecht', evidence: [{ source: 'award', reviewBy: '2030-01-01' }] }],
)
const configured = Object.values(rules as Record<string, Rule>).map((rule) => ({ rule, severity: 1 as const, options: rule.meta.defaultOptions }))

// A year without a source and an offer without conditions make the rules look through the paragraph.
const sentenceEn = 'We are the best and cheapest bakery in town, 9 out of 10 customers agree. Our eco-friendly, carbon neutral bread is guaranteed risk-free. Last chance: only 3 left, order today! Free delivery. Baking since 2020. Clinically proven, certified and world-class. '
const sentenceNl = 'Wij zijn de beste en goedkoopste bakker, 9 op de 10 klanten zijn tevreden. Ons milieuvriendelijke, klimaatneutrale brood is gegarandeerd zonder risico. Laatste kans: nog maar 3 op voorraad! Gratis bezorging. Wij bakken sinds 2020. Klinisch bewezen en gecertificeerd. '

function workFor(source: string, language: Language): { scanned: number; messages: number } {
  scanned = 0
  const result = lint(source, { filePath: 'page.md', profile: { ...profile, language }, rules: configured, today: '2026-11-23' })
  return { scanned, messages: result.messages.length }
}

describe('work grows in proportion to a claim-dense page', () => {
  const shapes: [string, (sentence: string, n: number) => string][] = [
    ['one long paragraph', (s, n) => `# Offers\n\n${s.repeat(n)}\n`],
    ['many paragraphs', (s, n) => `# Offers\n\n${`${s}\n\n`.repeat(n)}`],
    ['a long list', (s, n) => `# Offers\n\n${`- ${s}\n`.repeat(n)}`],
    // Offers pointing to a note ("Free delivery*"), with the notes at the end of the page.
    ['offers with footnote marks', (s, n) => `# Offers\n\n${`${s.replace(/(Free delivery|Gratis bezorging)\./, '$1*.')}\n\n`.repeat(n)}${'\\* Read the small print.\n\n'.repeat(n)}`],
  ]
  for (const [shape, page] of shapes) {
    it.each([['en', sentenceEn], ['nl', sentenceNl]] as const)(`${shape} (%s): twice the copy, at most twice the matching`, (language, sentence) => {
      const small = workFor(page(sentence, 60), language)
      const large = workFor(page(sentence, 120), language)
      expect(small.messages).toBeGreaterThan(300)
      expect(large.messages).toBeGreaterThanOrEqual(2 * small.messages - 5)
      expect(large.scanned / small.scanned).toBeLessThanOrEqual(2.05)
    })
  }
})
