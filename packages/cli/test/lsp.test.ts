import { describe, it, expect, afterEach } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { parse } from 'yaml'
import { project } from './helpers.js'
import { startLsp } from './lsp-client.js'

const CONFIG = `# Kaapstad Koffie's profile: this comment must survive the claims library edit.
brand:
  name: Kaapstad Koffie
  language: en
  mission: We roast fairly traded coffee in Utrecht and deliver it fresh.
  values:
    - name: Fairness
      means: [fair, fairly traded]
  voice:
    prefer: { e-mail: email }
claims:
  - id: best-espresso-award
    text: the best espresso blend in the Netherlands
    evidence:
      - source: Dutch Barista Guild award 2023
        reviewBy: 2025-06-30
rules:
  claims/superlative: error
  # The claim finder would list "the best" again when the superlative rule is off.
  claims/needs-evidence: off
`
const PAGE = `# Coffee

We sell the best coffee in town. Send us an e-mail.

We roast the best espresso blend in the Netherlands.
`

type Client = Awaited<ReturnType<typeof startLsp>>
let running: Client[] = []
afterEach(async () => {
  await Promise.all(running.map((client) => client.stop()))
  running = []
})

async function start(files: Record<string, string>, options?: Parameters<typeof startLsp>[1]) {
  const dir = project(files)
  const client = await startLsp(dir, options)
  running.push(client)
  const uri = (name: string) => pathToFileURL(join(dir, name)).href
  return { dir, client, uri }
}

const textAt = (text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
  const document = TextDocument.create('file:///x.md', 'markdown', 1, text)
  return text.slice(document.offsetAt(range.start), document.offsetAt(range.end))
}

/** Applies a WorkspaceEdit's edits for one URI to a text, as an editor does. */
function applyEdit(text: string, edit: { changes?: Record<string, { range: any; newText: string }[]> }, uri: string): string {
  const document = TextDocument.create(uri, 'markdown', 1, text)
  return TextDocument.applyEdits(document, edit.changes?.[uri] ?? [])
}

