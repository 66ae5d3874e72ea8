import type { BrandValue, Language, PhraseEntry, Profile } from '@echt/core'
import { compilePhrases, stem, phraseTokens } from '@echt/core'
import { defineRule, ruleText, tryLines } from '../../define.js'
import { wordList } from '../../wordlists.js'
import { matchStems, stemPhrase, type StemPhrase } from '../../document.js'

const RULE_ID = 'brand/contradicts-value'
const LANGUAGES: Language[] = ['en', 'nl']


interface Betrayal {
  value: BrandValue
  /** The built-in list, or undefined for the profile's own `contradicts`. */
  list?: string
  entry?: PhraseEntry
}

/**
 * Wording that betrays a value the organisation declares: the profile's `values[].contradicts`
 * (matched on stems, Dutch compounds included), plus built-in lists for common values
 * (honesty, sustainability, inclusivity, quality, fairness) that apply when the profile declares
 * a value by such a name, in English or Dutch.
 */
export default defineRule({
  meta: {
    id: RULE_ID,
    type: 'consistency',
    docs: {
      description: 'Wording that betrays a value the brand profile declares (fake urgency for honesty, disposable for sustainability)',
      recommended: true,
    },
    schema: {
      type: 'object',
      properties: {
        defaults: { type: 'boolean', description: 'Also apply the built-in lists for common values (honesty, sustainability, inclusivity, quality, fairness)' },
      },
      additionalProperties: false,
    },
    defaultOptions: { defaults: true },
    defaultSeverity: 'warn',
    // "last chance" betrays honesty for the same reason it is false urgency; urgency says it once,
    // with its validUntil rule.
    defersTo: ['pressure/urgency'],
  },
  create(context) {
    const { profile, language } = context
    if (profile.values.length === 0) return {}
    const own = ownPhrases(profile, language)
    const builtIn = context.options.defaults === false ? [] : builtInLists(profile)
    return {
      sentence(sentence) {
        const found = new Map<number, { range: { start: number; end: number }; betrayal: Betrayal }>()
        for (const match of matchStems(sentence, own, language)) found.set(match.range.start, { range: match.range, betrayal: match.payload })
        for (const { list, value } of builtIn) {
          for (const match of compilePhrases(wordList(RULE_ID, language, list), language).match(sentence)) {
            if (found.has(match.range.start)) continue
            found.set(match.range.start, { range: match.range, betrayal: { value, list, entry: match.entry } })
          }
        }
        for (const { range, betrayal } of [...found.values()].sort((a, b) => a.range.start - b.range.start)) {
          context.report({
            messageId: 'contradicts',
            range,
            data: {
              value: betrayal.value.name,
              // Why each built-in list betrays its value; the profile's own `contradicts` speak for themselves.
              why: ruleText(context, betrayal.list ? `why${betrayal.list[0]!.toUpperCase()}${betrayal.list.slice(1)}` : 'whyProfile'),
            },
            expected: tryLines(context, 'contradicts', range, betrayal.entry?.expected, { value: betrayal.value.name, echo: echoOf(betrayal.value) }),
            extra: { value: betrayal.value.name, source: betrayal.list ? `built-in:${betrayal.list}` : 'profile' },
          })
        }
      },
    }
  },
})

function ownPhrases(profile: Profile, language: Language): StemPhrase<Betrayal>[] {
  const phrases: StemPhrase<Betrayal>[] = []
  for (const value of profile.values) {
    for (const phrase of value.contradicts) {
      const compiled = stemPhrase(phrase, language, { value })
      if (compiled) phrases.push(compiled)
    }
  }
  return phrases
}

/** Built-in lists whose value name (in either language, stemmed) the profile declares. */
function builtInLists(profile: Profile): { list: string; value: BrandValue }[] {
  const out: { list: string; value: BrandValue }[] = []
  for (const value of profile.values) {
    for (const candidate of LANGUAGES) {
      const nameStems = phraseTokens(value.name, candidate).map((w) => stem(w, candidate)).join(' ')
      for (const entry of wordList(RULE_ID, candidate, 'values')) {
        const matches = entry.match.some((name) => phraseTokens(name, candidate).map((w) => stem(w, candidate)).join(' ') === nameStems)
        if (matches && entry.kind && !out.some((o) => o.list === entry.kind)) out.push({ list: entry.kind, value })
      }
    }
  }
  return out
}

/** The value's own words, as the try line offers them: ': "fair", "honest"'. */
function echoOf(value: BrandValue): string {
  const echo = value.means.slice(0, 3).map((word) => `"${word}"`)
  return echo.length ? `: ${echo.join(', ')}` : ''
}
