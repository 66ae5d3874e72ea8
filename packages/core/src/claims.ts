import type { Language, Range } from './types.js'
import type { ApprovedClaim } from './profile.js'
import type { Sentence, Token } from './prose.js'
import { phraseTokens } from './phrases.js'
import { stem } from './text.js'

export type ClaimStatus = 'substantiated' | 'stale' | 'no-evidence'

export interface ClaimStanding {
  status: ClaimStatus
  /** For stale claims: the latest `reviewBy` date that has passed. */
  staleSince?: string
}

/**
 * A claim stands while at least one piece of its evidence has no review date or a review date
 * still ahead; once every `reviewBy` has passed, it is stale since the latest of them.
 */
export function claimStanding(claim: ApprovedClaim, today: string): ClaimStanding {
  if (claim.evidence.length === 0) return { status: 'no-evidence' }
  const dates = claim.evidence.map((e) => e.reviewBy)
  if (dates.some((date) => date === undefined || date >= today)) return { status: 'substantiated' }
  const staleSince = (dates as string[]).sort().at(-1)!
  return { status: 'stale', staleSince }
}

export interface ClaimMatch extends ClaimStanding {
  claim: ApprovedClaim
  range: Range
}

// Words that may differ between a claim and the sentence stating it.
const LOOSE: Record<Language, ReadonlySet<string>> = {
  en: new Set(['the', 'a', 'an', 'our', 'your', 'its', 'their', 'is', 'are', 'we', "we're", 'it', "it's", ',']),
  nl: new Set(['de', 'het', 'een', 'onze', 'ons', 'uw', 'je', 'jouw', 'is', 'zijn', 'wij', 'we', ',']),
}
/** How many sentence words may stand between two words of a claim ("most repairable Android phone"). */
const MAX_GAP = 2

type Compiled = { claim: ApprovedClaim; phrases: string[][] }
const compiledCache = new WeakMap<readonly ApprovedClaim[], Partial<Record<Language, Compiled[]>>>()

function compile(claims: readonly ApprovedClaim[], language: Language): Compiled[] {
  let byLanguage = compiledCache.get(claims)
  if (!byLanguage) compiledCache.set(claims, (byLanguage = {}))
  const cached = byLanguage[language]
  if (cached) return cached
  const compiled = claims.map((claim) => ({
    claim,
    phrases: [claim.text, ...claim.variants]
      .map((text) => phraseTokens(text, language).flatMap(hyphenParts).filter((w) => !LOOSE[language].has(w)).map((w) => stem(w, language)))
      .filter((words) => words.length > 0),
  }))
  byLanguage[language] = compiled
  return compiled
}

/** Approved claims the sentence states, matched on stems in order with small gaps. */
export function findApprovedClaims(
  sentence: Sentence,
  claims: readonly ApprovedClaim[],
  language: Language,
  today: string,
): ClaimMatch[] {
  if (claims.length === 0) return []
  // "highest-rated" states "highest rated": hyphenated words count as their parts, each mapped to its token.
  const content: Token[] = []
  const stems: string[] = []
  for (const token of sentence.tokens) {
    if (token.kind === 'source' || token.kind === 'punctuation') continue
    for (const part of hyphenParts(token.normal)) {
      if (LOOSE[language].has(part)) continue
      content.push(token)
      stems.push(stem(part, language))
    }
  }
  const matches: ClaimMatch[] = []
  for (const { claim, phrases } of compile(claims, language)) {
    for (const words of phrases) {
      const span = findInOrder(stems, words)
      if (!span) continue
      // Loose words right before the claim ("the", "de", "our") belong to it: a finding on
      // "de goedkoopste" lies inside the stated claim "goedkoopste supermarkt".
      let first = content[span[0]]!
      while (first.index > 0 && LOOSE[language].has(sentence.tokens[first.index - 1]!.normal) && sentence.tokens[first.index - 1]!.kind === 'word') {
        first = sentence.tokens[first.index - 1]!
      }
      matches.push({ claim, range: { start: first.start, end: content[span[1]]!.end }, ...claimStanding(claim, today) })
      break
    }
  }
  return matches
}

function hyphenParts(word: string): string[] {
  return word.length > 1 && word.includes('-') ? word.split('-').filter(Boolean) : [word]
}

function findInOrder(stems: string[], words: string[]): [number, number] | undefined {
  for (let start = 0; start < stems.length; start++) {
    if (stems[start] !== words[0]) continue
    let at = start
    let ok = true
    for (let k = 1; k < words.length && ok; k++) {
      ok = false
      for (let next = at + 1; next <= at + 1 + MAX_GAP && next < stems.length; next++) {
        if (stems[next] === words[k]) {
          at = next
          ok = true
          break
        }
      }
    }
    if (ok) return [start, at]
  }
  return undefined
}
