import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join, relative, sep } from 'node:path'
import { parseWithPositions } from './config/load.js'
import { writeFileAtomic } from './output.js'
import { UsageError } from './errors.js'
import type { FileReport, ReportedMessage } from './lint-files.js'

export const DEFAULT_BASELINE_NAME = 'echt-baseline.json'

/**
 * ESLint's bulk-suppressions shape: file (relative to the baseline's folder, forward slashes) ->
 * rule id -> how many findings of that rule the file had when the baseline was written. Counts,
 * not lines, so edits elsewhere in a file do not break it.
 */
export type Baseline = Record<string, Record<string, { count: number }>>


/** Reads and checks a baseline file; anything malformed is a UsageError naming the file, line and field. */
export function readBaseline(path: string, cwd: string): Baseline {
  const display = relative(cwd, path) || path
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(code === 'ENOENT' ? 'no such baseline file (write one with --baseline-write)' : `cannot read the baseline: ${code ?? (error as Error).message}`, { file: display })
  }
  const { raw, locate } = parseWithPositions(text, display, 'JSON')
  const fail = (at: string[], why: string): never => {
    const { line, column } = locate(at)
    throw new UsageError(why, { file: display, line, column, field: at.map((key) => JSON.stringify(key)).join(' > ') || '(top level)' })
  }
  if (!isObject(raw)) fail([], 'a baseline is an object of file paths, written by echt check --baseline-write')
  for (const [file, rules] of Object.entries(raw as object)) {
    if (!isObject(rules)) fail([file], 'must be an object of rule ids with { "count": N }')
    for (const [ruleId, entry] of Object.entries(rules as object)) {
      if (!isObject(entry)) fail([file, ruleId], 'must be { "count": N }')
      const count = (entry as { count?: unknown }).count
      if (!Number.isInteger(count) || (count as number) < 1) fail([file, ruleId, 'count'], `must be a whole number >= 1, got ${JSON.stringify(count)}`)
    }
  }
  return raw as Baseline
}

/** Writes the baseline atomically, keys sorted at every level so it diffs well under review. */
export function writeBaseline(path: string, baseline: Baseline): void {
  const sorted: Baseline = {}
  for (const file of Object.keys(baseline).sort()) {
    const rules = baseline[file]!
    const ids = Object.keys(rules).sort()
    if (ids.length === 0) continue
    sorted[file] = Object.fromEntries(ids.map((id) => [id, { count: rules[id]!.count }]))
  }
  writeFileAtomic(path, `${JSON.stringify(sorted, null, 2)}\n`)
}

/** Findings a baseline may hold: not the ones about a file echt could not read (those say nothing lasting). */
function baselinable(message: ReportedMessage): boolean {
  return message.fatal !== true
}

/** The key of a file in a baseline at `baselinePath`. */
export function baselineKey(baselinePath: string, filePath: string): string {
  return relative(dirname(baselinePath), filePath).split(sep).join('/')
}

function countByRule(messages: readonly ReportedMessage[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const message of messages) if (baselinable(message)) counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1)
  return counts
}

/**
 * The baseline of these reports, keeping the entries of files this run did not check (a
 * --changed-since or --shard run) as long as those files still exist.
 */
export function baselineOf(reports: readonly FileReport[], baselinePath: string, previous: Baseline = {}): Baseline {
  const checked = new Set(reports.map((report) => baselineKey(baselinePath, report.filePath)))
  const next: Baseline = {}
  for (const [file, rules] of Object.entries(previous)) {
    if (!checked.has(file) && existsSync(join(dirname(baselinePath), file))) next[file] = rules
  }
  for (const report of reports) {
    const counts = countByRule(report.messages)
    if (counts.size === 0) continue
    next[baselineKey(baselinePath, report.filePath)] = Object.fromEntries([...counts].map(([ruleId, count]) => [ruleId, { count }]))
  }
  return next
}

/** A baseline entry with fewer findings now than recorded (or a file that is gone). */
export interface UnusedEntry {
  file: string
  ruleId: string
  recorded: number
  found: number
}

export interface BaselineOutcome {
  /** Findings the baseline absorbed, now in their reports' suppressedMessages. */
  baselined: number
  unused: UnusedEntry[]
}

/**
 * Applies the baseline to the reports in place. Per file and rule, when a file has no more findings
 * than recorded, all of them are baselined; when it has more, the first `count` in document order
 * are baselined and the rest are reported as new (new copy is usually added below old copy, and the
 * choice must depend on nothing but the file). With `onChangedLine` (--changed-lines), findings on
 * lines the diff added are the last to be baselined, so the new one is the one the diff wrote.
 * Baselined findings move to suppressedMessages with an external suppression, so JSON shows them
 * there and SARIF marks them suppressed.
 */
export function applyBaseline(
  reports: FileReport[],
  baseline: Baseline,
  baselinePath: string,
  onChangedLine: (report: FileReport, message: ReportedMessage) => boolean = () => false,
): BaselineOutcome {
  // How a finding the baseline absorbed is marked: SARIF's external suppression, ESLint's suppressions.
  const suppression = { kind: 'external', justification: `baselined in ${basename(baselinePath)}` } as const
  let baselined = 0
  const unused: UnusedEntry[] = []
  const checked = new Set<string>()
  for (const report of reports) {
    const key = baselineKey(baselinePath, report.filePath)
    checked.add(key)
    const recorded = baseline[key] ?? {}
    const byRule = new Map<string, ReportedMessage[]>()
    for (const message of report.messages.filter(baselinable)) byRule.set(message.ruleId, [...(byRule.get(message.ruleId) ?? []), message])
    const absorbed = new Set<ReportedMessage>()
    for (const [ruleId, messages] of byRule) {
      const oldFirst = [...messages.filter((m) => !onChangedLine(report, m)), ...messages.filter((m) => onChangedLine(report, m))]
      for (const message of oldFirst.slice(0, recorded[ruleId]?.count ?? 0)) absorbed.add(message)
    }
    for (const message of report.messages) if (absorbed.has(message)) report.suppressedMessages.push({ ...message, suppressions: [suppression] })
    baselined += absorbed.size
    report.messages = report.messages.filter((message) => !absorbed.has(message))
    for (const [ruleId, { count }] of Object.entries(recorded)) {
      const found = byRule.get(ruleId)?.length ?? 0
      if (found < count) unused.push({ file: key, ruleId, recorded: count, found })
    }
  }
  // Files this run did not check are left alone, unless they are gone.
  for (const [file, rules] of Object.entries(baseline)) {
    if (checked.has(file) || existsSync(join(dirname(baselinePath), file))) continue
    for (const [ruleId, { count }] of Object.entries(rules)) unused.push({ file, ruleId, recorded: count, found: 0 })
  }
  return { baselined, unused }
}

/** The baseline without what no longer occurs: counts lowered to what was found, gone entries removed. */
export function pruneBaseline(baseline: Baseline, unused: readonly UnusedEntry[]): Baseline {
  const next: Baseline = structuredClone(baseline)
  for (const { file, ruleId, found } of unused) {
    const rules = next[file]
    if (!rules) continue
    if (found > 0) rules[ruleId] = { count: found }
    else delete rules[ruleId]
    if (Object.keys(rules).length === 0) delete next[file]
  }
  return next
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
