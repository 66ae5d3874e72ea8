import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { fileURLToPath } from 'node:url'
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { project, run } from './helpers.js'

const bin = fileURLToPath(new URL('../bin/echt.js', import.meta.url))

const config = [
  'brand:', '  name: Acme', '  language: en',
  '  mission: We bake fresh sourdough bread for our neighbourhood.',
  '  values:', '    - name: Freshness', '      means: [fresh, baked this morning]',
  'claims:',
  '  - id: best-bakery', '    text: the best bakery in town', '    evidence:', '      - source: Town survey 2026', '        reviewBy: 2027-01-01',
  '  - id: fastest', '    text: the fastest delivery in town', '    evidence:', '      - source: Old survey', '        reviewBy: 2025-01-01',
].join('\n')
const draft = '# Bread\n\nWe are the best bakery in town.\n\nWe are the market leader.\n'

type ToolResult = { isError?: boolean; content: { type: string; text?: string }[]; structuredContent?: any }

/** A real client: the SDK's own, spawning `node packages/cli/bin/echt.js mcp` over stdio. */
async function connect(cwd: string) {
  const client = new Client({ name: 'echt-test', version: '1.0.0' })
  const transport = new StdioClientTransport({ command: process.execPath, args: [bin, 'mcp'], cwd, stderr: 'pipe' })
  let stderr = ''
  transport.stderr?.on('data', (chunk) => (stderr += chunk))
  await client.connect(transport)
  const call = (name: string, args: Record<string, unknown>) => client.callTool({ name, arguments: args }) as Promise<ToolResult>
  return { client, transport, call, stderr: () => stderr }
}

