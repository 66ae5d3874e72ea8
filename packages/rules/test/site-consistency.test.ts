import { describe, it, expect } from 'vitest'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { lint, profileFromConfig, type Fact, type LintMessage } from '@echt/core'
import { rules, extractFacts, compareFacts, FACT_RULE_ID } from '@echt/rules'

const siteDir = fileURLToPath(new URL('../../../fixtures/site-consistency/', import.meta.url))
const pagesDir = join(siteDir, 'pages')

interface Planted {
  file: string
  line: number
  column: number
  actual: string
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : []
    })
    .sort()
}

describe('fixture site-consistency: brand/inconsistent-fact across a whole site', () => {
  const config = parseYaml(readFileSync(join(siteDir, 'echt.config.yaml'), 'utf8'))
  const profile = profileFromConfig(config.brand, config.claims)
  const rule = rules[FACT_RULE_ID]!
  const planted: Planted[] = JSON.parse(readFileSync(join(siteDir, 'expected.json'), 'utf8')).planted

  const factsByFile: Record<string, Fact[]> = {}
  const found: { file: string; message: LintMessage }[] = []
  for (const path of markdownFiles(pagesDir)) {
    const file = relative(pagesDir, path).split('\\').join('/')
    const result = lint(readFileSync(path, 'utf8'), { filePath: file, profile, rules: [{ rule, severity: 1, options: {} }], today: '2026-11-23' })
    // Facts travel as JSON between workers and shards.
    factsByFile[file] = JSON.parse(JSON.stringify(extractFacts(result)))
    for (const message of result.messages) found.push({ file, message })
  }
  for (const [file, messages] of Object.entries(compareFacts(factsByFile))) for (const message of messages) found.push({ file, message })

  it('has at least ten pages', () => {
    expect(Object.keys(factsByFile).length).toBeGreaterThanOrEqual(10)
  })

  it('finds every planted inconsistency and nothing else', () => {
    const key = (p: Planted) => `${p.file}:${p.line}:${p.column} ${p.actual}`
    const actual = found.map(({ file, message }) => key({ file, line: message.line, column: message.column, actual: message.actual })).sort()
    expect(actual).toEqual(planted.map(key).sort())
    expect(found.every(({ message }) => message.ruleId === FACT_RULE_ID)).toBe(true)
  })

  it('names the other page and its value in cross-page messages', () => {
    const trial = found.find(({ file }) => file === 'faq.md')!.message
    expect(trial.message).toContain('index.md:10 says 30 days')
    expect(trial.data).toMatchObject({ kind: 'offer-term', subject: 'trial', value: 'P14D', other: { filePath: 'index.md', value: 'P30D' } })
  })

  it('leaves facts in an echt-disable region out', () => {
    expect(factsByFile['legal/terms.md']!.map((f) => f.value)).toEqual(['P30D'])
  })

  it('gives the same result whatever order the files come in', () => {
    const reversed = new Map(Object.entries(factsByFile).reverse())
    expect(compareFacts(reversed)).toEqual(compareFacts(factsByFile))
  })
})
