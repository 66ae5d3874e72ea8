// A worker thread of `echt check --jobs N`: opens the project once, then lints the files it is sent.
import { parentPort, workerData } from 'node:worker_threads'
import { fileOptionsOf, openProject } from './commands/check.js'
import { lintFile, type FileReport, type LintFileOptions } from './lint-files.js'
import { encodeReports } from './report-transfer.js'

export interface LintWorkerData {
  cwd: string
  /** The config the main thread loaded (absolute), or undefined for a config-free run. */
  config?: string
  date?: string
  /** --max-file-size in bytes (0: no limit). */
  maxFileSize?: number
}

const port = parentPort!
let options: LintFileOptions
// A worker started ahead of its pool (StartedWorker) gets its data as its first message.
if ((workerData as { deferred?: boolean }).deferred) port.once('message', start)
else start(workerData as LintWorkerData)

function start(data: LintWorkerData): void {
  try {
    const project = openProject(data.cwd, data.config, data.date, () => {})
    options = fileOptionsOf(project, data.maxFileSize)
    // Results of the messages that arrived together go back in one message, once they are all done.
    let ids: number[] = []
    let reports: FileReport[] = []
    const flush = () => {
      port.postMessage({ ids, json: encodeReports(reports) })
      ids = []
      reports = []
    }
    port.on('message', ({ id, item }: { id: number; item: string }) => {
      if (ids.length === 0) setImmediate(flush)
      reports.push(lintFile(item, options))
      ids.push(id)
    })
    port.postMessage({ type: 'ready' })
  } catch (error) {
    port.postMessage({ type: 'init-error', error: (error as Error).message })
  }
}
