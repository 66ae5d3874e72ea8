import type { Language, PhraseEntry } from '@echt/core'
import { WORD_LISTS } from './generated/data.js'

/** One rule's data for one language: named lists of phrase entries (`entries`, `references`, ...). */
export type WordLists = Partial<Record<string, PhraseEntry[]>>

/** A named list of a rule's data in a language; empty when the rule has none. */
export function wordList(ruleId: string, language: Language, list = 'entries'): PhraseEntry[] {
  return WORD_LISTS[ruleId]?.[language]?.[list] ?? EMPTY
}
const EMPTY: PhraseEntry[] = []

const wordSets = new WeakMap<readonly PhraseEntry[], { exact?: ReadonlySet<string>; lowerCase?: ReadonlySet<string> }>()

/**
 * Every phrase of a named list as one set, lower-cased unless `exact`. Made once per list and
 * shared: rules ask for theirs on every page, and building them was a tenth of those rules' time.
 */
export function wordSet(ruleId: string, language: Language, list: string, spelling: 'lowerCase' | 'exact' = 'lowerCase'): ReadonlySet<string> {
  const entries = wordList(ruleId, language, list)
  let sets = wordSets.get(entries)
  if (!sets) wordSets.set(entries, (sets = {}))
  return (sets[spelling] ??= new Set(entries.flatMap((entry) => entry.match.map((word) => (spelling === 'exact' ? word : word.toLowerCase())))))
}
