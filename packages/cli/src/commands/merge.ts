import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import type { Log, ReportingDescriptor, Result } from 'sarif'
import type { FileReport, FileSummary } from '../lint-files.js'
import { UsageError } from '../errors.js'
import { writeOutputFile } from '../output.js'
import { FORMATS, applyBaselineOptions, parseMaxWarnings, report, type BaselineOptions, type Format } from './check.js'
import { applyCrossFileChecks, registeredCrossFileChecks, type CrossFileCheck } from '../cross-file.js'

export interface MergeOptions extends BaselineOptions {
  format: string
  output?: string
  maxWarnings?: string
  quiet?: boolean
  facts?: boolean
  color: boolean
  explain: boolean
}

type Io = { cwd: string; stdout: (s: string) => void; stderr: (s: string) => void }

/**
 * `echt merge`: joins the reports of `echt check --shard i/n` into one, sorted by path as a
 * single run would be; a file in several inputs counts once (the last input wins). JSON inputs
 * can be written in any format, and with their `--facts` the checks across files run on the
 * merged facts. SARIF inputs merge into one SARIF run.
 */
export async function runMerge(paths: string[], options: MergeOptions, io: Io, checks: readonly CrossFileCheck[] = registeredCrossFileChecks()): Promise<number> {
  if (!(FORMATS as readonly string[]).includes(options.format)) {
    throw new UsageError(`unknown format "${options.format}" (known: ${FORMATS.join(', ')})`, { field: '--format' })
  }
  const maxWarnings = parseMaxWarnings(options.maxWarnings)
  const inputs = paths.map((path) => readInput(resolve(io.cwd, path), relative(io.cwd, resolve(io.cwd, path)) || path))
  const sarifInputs = inputs.filter((input): input is { kind: 'sarif'; log: Log } => input.kind === 'sarif')
  if (sarifInputs.length > 0) {
    if (sarifInputs.length !== inputs.length) throw new UsageError('merge either JSON reports or SARIF logs, not both')
    if (options.format !== 'sarif') throw new UsageError(`SARIF logs merge into SARIF only (use --format sarif, or merge the shards' JSON reports)`, { field: '--format' })
    const merged = mergeSarif(sarifInputs.map((input) => input.log))
    const text = JSON.stringify(merged, null, 2) + '\n'
    if (options.baseline !== undefined || options.baselineWrite || options.baselinePrune) throw new UsageError('the baseline applies to merged JSON reports, not SARIF logs (run the shards with -f json --facts)')
    if (options.output) writeOutputFile(io.cwd, options.output, text)
    else io.stdout(text)
    return merged.runs[0]!.results!.some((r) => r.level === 'error' && !r.suppressions?.length) ? 1 : 0
  }

  const byPath = new Map<string, FileReport>()
  let withoutFacts = 0
  for (const input of inputs) {
    if (input.kind !== 'json') continue
    for (const entry of input.reports) {
      if (!entry.result) withoutFacts++
      byPath.set(entry.filePath, entry)
    }
  }
  const reports = [...byPath.values()].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0))
  if (checks.length > 0) {
    if (withoutFacts > 0) io.stderr(`echt: ${withoutFacts} file${withoutFacts === 1 ? '' : 's'} in the inputs carry no facts (run the shards with --facts); checks across files (${checks.map((c) => c.ruleId).join(', ')}) skipped`)
    else applyCrossFileChecks(reports, checks)
  }
  // Shards leave the baseline to the merge; its paths are relative to the baseline file.
  await applyBaselineOptions(reports, io.cwd, options, io)
  return report(reports, reports.length, { ...options, format: options.format as Format, maxWarnings }, io)
}

type Input = { kind: 'json'; reports: FileReport[] } | { kind: 'sarif'; log: Log }

function readInput(path: string, display: string): Input {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new UsageError(`cannot read this report: ${reason}`, { file: display })
  }
  if (Array.isArray(data)) return { kind: 'json', reports: data.map((entry, index) => toReport(entry, display, index)) }
  if (typeof data === 'object' && data !== null && (data as Log).version === '2.1.0' && Array.isArray((data as Log).runs)) return { kind: 'sarif', log: data as Log }
  throw new UsageError('not an echt JSON report (an array of files) or a SARIF 2.1.0 log', { file: display })
}

function toReport(entry: unknown, display: string, index: number): FileReport {
  const file = entry as Record<string, unknown>
  if (typeof file !== 'object' || file === null || typeof file.filePath !== 'string' || !Array.isArray(file.messages)) {
    throw new UsageError(`entry ${index} is not a file result (filePath, messages)`, { file: display })
  }
  const facts = file.echt as (FileSummary & { relativePath?: string }) | undefined
  const { relativePath, ...result } = facts ?? {}
  return {
    filePath: file.filePath,
    relativePath: relativePath ?? file.filePath,
    messages: file.messages as FileReport['messages'],
    suppressedMessages: Array.isArray(file.suppressedMessages) ? (file.suppressedMessages as FileReport['messages']) : [],
    ...(facts ? { result: result as FileSummary } : {}),
  }
}

/** One run: the tool of the first log, rules re-indexed by id, results of every run in path order. */
export function mergeSarif(logs: Log[]): Log {
  const runs = logs.flatMap((log) => log.runs)
  const first = runs[0]
  if (!first) return { version: '2.1.0', runs: [] }
  const rules: ReportingDescriptor[] = []
  const indexById = new Map<string, number>()
  const results: Result[] = []
  for (const run of runs) {
    const runRules = run.tool.driver.rules ?? []
    for (const rule of runRules) {
      if (!indexById.has(rule.id)) {
        indexById.set(rule.id, rules.length)
        rules.push(rule)
      }
    }
    for (const result of run.results ?? []) {
      const id = result.ruleId ?? (result.ruleIndex !== undefined ? runRules[result.ruleIndex]?.id : undefined)
      const ruleIndex = id !== undefined ? indexById.get(id) : undefined
      results.push(ruleIndex !== undefined ? { ...result, ruleIndex } : result)
    }
  }
  const place = (result: Result) => {
    const location = result.locations?.[0]?.physicalLocation
    return [location?.artifactLocation?.uri ?? '', location?.region?.startLine ?? 0, location?.region?.startColumn ?? 0] as const
  }
  results.sort((a, b) => {
    const [ua, la, ca] = place(a)
    const [ub, lb, cb] = place(b)
    return ua < ub ? -1 : ua > ub ? 1 : la - lb || ca - cb
  })
  return { ...logs[0]!, runs: [{ ...first, tool: { ...first.tool, driver: { ...first.tool.driver, rules } }, results }] }
}
