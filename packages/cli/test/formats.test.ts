import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import type { Rule } from '@echt/core'
import { rules } from '@echt/rules'
import { project, run } from './helpers.js'
import { lintFile, type FileReport } from '../dist/lint-files.js'
import { formatSarif } from '../dist/reporters/sarif.js'
import { formatGithub, escapeData, escapeProperty } from '../dist/reporters/github.js'
import { formatJunit } from '../dist/reporters/junit.js'
import { formatRdjsonl } from '../dist/reporters/rdjsonl.js'

const require = createRequire(import.meta.url)
const sarifSchema = require('./schemas/sarif-schema-2.1.0.json')

function sarifValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false })
  addFormats(ajv as any)
  return ajv.compile(sarifSchema)
}

/** A rule with a fix and a suggestion, so the fix paths of the reporters are exercised on real lint output. */
const fixingRule: Rule = {
  meta: {
    id: 'test/utilise', type: 'tone',
    docs: { description: 'Prefer use over utilise', recommended: false, source: 'plain language' },
    messages: { utilise: '"{actual}" is a long word for use' }, schema: {}, defaultOptions: {}, defaultSeverity: 'warn', fixable: true, hasSuggestions: true,
  },
  create(context) {
    return {
      sentence(sentence) {
        for (const token of sentence.tokens) {
          if (token.normal !== 'utilise') continue
          const range = { start: token.start, end: token.end }
          context.report({ messageId: 'utilise', range, expected: ['use'], fix: { range: [token.start, token.end], text: 'use' }, suggestions: [{ desc: 'Write "apply"', fix: { range: [token.start, token.end], text: 'apply' } }] })
        }
      },
    }
  },
}

function lintWithFixingRule(dir: string, name: string): FileReport {
  return lintFile(join(dir, name), {
    root: dir, profile: { name: '', language: 'en', values: [], voice: { prefer: {}, avoid: [], names: [] }, claims: [] } as any, today: '2026-11-23', knownRuleIds: ['test/utilise'],
    settingsFor: () => ({ rules: [{ rule: fixingRule, severity: 2, options: {} }], signature: '' }),
  })
}

describe('--format sarif', () => {
  it('validates against the official SARIF 2.1.0 schema, with rule metadata and indexes', async () => {
    const dir = project({ 'page.md': '# Hello\n\nWe are the best bakery in town.\n', 'clean.md': 'Fresh bread.\n' })
    const { stdout, code } = await run(dir, 'check', '-f', 'sarif')
    expect(code).toBe(0)
    const log = JSON.parse(stdout)
    const validate = sarifValidator()
    expect(validate(log), JSON.stringify(validate.errors, null, 1)).toBe(true)
    const [run0] = log.runs
    const descriptor = run0.tool.driver.rules[run0.results[0].ruleIndex]
    expect(descriptor).toMatchObject({ id: 'claims/superlative', defaultConfiguration: { level: 'warning' } })
    expect(descriptor.shortDescription.text).toMatch(/Superiority claims/)
    expect(descriptor.fullDescription.text).toMatch(/CAP Code/)
    expect(descriptor.helpUri).toMatch(/claims\/superlative\/README\.md$/)
    expect(run0.results).toHaveLength(1)
    expect(run0.results[0]).toMatchObject({
      ruleId: 'claims/superlative', level: 'warning',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'page.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 8, endLine: 3, endColumn: 16 } } }],
    })
  })

  it('carries fixes, suppressions, engine meta rules and awkward paths, still valid', () => {
    const dir = project({
      'dir with space/ünï #1.md': '# Tips\n\nWe utilise ovens.\n\n<!-- echt-disable-next-line test/utilise -- quoted -->\nThey utilise ovens.\n',
    })
    const report = lintWithFixingRule(dir, 'dir with space/ünï #1.md')
    expect(report.messages).toHaveLength(1)
    expect(report.messages[0]!.edits).toEqual([
      { start: { line: 3, column: 4 }, end: { line: 3, column: 11 }, text: 'use' },
      { start: { line: 3, column: 4 }, end: { line: 3, column: 11 }, text: 'apply', desc: 'Write "apply"' },
    ])
    const fatal: FileReport = { filePath: join(dir, 'gone.md'), relativePath: 'gone.md', suppressedMessages: [], messages: [{ ruleId: 'echt/timeout', severity: 2, fatal: true, message: 'took too long', line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0, actual: '', expected: [] }] }
    const log = JSON.parse(formatSarif([report, fatal], { cwd: dir, rules: { ...rules, 'test/utilise': fixingRule }, version: '0.1.0' }))
    const validate = sarifValidator()
    expect(validate(log), JSON.stringify(validate.errors, null, 1)).toBe(true)
    const [fixed, suppressed, timeout] = log.runs[0].results
    expect(fixed.locations[0].physicalLocation.artifactLocation.uri).toBe('dir%20with%20space/%C3%BCn%C3%AF%20%231.md')
    expect(fixed.fixes[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: { startLine: 3, startColumn: 4, endLine: 3, endColumn: 11 }, insertedContent: { text: 'use' },
    })
    expect(fixed.fixes[1].description.text).toBe('Write "apply"')
    expect(suppressed.suppressions).toEqual([{ kind: 'inSource' }])
    expect(log.runs[0].tool.driver.rules[timeout.ruleIndex]).toMatchObject({ id: 'echt/timeout', defaultConfiguration: { level: 'error' } })
  })
})

