import { extname } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  createConnection,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { MARKDOWN_EXTENSIONS } from '../discover.js'
import type { ReportedMessage } from '../lint-files.js'
import { codeActionsFor, readText } from './actions.js'
import { isConfigFile, loadConfigState, type ConfigState } from './config-watch.js'
import { Debouncer, toDiagnostic } from './diagnostics.js'
import { filePathOf, isChecked, lintDocument, WorkspaceCopy, type LintedDocument } from './documents.js'
import { BackgroundLinter } from './background.js'
import { hoverAt } from './hover.js'
import { WellFramedMessages } from './framing.js'
import { SCORE_NOTIFICATION, scoreLens, scoreOf } from './score.js'

/** Quiet time after the last edit before a document is linted again. */
export const DEFAULT_DEBOUNCE_MS = 150

/** What a client may set, in initializationOptions or as the `echt` section of workspace settings. */
export interface LspSettings {
  enable: boolean
  debounce: number
  /** A config file to use instead of finding echt.config.yaml upward from the workspace root. */
  configPath?: string
  /** Lint on a worker thread while the debounce runs (default true); false: only after it, on the server's thread. */
  background: boolean
}

/** Executed through workspace/executeCommand; the VS Code extension's "echt: Check Workspace" calls it. */
export const CHECK_WORKSPACE_COMMAND = 'echt.lsp.checkWorkspace'

/** An open document with its last lint and what was shown for it (its own findings and those across files). */
type OpenDocument = LintedDocument & { shown: ReportedMessage[] }

function readSettings(value: unknown, base: LspSettings): LspSettings {
  const given = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>
  const settings = { ...base }
  if (typeof given.enable === 'boolean') settings.enable = given.enable
  if (typeof given.background === 'boolean') settings.background = given.background
  if (typeof given.debounce === 'number' && Number.isFinite(given.debounce) && given.debounce >= 0) settings.debounce = Math.min(given.debounce, 10_000)
  if (typeof given.configPath === 'string') settings.configPath = given.configPath || undefined
  if (typeof given.config === 'string') settings.configPath = given.config || undefined
  return settings
}

const byPosition = (a: ReportedMessage, b: ReportedMessage) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId)

/**
 * `echt lsp`: diagnostics, hover, quick fixes and the alignment score for Markdown and MDX, from
 * the same engine, config discovery and profile as `echt check`. Every handler is guarded: bad
 * input gets an answer or a log line, never the end of the server.
 */
