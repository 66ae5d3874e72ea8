import { describe, it, expect } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import yauzl from 'yauzl'
import { startLsp } from '../../cli/test/lsp-client.js'
import { scratchDir } from '../../rules/test/scratch.js'

const here = fileURLToPath(new URL('..', import.meta.url))

/** Every entry of a zip file, with its bytes. */
function unzip(path: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error)
      const entries = new Map<string, Buffer>()
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError)
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks))
            zip.readEntry()
          })
        })
      })
      zip.on('end', () => resolve(entries))
      zip.on('error', reject)
      zip.readEntry()
    })
  })
}

describe('pnpm package:vscode', () => {
  it('writes an installable .vsix whose bundled server checks a page', async () => {
    // The same command `pnpm package:vscode` runs after building the CLI (which the tests already need).
    const packed = spawnSync('pnpm', ['run', 'package'], { cwd: here, encoding: 'utf8', timeout: 240_000 })
    expect(packed.status, packed.stderr + packed.stdout).toBe(0)
    const entries = await unzip(join(here, 'echt.vsix'))
    for (const name of ['extension.vsixmanifest', 'extension/package.json', 'extension/readme.md', 'extension/dist/extension.js', 'extension/dist/server/echt.mjs', 'extension/dist/server/lint-worker.js', 'extension/dist/server/package.json', 'extension/dist/schema/echt.config.schema.json']) {
      expect([...entries.keys()], name).toContain(name)
    }
    expect([...entries.keys()].some((name) => name.includes('node_modules') || name.includes('/src/'))).toBe(false)
    const manifest = JSON.parse(entries.get('extension/package.json')!.toString('utf8'))
    expect(manifest.main).toBe('./dist/extension.js')
    expect(Object.keys(manifest.contributes.configuration.properties)).toEqual(['echt.enable', 'echt.configPath', 'echt.debounce'])
    expect(manifest.contributes.commands.map((c: { command: string }) => c.command)).toEqual(['echt.checkWorkspace', 'echt.openReport'])
    expect(entries.get('extension/dist/extension.js')!.toString('utf8')).toContain('dist/server/echt.mjs'.split('/').pop())

    // The server inside the .vsix runs alone, outside the repository, with no node_modules beside it.
    const installed = scratchDir('echt-vsix-')
    for (const [name, bytes] of entries) {
      if (name.endsWith('/')) continue
      mkdirSync(dirname(join(installed, name)), { recursive: true })
      writeFileSync(join(installed, name), bytes)
    }
    const site = scratchDir('echt-vsix-site-')
    writeFileSync(join(site, 'echt.config.yaml'), 'brand:\n  name: Acme\n  voice:\n    prefer: { e-mail: email }\n')
    const client = await startLsp(site, { bin: join(installed, 'extension', 'dist', 'server', 'echt.mjs') })
    try {
      const uri = pathToFileURL(join(site, 'page.md')).href
      client.open(uri, 'We sell the best coffee. Send us an e-mail.\n')
      const { diagnostics } = await client.diagnostics(uri)
      expect(diagnostics.map((d: { code: string }) => d.code)).toEqual(['claims/superlative', 'brand/terminology'])
      // An edit is linted by the background thread, which the bundle carries beside the server.
      client.change(uri, 2, 'We sell coffee. Send us an e-mail.\n')
      expect((await client.diagnostics(uri, 2)).diagnostics.map((d: { code: string }) => d.code)).toEqual(['brand/terminology'])
      const logged = client.received.filter((n) => n.method === 'window/logMessage').map((n) => n.params.message as string)
      expect(logged.filter((message) => /background linter/.test(message))).toEqual([])
    } finally {
      await client.stop()
    }
  }, 300_000)
})
