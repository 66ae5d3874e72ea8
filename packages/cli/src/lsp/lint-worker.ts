import { parentPort, workerData } from 'node:worker_threads'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { loadConfigState, type ConfigState } from './config-watch.js'
import { lintDocument } from './documents.js'
import type { BackgroundJob, BackgroundResult, ProjectSource } from './background.js'

// The background linter's thread: the same config loading and engine as the server's own thread.
const load = (source: ProjectSource, previous?: ConfigState) => loadConfigState(source.root, source.configPath, previous?.project, () => {})
let state = load(workerData as ProjectSource)

// The first lint of each language loads the rules' word lists and compiles the profile: done now,
// before the writer's first edit waits for it.
for (const [language, text] of [['en', 'We are the best and greenest shop. Order today!'], ['nl', 'Wij zijn de beste en groenste winkel. Bestel vandaag!']]) {
  lintDocument(TextDocument.create(`untitled:warm-up-${language}`, 'markdown', 0, `---\nlang: ${language}\n---\n\n${text}\n`), state.project)
}

parentPort!.on('message', (job: BackgroundJob) => {
  if (job.type === 'reload') {
    state = load(job.source, state)
    return
  }
  const document = TextDocument.create(job.uri, job.languageId, job.version, job.text)
  const result: BackgroundResult = { ...lintDocument(document, state.project), generation: job.generation }
  parentPort!.postMessage(result)
})
