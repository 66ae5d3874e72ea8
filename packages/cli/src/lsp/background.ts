import { Worker } from 'node:worker_threads'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { LintedDocument } from './documents.js'

export interface ProjectSource {
  root: string
  configPath?: string
}

export type BackgroundJob =
  | { type: 'lint'; uri: string; languageId: string; version: number; text: string; generation: number }
  | { type: 'reload'; source: ProjectSource }

export type BackgroundResult = LintedDocument & { generation: number }

/**
 * Lints the latest text of a document on a worker thread while the debounce runs, so that when
 * the writer stops typing the result is usually there already: the debounce decides when
 * findings are shown, not when the work starts. One job at a time; while one runs, only the
 * newest version of each document waits. Results from before a config reload are dropped.
 */
export class BackgroundLinter {
  private readonly worker: Worker
  private running: { uri: string; version: number } | undefined
  private readonly queued = new Map<string, TextDocument>()
  private readonly done = new Map<string, BackgroundResult>()
  private readonly waiters = new Map<string, (() => void)[]>()
  private generation = 0
  private failed = false

  constructor(source: ProjectSource, log: (text: string) => void) {
    this.worker = new Worker(new URL('./lint-worker.js', import.meta.url), { workerData: source })
    this.worker.unref()
    this.worker.on('message', (result: BackgroundResult) => this.finished(result))
    this.worker.on('error', (error) => {
      log(`echt: the background linter stopped (${error.message}); linting goes on in the server's own thread`)
      this.stop()
    })
    this.worker.on('exit', () => this.stop())
  }

  /** The document changed: lint its newest text as soon as the worker is free. */
  request(document: TextDocument): void {
    if (this.failed) return
    this.done.delete(document.uri)
    this.queued.set(document.uri, document)
    this.next()
  }

  /** The config changed: later jobs use the new one, and what was linted before is dropped. */
  reload(source: ProjectSource): void {
    if (this.failed) return
    this.generation++
    this.done.clear()
    this.worker.postMessage({ type: 'reload', source } satisfies BackgroundJob)
  }

  /** The result for exactly this version, waiting while it is queued or being linted; undefined: lint it yourself. */
  async resultFor(uri: string, version: number): Promise<LintedDocument | undefined> {
    for (;;) {
      const ready = this.done.get(uri)
      if (ready && ready.version === version && ready.generation === this.generation) return ready
      const pending = (this.running?.uri === uri && this.running.version === version) || this.queued.get(uri)?.version === version
      if (this.failed || !pending) return undefined
      await new Promise<void>((resolve) => {
        const list = this.waiters.get(uri) ?? []
        list.push(resolve)
        this.waiters.set(uri, list)
      })
    }
  }

  forget(uri: string): void {
    this.queued.delete(uri)
    this.done.delete(uri)
  }

  private next(): void {
    if (this.running || this.failed) return
    const [uri, document] = this.queued.entries().next().value ?? []
    if (!uri || !document) return
    this.queued.delete(uri)
    this.running = { uri, version: document.version }
    this.worker.postMessage({ type: 'lint', uri, languageId: document.languageId, version: document.version, text: document.getText(), generation: this.generation } satisfies BackgroundJob)
  }

  private finished(result: BackgroundResult): void {
    this.running = undefined
    if (result.generation === this.generation) this.done.set(result.uri, result)
    const waiting = this.waiters.get(result.uri)
    this.waiters.delete(result.uri)
    for (const resolve of waiting ?? []) resolve()
    this.next()
  }

  private stop(): void {
    this.failed = true
    this.running = undefined
    for (const list of this.waiters.values()) for (const resolve of list) resolve()
    this.waiters.clear()
  }

  dispose(): void {
    void this.worker.terminate()
  }
}
