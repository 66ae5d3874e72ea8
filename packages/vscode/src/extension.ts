import { fork } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as vscode from 'vscode'
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node'

/** The server's command that checks every Markdown file of the workspace (see packages/cli/src/lsp/server.ts). */
const SERVER_CHECK_WORKSPACE = 'echt.lsp.checkWorkspace'

interface ScoreParams {
  uri: string
  score: number | null
  judged: boolean
  echoed: string[]
  missing: string[]
}

let client: LanguageClient | undefined

function settings() {
  const config = vscode.workspace.getConfiguration('echt')
  return {
    enable: config.get<boolean>('enable', true),
    debounce: config.get<number>('debounce', 150),
    configPath: config.get<string>('configPath', ''),
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // The server is echt's own CLI, bundled into this extension: `echt lsp --stdio`.
  const server = context.asAbsolutePath(join('dist', 'server', 'echt.mjs'))
  const serverOptions: ServerOptions = {
    run: { module: server, args: ['lsp'], transport: TransportKind.stdio },
    debug: { module: server, args: ['lsp'], transport: TransportKind.stdio },
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'mdx' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', pattern: '**/*.{md,mdx,markdown}' },
    ],
    initializationOptions: settings(),
    synchronize: { configurationSection: 'echt' },
  }
  client = new LanguageClient('echt', 'echt', serverOptions, clientOptions)

  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100)
  status.name = 'echt message alignment'
  status.command = 'echt.openReport'
  context.subscriptions.push(status)
  const scores = new Map<string, ScoreParams>()
  const showScore = () => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString()
    const score = uri ? scores.get(uri) : undefined
    if (!score || score.score === null) return status.hide()
    status.text = `$(megaphone) ${score.score}/100`
    status.tooltip = `echt message alignment: ${score.echoed.length ? `echoes ${score.echoed.join(', ')}` : 'echoes none of your values'}${score.missing.length ? `; never ${score.missing.join(', ')}` : ''}${score.judged ? '' : ' (page too short to judge)'}`
    status.show()
  }
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(showScore))

  context.subscriptions.push(
    vscode.commands.registerCommand('echt.checkWorkspace', async () => {
      if (!client) return
      const result = (await client.sendRequest('workspace/executeCommand', { command: SERVER_CHECK_WORKSPACE, arguments: [] })) as { files: number; errors: number; warnings: number } | null
      if (result) void vscode.window.showInformationMessage(`echt: ${result.files} files checked: ${result.errors} errors, ${result.warnings} warnings (see Problems)`)
    }),
    vscode.commands.registerCommand('echt.openReport', () => openReport(server)),
  )

  await client.start()
  context.subscriptions.push(
    client.onNotification('echt/score', (params: ScoreParams) => {
      scores.set(params.uri, params)
      showScore()
    }),
  )
}

/** Writes `echt report` (HTML) of the first workspace folder to a temporary file and opens it in the browser. */
async function openReport(server: string): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]
  if (!folder) return void vscode.window.showWarningMessage('echt: open a folder to write its report')
  const output = join(mkdtempSync(join(tmpdir(), 'echt-report-')), 'report.html')
  const configPath = settings().configPath
  const args = ['report', '-o', output, ...(configPath ? ['--config', configPath] : [])]
  const failure = await new Promise<string | undefined>((resolve) => {
    let stderr = ''
    const child = fork(server, args, { cwd: folder.uri.fsPath, silent: true })
    child.stderr?.on('data', (chunk) => (stderr += chunk))
    child.on('error', (error) => resolve(error.message))
    child.on('exit', (code) => resolve(code === 0 ? undefined : stderr.trim() || `exit code ${code}`))
  })
  if (failure) return void vscode.window.showErrorMessage(`echt: the report failed: ${failure}`)
  await vscode.env.openExternal(vscode.Uri.file(output))
}

export async function deactivate(): Promise<void> {
  await client?.stop()
}
