import { relative } from 'node:path'
import { rules as allRules } from '@echt/rules'
import { discoverFiles } from '../discover.js'
import { lintSourceOf, toFileReport, toRelative } from '../lint-files.js'
import { UsageError } from '../errors.js'
import { fileOptionsOf, openProject, sourceGlobs } from './check.js'
import { writeOutputFile } from '../output.js'
import { applyCrossFileChecks, registeredCrossFileChecks } from '../cross-file.js'
import { ReportCollector } from '../report/model.js'
import { renderHtml } from '../report/html.js'
import { renderCsv } from '../report/csv.js'

export const REPORT_FORMATS = ['html', 'csv'] as const

export interface ReportOptions {
  format: string
  output?: string
  config?: string
  date?: string
}

/**
 * A whole-site audit for people: HTML (overview, page by page, claims inventory, values) or
 * the findings as CSV. Always exits 0 on a finished report: it documents, it does not gate.
 */
export async function runReport(patterns: string[], options: ReportOptions, io: { cwd: string; stdout: (s: string) => void; stderr: (s: string) => void }): Promise<number> {
  if (!(REPORT_FORMATS as readonly string[]).includes(options.format)) {
    throw new UsageError(`unknown format "${options.format}" (known: ${REPORT_FORMATS.join(', ')})`, { field: '--format' })
  }
  const project = openProject(io.cwd, options.config, options.date, io.stderr)
  const { files, ignoredPatterns } = await discoverFiles({ cwd: io.cwd, root: project.config.root, patterns, ignore: project.config.raw.ignore ?? [], sources: sourceGlobs(project) })
  for (const pattern of ignoredPatterns) io.stderr(`echt: every file matching "${pattern}" is ignored (.gitignore, .echtignore or the config's ignore)`)

  const collector = new ReportCollector({
    cwd: io.cwd,
    profile: project.profile,
    today: project.today,
    rules: allRules,
    ...(project.config.path ? { configPath: relative(io.cwd, project.config.path) || project.config.path } : {}),
  })
  // The per-file reports are small (messages and facts, no trees); holding them lets the
  // cross-file checks (brand/inconsistent-fact) run before any page is rendered, as in check.
  const reports = []
  // The text each file was linted as (a Word document's paragraphs), for the excerpts.
  const sources: (string | undefined)[] = []
  for (const file of files) {
    const linted = await lintSourceOf(file, fileOptionsOf(project))
    if (!linted.ok) {
      reports.push(linted.report)
      sources.push(undefined)
      continue
    }
    reports.push(toFileReport(file, toRelative(project.config.root, file), linted.source, linted.result.messages, linted.result))
    sources.push(linted.source)
  }
  applyCrossFileChecks(reports, registeredCrossFileChecks())
  for (const [index, report] of reports.entries()) {
    collector.add(report, report.messages.length > 0 ? sources[index] : undefined)
  }
  const input = collector.finish()
  const output = options.format === 'csv' ? renderCsv(input) : renderHtml(input)

  if (options.output) {
    const shown = writeOutputFile(io.cwd, options.output, output)
    io.stderr(`echt: wrote ${shown} (${files.length} page${files.length === 1 ? '' : 's'})`)
  } else {
    io.stdout(output)
  }
  return 0
}
