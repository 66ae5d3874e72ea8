import type { Language, Profile } from '@echt/core'
import { UsageError } from './errors.js'

/** The language of echt's own words in the report, the draft page and the terminal. */
export type Locale = Language
export const LOCALES: readonly Locale[] = ['en', 'nl']

/**
 * `--locale` wins; else the profile's language; else the language most pages were linted in
 * (for `brand.language: auto`); else English.
 */
export function chooseLocale(option: string | undefined, profile: Profile | undefined, pageLanguages: Iterable<Language> = []): Locale {
  if (option !== undefined) {
    if (!(LOCALES as readonly string[]).includes(option)) throw new UsageError(`unknown locale "${option}" (known: ${LOCALES.join(', ')})`, { field: '--locale' })
    return option as Locale
  }
  if (profile?.language === 'en' || profile?.language === 'nl') return profile.language
  const counts: Record<Locale, number> = { en: 0, nl: 0 }
  for (const language of pageLanguages) counts[language]++
  return counts.nl > counts.en ? 'nl' : 'en'
}

/** "1 page", "2 pages" / "1 pagina", "2 pagina's". */
export function countOf(n: number, [one, many]: readonly [string, string]): string {
  return `${n} ${n === 1 ? one : many}`
}

export const NOUNS: Record<Locale, Record<'page' | 'word' | 'error' | 'warning' | 'claim' | 'finding' | 'problem', readonly [string, string]>> = {
  en: {
    page: ['page', 'pages'],
    word: ['word', 'words'],
    error: ['error', 'errors'],
    warning: ['warning', 'warnings'],
    claim: ['claim', 'claims'],
    finding: ['finding', 'findings'],
    problem: ['problem', 'problems'],
  },
  nl: {
    page: ['pagina', "pagina's"],
    word: ['woord', 'woorden'],
    error: ['fout', 'fouten'],
    warning: ['waarschuwing', 'waarschuwingen'],
    claim: ['claim', 'claims'],
    finding: ['melding', 'meldingen'],
    problem: ['probleem', 'problemen'],
  },
}
