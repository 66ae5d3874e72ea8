import { writeFileSync, mkdirSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { profileFromConfig, todayIso, type Profile } from '@echt/core'
import { rules as allRules, presets } from '@echt/rules'
import { findConfig, loadConfigFile, emptyConfig, checkRuleSettings, type LoadedConfig } from '../config/load.js'
import { createSettingsResolver } from '../config/resolve.js'
import { discoverFiles } from '../discover.js'
import { lintFile, parseSize, DEFAULT_MAX_FILE_SIZE, type FileReport } from '../lint-files.js'
import { fixFile, type FixFileReport } from '../fix-files.js'
import { formatStylish } from '../reporters/stylish.js'
import { formatJson } from '../reporters/json.js'
import { UsageError } from '../errors.js'

export const FORMATS = ['stylish', 'json'] as const
export type Format = (typeof FORMATS)[number]

export interface CheckOptions {
  format: string
  output?: string
  maxWarnings?: string
  quiet?: boolean
  config?: string
  color: boolean
  date?: string
  explain: boolean
  fix?: boolean
  fixDryRun?: boolean
  maxFileSize?: string
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
  const maxFileSize = options.maxFileSize === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(options.maxFileSize)
  if (maxFileSize === undefined) throw new UsageError(`--max-file-size must be a size such as 10MB, 512KB or 0 (no limit), got "${options.maxFileSize}"`)
  if (options.fix && options.fixDryRun) throw new UsageError('use --fix or --fix-dry-run, not both')
  const project = openProject(io.cwd, options.config, options.date, io.stderr)
  const { files, ignoredPatterns } = await discoverFiles({ cwd: io.cwd, root: project.config.root, patterns, ignore: project.config.raw.ignore ?? [] })
  for (const pattern of ignoredPatterns) io.stderr(`echt: every file matching "${pattern}" is ignored (.gitignore, .echtignore or the config's ignore)`)

  const fileOptions = { root: project.config.root, profile: project.profile, today: project.today, knownRuleIds: project.knownRuleIds, settingsFor: project.settingsFor, maxFileSize }
  const fixing = options.fix || options.fixDryRun
  const reports: FileReport[] = files.map((file) =>
    fixing ? fixFile(file, { ...fileOptions, write: options.fix === true }) : lintFile(file, fileOptions),
  )
  if (fixing) reportFixes(reports as FixFileReport[], options, io)
  const shown = options.quiet ? reports.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 2) })) : reports

  const output =
    options.format === 'json'
      ? formatJson(shown) + '\n'
      : formatStylish(shown, { cwd: io.cwd, color: options.color && !options.output, explain: options.explain })
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

/** --fix: one summary line on stderr. --fix-dry-run: the diff of each file (stylish) before the report. */
function reportFixes(reports: FixFileReport[], options: CheckOptions, io: { stdout: (s: string) => void; stderr: (s: string) => void }): void {
  const changed = reports.filter((r) => r.fixCount > 0)
  const fixes = changed.reduce((n, r) => n + r.fixCount, 0)
  const files = `${changed.length} file${changed.length === 1 ? '' : 's'}`
  if (options.fixDryRun) {
    if (options.format === 'stylish') for (const report of changed) if (report.diff) io.stdout(report.diff)
    io.stderr(`echt: --fix-dry-run: ${fixes} fix${fixes === 1 ? '' : 'es'} would change ${files}; nothing written`)
  } else {
    const written = changed.filter((r) => r.written).length
    io.stderr(`echt: fixed ${fixes} problem${fixes === 1 ? '' : 's'} in ${written} file${written === 1 ? '' : 's'}`)
  }
}