describe('--format github', () => {
  it('escapes data (% CR LF) and properties (also : and ,) as @actions/core does', () => {
    expect(escapeData('50% off\r\nnow: a, b')).toBe('50%25 off%0D%0Anow: a, b')
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A')
  })

  it('one annotation per message with file, positions, title and an escaped multi-line body', async () => {
    const dir = project({ 'news, 100%: new.md': '# News\n\nWe are the best bakery in town.\n', 'echt.config.yaml': 'rules:\n  claims/superlative: error\n' })
    const { stdout, code } = await run(dir, 'check', '-f', 'github')
    expect(code).toBe(1)
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^::error file=news%2C 100%25%3A new\.md,line=3,col=8,endLine=3,endColumn=16,title=echt claims\/superlative::"the best" claims superiority/)
    expect(lines[0]).toContain('%0AWhy: CAP Code')
    expect(lines[0]).not.toMatch(/[\r]/)
  })

  it('escapes a message with %, CR and LF in it', () => {
    const report: FileReport = { filePath: '/site/a.md', relativePath: 'a.md', suppressedMessages: [], messages: [{ ruleId: 'x/y', severity: 1, message: '100%\r\nsure', line: 2, column: 3, endLine: 2, endColumn: 9, offset: 0, endOffset: 0, actual: '', expected: [] }] }
    expect(formatGithub([report], { cwd: '/site' })).toBe('::warning file=a.md,line=2,col=3,endLine=2,endColumn=9,title=echt x/y::100%25%0D%0Asure\n')
  })
})

describe('--format junit', () => {
  it('one testsuite per file, a failure per message, a passing case per clean file, XML-escaped', async () => {
    const dir = project({ 'a&b.md': '# Hello\n\nWe are the best <bakery> in town.\n', 'clean.md': 'Fresh bread.\n' })
    const { stdout } = await run(dir, 'check', '-f', 'junit')
    expect(stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="echt" tests="2" failures="1" errors="0">/)
    expect(stdout).toContain('<testsuite name="a&amp;b.md" tests="1" failures="1" errors="0">')
    expect(stdout).toContain('<testcase classname="a&amp;b.md" name="3:8 claims/superlative">')
    expect(stdout).toContain('<failure type="warning" message="&quot;the best&quot; claims superiority')
    expect(stdout).toContain('<testsuite name="clean.md" tests="1" failures="0" errors="0">\n    <testcase classname="clean.md" name="echt" />')
    expect(stdout).not.toMatch(/<bakery>/)
  })
})

describe('--format rdjsonl', () => {
  it('one diagnostic per line, UTF-8 byte columns, suggestions from fixes', () => {
    const dir = project({ 'p.md': '# Één\n\nWé utilise ovens.\n' })
    const report = lintWithFixingRule(dir, 'p.md')
    const [line, ...rest] = formatRdjsonl([report], { cwd: dir }).trimEnd().split('\n')
    expect(rest).toEqual([])
    const diagnostic = JSON.parse(line!)
    // "Wé " is 4 bytes in UTF-8 but 3 UTF-16 code units: utilise starts at byte column 5.
    expect(diagnostic).toMatchObject({
      location: { path: 'p.md', range: { start: { line: 3, column: 5 }, end: { line: 3, column: 12 } } },
      severity: 'ERROR', code: { value: 'test/utilise' }, source: { name: 'echt' },
      suggestions: [{ range: { start: { line: 3, column: 5 }, end: { line: 3, column: 12 } }, text: 'use' }, { text: 'apply' }],
    })
    const line3 = Buffer.from(readFileSync(join(dir, 'p.md'), 'utf8').split('\n')[2]!)
    expect(line3.subarray(diagnostic.location.range.start.column - 1, diagnostic.location.range.end.column - 1).toString()).toBe('utilise')
  })

  it('the CLI prints it', async () => {
    const dir = project({ 'page.md': '# Hello\n\nWe are the best bakery in town.\n' })
    const { stdout } = await run(dir, 'check', '-f', 'rdjsonl')
    expect(JSON.parse(stdout)).toMatchObject({ severity: 'WARNING', code: { value: 'claims/superlative' }, location: { path: 'page.md', range: { start: { line: 3, column: 8 } } } })
  })
})
