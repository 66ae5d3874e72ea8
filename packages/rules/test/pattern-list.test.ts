import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it, expect } from 'vitest'
import { proseFromDrafts, readSource, type Language, type Sentence } from '@echt/core'
import { compilePattern, matchPattern, PatternList, type CompiledPattern } from '../src/detect/pattern.js'
import { wordList } from '../src/wordlists.js'

/**
 * The claim finder screens its ~500 patterns per language by a hash lookup per token (issue 14: a
 * claim-dense page spent most of its time trying every pattern at every token). The screen must
 * never hide a match, and a sentence must cost the patterns that may match, not the whole list.
 */

const fixtures = join(import.meta.dirname, '..', '..', '..', 'fixtures')

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

function sentencesOf(source: string, language: Language): Sentence[] {
  return proseFromDrafts(readSource(source, { filePath: 'page.md' }).drafts, source, language).sentences
}

/** How many times a pattern matches the first English sentence of a text. */
const matchCount = (pattern: CompiledPattern, text: string) => matchPattern(pattern, sentencesOf(`${text}\n`, 'en')[0]!).length

const finderPatterns = (language: Language) =>
  (['cues', 'silencers'] as const).flatMap((list) => wordList('claims/needs-evidence', language, list).flatMap((entry) => entry.match.map(compilePattern)))

