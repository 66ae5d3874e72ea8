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

export const presets: Record<string, Preset> = {
  recommended: {
    name: 'recommended',
    description: 'Every rule marked recommended, at its default severity',
    rules: Object.fromEntries(
      Object.values(rules)
        .filter((rule) => rule.meta.docs.recommended)
        .map((rule) => [rule.meta.id, rule.meta.defaultSeverity]),
    ),
  },
}

/** Changes whenever any word list changes: part of every cache key. */
export const dataHash: string = DATA_HASH

export { RULE_IDS }
export { wordList } from './wordlists.js'
export { isSelfPromotional, mentionsBrand } from './context.js'
export { extractFacts, findFacts, compareFacts, conflictsWithin, sameValue, displayValue, nameKey, FACT_RULE_ID } from './facts.js'
export type { CompareOptions, FactKind } from './facts.js'
export { buildSiteSummary, ALIGNMENT_RULE_ID } from './summary.js'
export type { SiteSummary, PageScore, SummaryInput } from './summary.js'
export { readingEase } from './readability/grade/index.js'
export { countSyllables } from './readability/grade/syllables.js'
