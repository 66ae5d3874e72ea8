import { describe, it, expect } from 'vitest'
import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { execFileSync, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { project, run } from './helpers.js'

const page = '# Hello\n\nWe are the best bakery in town.\n'
const bin = fileURLToPath(new URL('../bin/echt.js', import.meta.url))

describe('echt check', () => {
  it('json output has the ESLint formatter shape, with exact positions', async () => {
    const dir = project({ 'page.md': page })
    const result = await run(dir, 'check', '--format', 'json')
    const [file] = JSON.parse(result.stdout)
    expect(file).toMatchObject({ filePath: join(dir, 'page.md'), errorCount: 0, warningCount: 1, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 })
    expect(file.messages[0]).toMatchObject({ ruleId: 'claims/superlative', severity: 1, line: 3, column: 8, endLine: 3, endColumn: 16, actual: 'the best' })
    expect(page.slice(file.messages[0].offset, file.messages[0].endOffset)).toBe('the best')
    expect(file.messages[0].expected.length).toBeGreaterThan(0)
    expect(file.messages[0].url).toMatch(/claims\/superlative\/README\.md$/)
  })

  it('exit codes: 0 clean, 1 errors, 1 over --max-warnings, 2 usage errors', async () => {
    const clean = project({ 'page.md': '# Hello\n\nFresh bread every morning.\n' })
    expect((await run(clean, 'check')).code).toBe(0)
    const warn = project({ 'page.md': page })
    expect((await run(warn, 'check')).code).toBe(0)
    expect((await run(warn, 'check', '--max-warnings', '0')).code).toBe(1)
    expect((await run(warn, 'check', '--max-warnings', '1')).code).toBe(0)
    const error = project({ 'page.md': page, 'echt.config.yaml': 'rules:\n  claims/superlative: error\n' })
    expect((await run(error, 'check')).code).toBe(1)
    expect((await run(warn, 'check', '--format', 'xml')).code).toBe(2)
    expect((await run(warn, 'check', '--max-warnings', 'many')).code).toBe(2)
    expect((await run(warn, 'check', 'missing.md')).code).toBe(2)
    expect((await run(warn, 'check', '--no-such-flag')).code).toBe(2)
    expect((await run(warn, 'check', '--date', '23-11-2026')).code).toBe(2)
  })

  it('--quiet reports errors only', async () => {
    const dir = project({ 'page.md': page })
    const result = await run(dir, 'check', '--quiet')
    expect(result.stdout).toBe('')
  })

  it('stylish: grouped by file, line:column, severity, message, rule id, why and try', async () => {
    const dir = project({ 'page.md': page })
    const { stdout } = await run(dir, 'check')
    expect(stdout).toContain('page.md\n  3:8  warning  "the best" claims superiority without a basis')
    expect(stdout).toMatch(/claims\/superlative\n\s+why: CAP Code/)
    expect(stdout).toMatch(/\n\s+try: state the basis/)
    expect(stdout).toContain('✖ 1 problem (0 errors, 1 warning)')
    expect(stdout).not.toMatch(/\u001b\[/) // no colour when not a terminal
  })

  it('--output writes the report to a file', async () => {
    const dir = project({ 'page.md': page })
    const result = await run(dir, 'check', '-f', 'json', '-o', 'out/report.json')
    expect(result.stdout).toBe('')
    expect(JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8'))[0].warningCount).toBe(1)
  })

  it('lints .md, .mdx and .markdown, skipping code, URLs and front matter fields that are not copy', async () => {
    const dir = project({
      'a.md': '---\ntitle: The best\ntags: the best\n---\n\n`the best` <https://the-best.example> https://best.example/the-best\n\n    the best\n',
      'b.mdx': 'import X from "./x"\n\n# The best\n\n{/* the best */}\n',
      'c.markdown': '# The best\n',
      'd.txt': '# The best\n',
    })
    const files = JSON.parse((await run(dir, 'check', '-f', 'json')).stdout)
    expect(files.map((f: any) => [f.filePath.slice(dir.length + 1), f.messages.map((m: any) => `${m.line}:${m.column}`)])).toEqual([
      ['a.md', ['2:8']],
      ['b.mdx', ['3:3']],
      ['c.markdown', ['1:3']],
    ])
  })

  it('an MDX file that does not parse is one fatal error, and the run goes on', async () => {
    const dir = project({ 'bad.mdx': '# Hi\n\n<div>\n', 'good.md': page })
    const result = await run(dir, 'check', '-f', 'json')
    const [bad, good] = JSON.parse(result.stdout)
    expect(bad.messages[0]).toMatchObject({ ruleId: 'echt/parse-error', severity: 2, fatal: true })
    expect(good.warningCount).toBe(1)
    expect(result.code).toBe(1)
  })

  it('echt init writes a config that validates, and refuses to overwrite', async () => {
    const dir = project({ 'page.md': page })
    expect((await run(dir, 'init')).code).toBe(0)
    expect(existsSync(join(dir, 'echt.config.yaml'))).toBe(true)
    expect((await run(dir, 'check')).code).toBe(0)
    const again = await run(dir, 'init')
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('echt.config.yaml: already exists')
  })

  it('echt rules lists every rule with a description', async () => {
    const { stdout, code } = await run(process.cwd(), 'rules')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^claims\/superlative\s+warn\s+Superiority claims/m)
  })

  it('the bin answers --version without loading the engine, and honours exit codes', () => {
    expect(execFileSync('node', [bin, '--version'], { encoding: 'utf8' })).toMatch(/^\d+\.\d+\.\d+\n$/)
    const dir = project({ 'page.md': page, 'echt.config.yaml': 'rules:\n  claims/superlative: error\n' })
    const result = spawnSync('node', [bin, 'check', '--format', 'json'], { cwd: dir, encoding: 'utf8' })
    expect(result.status).toBe(1)
    expect(JSON.parse(result.stdout)[0].errorCount).toBe(1)
    const bad = spawnSync('node', [bin, 'check', '--format', 'nope'], { cwd: dir, encoding: 'utf8' })
    expect(bad.status).toBe(2)
    expect(bad.stderr).toBe('echt: --format: unknown format "nope" (known: stylish, json, sarif, github, junit, rdjsonl)\n')
  })
})
