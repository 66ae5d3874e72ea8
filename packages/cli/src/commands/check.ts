import { writeFileSync, mkdirSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { createRequire } from 'node:module'
import { profileFromConfig, todayIso, type Profile } from '@echt/core'
import { rules as allRules, presets } from '@echt/rules'
import { findConfig, loadConfigFile, emptyConfig, checkRuleSettings, type LoadedConfig } from '../config/load.js'
import { createSettingsResolver } from '../config/resolve.js'
import { discoverFiles } from '../discover.js'
import { lintFile, type FileReport } from '../lint-files.js'
import { formatStylish } from '../reporters/stylish.js'
import { formatJson } from '../reporters/json.js'
import { UsageError } from '../errors.js'

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'rdjsonl'] as const
export type Format = (typeof FORMATS)[number]

export interface RenderOptions {
  cwd: string
  color: boolean
  explain: boolean
}

/** Renders reports in one of FORMATS; the CI formats are imported only when asked for. */
export async function renderReports(format: Format, reports: FileReport[], options: RenderOptions): Promise<string> {
  switch (format) {
    case 'json':
      return formatJson(reports) + '\n'
    case 'sarif': {
      const { formatSarif } = await import('../reporters/sarif.js')
      return formatSarif(reports, { cwd: options.cwd, rules: allRules, version: echtVersion() }) + '\n'
    }
    case 'github':
      return (await import('../reporters/github.js')).formatGithub(reports, options)
    case 'junit':
      return (await import('../reporters/junit.js')).formatJunit(reports, options)
    case 'rdjsonl':
      return (await import('../reporters/rdjsonl.js')).formatRdjsonl(reports, options)
    default:
      return formatStylish(reports, options)
  }
}

export function echtVersion(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version
}

export interface CheckOptions {
  format: string
  output?: string
  maxWarnings?: string
  quiet?: boolean
  config?: string
  color: boolean
  date?: string
  explain: boolean
}

export interface Project {
  config: LoadedConfig
  profile: Profile
  today: string
  settingsFor: ReturnType<typeof createSettingsResolver>
  knownRuleIds: string[]
}

/** Loads the config (explicit, or found upward), validates it and prepares per-file settings. */
export function openProject(cwd: string, explicitConfig: string | undefined, date: string | undefined, notice: (text: string) => void): Project {
  let config: LoadedConfig
  if (explicitConfig) {
    config = loadConfigFile(resolve(cwd, explicitConfig), cwd)
  } else {
    const found = findConfig(cwd)
    if (found) config = loadConfigFile(found, cwd)
    else {
      config = emptyConfig(cwd)
      notice('echt: no echt.config.yaml found here or in a parent folder; using the recommended rules without a brand profile (run `echt init` to create one)')
    }
  }
  checkRuleSettings(config, allRules, presets, cwd)
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date must be YYYY-MM-DD, got "${date}"`)
  const profile = profileFromConfig(config.raw.brand, config.raw.claims)
  return {
    config,
    profile,
    today: date ?? config.raw.date ?? todayIso(),
    settingsFor: createSettingsResolver(config, allRules, presets),
    knownRuleIds: Object.keys(allRules),
  }
}

export async function runCheck(patterns: string[], options: CheckOptions, io: { cwd: string; stdout: (s: string) => void; stderr: (s: string) => void }): Promise<number> {
  if (!(FORMATS as readonly string[]).includes(options.format)) {
    throw new UsageError(`unknown format "${options.format}" (known: ${FORMATS.join(', ')})`, { field: '--format' })
  }
  let maxWarnings: number | undefined
  if (options.maxWarnings !== undefined) {
    maxWarnings = Number(options.maxWarnings)
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings must be a whole number >= 0, got "${options.maxWarnings}"`)
  }
  const project = openProject(io.cwd, options.config, options.date, io.stderr)
  const { files, ignoredPatterns } = await discoverFiles({ cwd: io.cwd, root: project.config.root, patterns, ignore: project.config.raw.ignore ?? [] })
  for (const pattern of ignoredPatterns) io.stderr(`echt: every file matching "${pattern}" is ignored (.gitignore, .echtignore or the config's ignore)`)

  const reports: FileReport[] = files.map((file) =>
    lintFile(file, { root: project.config.root, profile: project.profile, today: project.today, knownRuleIds: project.knownRuleIds, settingsFor: project.settingsFor }),
  )
  const shown = options.quiet ? reports.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 2) })) : reports

  const output = await renderReports(options.format as Format, shown, { cwd: io.cwd, color: options.color && !options.output, explain: options.explain })
  if (options.output) {
    const target = resolve(io.cwd, options.output)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, output)
    io.stderr(`echt: wrote ${relative(io.cwd, target) || target} (${files.length} file${files.length === 1 ? '' : 's'})`)
  } else if (output) {
    io.stdout(output)
  } else if (options.format === 'stylish') {
    io.stderr(`echt: ${files.length} file${files.length === 1 ? '' : 's'} checked, no problems`)
  }

  const errors = reports.reduce((n, r) => n + r.messages.filter((m) => m.severity === 2).length, 0)
  const warnings = reports.reduce((n, r) => n + r.messages.filter((m) => m.severity === 1).length, 0)
  if (errors > 0) return 1
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`echt: ${warnings} warnings, more than --max-warnings ${maxWarnings}`)
    return 1
  }
  return 0
}
