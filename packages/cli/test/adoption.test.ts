import { describe, it, expect } from 'vitest'
import { execFileSync } from 'node:child_process'
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { project, run } from './helpers.js'

function git(dir: string, ...args: string[]) {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' })
}

function repo(files: Record<string, string>): string {
  const dir = project(files)
  git(dir, 'init', '-q')
  git(dir, 'add', '.')
  git(dir, 'commit', '-qm', 'base')
  git(dir, 'checkout', '-qb', 'pull-request')
  return dir
}

type JsonFile = { filePath: string; messages: { ruleId: string; line: number; actual: string }[]; suppressedMessages: { ruleId: string; suppressions?: { kind: string }[] }[] }
const findings = (stdout: string, dir: string) =>
  (JSON.parse(stdout) as JsonFile[]).flatMap((file) => file.messages.map((m) => `${file.filePath.slice(dir.length + 1)}:${m.line} ${m.ruleId} ${m.actual}`))

const config = 'brand:\n  name: Acme\n  language: en\n'
/** An old page of the kind a site has hundreds of: two unsupported superlatives and an absolute. */
const oldPage = (n: number) => `# Product ${n}\n\nWe are the market leader in bread number ${n}.\n\nTry it risk-free, we are the best bakery in town.\n`

describe('baseline (--baseline-write, --baseline, --baseline-prune)', () => {
  it('a site with many old findings: write a baseline, add one claim, and only the new one fails', async () => {
    const pages: Record<string, string> = { 'echt.config.yaml': config }
    for (let n = 1; n <= 100; n++) pages[`pages/${n % 4 === 0 ? 'sub/' : ''}p${n}.md`] = oldPage(n)
    const dir = project(pages)
    const before = await run(dir, 'check', '-f', 'json', '--max-warnings', '0', '--cache')
    expect(before.code).toBe(1)
    const old = findings(before.stdout, dir).length
    expect(old).toBe(300)

    const write = await run(dir, 'check', '--baseline-write', '--max-warnings', '0', '--cache')
    expect(write.code).toBe(0)
    expect(write.stderr).toContain(`echt: wrote echt-baseline.json: ${old} findings in 100 files`)
    const text = readFileSync(join(dir, 'echt-baseline.json'), 'utf8')
    const baseline = JSON.parse(text)
    expect(Object.keys(baseline)).toEqual(Object.keys(baseline).sort())
    expect(Object.keys(baseline)).toContain('pages/sub/p4.md')
    expect(baseline['pages/p1.md']).toEqual({ 'claims/absolute': { count: 1 }, 'claims/superlative': { count: 2 } })
    expect(text).toBe(`${JSON.stringify(baseline, null, 2)}\n`)
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])

    const clean = await run(dir, 'check', '-f', 'json', '--max-warnings', '0', '--cache')
    expect(clean.code).toBe(0)
    expect(findings(clean.stdout, dir)).toEqual([])
    expect(clean.stderr).toContain(`echt: ${old} findings in echt-baseline.json not shown (baselined); only new ones count`)

    // Edits above the old findings move their lines; counts do not care.
    writeFileSync(join(dir, 'pages/p7.md'), `# New intro\n\nSome plain words.\n\n${oldPage(7)}\nAnd now we are the cheapest in the country.\n`)
    const next = await run(dir, 'check', '-f', 'json', '--max-warnings', '0', '--cache')
    expect(next.code).toBe(1)
    expect(findings(next.stdout, dir)).toEqual(['pages/p7.md:11 claims/cheapest the cheapest'])
  })

  it('with more findings of a rule than recorded, the last ones in document order are new; SARIF and JSON mark the rest', async () => {
    const dir = project({ 'echt.config.yaml': config, 'a.md': '# A\n\nWe are the market leader.\n' })
    await run(dir, 'check', '--baseline-write')
    writeFileSync(join(dir, 'a.md'), '# A\n\nWe are the best bakery.\n\nWe are the market leader.\n')
    const json = await run(dir, 'check', '-f', 'json')
    expect(findings(json.stdout, dir)).toEqual(['a.md:5 claims/superlative market leader'])
    const [file] = JSON.parse(json.stdout) as JsonFile[]
    expect(file!.suppressedMessages.map((m) => [m.ruleId, m.suppressions?.[0]?.kind])).toEqual([['claims/superlative', 'external']])
    const sarif = JSON.parse((await run(dir, 'check', '-f', 'sarif')).stdout)
    const results = sarif.runs[0].results as { suppressions?: { kind: string }[]; locations: any[] }[]
    expect(results.map((r) => [r.locations[0].physicalLocation.region.startLine, r.suppressions?.map((s) => s.kind) ?? []])).toEqual([
      [5, []],
      [3, ['external']],
    ])
    for (const format of ['github', 'rdjsonl', 'junit', 'stylish']) {
      const out = (await run(dir, 'check', '-f', format)).stdout
      expect(out, format).toContain('market leader')
      expect(out, format).not.toContain('best bakery')
    }
  })

  it('notes entries that no longer occur (fewer findings, files gone) and --baseline-prune removes them', async () => {
    const dir = project({ 'echt.config.yaml': config, 'a.md': oldPage(1), 'b.md': oldPage(2), 'c.md': oldPage(3) })
    await run(dir, 'check', '--baseline-write')
    unlinkSync(join(dir, 'b.md'))
    writeFileSync(join(dir, 'a.md'), '# A\n\nWe are the market leader.\n')
    const noted = await run(dir, 'check')
    expect(noted.code).toBe(0)
    expect(noted.stderr).toContain('echt: note: 4 baseline entries no longer occur; run echt check --baseline-prune to remove them')
    expect(noted.stderr).toContain('  a.md  claims/superlative: 2 recorded, 1 found')
    expect(noted.stderr).toContain('  b.md  claims/superlative: 2 recorded, 0 found (file gone)')
    // Checking one file says nothing about the others' entries, only that gone files are gone.
    const one = (await run(dir, 'check', 'c.md')).stderr
    expect(one).toContain('echt: note: 2 baseline entries no longer occur')
    expect(one).not.toContain('a.md')
    const pruned = await run(dir, 'check', '--baseline-prune')
    expect(pruned.stderr).toContain('echt: pruned 4 entries that no longer occur from echt-baseline.json')
    expect(JSON.parse(readFileSync(join(dir, 'echt-baseline.json'), 'utf8'))).toEqual({
      'a.md': { 'claims/superlative': { count: 1 } },
      'c.md': { 'claims/absolute': { count: 1 }, 'claims/superlative': { count: 2 } },
    })
    expect((await run(dir, 'check')).stderr).not.toContain('no longer occur')
  })

  it('--baseline FILE elsewhere, with paths relative to it; a broken baseline is exit 2 naming the file, line and field', async () => {
    const dir = project({ 'echt.config.yaml': config, 'site/a.md': oldPage(1), 'ci/.keep': '' })
    await run(dir, 'check', '--baseline', 'ci/known.json', '--baseline-write')
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'ci/known.json'), 'utf8')))).toEqual(['../site/a.md'])
    expect(existsSync(join(dir, 'echt-baseline.json'))).toBe(false)
    expect(findings((await run(dir, 'check', '-f', 'json', '--baseline', 'ci/known.json')).stdout, dir)).toEqual([])

    const cases: [string, RegExp][] = [
      ['{"a.md": {', /^echt: bad\.json:1:\d+: invalid JSON: /m],
      ['[1, 2]', /^echt: bad\.json:1:1: \(top level\): a baseline is an object of file paths/m],
      ['{\n  "a.md": 3\n}', /^echt: bad\.json:2:\d+: "a\.md": must be an object of rule ids/m],
      ['{\n  "a.md": {\n    "claims/superlative": { "count": -1 }\n  }\n}', /^echt: bad\.json:3:\d+: "a\.md" > "claims\/superlative" > "count": must be a whole number >= 1, got -1/m],
    ]
    for (const [text, says] of cases) {
      writeFileSync(join(dir, 'bad.json'), text)
      const result = await run(dir, 'check', '--baseline', 'bad.json')
      expect(result.code, text).toBe(2)
      expect(result.stderr).toMatch(says)
      expect(readFileSync(join(dir, 'bad.json'), 'utf8')).toBe(text) // never overwritten, even by --baseline-write
      expect((await run(dir, 'check', '--baseline', 'bad.json', '--baseline-write')).code).toBe(2)
      expect(readFileSync(join(dir, 'bad.json'), 'utf8')).toBe(text)
    }
    const missing = await run(dir, 'check', '--baseline', 'nope.json')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/^echt: nope\.json: no such baseline file \(write one with --baseline-write\)/m)
    expect((await run(dir, 'check', '--baseline-prune')).stderr).toMatch(/there is no baseline echt-baseline\.json/)
    expect((await run(dir, 'check', '--baseline-write', '--baseline-prune')).code).toBe(2)
  })
})

