// A real LSP client over stdio for the tests and `pnpm bench`: spawns `node packages/cli/bin/echt.js lsp`
// and talks to it with vscode-languageserver-protocol, as an editor does.
import { spawn } from 'node:child_process'
import { pathToFileURL } from 'node:url'
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node'

export const ECHT_BIN = new URL('../bin/echt.js', import.meta.url).pathname

/**
 * Starts the server in `cwd` with the workspace folder `cwd` and returns the connection, every
 * notification it sent (by method), and helpers to wait for the ones a test expects.
 * @param {string} cwd
 * @param {{ initializationOptions?: unknown, watchFiles?: boolean, bin?: string }} [options] `bin`: another build of the CLI (the .vsix's bundle)
 */
export async function startLsp(cwd, options = {}) {
  const child = spawn(process.execPath, [options.bin ?? ECHT_BIN, 'lsp', '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })))
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  /** @type {{ method: string, params: any }[]} */
  const received = []
  /** @type {{ test: (n: { method: string, params: any }) => boolean, resolve: (p: any) => void }[]} */
  let waiters = []
  const registrations = []
  connection.onNotification((method, params) => {
    const note = { method, params }
    received.push(note)
    waiters = waiters.filter((w) => (w.test(note) ? (w.resolve(params), false) : true))
  })
  connection.onRequest('client/registerCapability', (params) => {
    registrations.push(...params.registrations)
    return null
  })
  connection.onRequest('workspace/codeLens/refresh', () => null)
  connection.listen()
  const rootUri = pathToFileURL(cwd).href
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'test' }],
    initializationOptions: options.initializationOptions ?? {},
    capabilities: {
      workspace: { didChangeWatchedFiles: { dynamicRegistration: options.watchFiles !== false } },
      textDocument: { publishDiagnostics: { versionSupport: true } },
    },
  })
  connection.sendNotification('initialized', {})

  /** Waits for a notification that passes `test` (sent from now on, or already received when `past`). */
  const waitFor = (method, test = () => true, { past = false, timeoutMs = 90_000 } = {}) => {
    const found = past ? received.find((n) => n.method === method && test(n.params)) : undefined
    if (found) return Promise.resolve(found.params)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} within ${timeoutMs} ms; stderr: ${stderr.slice(-2000)}`)), timeoutMs)
      waiters.push({
        test: (n) => n.method === method && test(n.params),
        resolve: (params) => {
          clearTimeout(timer)
          resolve(params)
        },
      })
    })
  }
  /** Diagnostics published for a URI, optionally for an exact document version. */
  const diagnostics = (uri, version, opts) => waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && (version === undefined || p.version === version), opts)

  return {
    child,
    connection,
    received,
    registrations,
    waitFor,
    diagnostics,
    stderr: () => stderr,
    exited,
    open(uri, text, languageId = 'markdown', version = 1) {
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } })
    },
    /** Replaces the whole text (a full-document change). */
    change(uri, version, text) {
      connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] })
    },
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 5000))])
        connection.sendNotification('exit')
      } catch {
        // already gone
      }
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
      connection.dispose()
    },
  }
}