export function startLanguageServer(
  connection: Connection = createConnection(ProposedFeatures.all, process.stdin.pipe(new WellFramedMessages((why) => process.stderr.write(`${why}\n`))), process.stdout),
): void {
  const documents = new TextDocuments(TextDocument)
  const workspace = new WorkspaceCopy()
  const open = new Map<string, OpenDocument>()
  let settings: LspSettings = { enable: true, debounce: DEFAULT_DEBOUNCE_MS, background: true }
  const debouncer = new Debouncer(() => settings.debounce)
  let root = process.cwd()
  let folders: string[] = []
  let state: ConfigState | undefined
  let shownConfigProblem: string | undefined
  let canRefreshLenses = false
  let canWatchFiles = false
  let background: BackgroundLinter | undefined

  const log = (text: string) => connection.console.info(text)
  const guard =
    <A extends unknown[], R>(name: string, fallback: R, handler: (...args: A) => R) =>
    (...args: A): R => {
      try {
        return handler(...args)
      } catch (error) {
        connection.console.error(`echt: ${name} failed: ${(error as Error).stack ?? error}`)
        return fallback
      }
    }
  const projectSource = () => ({ root, ...(settings.configPath ? { configPath: settings.configPath } : {}) })
  const project = () => {
    state ??= loadConfigState(root, settings.configPath, undefined, log)
    return state.project
  }

  function publishConfigProblem(): void {
    const problem = state?.problem
    if (shownConfigProblem && shownConfigProblem !== problem?.uri) void connection.sendDiagnostics({ uri: shownConfigProblem, diagnostics: [] })
    if (problem) void connection.sendDiagnostics({ uri: problem.uri, diagnostics: [problem.diagnostic] })
    shownConfigProblem = problem?.uri
  }

  /** Lints a document now (or takes the background linter's result) and records it; returns whether its facts changed. */
  function lintNow(uri: string, done?: LintedDocument): boolean {
    const document = documents.get(uri)
    if (!document || !isChecked(document) || !settings.enable) return false
    const filePath = filePathOf(uri, project().config.root)
    const factsBefore = workspace.factsOf(filePath)
    const linted = done ?? lintDocument(document, project())
    workspace.setOpen(linted.report)
    const cross = workspace.crossFileMessages().get(filePath) ?? []
    open.set(uri, { ...linted, shown: [...linted.report.messages, ...cross].sort(byPosition) })
    return factsBefore !== workspace.factsOf(filePath)
  }

  /** Recomputes the findings across files of the open documents (another page's facts changed). */
  function refreshCrossFile(): void {
    const cross = workspace.crossFileMessages()
    for (const entry of open.values()) entry.shown = [...entry.report.messages, ...(cross.get(entry.report.filePath) ?? [])].sort(byPosition)
  }

  /**
   * Publishes what was linted two turns of the event loop later: edits that arrived while the
   * engine ran are read and applied first (the connection handles one message per turn), so a
   * result of an older version than the latest the editor sent is dropped, never sent.
   */
  function publishSoon(uris: string[]): void {
    const publish = guard('publishing diagnostics', undefined, () => {
      for (const uri of uris) {
        const document = documents.get(uri)
        const entry = open.get(uri)
        if (!document || !entry || entry.version !== document.version) continue // stale: a newer lint is on its way
        void connection.sendDiagnostics({ uri, version: document.version, diagnostics: entry.shown.map((m) => toDiagnostic(m, document)) })
        void connection.sendNotification(SCORE_NOTIFICATION, scoreOf(uri, document.version, entry.report))
      }
      if (canRefreshLenses) connection.sendRequest(CodeLensRefreshRequest.type).catch(() => {})
    })
    setImmediate(() => setImmediate(publish))
  }

  function lintAndPublish(uri: string, done?: LintedDocument): void {
    const factsChanged = lintNow(uri, done)
    if (factsChanged) refreshCrossFile()
    publishSoon(factsChanged ? [...open.keys()] : [uri])
  }

  /** The debounce ended: show the background linter's result for this version, or lint now. */
  async function lintAfterDebounce(uri: string): Promise<void> {
    const version = documents.get(uri)?.version
    if (version === undefined) return
    const done = await background?.resultFor(uri, version)
    if (documents.get(uri)?.version !== version || debouncer.pending(uri)) return // typed on: a newer lint follows
    if (open.get(uri)?.version === version) return // hover or a code action linted it meanwhile
    lintAndPublish(uri, done)
  }

  /** The open document's lint for its current version, linting now if an edit is still waiting. */
  function current(uri: string): { document: TextDocument; entry: OpenDocument } | undefined {
    const document = documents.get(uri)
    if (!document || !isChecked(document) || !settings.enable) return undefined
    if (open.get(uri)?.version !== document.version) {
      debouncer.cancel(uri)
      lintAndPublish(uri)
    }
    const entry = open.get(uri)
    return entry ? { document, entry } : undefined
  }

  function relintOpen(): void {
    for (const document of documents.all()) lintNow(document.uri)
    refreshCrossFile()
    publishSoon([...open.keys()])
  }

  function scanWorkspace(): Promise<void> {
    return workspace
      .scan(folders, project())
      .then(() => {
        refreshCrossFile()
        publishSoon([...open.keys()])
      })
      .catch((error) => connection.console.error(`echt: reading the workspace failed: ${(error as Error).message}`))
  }

  function reloadConfig(): void {
    state = loadConfigState(root, settings.configPath, state?.project, log)
    background?.reload(projectSource())
    publishConfigProblem()
    relintOpen()
    void scanWorkspace()
  }

  function clearAll(): void {
    for (const uri of open.keys()) void connection.sendDiagnostics({ uri, diagnostics: [] })
    open.clear()
  }

  connection.onInitialize(
    guard('initialize', { capabilities: {} }, (params: InitializeParams): InitializeResult => {
      const folderUris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : [])
      folders = folderUris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri))
      if (folders[0]) root = folders[0]
      else if (params.rootPath) root = params.rootPath
      settings = readSettings(params.initializationOptions, settings)
      canRefreshLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true
      canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
      return {
        capabilities: {
          textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
          hoverProvider: true,
          codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
          codeLensProvider: { resolveProvider: false },
          executeCommandProvider: { commands: [CHECK_WORKSPACE_COMMAND] },
        },
        serverInfo: { name: 'echt' },
      }
    }),
  )

  connection.onInitialized(
    guard('initialized', undefined, () => {
      project()
      publishConfigProblem()
      if (settings.background) {
        try {
          background = new BackgroundLinter(projectSource(), log)
        } catch (error) {
          log(`echt: no background linter (${(error as Error).message}); linting in the server's own thread`)
        }
      }
      if (canWatchFiles) {
        const markdown = `**/*.{${MARKDOWN_EXTENSIONS.join(',')}}`
        connection.client
          .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/echt.config.{yaml,yml,json}' }, { globPattern: markdown }] })
          .catch(() => {})
      }
      void scanWorkspace()
    }),
  )

  documents.onDidChangeContent(
    guard('linting', undefined, ({ document }) => {
      if (!isChecked(document)) return
      // A document just opened is linted at once; edits wait for the debounce.
      // The background linter gets the opened text too: its first lint loads and warms the engine.
      background?.request(document)
      if (!open.has(document.uri)) return lintAndPublish(document.uri)
      debouncer.schedule(document.uri, () => void lintAfterDebounce(document.uri).catch((error) => connection.console.error(`echt: linting failed: ${(error as Error).stack ?? error}`)))
    }),
  )

  documents.onDidClose(
    guard('closing', undefined, ({ document }) => {
      debouncer.cancel(document.uri)
      background?.forget(document.uri)
      if (!open.delete(document.uri)) return
      const filePath = filePathOf(document.uri, project().config.root)
      workspace.close(filePath)
      if (document.uri.startsWith('file:')) workspace.updateFromDisk(filePath, project(), false)
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] })
    }),
  )

  // Clients without file watching (Neovim, Helix) still reload a config saved from the editor.
  documents.onDidSave(
    guard('saving', undefined, ({ document }) => {
      if (document.uri.startsWith('file:') && isConfigFile(fileURLToPath(document.uri))) reloadConfig()
    }),
  )

  connection.onDidChangeWatchedFiles(
    guard('watched files', undefined, ({ changes }) => {
      let pagesChanged = false
      for (const change of changes) {
        if (!change.uri.startsWith('file:')) continue
        const filePath = fileURLToPath(change.uri)
        if (isConfigFile(filePath)) {
          reloadConfig()
          return
        }
        const isMarkdown = (MARKDOWN_EXTENSIONS as readonly string[]).includes(extname(filePath).slice(1).toLowerCase())
        if (isMarkdown && !open.has(change.uri)) {
          workspace.updateFromDisk(filePath, project(), change.type === FileChangeType.Deleted)
          pagesChanged = true
        }
      }
      if (pagesChanged) {
        refreshCrossFile()
        publishSoon([...open.keys()])
      }
    }),
  )

  connection.onDidChangeConfiguration(
    guard('settings', undefined, ({ settings: all }) => {
      const before = settings
      settings = readSettings((all as Record<string, unknown> | undefined)?.echt, settings)
      if (!settings.enable) clearAll()
      else if (settings.configPath !== before.configPath) reloadConfig()
      else if (!before.enable) relintOpen()
    }),
  )

  connection.onHover(
    guard('hover', null, ({ textDocument, position }) => {
      const found = current(textDocument.uri)
      return found ? hoverAt(found.document, { ...found.entry.report, messages: found.entry.shown }, project().profile, position) : null
    }),
  )

  connection.onCodeAction(
    guard('code actions', [], ({ textDocument, range }) => {
      const found = current(textDocument.uri)
      if (!found) return []
      return codeActionsFor(range, {
        document: found.document,
        report: { ...found.entry.report, messages: found.entry.shown },
        ...(project().config.path ? { configPath: project().config.path } : {}),
        configText: (path) => readText(path, (uri) => documents.get(uri)?.getText()),
      })
    }),
  )

  connection.onCodeLens(
    guard('code lens', [], ({ textDocument }) => {
      const found = current(textDocument.uri)
      return found ? scoreLens(scoreOf(textDocument.uri, found.document.version, found.entry.report)) : []
    }),
  )

  // Checks every Markdown file of the workspace and shows the findings of the files that are not open too.
  connection.onExecuteCommand(async ({ command }) => {
    if (command !== CHECK_WORKSPACE_COMMAND) return null
    try {
      await workspace.scan(folders, project())
      refreshCrossFile()
      const cross = workspace.crossFileMessages()
      let errors = 0
      let warnings = 0
      const reports = workspace.reports()
      for (const report of reports) {
        const uri = [...open.values()].find((entry) => entry.report.filePath === report.filePath)?.uri
        const messages = [...report.messages, ...(cross.get(report.filePath) ?? [])]
        for (const m of messages) m.severity === 2 ? errors++ : warnings++
        if (uri) continue // open documents have their own, fresher diagnostics
        const fileUri = pathToFileURL(report.filePath).href
        void connection.sendDiagnostics({ uri: fileUri, diagnostics: messages.map((m) => toDiagnostic(m, undefined)) })
      }
      publishSoon([...open.keys()])
      return { files: reports.length, errors, warnings }
    } catch (error) {
      connection.console.error(`echt: checking the workspace failed: ${(error as Error).message}`)
      return { files: 0, errors: 0, warnings: 0 }
    }
  })

  documents.listen(connection)
  connection.listen()
}
