import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { project, run } from './helpers.js'

const page = '# Hello\n\nWe are the best bakery in town.\n'

async function configError(config: string, name = 'echt.config.yaml') {
  const dir = project({ [name]: config, 'page.md': page })
  const result = await run(dir, 'check')
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).not.toMatch(/\n\s+at /) // no stack trace
  return result.stderr.trim()
}

describe('config errors name the file, line and field, and exit 2', () => {
  it('YAML syntax error', async () => {
    expect(await configError('brand:\n  name: Acme\n  mission: [unclosed\n')).toMatch(/^echt: echt\.config\.yaml:\d+:\d+: invalid YAML: /)
  })
  it('unknown field', async () => {
    expect(await configError('brand:\n  name: Acme\n  missoin: typo\n')).toBe('echt: echt.config.yaml:3:3: brand.missoin: unknown field')
  })
  it('wrong type', async () => {
    expect(await configError('brand:\n  name: Acme\n  values: Honesty\n')).toBe('echt: echt.config.yaml:3:11: brand.values: must be a list')
  })
  it('claims entry without text', async () => {
    expect(await configError('claims:\n  - id: fastest\n    evidence:\n      - source: survey\n')).toBe('echt: echt.config.yaml:2:5: claims[0].text: is required')
  })
  it('a reviewBy that is not a date', async () => {
    expect(await configError('claims:\n  - id: a\n    text: the fastest\n    evidence:\n      - source: s\n        reviewBy: next year\n')).toBe(
      'echt: echt.config.yaml:6:19: claims[0].evidence[0].reviewBy: must be a date as YYYY-MM-DD',
    )
  })
  it('unknown rule, with a suggestion', async () => {
    expect(await configError('rules:\n  superlative: warn\n')).toBe('echt: echt.config.yaml:2:3: rules.superlative: is not a rule id (group/name, e.g. claims/superlative)')
    expect(await configError('rules:\n  claim/superlative: warn\n')).toBe('echt: echt.config.yaml:2:3: rules.claim/superlative: unknown rule "claim/superlative"; did you mean "claims/superlative"?')
  })
  it('bad severity and bad rule options are checked against the rule schema', async () => {
    expect(await configError('rules:\n  claims/superlative: loud\n')).toMatch(/^echt: echt\.config\.yaml:2:23: rules\.claims\/superlative: /)
    expect(await configError('rules:\n  claims/superlative: [warn, { contextal: false }]\n')).toBe(
      'echt: echt.config.yaml:2:30: rules.claims/superlative: invalid options: options must NOT have additional properties "contextal"',
    )
  })
  it('unknown preset', async () => {
    expect(await configError('extends: strict\n')).toBe('echt: echt.config.yaml:1:10: extends: unknown preset "strict" (known: recommended, eu, nl, uk, us)')
  })
  it('JSON configs get the same treatment', async () => {
    expect(await configError('{\n  "brand": {\n    "nme": "Acme"\n  }\n}\n', 'echt.config.json')).toBe('echt: echt.config.json:3:5: brand.nme: unknown field')
  })
  it('an explicit --config that does not exist', async () => {
    const dir = project({ 'page.md': page })
    const result = await run(dir, 'check', '--config', 'nope.yaml')
    expect(result.code).toBe(2)
    expect(result.stderr.trim()).toBe('echt: nope.yaml: cannot read config: ENOENT')
  })
})

