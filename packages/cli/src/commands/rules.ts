import { rules as allRules, presets } from '@echt/rules'
import { ruleDocsUrl } from '@echt/core'

/** `echt rules`: every rule with its one-line description, default severity and presets. */
export function listRules(format: 'text' | 'json'): string {
  const rows = Object.values(allRules)
    .sort((a, b) => a.meta.id.localeCompare(b.meta.id))
    .map((rule) => ({
      id: rule.meta.id,
      description: rule.meta.docs.description,
      defaultSeverity: rule.meta.defaultSeverity,
      presets: Object.values(presets).filter((p) => rule.meta.id in p.rules).map((p) => p.name),
      fixable: rule.meta.fixable === true,
      url: ruleDocsUrl(rule.meta.id),
    }))
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n'
  const width = Math.max(...rows.map((r) => r.id.length))
  return rows.map((r) => `${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(5)}  ${r.description}${r.fixable ? ' (fixable)' : ''}`).join('\n') + '\n'
}