describe('echt lsp through a real client over stdio', { timeout: 150_000 }, () => {
  it('publishes diagnostics on open at exactly the flagged words, with severity, code and docs url', async () => {
    const { client, uri } = await start({ 'echt.config.yaml': CONFIG, 'page.md': PAGE })
    client.open(uri('page.md'), PAGE)
    const { diagnostics, version } = await client.diagnostics(uri('page.md'))
    expect(version).toBe(1)
    const shown = diagnostics.map((d: any) => [d.code, textAt(PAGE, d.range), d.range.start.line, d.range.start.character, d.severity])
    expect(shown).toEqual([
      ['claims/superlative', 'the best', 2, 8, 1],
      ['brand/terminology', 'e-mail', 2, 44, expect.any(Number)],
      ['claims/superlative', 'the best', 4, 9, 1],
    ])
    for (const d of diagnostics) {
      expect(d.source).toBe('echt')
      expect(d.codeDescription.href).toMatch(new RegExp(`/packages/rules/src/${d.code}/README\\.md$`))
    }
  })

  it('hovers a finding with its why and try lines, and a claim with its status in the claims library', async () => {
    const { client, uri } = await start({ 'echt.config.yaml': CONFIG, 'page.md': PAGE })
    client.open(uri('page.md'), PAGE)
    await client.diagnostics(uri('page.md'))
    const hover: any = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('page.md') }, position: { line: 4, character: 12 } })
    const value: string = hover.contents.value
    expect(value).toContain('claims/superlative')
    expect(value).toMatch(/Why: CAP Code/)
    expect(value).toMatch(/Try:\n- renew the evidence of claim "best-espresso-award"/)
    expect(value).toContain('Claims library: approved claim `best-espresso-award`, stale since 2025-06-30')
    expect(value).toContain('- evidence: Dutch Barista Guild award 2023, review by 2025-06-30')
    const nothing = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('page.md') }, position: { line: 0, character: 2 } })
    expect(nothing).toBeNull()
  })

  it('shows the claims library entry that substantiates a claim on hover', async () => {
    const config = CONFIG.replace('reviewBy: 2025-06-30', 'reviewBy: 2099-06-30')
    const { client, uri } = await start({ 'echt.config.yaml': config, 'page.md': PAGE })
    client.open(uri('page.md'), PAGE)
    const { diagnostics } = await client.diagnostics(uri('page.md'))
    expect(diagnostics.filter((d: any) => d.range.start.line === 4)).toEqual([])
    const hover: any = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('page.md') }, position: { line: 4, character: 12 } })
    expect(hover.contents.value).toContain('approved claim `best-espresso-award`')
    expect(hover.contents.value).toContain('review by 2099-06-30')
  })

  it('shows what on the page substantiates an offer on hover', async () => {
    const page = '# Shop\n\nFree delivery on orders over €25.\n'
    const { client, uri } = await start({ 'echt.config.yaml': CONFIG, 'page.md': page })
    client.open(uri('page.md'), page)
    const { diagnostics } = await client.diagnostics(uri('page.md'))
    expect(diagnostics).toEqual([])
    const hover: any = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('page.md') }, position: { line: 2, character: 3 } })
    expect(hover.contents.value).toContain('On the page: an offer with its conditions stated on the page')
  })

  it('offers each fix as a quick fix; applying it makes the diagnostic go', async () => {
    const { client, uri } = await start({ 'echt.config.yaml': CONFIG, 'page.md': PAGE })
    const page = uri('page.md')
    client.open(page, PAGE)
    const { diagnostics } = await client.diagnostics(page, 1)
    const terminology = diagnostics.find((d: any) => d.code === 'brand/terminology')
    const actions: any[] = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: page }, range: terminology.range, context: { diagnostics: [terminology] } })
    const fix = actions.find((a) => a.title === 'Replace "e-mail" with "email"')
    expect(fix.kind).toBe('quickfix')
    expect(fix.isPreferred).toBe(true)
    const fixed = applyEdit(PAGE, fix.edit, page)
    expect(fixed).toContain('Send us an email.')
    client.change(page, 2, fixed)
    const after = await client.diagnostics(page, 2)
    expect(after.diagnostics.map((d: any) => d.code)).toEqual(['claims/superlative', 'claims/superlative'])
  })

  it('disables a rule for the line with a directive the engine understands, in Markdown and in MDX', async () => {
    const { client, uri } = await start({ 'echt.config.yaml': CONFIG })
    for (const [name, comment] of [['page.md', '<!-- echt-disable-next-line claims/superlative -- why this is fine here -->'], ['page.mdx', '{/* echt-disable-next-line claims/superlative -- why this is fine here */}']]) {
      const page = uri(name)
      client.open(page, PAGE, name.endsWith('.mdx') ? 'mdx' : 'markdown')
      const { diagnostics } = await client.diagnostics(page, 1)
      const first = diagnostics[0]
      const actions: any[] = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: page }, range: first.range, context: { diagnostics: [first] } })
      const disable = actions.find((a) => a.title === 'Disable claims/superlative for this line (with a reason)')
      const edited = applyEdit(PAGE, disable.edit, page)
      expect(edited.split('\n')[2]).toBe(comment)
      client.change(page, 2, edited)
      const after = await client.diagnostics(page, 2)
      expect(after.diagnostics.map((d: any) => `${d.code}@${d.range.start.line}`)).toEqual(['brand/terminology@3', 'claims/superlative@5'])
    }
  })

  it('adds an unapproved claim to the claims library, keeping the rest of echt.config.yaml byte for byte', async () => {
    const { client, uri, dir } = await start({ 'echt.config.yaml': CONFIG, 'page.md': PAGE })
    const page = uri('page.md')
    client.open(page, PAGE)
    const { diagnostics } = await client.diagnostics(page, 1)
    const [first, , stale] = diagnostics
    const actions: any[] = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: page }, range: first.range, context: { diagnostics: [first] } })
    const add = actions.find((a) => a.title.startsWith('Add "the best" to the claims library'))
    const config = applyEdit(CONFIG, add.edit, uri('echt.config.yaml'))
    expect(config.startsWith(CONFIG.slice(0, CONFIG.indexOf('rules:')))).toBe(true)
    expect(config.endsWith(CONFIG.slice(CONFIG.indexOf('rules:')))).toBe(true)
    expect(parse(config).claims[1]).toEqual({ id: 'the-best', text: 'the best', evidence: [] })
    // A claim the library already lists (stale here) is not offered again.
    const onStale: any[] = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: page }, range: stale.range, context: { diagnostics: [stale] } })
    expect(onStale.some((a) => a.title.includes('claims library'))).toBe(false)
    // The server only proposed the edit: the file is unchanged until the editor applies it.
    expect(readFileSync(join(dir, 'echt.config.yaml'), 'utf8')).toBe(CONFIG)
  })

  it('never publishes results for an older version of the document', async () => {
    const { client, uri } = await start({ 'echt.config.yaml': CONFIG }, { initializationOptions: { debounce: 0 } })
    const page = uri('page.md')
    // The open is linted at once; the change arrives while that runs.
    client.open(page, PAGE)
    client.change(page, 2, 'Plain words about coffee.\n')
    const latest = await client.diagnostics(page, 2)
    expect(latest.diagnostics).toEqual([])
    const versions = client.received.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === page).map((n) => n.params.version)
    expect(versions).not.toContain(1)
  })

  it('lints a thousand edits in a second a few times, not a thousand, and ends on the last text', async () => {
    const { client, uri } = await start({ 'echt.config.yaml': CONFIG })
    const page = uri('page.md')
    client.open(page, PAGE)
    await client.diagnostics(page, 1)
    let text = PAGE
    for (let version = 2; version <= 1001; version++) {
      text = text.replace('coffee in town', version % 2 ? 'coffee in town' : 'coffee in Town')
      client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: page, version },
        contentChanges: [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: 'x' }],
      })
      if (version % 100 === 0) await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const last = await client.diagnostics(page, 1001)
    expect(last.diagnostics.length).toBeGreaterThan(0)
    const publishes = client.received.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === page)
    expect(publishes.length).toBeLessThan(100)
    const hover: any = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: page }, position: { line: 2, character: 10 } })
    expect(hover.contents.value).toContain('claims/superlative')
  })

  it('reloads the config when echt.config.yaml changes, and reports a broken one as one diagnostic at its line', async () => {
    const { client, uri, dir } = await start({ 'echt.config.yaml': CONFIG, 'page.md': PAGE })
    const page = uri('page.md')
    const config = uri('echt.config.yaml')
    client.open(page, PAGE)
    await client.diagnostics(page, 1)
    expect(client.registrations.map((r: any) => r.method)).toContain('workspace/didChangeWatchedFiles')
    const watched = JSON.stringify(client.registrations)
    expect(watched).toContain('echt.config.{yaml,yml,json}')

    const notify = () => client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: 2 }] })
    const codes = (p: any) => p.diagnostics.map((d: any) => d.code).join(' ')
    const pageShows = (expected: string) => client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === page && codes(p) === expected)
    const configShows = (test: (p: any) => boolean) => client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === config && test(p))

    // Turn the superlative rule off: its findings go.
    writeFileSync(join(dir, 'echt.config.yaml'), CONFIG.replace('claims/superlative: error', 'claims/superlative: off'))
    let published = pageShows('brand/terminology')
    notify()
    await published

    // Break it: an unknown rule on line 18. One diagnostic there; the page keeps the last good config.
    writeFileSync(join(dir, 'echt.config.yaml'), CONFIG.replace('claims/superlative: error', 'claims/superlativ: error'))
    const broken = configShows((p) => p.diagnostics.length > 0)
    published = pageShows('brand/terminology')
    notify()
    const problem = await broken
    expect(problem.diagnostics).toHaveLength(1)
    expect(problem.diagnostics[0].range).toEqual({ start: { line: 17, character: 2 }, end: { line: 17, character: '  claims/superlativ: error'.length } })
    expect(problem.diagnostics[0].message).toMatch(/unknown rule "claims\/superlativ"/)
    expect(problem.diagnostics[0].message).toMatch(/keeps using the last valid config/)
    await published

    // Invalid YAML: the same, at the line of the syntax error.
    writeFileSync(join(dir, 'echt.config.yaml'), CONFIG.replace('  name: Kaapstad Koffie', '  name: [Kaapstad Koffie'))
    const invalid = configShows((p) => /invalid YAML/.test(p.diagnostics[0]?.message))
    notify()
    expect((await invalid).diagnostics).toHaveLength(1)

    // Fixed: the config's diagnostic is cleared and the new config applies.
    writeFileSync(join(dir, 'echt.config.yaml'), CONFIG)
    const cleared = configShows((p) => p.diagnostics.length === 0)
    published = pageShows('claims/superlative brand/terminology claims/superlative')
    notify()
    await cleared
    await published
    expect(client.child.exitCode).toBeNull()
  })

  it('starts with a broken config: one diagnostic on it, and the pages are checked with the recommended rules', async () => {
    const { client, uri } = await start({ 'echt.config.yaml': 'brand:\n  name: Acme\nrules:\n  nope/nothing: warn\n', 'page.md': PAGE })
    const problem = await client.diagnostics(uri('echt.config.yaml'), undefined, { past: true })
    expect(problem.diagnostics).toHaveLength(1)
    expect(problem.diagnostics[0].range.start.line).toBe(3)
    client.open(uri('page.md'), PAGE)
    const { diagnostics } = await client.diagnostics(uri('page.md'))
    expect(diagnostics.some((d: any) => d.code === 'claims/superlative')).toBe(true)
  })

  it('checks facts across the workspace copy, updated as the open page changes', async () => {
    const { client, uri } = await start({
      'echt.config.yaml': 'brand:\n  name: Acme\n',
      'about.md': '# About\n\nAcme was founded in 2015 in Utrecht.\n',
      'home.md': '# Home\n\nAcme was founded in 2016 in Utrecht.\n',
    })
    const home = uri('home.md')
    // The workspace is read in the background; the open page is re-published once it has been.
    client.open(home, '# Home\n\nAcme was founded in 2016 in Utrecht.\n')
    const inconsistent = await client.diagnostics(home, 1, { past: true }).then(() =>
      client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === home && p.diagnostics.some((d: any) => d.code === 'brand/inconsistent-fact'), { past: true }),
    )
    const fact = inconsistent.diagnostics.find((d: any) => d.code === 'brand/inconsistent-fact')
    expect(fact.message).toContain('about.md:3 says 2015')
    expect(fact.range).toEqual({ start: { line: 2, character: 9 }, end: { line: 2, character: 24 } })
    client.change(home, 2, '# Home\n\nAcme was founded in 2015 in Utrecht.\n')
    expect((await client.diagnostics(home, 2)).diagnostics).toEqual([])
  })

  it('checks the whole workspace on request, publishing the findings of pages that are not open', async () => {
    const { client, uri } = await start({ 'echt.config.yaml': CONFIG, 'page.md': PAGE, 'blog/post.md': 'Our users love the best coffee.\n' })
    const result: any = await client.connection.sendRequest('workspace/executeCommand', { command: 'echt.lsp.checkWorkspace', arguments: [] })
    expect(result).toEqual({ files: 2, errors: 3, warnings: expect.any(Number) })
    const post = await client.diagnostics(uri('blog/post.md'), undefined, { past: true })
    expect(post.diagnostics.map((d: any) => [d.code, d.range.start.character, d.range.end.character])).toEqual([['claims/superlative', 15, 23]])
  })

  it('sends the page alignment score as echt/score and as a code lens on line 1', async () => {
    const { client, uri } = await start({ 'echt.config.yaml': CONFIG })
    const page = uri('page.md')
    const text = '# Fair coffee\n\nOur coffee is fairly traded and fair to the farmer.\n'
    client.open(page, text)
    const score = await client.waitFor('echt/score', (p) => p.uri === page, { past: true })
    expect(score).toMatchObject({ uri: page, version: 1, echoed: ['Fairness'], missing: [] })
    expect(score.score).toBeGreaterThan(0)
    const lenses: any[] = await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: page } })
    expect(lenses).toHaveLength(1)
    expect(lenses[0].range.start.line).toBe(0)
    expect(lenses[0].command.title).toContain(`message alignment ${score.score}/100 (echoes Fairness`)
  })
})