describe('baseline with shards', () => {
  it('shards leave it to echt merge, which baselines every finding, the ones across files too', async () => {
    const dir = project({
      'echt.config.yaml': config,
      'about.md': '# About\n\nAcme was founded in 2015 in Utrecht.\n',
      'story.md': '# Story\n\nSince we were founded in 2016 we bake bread. We are the market leader.\n',
      'c.md': oldPage(1), 'd.md': oldPage(2),
    })
    const shards = async () => {
      for (const shard of ['1', '2']) await run(dir, 'check', '-f', 'json', '--facts', '--shard', `${shard}/2`, '-o', `out/${shard}.json`)
      return ['out/1.json', 'out/2.json']
    }
    expect((await run(dir, 'check', '--shard', '1/2', '--baseline-write')).code).toBe(2)
    const write = await run(dir, 'merge', ...(await shards()), '--baseline-write', '-f', 'json')
    expect(findings(write.stdout, dir)).toEqual([])
    expect(JSON.parse(readFileSync(join(dir, 'echt-baseline.json'), 'utf8'))['story.md']).toEqual({ 'brand/inconsistent-fact': { count: 1 }, 'claims/superlative': { count: 1 } })
    appendFileSync(join(dir, 'd.md'), '\nWe are the cheapest in the country.\n')
    const merged = await run(dir, 'merge', ...(await shards()), '-f', 'json')
    expect(findings(merged.stdout, dir)).toEqual(['d.md:7 claims/cheapest the cheapest'])
    expect(merged.stderr).toContain('findings in echt-baseline.json not shown (baselined)')
  })
})

