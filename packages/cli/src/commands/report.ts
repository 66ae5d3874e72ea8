import { relative } from 'node:path'
import { rules as allRules } from '@echt/rules'
import { lintSourceOf, toFileReport, toRelative, type FileReport } from '../lint-files.js'
import { UsageError } from '../errors.js'
import { inputFiles, echtVersion, fileOptionsOf, openProject, type Project } from './check.js'
import { siteInput, type CrawlFlags, type SiteInput } from '../crawl/site-input.js'

type Io = { cwd: string; stdout: (s: string) => void; stderr: (s: string) => void }
import { writeOutputFile } from '../output.js'
import { applyCrossFileChecks, registeredCrossFileChecks } from '../cross-file.js'
import { ReportCollector } from '../report/model.js'
import { renderHtml } from '../report/html.js'
import { renderCsv } from '../report/csv.js'
import { chooseLocale } from '../locale.js'

export const REPORT_FORMATS = ['html', 'csv'] as const

export interface ReportOptions {
  format: string
  output?: string
  config?: string
  date?: string
  locale?: string
}

/**
 * A whole-site audit for people: HTML (overview, page by page, claims inventory, values) or
 * the findings as CSV. Always exits 0 on a finished report: it documents, it does not gate.
 */
export async function runReport(patterns: string[], options: ReportOptions & CrawlFlags, io: Io): Promise<number> {
  if (!(REPORT_FORMATS as readonly string[]).includes(options.format)) {
    throw new UsageError(`unknown format "${options.format}" (known: ${REPORT_FORMATS.join(', ')})`, { field: '--format' })
  }
  chooseLocale(options.locale, undefined) // a mistyped --locale fails before any file is read
  const project = openProject(io.cwd, options.config, options.date, io.stderr)
  const site = await siteInput(patterns, options, echtVersion(), io)
  try {
    return await reportFiles(await inputFiles(patterns, site, project, io), project, site, options, io)
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
    ...(site ? { crawl: site.summary } : {}),
  })
  // The per-file reports are small (messages and facts, no trees); holding them lets the
  // cross-file checks (brand/inconsistent-fact) run before any page is rendered, as in check.
  let reports: FileReport[] = []
  // The text each file was linted as (a Word document's paragraphs), for the excerpts.
  const sources = new Map<string, string>()
  for (const file of files) {
    const linted = await lintSourceOf(file, fileOptionsOf(project))
    if (!linted.ok) {
      reports.push(linted.report)
      continue
    }
    reports.push(toFileReport(file, toRelative(project.config.root, file), linted.source, linted.result.messages, linted.result))
    sources.set(file, linted.source)
  }
  applyCrossFileChecks(reports, registeredCrossFileChecks())
  // A crawled page the site would not give has no file: its report holds only the crawl's note.
  if (site) reports = site.attach(reports)
  for (const report of reports) {
    collector.add(report, report.messages.length > 0 ? sources.get(report.filePath) : undefined)
  }
  const input = collector.finish()
  const locale = chooseLocale(options.locale, project.profile, reports.flatMap((r) => (r.result?.language ? [r.result.language] : [])))
  const output = options.format === 'csv' ? renderCsv(input) : renderHtml(input, locale)

  if (options.output) {
    const shown = writeOutputFile(io.cwd, options.output, output)
    io.stderr(`echt: wrote ${shown} (${reports.length} page${reports.length === 1 ? '' : 's'})`)
  } else {
    io.stdout(output)
  }
  return 0
}
