import type { PhraseMatch, PhraseEntry, Sentence, RuleContext } from '@echt/core'
import { defineRule, tryLines, matchList, withoutOverlaps, contextualMatches } from '../../define.js'
import { brandNames } from '../../context.js'
import { wordList } from '../../wordlists.js'
import { EU_BLACKLIST_OPTION, euBlacklist, isMention, isPromotional, namesRecognisedLabel } from '../../usage.js'

/**
 * "Certified", "approved by", "keurmerk", "our own quality mark": a label or endorsement tells the
 * reader someone independent checked. Directive (EU) 2024/825 blacklists sustainability labels
 * not based on a certification scheme or set up by public authorities (UCPD Annex I 2a) from
 * 27 September 2026: self-made labels are errors from that date. Other certification and approval
 * claims need the certifier named: a recognised label or certifier in the sentence (EU Ecolabel,
 * FSC, TÜV, Skal …) or an approved claim with the certificate in the claims library silences them.
 * Tested-and-recommended wording ("dermatologically tested") is a claim anywhere; words that are
 * also news ("approved by the council", "gecertificeerd") only in selling copy. A label that
 * carries the brand's own name ("the Kaapstad Green Seal", "het Kaapstad-keurmerk") is self-made
 * whatever words surround it.
 */
export default defineRule({
  meta: {
    id: 'trust/label',
    type: 'claim',
    docs: {
      description: 'Self-made labels and unnamed certifications or endorsements (certified, approved by, our own quality mark / keurmerk, gecertificeerd, eigen keurmerk)',
      recommended: true,
    },
    schema: { type: 'object', properties: { euBlacklist: EU_BLACKLIST_OPTION }, additionalProperties: false },
    defaultOptions: { euBlacklist: true },
    defaultSeverity: 'warn',
    silencedByApprovedClaims: true,
  },
  create(context) {
    return {
      sentence(sentence) {
        const selfMade = withoutOverlaps(
          [...matchList(context, sentence, 'selfMade'), ...brandNamedLabels(context, sentence)].filter((m) => !isMention(sentence, m, context.language)),
        )
        const candidates = matchList(context, sentence, 'endorsements')
        if (isPromotional(sentence, context.language, context.profile)) candidates.push(...contextualMatches(context, sentence))
        const endorsements = candidates
          .filter((m) => !isMention(sentence, m, context.language) && !overlapsAny(m, selfMade) && !overlapsAny(m, candidates.filter((c) => c !== m && c.tokens.length > m.tokens.length)))
          .sort((a, b) => a.range.start - b.range.start)
        if (selfMade.length === 0 && endorsements.length === 0) return
        const { severity, data: blacklist } = euBlacklist(context)
        for (const match of selfMade) {
          context.report({
            messageId: 'selfMade',
            data: blacklist,
            range: match.range,
            expected: tryLines(context, 'selfMade', match.range),
            ...(severity ? { severity } : {}),
          })
        }
        if (endorsements.length === 0 || namesRecognisedLabel(context, sentence)) return
        for (const match of endorsements) {
          context.report({ messageId: 'endorsement', range: match.range, expected: tryLines(context, 'endorsement', match.range, match.entry.expected) })
        }
      },
    }
  },
})

/** Words allowed between the brand name and the label noun: "Kaapstad Green Seal", "Kaapstad Quality Mark". */
const MAX_WORDS_BETWEEN = 2

/**
 * Labels named after the brand or one of its products: the name (or, for a name of several words,
 * its first word written with a capital: "Kaapstad" for "Kaapstad Koffie"), at most two more
 * words, then a label noun. `labelNouns` are labels on their own ("the Kaapstad seal");
 * `qualifiedLabelNouns` only after a word that makes them a mark ("the Kaapstad Green Label"),
 * because "the Morning Roast label" is the sticker on the bag. Dutch writes the label as one
 * word ("het Kaapstad-keurmerk"). The match runs from the name to the noun.
 */
function brandNamedLabels(context: RuleContext<any>, sentence: Sentence): PhraseMatch[] {
  const names = labelNames(context)
  if (names.length === 0) return []
  const nouns = matchList(context, sentence, 'labelNouns')
  const qualified = matchList(context, sentence, 'qualifiedLabelNouns')
  const compoundNouns = compoundLabelNouns(wordList(context.ruleId, context.language, 'labelNouns'))
  const tokens = sentence.tokens
  const startsWith = (words: readonly string[], at: number) => words.every((word, k) => tokens[at + k]?.normal === word)
  const out: PhraseMatch[] = []
  for (const { words, fullName } of names) {
    for (let i = 0; i + words.length <= tokens.length; i++) {
      const first = tokens[i]!
      // A first word stands for the brand only when capitalised and not the start of the full name.
      if (fullName && (!/^\p{Lu}/u.test(first.value) || startsWith(fullName, i))) continue
      const compound = words.length === 1 && first.normal.startsWith(words[0] + '-') ? first.normal.slice(words[0]!.length + 1) : undefined
      if (compound !== undefined) {
        const entry = compoundNouns.get(compound)
        if (entry && /^\p{Lu}/u.test(first.value)) out.push({ entry, tokens: [first], range: { start: first.start, end: first.end } })
        continue
      }
      if (!startsWith(words, i)) continue
      let between = 0
      for (let at = i + words.length; at < tokens.length && between <= MAX_WORDS_BETWEEN; at++) {
        const token = tokens[at]!
        const noun = nouns.find((n) => n.tokens[0] === token) ?? (between > 0 ? qualified.find((n) => n.tokens[0] === token) : undefined)
        if (noun) {
          out.push({ entry: noun.entry, tokens: tokens.slice(i, noun.tokens[noun.tokens.length - 1]!.index + 1), range: { start: first.start, end: noun.range.end } })
          break
        }
        if (token.kind === 'word') between++
        else if (token.normal !== '-') break
      }
    }
  }
  return out
}

/** The brand and product names, each also by its first word when it has several ("Kaapstad"). */
function labelNames(context: RuleContext<any>): { words: string[]; fullName?: string[] }[] {
  return brandNames(context.profile, context.language).flatMap((name) => (name.length > 1 ? [{ words: name }, { words: name.slice(0, 1), fullName: name }] : [{ words: name }]))
}

const compoundCache = new WeakMap<readonly PhraseEntry[], Map<string, PhraseEntry>>()

/** Label nouns by their one-word form, for Dutch compounds written with the name ("Kaapstad-keurmerk"). */
function compoundLabelNouns(entries: readonly PhraseEntry[]): Map<string, PhraseEntry> {
  let byNoun = compoundCache.get(entries)
  if (!byNoun) {
    byNoun = new Map(entries.flatMap((entry) => entry.match.map((m) => [m.toLowerCase(), entry] as const)))
    compoundCache.set(entries, byNoun)
  }
  return byNoun
}

function overlapsAny(match: PhraseMatch, others: PhraseMatch[]): boolean {
  return others.some((o) => o.range.start < match.range.end && match.range.start < o.range.end)
}
