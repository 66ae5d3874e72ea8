import { relative } from 'node:path'
import { rules as allRules, buildClaimInventory, claimInventoryToCsv, claimInventoryToJson, type ClaimInventoryRow } from '@echt/rules'
import { inputFiles, echtVersion, fileOptionsOf, openProject, sourceGlobs, type Project } from './check.js'
import { siteInput, type CrawlFlags } from '../crawl/site-input.js'
import { discoverFiles } from '../discover.js'
import { writeOutputFile } from '../output.js'
import { lintSourceOf } from '../lint-files.js'
import { UsageError } from '../errors.js'

export const CLAIMS_FORMATS = ['table', 'csv', 'json'] as const

export interface ClaimsOptions {
  format: string
  output?: string
  config?: string
  date?: string
}

/**
 * `echt claims`: the inventory a legal reviewer wants. Every claim found, with its sentence, file,
 * line, rule and status (unsubstantiated, substantiated by a claim id, or evidence stale since a
 * date). Files are read one at a time; only the rows are kept.
 */
export async function runClaims(
  patterns: string[],
  options: ClaimsOptions & CrawlFlags,
  io: { cwd: string; stdout: (s: string) => void; stderr: (s: string) => void },
): Promise<number> {
  if (!(CLAIMS_FORMATS as readonly string[]).includes(options.format)) {
    throw new UsageError(`unknown format "${options.format}" (known: ${CLAIMS_FORMATS.join(', ')})`, { field: '--format' })
  }
  const project = openProject(io.cwd, options.config, options.date, io.stderr)
  const site = await siteInput(patterns, options, echtVersion(), io)
  let rows: ClaimInventoryRow[]
  try {
    const files = await inputFiles(patterns, site, project, io)
    const nameOf = (filePath: string) => site?.urlOf(filePath) ?? (relative(io.cwd, filePath) || filePath)
    for (const problem of site?.problems ?? []) for (const message of problem.messages) io.stderr(`echt: ${problem.url}: ${message.message}`)
    rows = await claimRowsOf(files, project, nameOf, (filePath, reason) => io.stderr(`echt: ${nameOf(filePath)}: ${reason}`))
  } finally {
    site?.dispose()
  }
  const output = options.format === 'csv' ? claimInventoryToCsv(rows) : options.format === 'json' ? claimInventoryToJson(rows) : formatTable(rows)
  if (options.output) {
    const shown = writeOutputFile(io.cwd, options.output, output)
    io.stderr(`echt: wrote ${shown} (${rows.length} claim${rows.length === 1 ? '' : 's'})`)
  } else {
    io.stdout(output)
  }
  return 0
}

/** Every claim in the files the patterns name (MCP's claims_inventory); unreadable files go to `skipped`. */
export async function collectClaimRows(
  patterns: string[],
  project: Project,
  cwd: string,
  skipped: (filePath: string, reason: string) => void,
): Promise<ClaimInventoryRow[]> {
  const { files } = await discoverFiles({ cwd, root: project.config.root, patterns, ignore: project.config.raw.ignore ?? [], sources: sourceGlobs(project) })
  return claimRowsOf(files, project, (filePath) => relative(cwd, filePath) || filePath, skipped)
}

/** The claims of these files, one file at a time (only the rows are kept), named by `nameOf`. */
async function claimRowsOf(
  files: string[],
  project: Project,
  nameOf: (filePath: string) => string,
  skipped: (filePath: string, reason: string) => void,
): Promise<ClaimInventoryRow[]> {
  const fileOptions = fileOptionsOf(project)
  const rows: ClaimInventoryRow[] = []
  for (const filePath of files) {
    const linted = await lintSourceOf(filePath, fileOptions)
    if (!linted.ok) {
      for (const message of linted.report.messages) skipped(filePath, message.message)
      continue
    }
    rows.push(...buildClaimInventory([{ filePath: nameOf(filePath), source: linted.source, result: linted.result }], allRules))
  }
  return rows
}

function statusText(row: ClaimInventoryRow): string {
  if (row.status === 'substantiated') return row.claimId ? `substantiated by ${row.claimId}` : `substantiated: ${row.basis ?? 'on the page'}`
  if (row.status === 'stale') return `evidence stale since ${row.staleSince} (${row.claimId})`
  if (row.status === 'banned') return 'banned: rewrite it, evidence does not save it'
  const status = row.status === 'unsubstantiated' && row.claimId ? `no evidence listed (${row.claimId})` : 'needs evidence'
  return row.cites ? `${status}; the sentence cites "${row.cites}"` : status
}

/** A terminal table: one block per claim, so long sentences stay readable. */
function formatTable(rows: readonly ClaimInventoryRow[]): string {
  if (rows.length === 0) return 'No claims found.\n'
  const lines: string[] = []
  for (const row of rows) {
    lines.push(`${row.file}:${row.line}:${row.column}  ${row.rule} (${row.family})  ${statusText(row)}`)
    lines.push(`  "${row.actual}" in: ${row.sentence.replace(/\s+/g, ' ').trim()}`)
  }
  const count = (status: string) => rows.filter((r) => r.status === status).length
  lines.push('', `${rows.length} claims: ${count('substantiated')} substantiated, ${count('stale')} with stale evidence, ${count('unsubstantiated')} need evidence, ${count('banned')} banned`)
  return `${lines.join('\n')}\n`
}
