import type { Language } from './types.js'

// Frequent function words that belong to one language only ("we", "is", "in" are shared).
const MARKERS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'you', 'your', 'with', 'for', 'that', 'are', 'our', 'this', 'it', 'be', 'on', 'at', 'by', 'from', 'or', 'can', 'will', 'not', 'a', 'an']),
  nl: new Set(['de', 'het', 'een', 'en', 'van', 'je', 'jij', 'u', 'uw', 'wij', 'met', 'voor', 'dat', 'zijn', 'niet', 'ook', 'op', 'bij', 'naar', 'dit', 'die', 'wordt', 'kunt', 'onze', 'ons', 'maar', 'aan', 'als', 'om', 'te']),
}

/**
 * Detects English or Dutch from function words. Returns undefined when the text gives too
 * little evidence (the caller then falls back to its default).
 */
export function detectLanguage(text: string): Language | undefined {
  const counts = markerCounts(text)
  if (counts.en + counts.nl < 3) return undefined
  if (counts.nl > counts.en * 1.2) return 'nl'
  if (counts.en > counts.nl * 1.2) return 'en'
  return undefined
}

/**
 * The language of a text when the evidence is clear enough to contradict a configured language:
 * at least five function words of one language and twice as many as of the other.
 */
export function detectLanguageConfidently(text: string): Language | undefined {
  const counts = markerCounts(text)
  if (counts.nl >= 5 && counts.nl >= counts.en * 2) return 'nl'
  if (counts.en >= 5 && counts.en >= counts.nl * 2) return 'en'
  return undefined
}

function markerCounts(text: string): Record<Language, number> {
  const counts: Record<Language, number> = { en: 0, nl: 0 }
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? []
  for (const word of words.slice(0, 2000)) {
    if (MARKERS.en.has(word)) counts.en++
    if (MARKERS.nl.has(word)) counts.nl++
  }
  return counts
}

export const LANGUAGE_NAMES: Record<Language, Record<Language, string>> = {
  en: { en: 'English', nl: 'Dutch' },
  nl: { en: 'Engels', nl: 'Nederlands' },
}
