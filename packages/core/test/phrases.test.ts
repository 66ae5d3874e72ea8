import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { phraseTokens, parsedPhraseTokens } from '../src/phrases.js'
import { WORD_LISTS } from '../../rules/src/generated/data.js'

// phraseTokens skips the parser for plain phrases (words of letters and digits, hyphen-joined, one
// space apart). The shortcut is only right while it gives exactly the parser's tokens.

const LANGUAGES = ['en', 'nl'] as const

/** Every string in the rules' compiled word lists (matches, exceptions, notes), per language. */
function wordListStrings(language: 'en' | 'nl'): string[] {
  const out = new Set<string>()
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.add(value)
    else if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object') Object.values(value).forEach(walk)
  }
  for (const byLanguage of Object.values(WORD_LISTS)) walk(byLanguage[language])
  return [...out]
}

describe('phraseTokens', () => {
  for (const language of LANGUAGES) {
    it(`gives the parser's tokens for every string in the ${language} word lists`, () => {
      const strings = wordListStrings(language)
      expect(strings.length).toBeGreaterThan(1000)
      const differ = strings.filter((s) => phraseTokens(s, language).join('|') !== parsedPhraseTokens(s, language).join('|'))
      expect(differ).toEqual([])
    })
  }

  it("gives the parser's tokens for generated plain and near-plain phrases", () => {
    // Letters (with diacritics, ß, ĳ, Greek and Cyrillic), digits, hyphens and spaces, and a few
    // characters that must fall back to the parser (apostrophes, dots, a soft hyphen, a combining accent).
    const char = fc.constantFrom(
      'a', 'B', 'z', 'é', 'Ë', 'ß', 'ĳ', 'ø', 'λ', 'Ж', '0', '7', '²', '-', '-', ' ', ' ', "'", '’', '.', '\u00ad', '\u0301', '–',
    )
    const phrase = fc.array(char, { minLength: 1, maxLength: 14 }).map((chars) => chars.join(''))
    fc.assert(
      fc.property(phrase, fc.constantFrom(...LANGUAGES), (text, language) => {
        expect(phraseTokens(text, language)).toEqual(parsedPhraseTokens(text, language))
      }),
      { numRuns: 3000 },
    )
  })

  it('splits a plain phrase at its spaces, hyphen-joined words whole', () => {
    expect(phraseTokens('Eco-Friendly bakery 2026', 'en')).toEqual(['eco-friendly', 'bakery', '2026'])
    expect(phraseTokens("don't miss out", 'en')).toEqual(parsedPhraseTokens("don't miss out", 'en'))
  })
})