describe('echt mcp', () => {
  let dir: string
  let session: Awaited<ReturnType<typeof connect>>
  beforeAll(async () => {
    dir = project({
      'echt.config.yaml': config,
      'site/page.md': draft,
      'site/more.md': '# More\n\nWe have the fastest delivery in town.\n',
      'site/offer.md': '# Shop\n\nFree delivery on orders over €25.\n',
      'broken/echt.config.yaml': 'brand:\n  name: [unclosed\n',
      'wrong/echt.config.yaml': 'brand:\n  values: 3\n',
    })
    session = await connect(dir)
  })
  afterAll(async () => {
    await session?.client.close()
  })

  it('lists its four tools with input and output schemas', async () => {
    const { tools } = await session.client.listTools()
    expect(tools.map((t) => t.name).sort()).toEqual(['check_text', 'claims_inventory', 'explain_rule', 'show_profile'])
    for (const tool of tools) {
      expect(tool.outputSchema?.type).toBe('object')
      expect(tool.description).toBeTruthy()
    }
    const check = tools.find((t) => t.name === 'check_text')!
    expect(check.inputSchema.required).toEqual(['text'])
    expect((check.inputSchema.properties as any).language.enum).toEqual(['en', 'nl'])
  })

  it('check_text returns the same findings as echt check -f json', async () => {
    const result = await session.call('check_text', { text: draft, date: '2026-11-23' })
    expect(result.isError).toBeFalsy()
    const cli = JSON.parse((await run(dir, 'check', '-f', 'json', '--date', '2026-11-23', 'site/page.md')).stdout)[0]
    const { structuredContent: found } = result
    expect(found.messages.map((m: any) => [m.ruleId, m.line, m.column, m.actual])).toEqual(cli.messages.map((m: any) => [m.ruleId, m.line, m.column, m.actual]))
    expect(found.messages.length).toBeGreaterThan(0)
    expect(found.messages.map((m: any) => m.message)).toEqual(cli.messages.map((m: any) => m.message))
    expect(found.errorCount).toBe(cli.errorCount)
    expect(found.warningCount).toBe(cli.warningCount)
    expect(found.language).toBe('en')
    expect(found.config).toMatch(/echt\.config\.yaml$/)
    expect(result.content[0]!.text).toMatch(/warning/)
    expect(result.content[0]!.text).toContain('market leader')
  })

  it('check_text takes the language, a config path and mdx', async () => {
    const dutch = await session.call('check_text', { text: 'Wij zijn de beste bakker van Nederland.\n', language: 'nl' })
    expect(dutch.structuredContent.language).toBe('nl')
    expect(dutch.structuredContent.messages.some((m: any) => m.ruleId === 'claims/superlative')).toBe(true)
    const mdx = await session.call('check_text', { text: 'import X from "./x"\n\n<X />\n\nWe are the market leader.\n', format: 'mdx', config: 'echt.config.yaml' })
    expect(mdx.isError).toBeFalsy()
    expect(mdx.structuredContent.filePath).toMatch(/draft\.mdx$/)
    expect(mdx.structuredContent.messages.map((m: any) => m.line)).toContain(5)
  })

  it('explain_rule gives the meta, the options schema and the README examples', async () => {
    const result = await session.call('explain_rule', { rule: 'claims/absolute' })
    expect(result.isError).toBeFalsy()
    const rule = result.structuredContent
    expect(rule.id).toBe('claims/absolute')
    expect(rule.source).toMatch(/CAP Code/)
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0)
    expect(rule.schema.type).toBe('object')
    expect(rule.examples.length).toBeGreaterThanOrEqual(2)
    expect(rule.examples[0].input).toContain('Guaranteed results')
    expect(rule.examples[0].output).toMatch(/^1:1-1:19 /)
    expect(rule.examples.some((e: any) => e.output === '')).toBe(true)
  })

  it('show_profile lists the brand and the claims library with each claim standing', async () => {
    const result = await session.call('show_profile', { date: '2026-11-23' })
    const profile = result.structuredContent
    expect(profile.brand.name).toBe('Acme')
    expect(profile.claims.map((c: any) => [c.id, c.status, c.staleSince ?? null])).toEqual([
      ['best-bakery', 'substantiated', null],
      ['fastest', 'stale', '2025-01-01'],
    ])
    expect(profile.rules.some((r: any) => r.id === 'claims/superlative')).toBe(true)
    const none = await session.call('show_profile', { config: 'wrong/../echt.config.yaml' })
    expect(none.structuredContent.brand.name).toBe('Acme')
  })

  it('claims_inventory matches echt claims', async () => {
    const result = await session.call('claims_inventory', { path: 'site', date: '2026-11-23' })
    expect(result.isError).toBeFalsy()
    const rows = result.structuredContent.claims
    expect(rows.map((r: any) => [r.file, r.line, r.status, r.basis ?? null])).toEqual([
      ['more.md', 3, 'stale', null],
      // An offer whose conditions stand with it: substantiated by the page, not by the library.
      ['offer.md', 3, 'substantiated', 'an offer with its conditions stated on the page'],
      ['page.md', 3, 'substantiated', null],
      ['page.md', 5, 'unsubstantiated', null],
    ])
    const cli = JSON.parse((await run(`${dir}/site`, 'claims', '-f', 'json', '--date', '2026-11-23')).stdout)
    expect(rows).toEqual(cli)
    expect(result.content[0]!.text).toMatch(/^4 claims/)
  })

  it('answers bad arguments with a tool error naming the argument, and keeps serving', async () => {
    const bad: [string, Record<string, unknown>, RegExp][] = [
      ['check_text', {}, /expected string, received undefined at text$/],
      ['check_text', { text: 42 }, /expected string, received number at text$/],
      ['check_text', { text: 'Hi.', language: 'de' }, /at language$/],
      ['check_text', { text: 'Hi.', format: 'html' }, /at format$/],
      ['check_text', { text: 'Hi.', date: 'tomorrow' }, /YYYY-MM-DD at date$/],
      ['check_text', { text: 'Hi.', config: 'nope.yaml' }, /^config: no such file/],
      ['check_text', { text: 'Hi.', config: 'broken/echt.config.yaml' }, /^config: .*broken\/echt\.config\.yaml:\d+/],
      ['show_profile', { config: 'wrong/echt.config.yaml' }, /^config: .*wrong\/echt\.config\.yaml:2.*values/],
      ['check_text', { text: 'x'.repeat(1024 * 1024 + 1) }, /^text: .*over the 1 MB limit/],
      ['explain_rule', { rule: 'claims/nonsense' }, /^rule: unknown rule "claims\/nonsense"; did you mean claims\/absolute/],
      ['explain_rule', { rule: ['claims/absolute'] }, /received array at rule$/],
      ['claims_inventory', { path: 'no/such/folder' }, /^path: no such file or folder/],
      ['claims_inventory', { path: 'broken' }, /^config: .*broken\/echt\.config\.yaml/],
    ]
    for (const [tool, args, says] of bad) {
      const result = await session.call(tool, args)
      expect(result.isError, `${tool} ${JSON.stringify(args).slice(0, 80)}`).toBe(true)
      expect(result.content[0]!.text).toMatch(says)
    }
    await expect(session.client.callTool({ name: 'no_such_tool', arguments: {} })).resolves.toMatchObject({ isError: true })
    const good = await session.call('check_text', { text: 'We are the market leader.\n' })
    expect(good.isError).toBeFalsy()
    expect(good.structuredContent.messages.length).toBe(1)
    expect(session.stderr()).not.toMatch(/internal error|at .*\.js:\d+/)
  })

  it('takes the site folder as an argument; a missing folder is exit 2', async () => {
    const client = new Client({ name: 'echt-test', version: '1.0.0' })
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [bin, 'mcp', dir], cwd: '/' }))
    const result = (await client.callTool({ name: 'claims_inventory', arguments: { path: 'site' } })) as ToolResult
    expect(result.structuredContent.counts.total).toBe(4)
    await client.close()
    expect((await run(dir, 'mcp', 'no/such/folder')).stderr).toMatch(/^echt: no such folder: .*no\/such\/folder/m)
  })

  it('exits when the client closes', async () => {
    const other = await connect(dir)
    const pid = other.transport.pid!
    await other.client.close()
    const alive = () => {
      try {
        process.kill(pid, 0)
        return true
      } catch {
        return false
      }
    }
    for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 100))
    expect(alive()).toBe(false)
  })

  it('survives malformed JSON-RPC on stdin and answers the next good request', async () => {
    const child = spawn(process.execPath, [bin, 'mcp'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] })
    const replies = new Map<number, any>()
    const waiters = new Map<number, (reply: any) => void>()
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const reply = JSON.parse(line)
      if (typeof reply.id === 'number') {
        replies.set(reply.id, reply)
        waiters.get(reply.id)?.(reply)
      }
    })
    const reply = (id: number) =>
      replies.has(id) ? Promise.resolve(replies.get(id)) : new Promise<any>((resolve, reject) => {
        waiters.set(id, resolve)
        setTimeout(() => reject(new Error(`no reply to ${id}`)), 20_000)
      })
    const send = (text: string) => child.stdin!.write(`${text}\n`)
    send('this is not json')
    send('{"jsonrpc": "2.0", "id": ')
    send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } }))
    expect((await reply(1)).result.serverInfo.name).toBe('echt')
    send(JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }))
    send(JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'check_text', arguments: 'not an object' } }))
    send(JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'no/such/method', params: {} }))
    send(JSON.stringify({ jsonrpc: '2.0', id: 4, method: 'tools/call', params: { name: 'check_text', arguments: { text: 'We are the market leader.' } } }))
    const [wrong, unknown, good] = await Promise.all([reply(2), reply(3), reply(4)])
    expect(wrong.error ?? wrong.result?.isError).toBeTruthy()
    expect(unknown.error.code).toBe(-32601)
    expect(good.result.structuredContent.messages[0].ruleId).toBe('claims/superlative')
    child.stdin!.end()
    const code = await new Promise((resolve) => child.on('exit', resolve))
    expect(code).toBe(0)
  })
})
