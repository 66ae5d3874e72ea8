import type { Language, Profile, Range, RuleContext, Sentence } from '@echt/core'
import { phraseTokens } from '@echt/core'
import { defineRule, matchList } from '../../define.js'
import { EU_BLACKLIST_OPTION, euBlacklist, hasQuantity, isMention, isPromotional, namesRecognisedLabel } from '../../usage.js'
import { wordList } from '../../wordlists.js'

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
      source: 'Directive (EU) 2024/825, UCPD Annex I 4a (blacklisted from 2026-09-27); ACM Leidraad Duurzaamheidsclaims rule 2; CAP Code 11.1-11.3; FTC Green Guides 16 CFR 260.4',
    },
    messages: {
      generic:
        '"{actual}" is a generic environmental claim (EU 2024/825, UCPD Annex I 4a{blacklist}): say what is better, by how much and compared with what, or name a recognised label',
      name: '"{actual}" is a name that makes a generic environmental claim (EU 2024/825, UCPD Annex I 4a{blacklist}): qualify it where it appears, or add the claim with its evidence to the claims library',
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
        if (isPromotional(sentence, context.language, context.profile)) matches.push(...matchList(context, sentence, 'contextual'))
        const claims = matches.filter((match) => !isMention(sentence, match, context.language))
        const names = nameReported ? [] : findNames(sentence, greenNames)
        if (claims.length === 0 && names.length === 0) return
        if (isSpecific(context, sentence)) return
        const { severity, data: blacklist } = euBlacklist(context)
        for (const range of names.slice(0, 1)) {
          nameReported = true
          context.report({ messageId: 'name', data: blacklist, range, expected: EXPECTED_NAME[context.language], ...(severity ? { severity } : {}) })
        }
        for (const match of claims) {
          if (names.some((range) => range.start <= match.range.start && range.end >= match.range.end)) continue
          context.report({
            messageId: 'generic',
            data: blacklist,
            range: match.range,
            expected: match.entry.expected ?? EXPECTED[context.language],
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
  const parts = new Set(wordList('green/generic', language, 'nameParts').flatMap((entry) => entry.match.map((m) => m.toLowerCase())))
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

const EXPECTED = {
  en: [
    'say what and how much: "packaging made from 80% recycled cardboard"',
    'compare with a reference: "uses 40% less water than our 2022 model"',
    'name a recognised label: "certified with the EU Ecolabel"',
    'or add the claim with its evidence to the claims library',
  ],
  nl: [
    'zeg wat en hoeveel: "verpakking van 80% gerecycled karton"',
    'vergelijk met een referentie: "gebruikt 40% minder water dan ons model uit 2022"',
    'noem een erkend keurmerk: "met het EU Ecolabel"',
    'of zet de claim met bewijs in de claimbibliotheek',
  ],
}

const EXPECTED_NAME = {
  en: [
    'qualify the name where it appears: "EcoLine bottles are made from 100% recycled PET"',
    'add the name as a claim with its evidence to the claims library',
    'or choose a name without an environmental promise',
  ],
  nl: [
    'onderbouw de naam waar hij staat: "EcoLine-flessen zijn gemaakt van 100% gerecycled PET"',
    'zet de naam als claim met bewijs in de claimbibliotheek',
    'of kies een naam zonder milieubelofte',
  ],
}
