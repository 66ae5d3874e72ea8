import { pathToFileURL } from 'node:url'
import type { Log, ReportingDescriptor, Result, Fix as SarifFix, Region } from 'sarif'
import { ruleDocsUrl, type Rule } from '@echt/core'
import type { FileReport, PlacedEdit, ReportedMessage } from '../lint-files.js'
import { displayPath } from './paths.js'

export interface SarifOptions {
  cwd: string
  /** Every rule by id: their metadata becomes tool.driver.rules, so code scanning can show each rule. */
  rules: Record<string, Rule<any>>
  version: string
}

const INFORMATION_URI = 'https://github.com/echt-lint/echt'
const INLINE_CONTROL_URI = ruleDocsUrl('echt/unused-directive')

/** What the engine and the CLI report about files themselves, under echt/* ids. */
const META_RULES: Record<string, { short: string; full: string; level: 'error' | 'warning'; helpUri?: string }> = {
  'echt/parse-error': { short: 'The file does not parse as Markdown or MDX', full: 'The file does not parse as Markdown or MDX, so none of its copy was checked.', level: 'error' },
  'echt/front-matter': { short: 'The front matter is not valid YAML', full: 'The front matter is not valid YAML; its settings (lang, validUntil) were not read.', level: 'error' },
  'echt/language': { short: 'Language of the page', full: 'The page is in another language than the configured one, or its front matter names a language echt does not know; the warning says which language it was linted in.', level: 'warning' },
  'echt/unused-directive': { short: 'An echt-disable comment suppressed nothing', full: 'An echt-disable comment suppressed nothing; remove it so suppressions never hide future findings silently.', level: 'warning', helpUri: INLINE_CONTROL_URI },
  'echt/unknown-rule': { short: 'An echt-disable comment names an unknown rule', full: 'An echt-disable comment names a rule id that does not exist, so it suppresses nothing.', level: 'warning', helpUri: INLINE_CONTROL_URI },
  'echt/rule-error': { short: 'A rule failed on this file', full: 'A rule threw an error on this file; the other rules ran. Please report it with the file.', level: 'error' },
  'echt/read-error': { short: 'The file could not be read', full: 'The file could not be read (permissions, a broken link); it was skipped.', level: 'error' },
  'echt/binary-file': { short: 'The file looks binary', full: 'The file contains NUL bytes, so it is not Markdown; it was skipped.', level: 'error' },
  'echt/timeout': { short: 'Linting the file took too long', full: 'Linting the file took longer than --file-timeout; its worker was stopped and the run went on without it.', level: 'error' },
  'echt/out-of-memory': { short: 'Linting the file needed too much memory', full: 'Linting the file needed more memory than --file-memory; its worker was stopped and the run went on without it.', level: 'error' },
  'echt/worker-crash': { short: 'The worker linting the file crashed', full: 'The worker thread linting the file crashed; the run went on without it. Please report it with the file.', level: 'error' },
}

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, the rule catalogue in
 * tool.driver.rules, one result per message (suppressed ones carry an inSource suppression, or an external one when the baseline absorbed them), and
 * fixes where a rule proposes a replacement. Columns are UTF-16 code units, as echt counts them.
 */
export function formatSarif(reports: FileReport[], options: SarifOptions): string {
  return JSON.stringify(buildSarif(reports, options), null, 2)
}

export function buildSarif(reports: FileReport[], options: SarifOptions): Log {
  const descriptors: ReportingDescriptor[] = []
  const indexById = new Map<string, number>()
  const describe = (ruleId: string): number => {
    let index = indexById.get(ruleId)
    if (index !== undefined) return index
    index = descriptors.length
    indexById.set(ruleId, index)
    descriptors.push(ruleDescriptor(ruleId, options.rules[ruleId]))
    return index
  }
  for (const id of Object.keys(options.rules).sort()) describe(id)

  const results: Result[] = []
  for (const report of reports) {
    const uri = report.url ?? artifactUri(options.cwd, report.filePath)
    for (const message of report.messages) results.push(toResult(message, uri, describe(message.ruleId)))
    for (const message of report.suppressedMessages) {
      results.push({ ...toResult(message, uri, describe(message.ruleId)), suppressions: message.suppressions ?? [{ kind: 'inSource' }] })
    }
  }

  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'echt', version: options.version, semanticVersion: options.version, informationUri: INFORMATION_URI, rules: descriptors },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(options.cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  }
}

function ruleDescriptor(ruleId: string, rule: Rule<any> | undefined): ReportingDescriptor {
  if (rule) {
    const { docs, defaultSeverity } = rule.meta
    return {
      id: ruleId,
      name: ruleId,
      shortDescription: { text: docs.description },
      fullDescription: { text: docs.source ? `${docs.description}. Why it matters: ${docs.source}.` : docs.description },
      helpUri: ruleDocsUrl(ruleId),
      defaultConfiguration: { level: defaultSeverity === 'error' ? 'error' : 'warning' },
      properties: { tags: [rule.meta.type], recommended: docs.recommended },
    }
  }
  const meta = META_RULES[ruleId]
  return {
    id: ruleId,
    name: ruleId,
    shortDescription: { text: meta?.short ?? ruleId },
    fullDescription: { text: meta?.full ?? `Reported by echt under ${ruleId}.` },
    helpUri: meta?.helpUri ?? `${INFORMATION_URI}#readme`,
    defaultConfiguration: { level: meta?.level ?? 'warning' },
  }
}

function toResult(message: ReportedMessage, uri: string, ruleIndex: number): Result {
  const lines = [message.message]
  if (message.note) lines.push(`Why: ${message.note}`)
  for (const rewrite of message.expected.slice(0, 3)) lines.push(`Try: ${rewrite}`)
  const result: Result = {
    ruleId: message.ruleId,
    ruleIndex,
    level: message.severity === 2 ? 'error' : 'warning',
    message: { text: lines.join('\n') },
    locations: [
      {
        physicalLocation: {
          // SARIF 3.4.3: an absolute URI (a crawled page, a file outside the working directory) has no base.
          artifactLocation: /^[a-z][a-z0-9+.-]*:/i.test(uri) ? { uri } : { uri, uriBaseId: '%SRCROOT%' },
          region: region(message.line, message.column, message.endLine, message.endColumn, message.actual),
        },
      },
    ],
  }
  const fixes = (message.edits ?? []).map((edit) => toFix(edit, uri))
  if (fixes.length > 0) result.fixes = fixes
  return result
}

function region(startLine: number, startColumn: number, endLine: number, endColumn: number, snippet?: string): Region {
  const place: Region = { startLine, startColumn, endLine, endColumn }
  if (snippet) place.snippet = { text: snippet }
  return place
}

function toFix(edit: PlacedEdit, uri: string): SarifFix {
  return {
    description: { text: edit.desc ?? `Replace with "${edit.text}"` },
    artifactChanges: [
      {
        artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
        replacements: [{ deletedRegion: region(edit.start.line, edit.start.column, edit.end.line, edit.end.column), insertedContent: { text: edit.text } }],
      },
    ],
  }
}

/** A relative URI reference (percent-encoded per segment), resolved against %SRCROOT%. */
function artifactUri(cwd: string, filePath: string): string {
  const path = displayPath(cwd, filePath)
  if (path.startsWith('../') || path.startsWith('/') || /^[A-Za-z]:/.test(path)) return pathToFileURL(filePath).href
  return path.split('/').map(encodeURIComponent).join('/')
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href
  return href.endsWith('/') ? href : `${href}/`
}
