import type { Language } from './types.js'
// natural's index loads database clients and prints dotenv lines: import the stemmer modules alone.
// @ts-expect-error natural ships no types for its internal modules
import porterEnglish from 'natural/lib/natural/stemmers/porter_stemmer.js'
// @ts-expect-error natural ships no types for its internal modules
import porterDutch from 'natural/lib/natural/stemmers/porter_stemmer_nl.js'

interface Stemmer {
  stem(word: string): string
}
const STEMMERS: Record<Language, Stemmer> = { en: porterEnglish as Stemmer, nl: porterDutch as Stemmer }

const stemCache: Record<Language, Map<string, string>> = { en: new Map(), nl: new Map() }

/** Porter stem of one (normalised) word; cached because rules stem the same words often. */
export function stem(word: string, language: Language): string {
  const cache = stemCache[language]
  let stemmed = cache.get(word)
  if (stemmed === undefined) {
    stemmed = /^[\p{L}'-]+$/u.test(word) ? STEMMERS[language].stem(word) : word
    if (cache.size > 50_000) cache.clear()
    cache.set(word, stemmed)
  }
  return stemmed
}

const IRREGULAR_DUTCH: Record<string, string[]> = {
  goed: ['goede', 'beter', 'betere', 'best', 'beste'],
  veel: ['vele', 'meer', 'meest', 'meeste'],
  weinig: ['weinige', 'minder', 'mindere', 'minst', 'minste'],
  graag: ['liever', 'liefst'],
}

const VOWEL_GROUPS = /ij|[aeiouy]+/g

/** Dutch adjective inflected with -e: goedkoop → goedkope, wit → witte, lief → lieve, duur → dure. */
export function dutchInflectedE(base: string): string {
  if (/e$/.test(base) || /isch$/.test(base)) return /e$/.test(base) ? base : `${base}e`
  if (/[aiou]$/.test(base)) return `${base}e`
  const voice = (c: string) => (c === 'f' ? 'v' : c === 's' ? 'z' : c)
  const longVowel = /(aa|ee|oo|uu)([^aeiou])$/.exec(base)
  if (longVowel) return `${base.slice(0, -3)}${longVowel[1]![0]}${voice(longVowel[2]!)}e`
  const diphthong = /(ie|oe|ui|ei|ij|au|ou|eu)([fs])$/.exec(base)
  if (diphthong) return `${base.slice(0, -1)}${voice(diphthong[2]!)}e`
  const syllables = base.match(VOWEL_GROUPS)?.length ?? 0
  // A stressed short vowel before one consonant doubles it (wit → witte); only monosyllables
  // are reliably stressed there (simpel → simpele, prettig → prettige).
  if (syllables === 1 && /(^|[^aeiou])[aeiou][bdfgklmnprst]$/.test(base)) return `${base}${base.at(-1)}e`
  return `${base}e`
}

/** Every form of a Dutch adjective: base, -e, comparative, superlative, each inflected. */
export function dutchAdjectiveForms(base: string): string[] {
  const irregular = IRREGULAR_DUTCH[base]
  if (irregular) return [base, ...irregular]
  const inflected = dutchInflectedE(base)
  const comparative = /r$/.test(base) ? `${base}der` : /e$/.test(inflected) ? `${inflected}r` : `${inflected}er`
  const superlative = /s$/.test(base) ? `${base}t` : `${base}st`
  return [...new Set([base, inflected, comparative, `${comparative}e`, superlative, `${superlative}e`])]
}

/**
 * Orders rule ids (`claims/superlative`, `echt/parse-error`: lower-case letters, digits, `/` and
 * `-`) as localeCompare does, by code unit, for which these characters sort the same. The first
 * localeCompare of a process loads ICU's collator, about 13 ms of every run's start-up.
 */
export function compareRuleIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
