import type { Rule, SeverityName } from '@echt/core'
import { DATA_HASH, RULE_IDS } from './generated/data.js'
import { ALL_RULES } from './generated/registry.js'

/** Every rule, by id. A rule is a folder src/<group>/<name>/ with index.ts, <lang>.yaml and README.md. */
export const rules: Record<string, Rule<any>> = Object.fromEntries(ALL_RULES.map((rule) => [rule.meta.id, rule]))

export type RuleSetting = SeverityName | [SeverityName, Record<string, unknown>]

export interface Preset {
  name: string
  description: string
  rules: Record<string, RuleSetting>
}

const recommended: Record<string, RuleSetting> = Object.fromEntries(
  Object.values(rules)
    .filter((rule) => rule.meta.docs.recommended)
    .map((rule) => [rule.meta.id, rule.meta.defaultSeverity]),
)

/** Copy outside the EU: the 2024/825 blacklist date does not apply. */
const NOT_EU = { euBlacklist: false }

/**
 * The EU rules. Practices that are already on the UCPD blacklist (Annex I 2, 4, 7, 17, 20) or
 * that the UCPD treats as misleading are errors. The three practices Directive (EU) 2024/825 adds
 * to the blacklist stay warnings until 27 September 2026 and become errors on that date by
 * themselves (date-aware severity), so an audit dated before it shows what is coming.
 */
const eu: Record<string, RuleSetting> = {
  ...recommended,
  'green/generic': 'warn',
  'green/offset': 'warn',
  'green/scope': 'warn',
  'green/absolute': 'error',
  'green/future': 'error',
  'green/end-of-life': 'error',
  'trust/label': 'error',
  'pressure/urgency': 'error',
  'pressure/free': 'error',
  'health/cure': 'error',
}

export const presets: Record<string, Preset> = {
  recommended: {
    name: 'recommended',
    description: 'Every rule marked recommended, at its default severity',
    rules: recommended,
  },
  eu: {
    name: 'eu',
    description:
      'EU consumer law: UCPD blacklist practices and Directive (EU) 2024/825 green claims as errors (generic, offset and whole-product claims become errors on 2026-09-27)',
    rules: eu,
  },
  nl: {
    name: 'nl',
    description:
      'The eu preset plus the Dutch nuances of the ACM Leidraad Duurzaamheidsclaims and the Code voor Duurzaamheidsreclame ("duurzaam" is an absolute claim) and consistent u/je address',
    rules: {
      ...eu,
      // ACM: "duurzaam" and "groen" are absolute claims that need life-cycle evidence.
      'green/absolute': 'error',
      'tone/mixed-address': 'warn',
    },
  },
  uk: {
    name: 'uk',
    description:
      'UK: the CAP Code (section 3 and 11, free offers 3.23-3.26, health 12 and 15) and the DMCCA 2024 banned practices; no EU blacklist dates',
    rules: {
      ...recommended,
      'green/generic': ['warn', NOT_EU],
      'green/offset': ['warn', NOT_EU],
      'green/scope': ['warn', NOT_EU],
      'green/absolute': 'warn',
      'green/future': 'warn',
      'green/end-of-life': 'warn',
      'trust/label': ['error', NOT_EU],
      'pressure/urgency': 'error',
      'pressure/free': 'error',
      'health/cure': 'error',
    },
  },
  us: {
    name: 'us',
    description:
      'US: the FTC Green Guides (16 CFR 260), the FTC guide on the word "free" (16 CFR 251) and FTC Act health claims; no EU blacklist dates',
    rules: {
      ...recommended,
      'green/generic': ['error', NOT_EU],
      'green/absolute': 'error',
      'green/offset': ['warn', NOT_EU],
      'green/scope': ['error', NOT_EU],
      'green/end-of-life': 'error',
      'green/future': 'warn',
      'trust/label': ['error', NOT_EU],
      'pressure/free': 'error',
      'pressure/urgency': 'warn',
      'health/cure': 'error',
    },
  },
}

/** Changes whenever any word list changes: part of every cache key. */
export const dataHash: string = DATA_HASH

export { RULE_IDS }
export { wordList } from './wordlists.js'
export { isSelfPromotional, mentionsBrand } from './context.js'
export { buildClaimInventory, citedBasis, claimInventoryToCsv, claimInventoryToJson, CLAIM_INVENTORY_COLUMNS } from './inventory.js'
export type { ClaimInventoryRow, ClaimInventoryStatus, LintedFile } from './inventory.js'
export { EU_BLACKLIST_DATE } from './usage.js'
export { extractFacts, findFacts, compareFacts, conflictsWithin, sameValue, displayValue, nameKey, FACT_RULE_ID } from './facts.js'
export type { CompareOptions, FactKind } from './facts.js'
export { buildSiteSummary, ALIGNMENT_RULE_ID } from './summary.js'
export type { SiteSummary, PageScore, SummaryInput } from './summary.js'
export { readingEase } from './readability/grade/index.js'
export { countSyllables } from './readability/grade/syllables.js'
export { crossFileChecks, type FileFacts } from './cross-file.js'