describe('config is applied', () => {
  it('is found upward from the working directory', async () => {
    const dir = project({ 'echt.config.yaml': 'rules:\n  claims/superlative: error\n', 'site/page.md': page })
    const result = await run(`${dir}/site`, 'check', '--format', 'json')
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout)[0].messages[0].severity).toBe(2)
  })
  it('without a config: recommended rules, and one notice', async () => {
    const dir = project({ 'page.md': page, 'other.md': page })
    const result = await run(dir, 'check', '--format', 'json')
    expect(result.code).toBe(0)
    expect(result.stderr.match(/no echt\.config\.yaml found/g)).toHaveLength(1)
    expect(JSON.parse(result.stdout).flatMap((f: any) => f.messages.map((m: any) => m.ruleId))).toEqual(['claims/superlative', 'claims/superlative'])
  })
  it('overrides by glob, relative to the config folder', async () => {
    const dir = project({
      // The claim finder would still list "the best" as needing evidence: off means both.
      'echt.config.yaml': 'overrides:\n  - files: "blog/**"\n    rules:\n      claims/superlative: off\n      claims/needs-evidence: off\n',
      'blog/post.md': page,
      'home.md': page,
    })
    const result = await run(dir, 'check', '--format', 'json')
    const files = JSON.parse(result.stdout).map((f: any) => [f.filePath.slice(dir.length + 1), f.messages.length])
    expect(files).toEqual([['blog/post.md', 0], ['home.md', 1]])
  })
  it('ignore globs, .gitignore and .echtignore', async () => {
    const dir = project({
      'echt.config.yaml': 'ignore: ["drafts/**"]\n',
      '.gitignore': 'build/\n',
      '.echtignore': 'legal.md\n',
      'drafts/a.md': page, 'build/b.md': page, 'legal.md': page, 'home.md': page, 'code.js': 'x',
    })
    const result = await run(dir, 'check', '--format', 'json')
    expect(JSON.parse(result.stdout).map((f: any) => f.filePath.slice(dir.length + 1))).toEqual(['home.md'])
  })
  it('the claims library silences a substantiated claim and flags a stale one', async () => {
    const config = [
      'brand:', '  name: Acme',
      'claims:',
      '  - id: best-bakery', '    text: the best bakery in town',
      '    evidence:', '      - source: Town survey 2026', '        reviewBy: 2027-01-01',
    ].join('\n')
    const dir = project({ 'echt.config.yaml': config, 'page.md': page })
    expect(JSON.parse((await run(dir, 'check', '-f', 'json', '--date', '2026-11-23')).stdout)[0].messages).toEqual([])
    const stale = JSON.parse((await run(dir, 'check', '-f', 'json', '--date', '2027-02-01')).stdout)[0].messages
    expect(stale).toHaveLength(1)
    expect(stale[0].message).toContain('evidence is stale since 2027-01-01')
    expect(stale[0].data.claim).toEqual({ id: 'best-bakery', status: 'stale', staleSince: '2027-01-01' })
  })
})

describe('ignore files as git applies them', () => {
  it('reads .gitignore above the config folder up to the repository root, and nested ones', async () => {
    const dir = project({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'site/generated/\n',
      'site/echt.config.yaml': 'brand:\n  name: Acme\n',
      'site/blog/.gitignore': 'drafts.md\n',
      'site/generated/a.md': '# The best\n',
      'site/blog/drafts.md': '# The best\n',
      'site/blog/post.md': '# The best\n',
    })
    const result = await run(`${dir}/site`, 'check', '--format', 'json')
    expect(JSON.parse(result.stdout).map((f: any) => f.filePath.slice(dir.length + 1))).toEqual(['site/blog/post.md'])
  })
})

describe('the README', () => {
  it("complete example profile is a valid config that every profile-reading rule uses", async () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
    const block = /A complete profile, with every field[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)
    expect(block, 'README section "A complete profile" with a yaml block').not.toBeNull()
    const dir = project({
      'echt.config.yaml': block![1]!,
      'index.md': '---\nlang: en\n---\n\n# Kaapstad koffie\n\nSend us an e-mail. Made with cheap labour.\n',
      'legal/terms.md': '# Terms\n\nThese terms apply.\n',
    })
    const result = await run(dir, 'check', '--format', 'json', '--summary')
    expect(result.stderr).toBe('')
    const { results, summary } = JSON.parse(result.stdout)
    const rules = results.flatMap((r: { messages: { ruleId: string }[] }) => r.messages.map((m) => m.ruleId))
    expect(rules).toEqual(expect.arrayContaining(['brand/terminology', 'brand/contradicts-value']))
    expect(summary.pages).toBe(2)
  })
})