describe('PatternList screens sentences without losing a match', () => {
  it.each(['en', 'nl'] as const)('every pattern of the claim finder (%s) that matches a fixture sentence is a candidate', (language) => {
    const patterns = finderPatterns(language)
    const list = new PatternList(patterns, (pattern) => pattern)
    const sentences = markdownFiles(fixtures).flatMap((file) => sentencesOf(readFileSync(file, 'utf8'), language))
    expect(sentences.length).toBeGreaterThan(2000)
    let matched = 0
    let tried = 0
    for (const sentence of sentences) {
      const candidates = list.candidates(sentence)
      tried += candidates.length
      const matching = patterns.filter((pattern) => matchPattern(pattern, sentence).length > 0)
      matched += matching.length
      expect(matching.filter((pattern) => !candidates.includes(pattern)).map((p) => p.source), sentence.text).toEqual([])
      // In list order, as the finder reads them.
      expect(candidates).toEqual(patterns.filter((pattern) => candidates.includes(pattern)))
    }
    expect(matched).toBeGreaterThan(200)
    // The screen is worth having: far fewer tries than every pattern on every sentence.
    expect(tried).toBeLessThan((sentences.length * patterns.length) / 10)
  })

  it('finds words, stems, endings and numbers as the patterns test them', () => {
    const patterns = ['best', 'guarantee*', '*-free', 'only # left', 'the|our ~2 first', '*vriendelijk* product', '!not _'].map(compilePattern)
    const list = new PatternList(patterns, (pattern) => pattern)
    const sources = (text: string) => list.candidates(sentencesOf(`${text}\n`, 'en')[0]!).map((p) => p.source)
    expect(sources('Guaranteed, risk-free and the best.')).toEqual(['best', 'guarantee*', '*-free', '!not _'])
    expect(sources('Only 3 left: our very first.')).toEqual(['only # left', 'the|our ~2 first', '!not _'])
    // A negated element names no word to look for: such a pattern is tried on every sentence.
    expect(sources('Nothing here.')).toEqual(['!not _'])
  })

  it('reads a multiple written as one word ("3x", "2.5x"), not a size or a word ending in x', () => {
    const multiple = compilePattern('#x faster|more')
    const matched = (text: string) => matchCount(multiple, text)
    expect(matched('Builds run 10x faster now.')).toBe(1)
    expect(matched('Builds run 10X faster now.')).toBe(1)
    expect(matched('Expect 2.5x more leads.')).toBe(1)
    expect(matched('A 2x2 faster tile.')).toBe(0)
    expect(matched('The box more or less fits.')).toBe(0)
    expect(matched('Builds run 10 faster now.')).toBe(0)
    const list = new PatternList([multiple], (pattern) => pattern)
    expect(list.candidates(sentencesOf('Now 3x faster.\n', 'en')[0]!).map((p) => p.source)).toEqual(['#x faster|more'])
  })

  it('leaves out the words after a "!" inside an element, and screens by the words before it', () => {
    const comparison = compilePattern('*er!other|rather than')
    const matched = (text: string) => matchCount(comparison, text)
    expect(matched('Our oven bakes faster than yours.')).toBe(1)
    expect(matched('Other than that, the route is flat.')).toBe(0)
    expect(matched('Rather than a brochure, we send a sample.')).toBe(0)
    const list = new PatternList([comparison], (pattern) => pattern)
    expect(list.candidates(sentencesOf('Faster than ever.\n', 'en')[0]!).map((p) => p.source)).toEqual(['*er!other|rather than'])
    expect(() => compilePattern('*er! than')).toThrow(/empty alternative/)
    expect(() => compilePattern('top-*!top-*-left than')).toThrow(/only at the start or end/)
  })

  it('crosses a clause only where the pattern writes the mark out', () => {
    const contrast = compilePattern('minutes|days ,? not months|years')
    const matched = (text: string) => matchCount(contrast, text)
    expect(matched('Onboarding takes minutes, not months.')).toBe(1)
    expect(matched('Onboarding takes minutes not months.')).toBe(1)
    expect(matched('Onboarding takes minutes; not months.')).toBe(0)
    expect(matched('It takes minutes. Not months.')).toBe(0)
    expect(compilePattern('a ~2 b').elements.some((e) => e.kind === 'word' && e.mark)).toBe(false)
    expect(() => compilePattern(',')).toThrow(/no required word/)
  })

  it('reads a number the English parser split at its thousands separator ("2" "," "000") as one word', () => {
    const words = (pattern: string, text: string) => {
      const sentence = sentencesOf(`${text}\n`, 'en')[0]!
      return matchPattern(compilePattern(pattern), sentence).map((m) => text.slice(sentence.tokens[m.from]!.start, sentence.tokens[m.to - 1]!.end))
    }
    expect(words('more than #', 'We milked more than 16,500 cows.')).toEqual(['more than 16,500'])
    expect(words('planted ~2 trees', 'We planted 2,000 trees.')).toEqual(['planted 2,000 trees'])
    expect(words('# successful _', 'Over 1,200,000 successful installs.')).toEqual(['1,200,000 successful installs'])
    // A list of numbers is not one number: a space after the comma, or a group that is not three digits.
    expect(words('# apples', 'We sold 2, 000 apples.')).toEqual(['000 apples'])
    expect(words('# apples', 'Rated 9,4 apples.')).toEqual(['4 apples'])
  })

  it("reads a possessive as its word (\"skin's\" is skin), and screens it so", () => {
    const hydrates = compilePattern('hydrates ~3 skin')
    expect(matchCount(hydrates, "The serum hydrates your skin's outer layer.")).toBe(1)
    expect(matchCount(hydrates, 'The serum hydrates your skin’s outer layer.')).toBe(1)
    expect(matchCount(hydrates, 'The serum hydrates your skins.')).toBe(0)
    expect(matchCount(compilePattern("world's first"), "The world's first oven.")).toBe(1)
    const list = new PatternList([hydrates], (pattern) => pattern)
    expect(list.candidates(sentencesOf("It hydrates the skin's barrier.\n", 'en')[0]!)).toEqual([hydrates])
  })

  it('reads a Dutch word stressed with acute accents as the word, unless the pattern spells the accents', () => {
    const dutch = (text: string) => sentencesOf(`${text}\n`, 'nl')[0]!
    const moreThan = compilePattern('meer dan')
    expect(matchPattern(moreThan, dutch('Bij ons krijg je méér dan een knipbeurt.'))).toHaveLength(1)
    expect(matchPattern(compilePattern('één keer'), dutch('Een keer per week.'))).toHaveLength(0)
    expect(matchPattern(compilePattern('één keer'), dutch('Wij komen één keer per week.'))).toHaveLength(1)
    const list = new PatternList([moreThan], (pattern) => pattern)
    expect(list.candidates(dutch('Méér dan koffie.'))).toEqual([moreThan])
  })

  it('tries as many patterns on a sentence whether the list holds 10 or 10,000 patterns it cannot match', () => {
    const sentence = sentencesOf('We are the best and cheapest bakery in town, guaranteed risk-free.\n', 'en')[0]!
    const listOf = (absent: number) => {
      const patterns: CompiledPattern[] = ['best', 'cheapest bakery', 'guarantee*', '*-free'].map(compilePattern)
      for (let i = 0; i < absent; i++) patterns.push(compilePattern(`word${i} ~2 other${i}`), compilePattern(`pre${i}* thing`))
      return new PatternList(patterns, (pattern) => pattern)
    }
    expect(listOf(10).candidates(sentence)).toHaveLength(4)
    expect(listOf(10_000).candidates(sentence)).toHaveLength(4)
  })
})
