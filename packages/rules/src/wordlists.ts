import type { Language, PhraseEntry } from '@echt/core'
import { WORD_LISTS } from './generated/data.js'

/** One rule's data for one language: named lists of phrase entries (`entries`, `references`, ...). */
export type WordLists = Partial<Record<string, PhraseEntry[]>>

/** A named list of a rule's data in a language; empty when the rule has none. */
export function wordList(ruleId: string, language: Language, list = 'entries'): PhraseEntry[] {
  return WORD_LISTS[ruleId]?.[language]?.[list] ?? EMPTY
}
const EMPTY: PhraseEntry[] = []
