import type { Fix, Language, PhraseEntry, Profile, Sentence, Token } from '@echt/core'
import { compilePhrases, phraseTokens } from '@echt/core'
import { defineRule, tryLines } from '../../define.js'
import { wordSet } from '../../wordlists.js'

const RULE_ID = 'brand/terminology'

interface NameSpec {
  name: string
  key: string
}

interface Compiled {
  prefer: PhraseEntry[]
  avoid: PhraseEntry[]
  names: NameSpec[]
}

/**
 * The brand's own words: preferred terms (`voice.prefer`, fixable), words to avoid
 * (`voice.avoid`), and product and brand names spelled exactly, capitals included
 * (`voice.names` and `brand.name`, fixable: "FairPhone" and "Fair Phone" become "Fairphone").
 * The engine hands rules prose only, so code, URLs and front matter are never rewritten.
 */
export default defineRule({
  meta: {
    id: RULE_ID,
    type: 'consistency',
    docs: {
      description: 'Preferred terms, words to avoid and exact product-name spelling from the brand profile',
      recommended: true,
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    defaultSeverity: 'warn',
    fixable: true,
  },
  create(context) {
    const { profile, language } = context
    const compiled = compile(profile, language)
    if (!compiled) return {}
    const preferMatcher = compilePhrases(compiled.prefer, language)
    const avoidMatcher = compilePhrases(compiled.avoid, language)
    const notProse = wordSet(RULE_ID, language, 'notProse', 'exact')
    const source = context.document.source
    return {
      sentence(sentence) {
        const taken: Array<[number, number]> = []
        const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s)

        for (const found of findNameVariants(sentence, compiled.names, notProse)) {
          taken.push([found.start, found.end])
          context.report({
            messageId: 'name',
            range: { start: found.start, end: found.end },
            data: { name: found.spec.name },
            expected: [found.spec.name],
            ...fixFor(source, found.start, found.end, found.spec.name),
            extra: { name: found.spec.name },
          })
        }
        for (const match of preferMatcher.match(sentence)) {
          if (overlaps(match.range.start, match.range.end)) continue
          const preferred = match.entry.expected![0]!
          if (alreadyPreferred(sentence, match.tokens, preferred, language)) continue
          taken.push([match.range.start, match.range.end])
          const actual = source.slice(match.range.start, match.range.end)
          context.report({
            messageId: 'prefer',
            range: match.range,
            data: { preferred },
            expected: [preferred],
            ...fixFor(source, match.range.start, match.range.end, matchCase(actual, preferred)),
            extra: { preferred },
          })
        }
        for (const match of avoidMatcher.match(sentence)) {
          if (overlaps(match.range.start, match.range.end)) continue
          context.report({ messageId: 'avoid', range: match.range, expected: tryLines(context, 'avoid', match.range) })
        }
      },
    }
  },
})

const cache = new WeakMap<Profile, Partial<Record<Language, Compiled | null>>>()

function compile(profile: Profile, language: Language): Compiled | null {
  let byLanguage = cache.get(profile)
  if (!byLanguage) cache.set(profile, (byLanguage = {}))
  const cached = byLanguage[language]
  if (cached !== undefined) return cached
  const { voice } = profile
  const prefer = Object.entries(voice.prefer)
    .filter(([from, to]) => from.trim() && typeof to === 'string' && to.trim())
    .map(([from, to]) => ({ match: [from], expected: [to] }))
  const avoid = voice.avoid.filter((word) => word.trim()).map((word) => ({ match: [word] }))
  const names = [...new Set([profile.name, ...voice.names].filter((n): n is string => !!n && !!n.trim()))]
    .map((name) => ({ name, key: nameKey(name) }))
    // A name is mostly letters and digits; "(a+)+$" in a profile is a pasted pattern, not a name,
    // and its key "a" would flag every article.
    .filter((spec) => spec.key.length >= 2 && spec.key.length * 2 >= spec.name.replace(/\s/g, '').length)
    // Longer names first: "FairPhone 5" is a misspelt "Fairphone 5", not a misspelt "Fairphone" and a 5.
    .sort((a, b) => b.key.length - a.key.length)
  const result = prefer.length + avoid.length + names.length === 0 ? null : { prefer, avoid, names }
  byLanguage[language] = result
  return result
}

/** Letters and digits only, lower case: "Fair-Phone 5" and "fairphone5" share the key "fairphone5". */
function nameKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

