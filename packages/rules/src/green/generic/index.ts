import type { Language, Profile, Range, RuleContext, Sentence } from '@echt/core'
import { phraseTokens } from '@echt/core'
import { defineRule, tryLines, matchList, contextualMatches } from '../../define.js'
import { EU_BLACKLIST_OPTION, euBlacklist, hasQuantity, isMention, isPromotional, isWithinName, namesRecognisedLabel } from '../../usage.js'
import { wordSet } from '../../wordlists.js'

/**
 * Generic environmental claims ("eco-friendly", "milieuvriendelijk") tell the reader nothing they
 * can check. Directive (EU) 2024/825 blacklists them (UCPD Annex I 4a) from 27 September 2026
 * unless the trader can show recognised excellent environmental performance. A specific
 * qualifier in the same sentence (a quantity, a stated comparison, a recognised label) turns the
 * claim into a specific one; an approved claim in the claims library silences it too.
 * A brand or product name ("EcoLine") is copy as well: its first unqualified use on a page is flagged.
 */
export default defineRule({
  meta: {
    id: 'green/generic',
    type: 'claim',
    docs: {
      description: 'Generic environmental claims (eco-friendly, green, climate friendly / milieuvriendelijk, groen, klimaatvriendelijk) without a specific qualifier',
      recommended: true,
    },
    schema: {
      type: 'object',
      properties: {
        names: { type: 'boolean', description: 'Also flag brand and product names from the profile that make a green claim ("EcoLine")' },
        euBlacklist: EU_BLACKLIST_OPTION,
      },
      additionalProperties: false,
    },
    defaultOptions: { names: true, euBlacklist: true },
    defaultSeverity: 'warn',
    silencedByApprovedClaims: true,
  },
  create(context) {
    const greenNames = context.options.names === false ? [] : greenNamesOf(context.profile, context.language)
    let nameReported = false
    return {
      sentence(sentence) {
        const matches = matchList(context, sentence, 'generic')
        if (isPromotional(sentence, context.language, context.profile)) matches.push(...contextualMatches(context, sentence))
        // A name the profile does not list ("Charnwood Eco Hub") is somebody's name, not this copy's claim;
        // the profile's own names are judged below, where they first appear.
        const claims = matches.filter((match) => !isMention(sentence, match, context.language) && !isWithinName(sentence, match.tokens[0]!.index, match.tokens[match.tokens.length - 1]!.index + 1))
        const names = nameReported ? [] : findNames(sentence, greenNames)
        if (claims.length === 0 && names.length === 0) return
        if (isSpecific(context, sentence)) return
        const { severity, data: blacklist } = euBlacklist(context)
        for (const range of names.slice(0, 1)) {
          nameReported = true
          context.report({ messageId: 'name', data: blacklist, range, expected: tryLines(context, 'name', range), ...(severity ? { severity } : {}) })
        }
        for (const match of claims) {
          if (names.some((range) => range.start <= match.range.start && range.end >= match.range.end)) continue
          context.report({
            messageId: 'generic',
            data: blacklist,
            range: match.range,
            expected: tryLines(context, 'generic', match.range, match.entry.expected),
            ...(severity ? { severity } : {}),
          })
        }
      },
    }
  },
})

/** A quantity, a stated comparison or a recognised label makes the claim specific. */
function isSpecific(context: RuleContext<any>, sentence: Sentence): boolean {
  return hasQuantity(sentence, context.language) || matchList(context, sentence, 'comparisons').length > 0 || namesRecognisedLabel(context, sentence)
}

const nameCache = new WeakMap<Profile, Partial<Record<Language, string[][]>>>()

/** The profile's brand and product names that contain a green word part ("EcoLine", "GroenGas"). */
function greenNamesOf(profile: Profile, language: Language): string[][] {
  let byLanguage = nameCache.get(profile)
  if (!byLanguage) nameCache.set(profile, (byLanguage = {}))
  const cached = byLanguage[language]
  if (cached) return cached
  const parts = wordSet('green/generic', language, 'nameParts')
  const names = [profile.name, ...profile.voice.names]
    .filter((name): name is string => !!name && isGreenName(name, parts))
    .map((name) => phraseTokens(name, language))
  byLanguage[language] = names
  return names
}

export function isGreenName(name: string, parts: ReadonlySet<string>): boolean {
  const pieces = name
    .split(/[\s\-_.]+/)
    .flatMap((word) => word.split(/(?<=[a-z])(?=[A-Z])/))
    .map((piece) => piece.toLowerCase())
    .filter(Boolean)
  // "EcoLine" splits into eco + line; "Ecover" and "Groenland" are single words starting with a part.
  return pieces.some((piece) => parts.has(piece) || /^(eco(?!n)|green|groen)/.test(piece))
}

function findNames(sentence: Sentence, names: string[][]): Range[] {
  const found: Range[] = []
  const tokens = sentence.tokens
  for (const words of names) {
    for (let i = 0; i + words.length <= tokens.length; i++) {
      if (!words.every((word, k) => tokens[i + k]!.normal === word || tokens[i + k]!.normal === `${word}'s`)) continue
      found.push({ start: tokens[i]!.start, end: tokens[i + words.length - 1]!.end })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}
