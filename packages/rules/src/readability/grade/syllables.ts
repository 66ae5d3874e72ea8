import type { Language } from '@echt/core'
import { wordList } from '../../wordlists.js'

/**
 * Syllable counts for Flesch formulas. Each language has an algorithm for regular words and a
 * list of exceptions in its data file (en.yaml / nl.yaml, list `syllables`, `kind` = count).
 */

const exceptionCache: Partial<Record<Language, Map<string, number>>> = {}

function exceptions(language: Language): Map<string, number> {
  let map = exceptionCache[language]
  if (!map) {
    map = new Map()
    for (const entry of wordList('readability/grade', language, 'syllables')) {
      for (const word of entry.match) map.set(word.toLowerCase(), Number(entry.kind))
    }
    exceptionCache[language] = map
  }
  return map
}

export function countSyllables(word: string, language: Language): number {
  const lower = word.toLowerCase().replace(/['\u2019]s$/, '')
  const known = exceptions(language).get(lower)
  if (known !== undefined) return known
  // Hyphenated words are counted part by part ("single-use", "klant-vriendelijk").
  if (lower.includes('-')) return lower.split('-').filter(Boolean).reduce((sum, part) => sum + countSyllables(part, language), 0)
  return language === 'nl' ? dutchSyllables(lower) : englishSyllables(lower)
}

/**
 * English: vowel groups, after dropping a silent final -e, -es or -ed (not after l, which makes
 * "-le" a syllable: "table") and a leading y; at least one per word.
 */
function englishSyllables(word: string): number {
  const letters = word.replace(/[^a-z]/g, '')
  if (letters.length === 0) return 0
  if (letters.length <= 3) return 1
  const trimmed = letters.replace(/(?:[^laeiouy]es|[^laeiouydt]ed|[^laeiouy]e)$/, (ending) => ending[0]!).replace(/^y/, '')
  const groups = trimmed.match(/[aeiouy]{1,2}/g)
  return Math.max(1, groups?.length ?? 0)
}

// Dutch vowel spellings that are one sound, longest first; any other adjacent vowels are a hiatus
// ("theater", "januari", "video") and count as separate syllables.
const DUTCH_VOWELS = ['aai', 'ooi', 'oei', 'eeu', 'ieu', 'aa', 'ee', 'oo', 'uu', 'ie', 'ei', 'ij', 'ui', 'eu', 'ou', 'au', 'oe', 'a', 'e', 'i', 'o', 'u', 'y']

/**
 * Dutch: every vowel sound is a syllable, including the schwa of a final -e ("mooie" = 2).
 * A diaeresis starts a new syllable ("ideeën" = 3, "coördinatie").
 */
function dutchSyllables(word: string): number {
  const letters = word.normalize('NFD')
  let count = 0
  let i = 0
  const plain = letters.replace(/[\u0300-\u036f]/g, '')
  // Positions of letters carrying a diaeresis (combining U+0308 follows them after NFD).
  const diaeresisAt = new Set<number>()
  for (let k = 0, p = 0; k < letters.length; k++) {
    if (letters[k] === '\u0308') diaeresisAt.add(p - 1)
    else if (!/[\u0300-\u036f]/.test(letters[k]!)) p++
  }
  while (i < plain.length) {
    if (!/[aeiouy]/.test(plain[i]!)) {
      i++
      continue
    }
    // A vowel group: split it into the spellings above; a diaeresis always splits.
    while (i < plain.length && /[aeiouy]/.test(plain[i]!)) {
      const unit = DUTCH_VOWELS.find((v) => plain.startsWith(v, i) && !hasDiaeresisInside(diaeresisAt, i, v.length))!
      count++
      i += unit.length
      // "ij" is a vowel: skip its j.
    }
  }
  return Math.max(plain.replace(/[^a-z]/g, '').length > 0 ? 1 : 0, count)
}

function hasDiaeresisInside(diaeresisAt: Set<number>, start: number, length: number): boolean {
  for (let k = start + 1; k < start + length; k++) if (diaeresisAt.has(k)) return true
  return false
}
