import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import { fileOptionsOf, type Project } from '../commands/check.js'
import { discoverFiles, MARKDOWN_EXTENSIONS } from '../discover.js'
import { fileProblem, lintFile, lintSource, refuseText, toRelative, type FileReport, type ReportedMessage } from '../lint-files.js'
import { registeredCrossFileChecks } from '../cross-file.js'

/** Editor language ids of the formats `echt check` reads. */
const LANGUAGE_IDS = new Set(['markdown', 'mdx'])

/** The file a document stands for: its path on disk, or a name in the root for an unsaved buffer. */
export function filePathOf(uri: string, root: string): string {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri)
    } catch {
      // fall through: a file URI with a host or bad escapes is treated as an unsaved buffer
    }
  }
  return join(root, `untitled-${encodeURIComponent(uri).slice(-40)}.md`)
}

/** Whether echt checks this document: the extensions `echt check` discovers, or a Markdown/MDX buffer. */
export function isChecked(document: Pick<TextDocument, 'uri' | 'languageId'>): boolean {
  const extension = extname(document.uri.split(/[?#]/)[0]!).slice(1).toLowerCase()
  return (MARKDOWN_EXTENSIONS as readonly string[]).includes(extension) || LANGUAGE_IDS.has(document.languageId)
}

/** One open document as last linted: the version the report belongs to, and the report. */
export interface LintedDocument {
  uri: string
  version: number
  report: FileReport
}

/** Lints an editor buffer with the project's settings for its path; too large or binary text becomes one message. */
export function lintDocument(document: TextDocument, project: Project): LintedDocument {
  const root = project.config.root
  const filePath = filePathOf(document.uri, root)
  const text = document.getText()
  const options = fileOptionsOf(project)
  const refused = refuseText(text, options.maxFileSize)
  const report = refused ? fileProblem(filePath, toRelative(root, filePath), refused.ruleId, refused.reason) : lintSource(filePath, text, options)
  return { uri: document.uri, version: document.version, report }
}

/**
 * The workspace's copy for checks across files (brand/inconsistent-fact): a report per Markdown
 * file of the workspace folders, read once at start with the CLI's discovery (.gitignore,
 * .echtignore, the config's ignore), and replaced by an open document's report while it is open.
 */
export class WorkspaceCopy {
  private readonly onDisk = new Map<string, FileReport>()
  private readonly open = new Map<string, FileReport>()
  private generation = 0

  /** Reads and lints every Markdown file of the folders, yielding between files so requests are still answered. */
  async scan(folders: string[], project: Project): Promise<void> {
    const generation = ++this.generation
    this.onDisk.clear()
    const options = fileOptionsOf(project)
    for (const folder of folders) {
      let files: string[]
      try {
        files = (await discoverFiles({ cwd: folder, root: project.config.root, patterns: [folder], ignore: project.config.raw.ignore ?? [] })).files
      } catch {
        continue // a folder that vanished: nothing to read
      }
      for (const file of files) {
        if (generation !== this.generation) return // a newer scan (config changed) took over
        this.onDisk.set(file, lintFile(file, options))
        await new Promise((resolve) => setImmediate(resolve))
      }
    }
  }

  /** A file changed, appeared or went away on disk. */
  updateFromDisk(filePath: string, project: Project, deleted: boolean): void {
    if (deleted) this.onDisk.delete(filePath)
    else this.onDisk.set(filePath, lintFile(filePath, fileOptionsOf(project)))
  }

  setOpen(report: FileReport): void {
    this.open.set(report.filePath, report)
  }

  close(filePath: string): void {
    this.open.delete(filePath)
  }

  /** Facts of a file as the checks across files see them, to tell whether an edit changed any. */
  factsOf(filePath: string): string {
    return JSON.stringify((this.open.get(filePath) ?? this.onDisk.get(filePath))?.result?.facts ?? [])
  }

  /** Reports of every file, the open document's version where one is open. */
  reports(): FileReport[] {
    const merged = new Map(this.onDisk)
    for (const [filePath, report] of this.open) merged.set(filePath, report)
    return [...merged.values()]
  }

  /** Messages of the checks across files, by file path. */
  crossFileMessages(): Map<string, ReportedMessage[]> {
    const byFile = new Map<string, ReportedMessage[]>()
    const reports = this.reports()
    for (const check of registeredCrossFileChecks()) {
      for (const { filePath, message } of check.run(reports)) {
        const list = byFile.get(filePath)
        if (list) list.push(message)
        else byFile.set(filePath, [message])
      }
    }
    return byFile
  }
}
