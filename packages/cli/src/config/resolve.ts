import picomatch from 'picomatch'
import { compareRuleIds, type ConfiguredRule, type Rule } from '@echt/core'
import type { LoadedConfig, RuleSettingValue, SeverityValue, SourceDeclaration } from './load.js'

export interface PresetLike {
  rules: Record<string, unknown>
}

export interface FileSettings {
  rules: ConfiguredRule[]
  /** Language forced by an override (`auto`: detect). */
  language?: 'en' | 'nl' | 'auto'
  /** The config's `sources` entry the file belongs to (a content or translation file). */
  source?: SourceDeclaration
  /** Front matter fields linted as prose (the config's `frontMatter.fields`). */
  frontMatterFields?: string[]
  /** Cache key part: which overrides and which source applied. */
  signature: string
}

type Setting = { severity: 0 | 1 | 2; options?: Record<string, unknown> }

const SEVERITY: Record<string, 0 | 1 | 2> = { off: 0, warn: 1, error: 2, 0: 0, 1: 1, 2: 2 }

function toSetting(value: unknown): Setting {
  if (Array.isArray(value)) {
    const [severity, options] = value as [SeverityValue, Record<string, unknown> | undefined]
    return options ? { severity: SEVERITY[String(severity)]!, options } : { severity: SEVERITY[String(severity)]! }
  }
  return { severity: SEVERITY[String(value)]! }
}

/** Later settings win; a severity alone keeps the options set before it (as in ESLint). */
function merge(into: Map<string, Setting>, rules: Record<string, RuleSettingValue | unknown> | undefined): void {
  for (const [id, value] of Object.entries(rules ?? {})) {
    const next = toSetting(value)
    const previous = into.get(id)
    into.set(id, next.options || !previous?.options ? next : { ...next, options: previous.options })
  }
}

/**
 * Resolves the rules for each file: presets from `extends` (default: recommended), then `rules`,
 * then every override whose `files` globs match the path relative to the config's folder.
 */
export function createSettingsResolver(
  config: LoadedConfig,
  allRules: Record<string, Rule<any>>,
  presets: Record<string, PresetLike>,
): (relativePath: string) => FileSettings {
  const base = new Map<string, Setting>()
  const extendsList = config.raw.extends === undefined ? ['recommended'] : ([] as string[]).concat(config.raw.extends)
  for (const name of extendsList) merge(base, presets[name]?.rules)
  merge(base, config.raw.rules)

  const overrides = (config.raw.overrides ?? []).map((override) => ({
    override,
    matches: picomatch(([] as string[]).concat(override.files), { dot: true }),
  }))
  const sources = (config.raw.sources ?? []).map((source) => picomatch(([] as string[]).concat(source.files), { dot: true }))
  const frontMatterFields = config.raw.frontMatter?.fields
  const cache = new Map<string, FileSettings>()

  return (relativePath) => {
    const applied = overrides.filter(({ matches }) => matches(relativePath))
    const sourceIndex = sources.findIndex((matches) => matches(relativePath))
    const signature = `${applied.map(({ override }) => config.raw.overrides!.indexOf(override)).join(',')}${sourceIndex === -1 ? '' : `|source ${sourceIndex}`}`
    const cached = cache.get(signature)
    if (cached) return cached
    const settings = new Map(base)
    let language: FileSettings['language']
    for (const { override } of applied) {
      merge(settings, override.rules)
      if (override.language) language = override.language
    }
    const rules: ConfiguredRule[] = []
    for (const [id, setting] of [...settings].sort(([a], [b]) => compareRuleIds(a, b))) {
      const rule = allRules[id]
      if (!rule || setting.severity === 0) continue
      rules.push({ rule, severity: setting.severity, options: { ...rule.meta.defaultOptions, ...setting.options } })
    }
    const resolved: FileSettings = { rules, signature, ...(language ? { language } : {}) }
    if (sourceIndex !== -1) resolved.source = config.raw.sources![sourceIndex]!
    if (frontMatterFields) resolved.frontMatterFields = frontMatterFields
    cache.set(signature, resolved)
    return resolved
  }
}
