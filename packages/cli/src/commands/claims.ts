import { relative } from 'node:path'
import { rules as allRules, buildClaimInventory, claimInventoryToCsv, claimInventoryToJson, type ClaimInventoryRow } from '@echt/rules'
import { inputFiles, echtVersion, fileOptionsOf, openProject } from './check.js'
import { siteInput, type CrawlFlags } from '../crawl/site-input.js'
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
  const rows: ClaimInventoryRow[] = []
  try {
    const files = await inputFiles(patterns, site, project, io)
    const fileOptions = fileOptionsOf(project)
    const nameOf = (filePath: string) => site?.urlOf(filePath) ?? (relative(io.cwd, filePath) || filePath)
    for (const problem of site?.problems ?? []) for (const message of problem.messages) io.stderr(`echt: ${problem.url}: ${message.message}`)
    for (const filePath of files) {
      const linted = await lintSourceOf(filePath, fileOptions)
      if (!linted.ok) {
        for (const message of linted.report.messages) io.stderr(`echt: ${nameOf(filePath)}: ${message.message}`)
        continue
      }
      rows.push(...buildClaimInventory([{ filePath: nameOf(filePath), source: linted.source, result: linted.result }], allRules))
    }
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

function statusText(row: ClaimInventoryRow): string {
  if (row.status === 'substantiated') return `substantiated by ${row.claimId}`
  if (row.status === 'stale') return `evidence stale since ${row.staleSince} (${row.claimId})`
  return row.status === 'unsubstantiated' && row.claimId ? `no evidence listed (${row.claimId})` : 'unsubstantiated'
}

/** A terminal table: one block per claim, so long sentences stay readable. */
function formatTable(rows: readonly ClaimInventoryRow[]): string {
  if (rows.length === 0) return 'No claims found.\n'
  const lines: string[] = []
  for (const row of rows) {
    lines.push(`${row.file}:${row.line}:${row.column}  ${row.rule}  ${statusText(row)}`)
    lines.push(`  "${row.actual}" in: ${row.sentence.replace(/\s+/g, ' ').trim()}`)
  }
  const count = (status: string) => rows.filter((r) => r.status === status).length
  lines.push('', `${rows.length} claims: ${count('substantiated')} substantiated, ${count('stale')} with stale evidence, ${rows.length - count('substantiated') - count('stale')} unsubstantiated`)
  return `${lines.join('\n')}\n`
}
