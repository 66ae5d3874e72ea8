import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { rules as allRules } from '@echt/rules'
import { lintFile } from '../lint-files.js'
import { UsageError } from '../errors.js'
import { discoverOrReport, echtVersion, fileOptionsOf, openProject, type Project } from './check.js'
import { siteInput, type CrawlFlags, type SiteInput } from '../crawl/site-input.js'

type Io = { cwd: string; stdout: (s: string) => void; stderr: (s: string) => void }
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
export async function runReport(patterns: string[], options: ReportOptions & CrawlFlags, io: Io): Promise<number> {
  if (!(REPORT_FORMATS as readonly string[]).includes(options.format)) {
    throw new UsageError(`unknown format "${options.format}" (known: ${REPORT_FORMATS.join(', ')})`, { field: '--format' })
  }
  const project = openProject(io.cwd, options.config, options.date, io.stderr)
  const site = await siteInput(patterns, options, echtVersion(), io)
  try {
    return await reportFiles(site ? site.files : await discoverOrReport(patterns, project, io), project, site, options, io)
  } finally {
    site?.dispose()
  }
}

async function reportFiles(files: string[], project: Project, site: SiteInput | undefined, options: ReportOptions, io: Io): Promise<number> {

  const collector = new ReportCollector({
    cwd: io.cwd,
    profile: project.profile,
    today: project.today,
    rules: allRules,
    ...(project.config.path ? { configPath: relative(io.cwd, project.config.path) || project.config.path } : {}),
  })
  // The per-file reports are small (messages and facts, no trees); holding them lets the
  // cross-file checks (brand/inconsistent-fact) run before any page is rendered, as in check.
  let reports = files.map((file) => lintFile(file, fileOptionsOf(project)))
  applyCrossFileChecks(reports, registeredCrossFileChecks())
  if (site) reports = site.attach(reports)
  const linted = new Set(files)
  for (const report of reports) {
    // A page the crawl could not lint has no file: its report holds only the crawl's note.
    collector.add(report, report.messages.length > 0 && linted.has(report.filePath) ? readFileSync(report.filePath, 'utf8') : undefined)
  }
  const input = collector.finish()
  const output = options.format === 'csv' ? renderCsv(input) : renderHtml(input)

  if (options.output) {
    const shown = writeOutputFile(io.cwd, options.output, output)
    io.stderr(`echt: wrote ${shown} (${reports.length} page${reports.length === 1 ? '' : 's'})`)
  } else {
    io.stdout(output)
  }
  return 0
}