describe('--changed-since keeps checking across files', () => {
  it('a pull request that writes "founded in 2016" against an unchanged page saying 2015 is reported, on the changed page only', async () => {
    const dir = repo({
      'echt.config.yaml': config,
      'about.md': '# About\n\nAcme was founded in 2015 in Utrecht.\n',
      'press.md': '# Press\n\nAcme, founded in 2015, makes bread. We are the market leader.\n',
    })
    writeFileSync(join(dir, 'story.md'), '# Story\n\nSince we were founded in 2016 we bake bread.\n')
    for (const extra of [[], ['--cache'], ['--cache']]) {
      const result = await run(dir, 'check', '--changed-since', 'main', '-f', 'json', ...extra)
      expect(findings(result.stdout, dir), extra.join(' ')).toEqual(['story.md:3 brand/inconsistent-fact founded in 2016'])
      expect(JSON.parse(result.stdout).map((f: JsonFile) => f.filePath.slice(dir.length + 1))).toEqual(['story.md'])
    }
    // The rule turned off for the unchanged page leaves it out, as in a full run.
    writeFileSync(join(dir, 'echt.config.yaml'), `${config}overrides:\n  - files: ['about.md', 'press.md']\n    rules:\n      brand/inconsistent-fact: off\n`)
    expect(findings((await run(dir, 'check', '--changed-since', 'main', '-f', 'json')).stdout, dir)).toEqual([])
  })
})

describe('--changed-lines', () => {
  it('reports only findings on lines the diff added or changed; untracked and renamed files by their added lines', async () => {
    const dir = repo({
      'echt.config.yaml': config,
      'a.md': '# A\n\nWe are the market leader.\n\nPlain words here.\n\nTry it risk-free today.\n',
      'old-name.md': '# B\n\nWe are the best bakery.\n\nPlain words.\n',
      'über uns.md': '# Ü\n\nWe are the market leader.\n',
    })
    // Names git C-quotes in diff headers (a quote, spaces) and one it writes raw (non-ASCII, a space).
    appendFileSync(join(dir, 'über uns.md'), '\nWe are the cheapest in the country.\n')
    mkdirSync(join(dir, 'q"d'))
    writeFileSync(join(dir, 'q"d/a b.md'), '# Q\n\nWe are the market leader.\n')
    writeFileSync(join(dir, 'a.md'), '# A\n\nWe are the market leader.\n\nWe are the cheapest in the country.\n\nTry it risk-free today.\n')
    renameSync(join(dir, 'old-name.md'), join(dir, 'new-name.md'))
    appendFileSync(join(dir, 'new-name.md'), '\nWe are the fastest bakery.\n')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-qm', 'pull request')
    writeFileSync(join(dir, 'draft.md'), '# Draft\n\nWe are the market leader.\n')

    const all = findings((await run(dir, 'check', '--changed-since', 'main', '-f', 'json')).stdout, dir)
    expect(all).toEqual([
      'a.md:3 claims/superlative market leader',
      'a.md:5 claims/cheapest the cheapest',
      'a.md:7 claims/absolute risk-free',
      'draft.md:3 claims/superlative market leader',
      'new-name.md:3 claims/superlative the best',
      'new-name.md:7 claims/superlative the fastest',
      'q"d/a b.md:3 claims/superlative market leader',
      'über uns.md:3 claims/superlative market leader',
      'über uns.md:5 claims/cheapest the cheapest',
    ])
    const added = await run(dir, 'check', '--changed-since', 'main', '--changed-lines', '-f', 'rdjsonl')
    const lines = added.stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(lines.map((d: any) => `${d.location.path}:${d.location.range.start.line}`)).toEqual(['a.md:5', 'draft.md:3', 'new-name.md:7', 'q"d/a b.md:3', 'über uns.md:5'])
    const usage = await run(dir, 'check', '--changed-lines')
    expect(usage.code).toBe(2)
    expect(usage.stderr).toMatch(/--changed-lines needs --changed-since/)
  })

  it('with a baseline, the finding the diff wrote is the new one, even above the old ones', async () => {
    const dir = repo({ 'echt.config.yaml': config, 'a.md': '# A\n\nWe are the market leader.\n\nWe are the best bakery.\n' })
    await run(dir, 'check', '--baseline-write')
    writeFileSync(join(dir, 'a.md'), '# A\n\nWe are the fastest bakery.\n\nWe are the market leader.\n\nWe are the best bakery.\n')
    const lines = await run(dir, 'check', '--changed-since', 'main', '--changed-lines', '-f', 'json')
    expect(findings(lines.stdout, dir)).toEqual(['a.md:3 claims/superlative the fastest'])
    // Without the diff to go by, the last one in document order is taken as new.
    expect(findings((await run(dir, 'check', '-f', 'json')).stdout, dir)).toEqual(['a.md:7 claims/superlative the best'])
  })
})