describe('echt lsp and bad input', { timeout: 150_000 }, () => {
  it('answers after malformed JSON-RPC: bad JSON, a batch, headers that are not headers', async () => {
    const { client, uri } = await start({ 'echt.config.yaml': CONFIG })
    const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
    client.child.stdin.write(frame('{"jsonrpc":"2.0","id":99,"method":'))
    client.child.stdin.write(frame('[]'))
    client.child.stdin.write('this is not a header\r\n\r\n')
    client.child.stdin.write('Content-Length: many\r\n\r\n{}')
    // Garbage right before a real message: the message still counts.
    const opened = { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: uri('raw.md'), languageId: 'markdown', version: 7, text: PAGE } } }
    client.child.stdin.write(`\u0000\u0001garbage\r\n${frame(JSON.stringify(opened))}`)
    expect((await client.diagnostics(uri('raw.md'), 7)).diagnostics).toHaveLength(3)
    expect(client.stderr()).toContain('dropped a malformed header')
    const unknown = await client.connection.sendRequest('echt/no-such-method', {}).catch((error: any) => error)
    expect(unknown.code).toBe(-32601)
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('nowhere.md') }, position: { line: 0, character: 0 } })
    expect(hover).toBeNull()
    const bogus = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: 42 }, range: null }).catch((error: any) => error)
    expect(Array.isArray(bogus) || bogus.code !== undefined).toBe(true)
    client.open(uri('page.md'), PAGE)
    expect((await client.diagnostics(uri('page.md'))).diagnostics.length).toBe(3)
  })

  it('reports a 5 MB document and a binary one as one diagnostic each, and goes on', async () => {
    const { client, uri } = await start({ 'echt.config.yaml': CONFIG })
    client.open(uri('huge.md'), 'We sell the best coffee. '.repeat(220_000))
    const huge = await client.diagnostics(uri('huge.md'))
    expect(huge.diagnostics.map((d: any) => d.code)).toEqual(['echt/file-too-large'])
    client.open(uri('binary.md'), 'PNG\u0000\u0001\u0002 the best')
    const binary = await client.diagnostics(uri('binary.md'))
    expect(binary.diagnostics.map((d: any) => d.code)).toEqual(['echt/binary-file'])
    client.open(uri('page.md'), PAGE)
    expect((await client.diagnostics(uri('page.md'))).diagnostics).toHaveLength(3)
    expect(client.child.exitCode).toBeNull()
  })
})
