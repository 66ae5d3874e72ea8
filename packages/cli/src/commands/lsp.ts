/**
 * `echt lsp`: the language server over stdio. Whatever goes wrong inside a handler is logged to
 * the client and on stderr; stdout belongs to the protocol, so nothing else may write there.
 */
export async function runLsp(): Promise<number> {
  console.log = console.error
  process.on('uncaughtException', (error) => process.stderr.write(`echt lsp: ${error.stack ?? error}\n`))
  process.on('unhandledRejection', (error) => process.stderr.write(`echt lsp: ${(error as Error)?.stack ?? error}\n`))
  const { startLanguageServer } = await import('../lsp/server.js')
  startLanguageServer()
  // The server runs until the client sends `exit` or closes stdin; the CLI must not exit first.
  return new Promise<number>(() => {})
}
