import { describe, it, expect } from 'vitest'
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { execFileSync, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { project, run } from './helpers.js'

/**
 * Hostile and broken input, as a user sees it: one clear line naming the file and the reason,
 * the other files still linted, and the documented exit code. Each case is a row of the README's
 * "Bad input" table.
 */

const bin = fileURLToPath(new URL('../bin/echt.js', import.meta.url))
const page = '# Hello\n\nWe are the best bakery in town.\n'

async function check(dir: string, ...args: string[]) {
  const result = await run(dir, 'check', '--format', 'json', ...args)
  const files = result.stdout ? (JSON.parse(result.stdout) as any[]) : []
  const byName = Object.fromEntries(files.map((f) => [f.filePath.slice(dir.length + 1), f]))
  return { ...result, files: byName }
}

async function stylish(dir: string, ...args: string[]) {
  return run(dir, 'check', '--no-explain', ...args)
}

describe('bad input: each case names the file and the reason, and the run goes on', () => {
  it('a binary file named .md is skipped as an error (exit 1)', async () => {
    const dir = project({ 'good.md': page })
    writeFileSync(join(dir, 'logo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))
    const { code, files } = await check(dir)
    expect(files['logo.md'].messages).toEqual([expect.objectContaining({ ruleId: 'echt/binary-file', severity: 2, fatal: true, message: 'This file looks binary (it contains NUL bytes), not Markdown; skipped' })])
    expect(files['good.md'].warningCount).toBe(1)
    expect(code).toBe(1)
    expect((await stylish(dir)).stdout).toMatch(/logo\.md\n\s+1:1\s+error\s+This file looks binary .* echt\/binary-file/)
  })

  it('invalid UTF-8 is linted with replacement characters and a warning naming the first bad byte (exit 0)', async () => {
    const dir = project({})
    // Windows-1252 "café" (0xE9), then a claim further on the same line: its column must stay right.
    writeFileSync(join(dir, 'latin1.md'), Buffer.concat([Buffer.from('# Menu\n\nOur caf'), Buffer.from([0xe9]), Buffer.from(' is the best in town.\n')]))
    const { code, files } = await check(dir)
    const [encoding, finding] = files['latin1.md'].messages
    expect(encoding).toMatchObject({ ruleId: 'echt/encoding', severity: 1, line: 3, column: 8 })
    expect(encoding.message).toMatch(/^This file is not valid UTF-8 \(first invalid byte at 3:8\).*Save it as UTF-8$/)
    expect(finding).toMatchObject({ ruleId: 'claims/superlative', line: 3, column: 13, actual: 'the best' })
    expect(code).toBe(0)
  })

  it('UTF-16 with a byte order mark is decoded; UTF-8 with a BOM and CRLF keeps exact positions', async () => {
    const dir = project({})
    writeFileSync(join(dir, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]))
    writeFileSync(join(dir, 'bom.md'), '\uFEFF' + page.replace(/\n/g, '\r\n'))
    const { files } = await check(dir)
    expect(files['utf16.md'].messages).toEqual([expect.objectContaining({ ruleId: 'claims/superlative', line: 3, column: 8, actual: 'the best' })])
    const [bom] = files['bom.md'].messages
    expect(bom).toMatchObject({ line: 3, column: 8, actual: 'the best' })
    expect(readFileSync(join(dir, 'bom.md'), 'utf8').slice(bom.offset, bom.endOffset)).toBe('the best')
  })

  it('a 50 MB file is skipped without being read, naming its size and the limit (exit 1)', async () => {
    const dir = project({ 'good.md': page })
    const paragraph = 'We roast fairly traded coffee in Utrecht and deliver it fresh.\n\n- one\n- two\n\n'
    writeFileSync(join(dir, 'export.md'), paragraph.repeat(Math.ceil((50 * 1024 * 1024) / paragraph.length)))
    const { code, files } = await check(dir)
    expect(files['export.md'].messages).toEqual([
      expect.objectContaining({
        ruleId: 'echt/file-too-large', severity: 2, fatal: true,
        message: 'This file is 50 MB, over the --max-file-size limit of 1 MB; skipped (raise the limit to lint it)',
      }),
    ])
    expect(files['good.md'].warningCount).toBe(1)
    expect(code).toBe(1)
    const small = await check(dir, '--max-file-size', '512KB', 'good.md')
    expect(small.code).toBe(0)
    const bad = await run(dir, 'check', '--max-file-size', 'huge')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--max-file-size must be a size such as 10MB, 512KB or 0 (no limit), got "huge"')
  })

  it('10,000 nested lists or blockquotes are refused with the line named; deep emphasis is linted (no stack overflow)', async () => {
    const dir = project({
      'lists.md': '- '.repeat(10_000) + 'We are the best\n',
      'quotes.md': '> '.repeat(10_000) + 'We are the best\n',
      'indented.md': Array.from({ length: 300 }, (_, i) => `${' '.repeat(2 * i)}- level ${i}`).join('\n') + '\n',
      'fine.md': '> '.repeat(50) + 'We are the best\n',
      'emphasis.md': '*'.repeat(5_000) + 'We are the best' + '*'.repeat(5_000) + '\n',
      'good.md': page,
    })
    const { code, files } = await check(dir)
    expect(files['lists.md'].messages).toEqual([expect.objectContaining({
      ruleId: 'echt/parse-error', severity: 2, fatal: true, line: 1,
      message: 'Cannot parse this file: lists or blockquotes nest 10000 levels deep on line 1; echt reads up to 100 levels',
    })])
    expect(files['quotes.md'].messages[0].message).toBe('Cannot parse this file: lists or blockquotes nest 10000 levels deep on line 1; echt reads up to 100 levels')
    expect(files['indented.md'].messages[0]).toMatchObject({ ruleId: 'echt/parse-error', line: 101 })
    expect(files['fine.md'].messages).toEqual([expect.objectContaining({ ruleId: 'claims/superlative' })])
    expect(files['emphasis.md'].messages).toEqual([expect.objectContaining({ ruleId: 'claims/superlative', actual: 'the best' })])
    expect(files['good.md'].warningCount).toBe(1)
    expect(code).toBe(1)
  })

  it('MDX nested past the call stack is a parse error, not a crash (exit 1)', () => {
    // Run as the bin runs, on the main thread: vitest's workers have a larger stack.
    const dir = project({ 'jsx.mdx': '<a>'.repeat(10_000) + 'We are the best' + '</a>'.repeat(10_000) + '\n', 'good.md': page })
    const result = spawnSync('node', [bin, 'check', '--format', 'json'], { cwd: dir, encoding: 'utf8' })
    const [good, jsx] = JSON.parse(result.stdout)
    expect(jsx.messages).toEqual([expect.objectContaining({ ruleId: 'echt/parse-error', fatal: true, message: 'Cannot parse this file: the file nests too deeply for the Markdown parser (call stack exceeded)' })])
    expect(good.warningCount).toBe(1)
    expect(result.status).toBe(1)
  })

  it('a large file over the time budget is skipped with the budget named, even in a run too small for a pool (exit 1)', async () => {
    // Nested lists are where remark is slow; 200 KB of them takes seconds, far over 50 ms.
    const slow = Array.from({ length: 4000 }, (_, i) => `${'  '.repeat(i % 40)}- item ${i} of the best list\n`).join('')
    expect(slow.length).toBeGreaterThan(128 * 1024)
    const dir = project({ 'slow.md': slow, 'page.md': page })
    const { code, files } = await check(dir, '--file-timeout', '50')
    expect(files['slow.md'].messages).toEqual([
      expect.objectContaining({ ruleId: 'echt/timeout', severity: 2, fatal: true, message: 'Linting this file took longer than 50 ms (--file-timeout); skipped' }),
    ])
    expect(files['page.md'].messages).toEqual([expect.objectContaining({ ruleId: 'claims/superlative' })])
    expect(code).toBe(1)
  })

  it('a large file over the memory budget is skipped with the budget named, and the run goes on (exit 1)', async () => {
    const hungry = Array.from({ length: 12000 }, (_, i) => `${'  '.repeat(i % 60)}- item ${i}\n`).join('')
    const dir = project({ 'hungry.md': hungry, 'page.md': page })
    const { code, files } = await check(dir, '--file-memory', '64')
    expect(files['hungry.md'].messages).toEqual([
      expect.objectContaining({ ruleId: 'echt/out-of-memory', severity: 2, fatal: true, message: 'Linting this file needed more than 64 MB (--file-memory); skipped' }),
    ])
    expect(files['page.md'].messages).toEqual([expect.objectContaining({ ruleId: 'claims/superlative' })])
    expect(code).toBe(1)
  })

  it('a line of 1,000,000 characters is linted, with exact columns', async () => {
    const line = 'Fresh bread. '.repeat(76_000) + 'We are the best.'
    expect(line.length).toBeGreaterThan(988_000)
    const dir = project({ 'long.md': line + '\n' })
    const { code, files } = await check(dir)
    expect(files['long.md'].messages).toEqual([expect.objectContaining({ ruleId: 'claims/superlative', line: 1, column: line.indexOf('the best') + 1, actual: 'the best' })])
    expect(code).toBe(0)
  })

  it('broken front matter is an error at its line; the page is still linted (exit 1)', async () => {
    const dir = project({ 'page.md': '---\ntitle: [unclosed\n---\n\nWe are the best.\n' })
    const { code, files } = await check(dir)
    expect(files['page.md'].messages.map((m: any) => [m.ruleId, m.severity, m.line])).toEqual([
      ['echt/front-matter', 2, 2],
      ['claims/superlative', 1, 5],
    ])
    expect(files['page.md'].messages[0].message).toMatch(/^Front matter is not valid YAML: /)
    expect(code).toBe(1)
  })

  it.skipIf(process.getuid?.() === 0)('an unreadable file (chmod 000) is skipped as an error (exit 1)', async () => {
    const dir = project({ 'secret.md': page, 'good.md': page })
    chmodSync(join(dir, 'secret.md'), 0o000)
    const { code, files } = await check(dir)
    expect(files['secret.md'].messages).toEqual([expect.objectContaining({ ruleId: 'echt/read-error', message: 'Cannot read this file: permission denied (EACCES); skipped' })])
    expect(files['good.md'].warningCount).toBe(1)
    expect(code).toBe(1)
  })

  it('as root, chmod 000 does not stop reading: echt lints the file (why the test above is skipped here)', async () => {
    if (process.getuid?.() !== 0) return
    const dir = project({ 'secret.md': page })
    chmodSync(join(dir, 'secret.md'), 0o000)
    expect((await check(dir)).files['secret.md'].warningCount).toBe(1)
  })

  it('a symbolic link loop and a broken link named .md are reported, not skipped silently (exit 1)', async () => {
    const dir = project({ 'good.md': page })
    symlinkSync('loop.md', join(dir, 'loop.md'))
    symlinkSync('missing.md', join(dir, 'broken.md'))
    symlinkSync('good.md', join(dir, 'alias.md'))
    mkdirSync(join(dir, 'sub'))
    symlinkSync('..', join(dir, 'sub', 'up')) // a folder loop: links to folders are not followed
    const { code, files } = await check(dir)
    expect(Object.keys(files)).toEqual(['alias.md', 'broken.md', 'good.md', 'loop.md'])
    expect(files['loop.md'].messages).toEqual([expect.objectContaining({ ruleId: 'echt/read-error', message: 'Cannot read this file: it is a symbolic link loop (ELOOP); skipped' })])
    expect(files['broken.md'].messages[0].message).toBe('Cannot read this file: it does not exist (a broken symbolic link, or deleted during the run) (ENOENT); skipped')
    expect(files['alias.md'].warningCount).toBe(1)
    expect(code).toBe(1)
    // Named on the command line, a loop is reported the same way instead of "no such file".
    const named = await check(dir, 'loop.md')
    expect(named.files['loop.md'].messages[0].ruleId).toBe('echt/read-error')
    expect(named.code).toBe(1)
  })

  it.skipIf(process.platform === 'win32')('a named pipe named .md is skipped as not a regular file, without waiting for a writer (exit 1)', async () => {
    const dir = project({ 'good.md': page })
    execFileSync('mkfifo', [join(dir, 'pipe.md')])
    symlinkSync('pipe.md', join(dir, 'linked.md'))
    const { code, files } = await check(dir, 'pipe.md', 'linked.md', 'good.md')
    for (const name of ['pipe.md', 'linked.md']) {
      expect(files[name].messages).toEqual([expect.objectContaining({ ruleId: 'echt/read-error', message: 'This is not a regular file (a pipe, socket or device); skipped' })])
    }
    expect(files['good.md'].warningCount).toBe(1)
    expect(code).toBe(1)
  })

  it('a folder named x.md is a folder: its Markdown files are linted, the folder itself is not an error (exit 0)', async () => {
    const dir = project({ 'x.md/inside.md': page, 'x.md/notes.txt': 'the best' })
    const all = await check(dir)
    expect(Object.keys(all.files)).toEqual(['x.md/inside.md'])
    expect(all.code).toBe(0)
    const named = await check(dir, 'x.md')
    expect(Object.keys(named.files)).toEqual(['x.md/inside.md'])
  })

  it('a pipe named .md is refused instead of waited on (exit 1)', async () => {
    const dir = project({ 'good.md': page })
    try {
      execFileSync('mkfifo', [join(dir, 'pipe.md')])
    } catch {
      return // no mkfifo on this platform
    }
    const { code, files } = await check(dir, 'pipe.md', 'good.md')
    expect(files['pipe.md'].messages[0]).toMatchObject({ ruleId: 'echt/read-error', message: 'This is not a regular file (a pipe, socket or device); skipped' })
    expect(code).toBe(1)
  })

  it('an empty file, or one with only whitespace, has no findings (exit 0)', async () => {
    const dir = project({ 'empty.md': '', 'blank.md': ' \n\r\n\t\n', 'bom.md': '\uFEFF' })
    const { code, files } = await check(dir)
    expect(Object.values(files).map((f: any) => f.messages)).toEqual([[], [], []])
    expect(code).toBe(0)
  })

  it('profile names and claims shaped like catastrophic regular expressions are matched word by word, in linear time', async () => {
    // echt builds no regular expression from profile strings; if it ever did, these would hang the run.
    const evil = '(a+)+$'
    const config = [
      'brand:', '  name: "(a+)+$"', '  voice:', `    names: ["${evil}", "(x|x)*y", "a{1,99999}"]`, '    avoid: ["(a|aa)+b"]',
      '  values:', '    - name: "((a*)*)*c"', '      contradicts: ["(.*a){20}"]',
      'claims:', `  - id: evil`, `    text: "${'a '.repeat(40)}b"`, '    variants: ["(a+)+$", "^(a|a)*$"]', '    evidence: [{ source: s }]',
    ].join('\n')
    const dir = project({
      'echt.config.yaml': config,
      'a.md': `${'a'.repeat(100_000)}!\n\n${'a '.repeat(20_000)}c\n\nWe are the best ${'aaaa '.repeat(5_000)}.\n`,
    })
    const { code, files } = await check(dir)
    expect(files['a.md'].messages.map((m: any) => m.ruleId)).toEqual(['claims/superlative'])
    expect(code).toBe(0)
  })

  it('a crash inside the engine on one file is one fatal message, and the run goes on', async () => {
    const { lintFile } = await import('../dist/lint-files.js')
    const dir = project({ 'page.md': page })
    // Settings without a rule list make the engine throw a TypeError: a stand-in for any bug.
    const report = lintFile(join(dir, 'page.md'), {
      root: dir, profile: undefined as any, today: '2026-11-23', knownRuleIds: [],
      settingsFor: () => ({ rules: null as any, signature: '' }),
    })
    expect(report.messages).toEqual([expect.objectContaining({ ruleId: 'echt/internal-error', severity: 2, fatal: true })])
    expect(report.messages[0].message).toMatch(/^echt failed on this file \(TypeError: .*\); skipped\. Please report it with the file$/)
  })
})
