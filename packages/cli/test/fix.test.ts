import { describe, it, expect } from 'vitest'
import { chmodSync, lstatSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { profileFromConfig } from '@echt/core'
import { fixFile, writeIfUnchanged } from '../dist/fix-files.js'
import { readSource } from '../dist/lint-files.js'
// The real fixable rule (brand/terminology) arrives later; a stand-in rewrites colour, FairPhone, e-mail.
import { spellingRule } from '../../core/test/test-rules.js'
import { project, run } from './helpers.js'

const options = (root: string, write = true) => ({
  root,
  profile: profileFromConfig(undefined, undefined),
  today: '2026-11-23',
  knownRuleIds: ['test/spelling'],
  settingsFor: () => ({ rules: [{ rule: spellingRule, severity: 1 as const, options: {} }], signature: '' }),
  write,
})

const bytes = (dir: string, name: string) => readFileSync(join(dir, name))

describe('--fix writes fixes atomically and keeps the file as it was in every other way', () => {
  it('keeps a BOM, CRLF, a missing final newline and the mode; leaves code, URLs and markup alone; reports what remains', () => {
    const dir = project({})
    const source = '\uFEFF# The colour\r\n\r\nOur FairPhone in `colour`, and the [e-mail](mailto:x).\r\nA Fair*Phone*'
    writeFileSync(join(dir, 'page.md'), source)
    chmodSync(join(dir, 'page.md'), 0o640)
    const report = fixFile(join(dir, 'page.md'), options(dir))
    expect(report.written).toBe(true)
    expect(report.fixCount).toBe(3)
    expect(bytes(dir, 'page.md').toString('utf8')).toBe('\uFEFF# The color\r\n\r\nOur Fairphone in `colour`, and the [email](mailto:x).\r\nA Fair*Phone*')
    expect(statSync(join(dir, 'page.md')).mode & 0o777).toBe(0o640)
    // A word across markup keeps its finding but gets no fix: the emphasis would be lost.
    expect(report.messages).toEqual([expect.objectContaining({ ruleId: 'test/spelling', actual: 'Fair*Phone', line: 4 })])
    expect(report.messages[0].fix).toBeUndefined()
    expect(readdirSync(dir)).toEqual(['page.md']) // no temporary file left behind
  })

  it('a second --fix changes nothing and does not rewrite the file', () => {
    const dir = project({ 'page.md': 'The colour.\n' })
    fixFile(join(dir, 'page.md'), options(dir))
    const before = statSync(join(dir, 'page.md'))
    const again = fixFile(join(dir, 'page.md'), options(dir))
    expect(again).toMatchObject({ written: false, fixCount: 0 })
    expect(statSync(join(dir, 'page.md')).ino).toBe(before.ino)
    expect(bytes(dir, 'page.md').toString()).toBe('The color.\n')
  })

  it('leaves a file that changed on disk during the run alone, and says so', () => {
    const dir = project({ 'page.md': 'The colour.\n' })
    const read = readSource(join(dir, 'page.md'))
    if (!read.ok) throw new Error(read.reason)
    writeFileSync(join(dir, 'page.md'), 'The colour, edited meanwhile.\n')
    expect(writeIfUnchanged(join(dir, 'page.md'), read.file, 'The color.\n')).toEqual({
      ruleId: 'echt/fix-skipped', reason: 'Not fixed: the file changed on disk during the run; run echt again',
    })
    expect(bytes(dir, 'page.md').toString()).toBe('The colour, edited meanwhile.\n')
  })

  it('never fixes a file that is not valid UTF-8 (it would replace the invalid bytes)', () => {
    const dir = project({})
    const original = Buffer.concat([Buffer.from('The colour of caf'), Buffer.from([0xe9]), Buffer.from('.\n')])
    writeFileSync(join(dir, 'page.md'), original)
    const report = fixFile(join(dir, 'page.md'), options(dir))
    expect(report.written).toBe(false)
    expect(report.messages.map((m: any) => m.ruleId)).toEqual(['echt/encoding', 'echt/fix-skipped', 'test/spelling'])
    expect(bytes(dir, 'page.md').equals(original)).toBe(true)
  })

  it('writes UTF-16 back as UTF-16, and writes through a symbolic link, which stays a link', () => {
    const dir = project({})
    writeFileSync(join(dir, 'utf16.md'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('The colour.\n', 'utf16le').swap16()]))
    fixFile(join(dir, 'utf16.md'), options(dir))
    expect(bytes(dir, 'utf16.md').equals(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('The color.\n', 'utf16le').swap16()]))).toBe(true)
    writeFileSync(join(dir, 'real.md'), 'A FairPhone.\n')
    symlinkSync('real.md', join(dir, 'link.md'))
    expect(fixFile(join(dir, 'link.md'), options(dir)).written).toBe(true)
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true)
    expect(bytes(dir, 'real.md').toString()).toBe('A Fairphone.\n')
  })

  it('--fix-dry-run computes the fixes and a diff, and writes nothing', () => {
    const dir = project({ 'page.md': '# Title\n\nThe colour.\n' })
    const report = fixFile(join(dir, 'page.md'), options(dir, false))
    expect(report).toMatchObject({ written: false, fixCount: 1, output: '# Title\n\nThe color.\n' })
    expect(report.diff).toContain('-The colour.\n+The color.\n')
    expect(bytes(dir, 'page.md').toString()).toBe('# Title\n\nThe colour.\n')
  })
})

describe('echt check --fix and --fix-dry-run', () => {
  it('write nothing when no finding is fixable, and say so; check alone never writes', async () => {
    const dir = project({ 'page.md': '# Hello\r\n\r\nWe are the best.' })
    const before = statSync(join(dir, 'page.md'))
    const fixed = await run(dir, 'check', '--fix')
    expect(fixed.code).toBe(0)
    expect(fixed.stderr).toContain('echt: fixed 0 problems in 0 files')
    expect(fixed.stdout).toContain('claims/superlative') // the remaining findings are reported
    await run(dir, 'check')
    const after = statSync(join(dir, 'page.md'))
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs])
    const dry = await run(dir, 'check', '--fix-dry-run', '-f', 'json')
    expect(JSON.parse(dry.stdout)[0].output).toBeUndefined()
  })

  it('--fix with --fix-dry-run is a usage error (exit 2)', async () => {
    const dir = project({ 'page.md': 'Hi.\n' })
    const result = await run(dir, 'check', '--fix', '--fix-dry-run')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('echt: use --fix or --fix-dry-run, not both\n')
  })
})