interface NameVariant {
  spec: NameSpec
  start: number
  end: number
}

/**
 * Runs of adjacent words (joined by spaces or hyphens) whose letters spell a name but whose text
 * differs from it: "FairPhone", "Fair Phone", "fair-phone", "fairphone". A possessive "'s" stays.
 */
function findNameVariants(sentence: Sentence, names: NameSpec[], notProse: ReadonlySet<string>): NameVariant[] {
  const tokens = sentence.tokens
  const found: NameVariant[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'word' || partOfAddress(tokens, i, notProse)) continue
    const variant = nameAt(tokens, i, names, notProse)
    if (!variant) continue
    found.push(variant.found)
    i = variant.last
  }
  return found
}

function nameAt(tokens: Token[], i: number, names: NameSpec[], notProse: ReadonlySet<string>): { found: NameVariant; last: number } | undefined {
  for (const spec of names) {
    // The words as written, markup left out: "**Fairphone** 5" reads "Fairphone 5".
    let text = ''
    for (let j = i; j < tokens.length; j++) {
      const token = tokens[j]!
      if (j > i && token.kind !== 'word' && token.value !== '-') break
      const value = token.kind === 'word' ? stripPossessive(token.value) : token.value
      text += (j > i && token.spaceBefore ? ' ' : '') + value
      if (token.kind !== 'word') continue
      const key = nameKey(text)
      if (key !== spec.key) {
        if (!spec.key.startsWith(key) || value !== token.value) break
        continue
      }
      // ALL CAPS is typography or an acronym ("ACME protocol"), not a misspelling.
      if (text === spec.name || isAllCaps(text) || partOfAddress(tokens, j + 1, notProse, true)) break
      return { found: { spec, start: tokens[i]!.start, end: token.start + value.length }, last: j }
    }
  }
  return undefined
}

function isAllCaps(text: string): boolean {
  return /\p{L}{2}/u.test(text) && text === text.toUpperCase()
}

function stripPossessive(value: string): string {
  return value.replace(/['\u2019]s$/, '')
}

/** "info@fairphone", "#fairphone", "fairphone.com": addresses and handles, not prose. */
function partOfAddress(tokens: Token[], at: number, notProse: ReadonlySet<string>, after = false): boolean {
  if (after) {
    const next = tokens[at]
    if (!next) return false
    return !next.spaceBefore && (next.value === '.' || next.value === '@') && tokens[at + 1] !== undefined && !tokens[at + 1]!.spaceBefore
  }
  const previous = tokens[at - 1]
  return !!previous && !tokens[at]!.spaceBefore && notProse.has(previous.value)
}

/** Keeps the case of the first letter and all-capitals of the words it replaces. */
function matchCase(actual: string, replacement: string): string {
  if (actual.length > 1 && actual === actual.toUpperCase() && actual !== actual.toLowerCase()) return replacement.toUpperCase()
  const first = actual[0]
  if (first && first !== first.toLowerCase() && replacement[0] === replacement[0]!.toLowerCase()) {
    return replacement[0]!.toUpperCase() + replacement.slice(1)
  }
  return replacement
}

/**
 * A fix only where the source between the offsets is the plain words, so a rewrite never eats
 * Markdown (emphasis markers, escapes) inside the match.
 */
function fixFor(source: string, start: number, end: number, text: string): { fix?: Fix } {
  const original = source.slice(start, end)
  if (!/^[\p{L}\p{N}\s'\u2019&.-]+$/u.test(original) || /\n/.test(original)) return {}
  if (original === text) return {}
  // "Marks & Spencer" keeps its ampersand; one the name does not have ("&Kaapstadkoffie") is the
  // writer's, and a fix never deletes it.
  if (original.split('&').length !== text.split('&').length) return {}
  return { fix: { range: [start, end], text } }
}

/** "customer" → "paying customer" must not fire again on "paying customer" after a fix. */
function alreadyPreferred(sentence: Sentence, matched: Token[], preferred: string, language: Language): boolean {
  const preferredWords = phraseTokens(preferred, language)
  const matchedWords = matched.map((t) => t.normal)
  for (let k = 0; k + matchedWords.length <= preferredWords.length; k++) {
    if (!matchedWords.every((word, m) => preferredWords[k + m] === word)) continue
    const from = matched[0]!.index - k
    if (from < 0) continue
    if (preferredWords.every((word, m) => sentence.tokens[from + m]?.normal === word)) return true
  }
  return false
}
