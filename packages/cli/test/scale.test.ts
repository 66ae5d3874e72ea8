import { describe, it, expect } from 'vitest'
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync, renameSync, unlinkSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { dataHash } from '@echt/rules'
import { project, run } from './helpers.js'
import { runPool, StartedWorker } from '../dist/pool.js'
import { parseShard, inShard } from '../dist/shard.js'
import { LintCache } from '../dist/cache.js'
import { runMerge } from '../dist/commands/merge.js'
import type { CrossFileCheck } from '../dist/cross-file.js'

const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version
const page = (n: number) => `# Page ${n}\n\nWe are the best bakery in town, number ${n}.\n`

function git(dir: string, ...args: string[]) {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' })
}

function linted(stdout: string, dir: string): string[] {
  return JSON.parse(stdout).map((f: any) => f.filePath.slice(dir.length + 1))
}

describe('--changed-since', () => {
  it('lints files added, modified or renamed since the merge base, plus untracked ones; not deleted or unchanged ones', async () => {
    const dir = project({ 'same.md': page(1), 'edit.md': page(2), 'move.md': page(3), 'gone.md': page(4), 'notes.txt': 'x' })
    git(dir, 'init', '-q')
    git(dir, 'add', '.')
    git(dir, 'commit', '-qm', 'base')
    git(dir, 'checkout', '-qb', 'feature')
    writeFileSync(join(dir, 'edit.md'), page(22))
    renameSync(join(dir, 'move.md'), join(dir, 'moved.md'))
    unlinkSync(join(dir, 'gone.md'))
    writeFileSync(join(dir, 'added.md'), page(5))
    git(dir, 'add', '-A')
    git(dir, 'commit', '-qm', 'change')
    // A change on main after branching is not the pull request's.
    git(dir, 'checkout', '-q', 'main')
    writeFileSync(join(dir, 'same.md'), page(11))
    git(dir, 'commit', '-qam', 'main moves on')
    git(dir, 'checkout', '-q', 'feature')
    writeFileSync(join(dir, 'untracked.md'), page(6))
    writeFileSync(join(dir, 'edit.md'), page(23)) // uncommitted on top
    const result = await run(dir, 'check', '--changed-since', 'main', '-f', 'json')
    expect(result.stderr).not.toMatch(/error/)
    expect(linted(result.stdout, dir)).toEqual(['added.md', 'edit.md', 'moved.md', 'untracked.md'])
    // Intersected with discovery: a path argument narrows it further.
    expect(linted((await run(dir, 'check', 'edit.md', 'same.md', '--changed-since', 'main', '-f', 'json')).stdout, dir)).toEqual(['edit.md'])
  })

  it('a bad ref or no repository is a usage error with git\'s reason', async () => {
    const dir = project({ 'a.md': page(1) })
    const outside = await run(dir, 'check', '--changed-since', 'main')
    expect(outside.code).toBe(2)
    expect(outside.stderr).toMatch(/--changed-since needs a git repository: not a git repository/)
    git(dir, 'init', '-q')
    git(dir, 'add', '.')
    git(dir, 'commit', '-qm', 'base')
    const bad = await run(dir, 'check', '--changed-since', 'no-such-branch')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^echt: --changed-since no-such-branch: (bad|unknown) revision 'no-such-branch'/m)
  })
})

describe('--shard', () => {
  it('splits deterministically into disjoint parts that cover every file; a new file moves no other', () => {
    const paths = Array.from({ length: 500 }, (_, i) => `docs/page-${i}.md`)
    const parts = [1, 2, 3].map((index) => paths.filter((p) => inShard(p, { index, count: 3 })))
    expect(parts.flat().sort()).toEqual([...paths].sort())
    for (const part of parts) expect(part.length).toBeGreaterThan(100)
    const withNew = [...paths, 'docs/new.md']
    const again = [1, 2, 3].map((index) => withNew.filter((p) => inShard(p, { index, count: 3 })).filter((p) => p !== 'docs/new.md'))
    expect(again).toEqual(parts)
  })

  it('rejects malformed shards', async () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 })
    for (const bad of ['0/2', '3/2', '1/0', 'a/b', '1']) expect(() => parseShard(bad)).toThrow(/--shard must be i\/n/)
    const dir = project({ 'a.md': page(1) })
    expect((await run(dir, 'check', '--shard', '5/4')).code).toBe(2)
  })
})

describe('--cache', () => {
  const config = 'brand:\n  name: Bakkerij\nrules:\n  claims/superlative: warn\n'
  /** Rewrites the cached message text, so a cache hit shows in the output. */
  function tamper(dir: string, file = '.echtcache') {
    const cache = JSON.parse(readFileSync(join(dir, file), 'utf8'))
    for (const entry of Object.values<any>(cache.entries)) for (const m of entry.report.messages) m.message = 'FROM CACHE'
    writeFileSync(join(dir, file), JSON.stringify(cache))
  }

  it('reuses unchanged files and relints changed content, settings and profile', async () => {
    const dir = project({ 'a.md': page(1), 'b.md': page(2), 'echt.config.yaml': config })
    const cold = await run(dir, 'check', '--cache', '-f', 'json')
    expect(existsSync(join(dir, '.echtcache'))).toBe(true)
    const cache = JSON.parse(readFileSync(join(dir, '.echtcache'), 'utf8'))
    expect(cache.tool).toBe(`${version}+${dataHash}`)
    expect(Object.keys(cache.entries).sort()).toEqual(['a.md', 'b.md'])
    expect(cache.entries['a.md'].report.source).toBeUndefined()
    tamper(dir)
    const warm = JSON.parse((await run(dir, 'check', '--cache', '-f', 'json')).stdout)
    expect(warm.map((f: any) => f.messages[0].message)).toEqual(['FROM CACHE', 'FROM CACHE'])
    // Same messages as the cold run otherwise, and absolute paths of this run.
    expect(warm.map((f: any) => [f.filePath, f.messages[0].line, f.messages[0].column])).toEqual(JSON.parse(cold.stdout).map((f: any) => [f.filePath, f.messages[0].line, f.messages[0].column]))

    writeFileSync(join(dir, 'b.md'), page(3))
    const changedContent = JSON.parse((await run(dir, 'check', '--cache', '-f', 'json')).stdout)
    expect(changedContent.map((f: any) => f.messages[0].message.slice(0, 10))).toEqual(['FROM CACHE', '"the best"'])

    tamper(dir)
    writeFileSync(join(dir, 'echt.config.yaml'), config.replace('name: Bakkerij', 'name: Bakkerij Jansen'))
    const changedProfile = JSON.parse((await run(dir, 'check', '--cache', '-f', 'json')).stdout)
    expect(changedProfile.map((f: any) => f.messages[0].message.slice(0, 10))).toEqual(['"the best"', '"the best"'])

    tamper(dir)
    writeFileSync(join(dir, 'echt.config.yaml'), config.replace('warn', 'error'))
    const changedSeverity = JSON.parse((await run(dir, 'check', '--cache', '-f', 'json')).stdout)
    expect(changedSeverity.map((f: any) => f.messages[0].severity)).toEqual([2, 2])
    expect(changedSeverity[0].messages[0].message).not.toBe('FROM CACHE')

    tamper(dir)
    const otherDate = JSON.parse((await run(dir, 'check', '--cache', '--date', '2030-01-01', '-f', 'json')).stdout)
    expect(otherDate[0].messages[0].message).not.toBe('FROM CACHE')
  })

  it('a changed word list (rules data hash) or echt version empties it', async () => {
    const dir = project({ 'a.md': page(1) })
    await run(dir, 'check', '--cache', '--cache-location', 'tmp/echt.cache')
    tamper(dir, 'tmp/echt.cache')
    const stored = JSON.parse(readFileSync(join(dir, 'tmp/echt.cache'), 'utf8'))
    writeFileSync(join(dir, 'tmp/echt.cache'), JSON.stringify({ ...stored, tool: `${version}+0000000000000000` }))
    const result = JSON.parse((await run(dir, 'check', '--cache', '--cache-location', 'tmp/echt.cache', '-f', 'json')).stdout)
    expect(result[0].messages[0].message).toMatch(/^"the best"/)
    expect(JSON.parse(readFileSync(join(dir, 'tmp/echt.cache'), 'utf8')).tool).toBe(`${version}+${dataHash}`)

    const path = join(dir, 'unit.cache')
    const first = LintCache.open(path, 'v1+aaaa', () => {})
    first.set({ filePath: join(dir, 'a.md'), relativePath: 'a.md', messages: [], suppressedMessages: [] }, 'c', 's')
    first.save(dir)
    expect(LintCache.open(path, 'v1+aaaa', () => {}).get('a.md', 'c', 's')).toEqual({ messages: [], suppressedMessages: [] })
    expect(LintCache.open(path, 'v1+bbbb', () => {}).get('a.md', 'c', 's')).toBeUndefined()
  })

  it('a corrupt cache is ignored with a notice and rebuilt, never a crash', async () => {
    const dir = project({ 'a.md': page(1), '.echtcache': '{"echtCache": 1, "entr' })
    const result = await run(dir, 'check', '--cache', '-f', 'json')
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/echt: ignoring the cache .*\.echtcache \(.*\); it will be rebuilt/)
    expect(JSON.parse(result.stdout)[0].messages).toHaveLength(1)
    expect(JSON.parse(readFileSync(join(dir, '.echtcache'), 'utf8')).entries['a.md']).toBeDefined()
    writeFileSync(join(dir, '.echtcache'), JSON.stringify({ echtCache: 1, tool: `${version}+${dataHash}`, entries: { 'a.md': { content: 'x', settings: 'y', report: 42 } } }))
    expect((await run(dir, 'check', '--cache')).code).toBe(0)
  })
})

describe('worker pool', () => {
  const workerUrl = new URL('./fixtures/faulty-worker.mjs', import.meta.url)
  const onFailure = (item: string, kind: string, detail: string) => `${kind} ${item}: ${detail}`

  it('keeps the input order; a hung, throwing or exiting worker fails its item and the run goes on', async () => {
    const items = ['a', 'hang-1', 'b', 'throw-1', 'c', 'exit-1', 'd', 'e', 'f', 'g']
    const results = await runPool(items, { workerUrl, workerData: {}, jobs: 2, itemTimeoutMs: 1500, onFailure })
    expect(results).toEqual([
      'linted a',
      'timeout hang-1: no result after 1500 ms',
      'linted b',
      'crash throw-1: exploded on throw-1',
      'linted c',
      'crash exit-1: the worker exited with code 3',
      'linted d', 'linted e', 'linted f', 'linted g',
    ])
  })

  it('takes over a worker started ahead of it, with the same module and limits, and sends it its data', async () => {
    const echo = new URL('./fixtures/echo-worker.mjs', import.meta.url)
    const started = new StartedWorker(echo, { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 512 })
    try {
      const results = await runPool(['a', 'b'], { workerUrl: echo, workerData: { tag: 'run' }, jobs: 1, itemTimeoutMs: 5000, oldGenerationMb: 512, onFailure, started })
      expect(results).toEqual([`thread ${started.worker.threadId} (run) linted a`, `thread ${started.worker.threadId} (run) linted b`])
    } finally {
      started.stop()
    }
  })

  it('leaves a started worker with other limits alone and starts its own', async () => {
    const echo = new URL('./fixtures/echo-worker.mjs', import.meta.url)
    const started = new StartedWorker(echo, { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 256 })
    try {
      const results = await runPool(['a'], { workerUrl: echo, workerData: { tag: 'run' }, jobs: 1, itemTimeoutMs: 5000, oldGenerationMb: 512, onFailure, started })
      expect(results).toHaveLength(1)
      expect(results[0]).toMatch(/^thread \d+ \(run\) linted a$/)
      expect(results[0]).not.toContain(`thread ${started.worker.threadId} `)
    } finally {
      started.stop()
    }
  })

  it('a worker that cannot start fails the run instead of respawning forever', async () => {
    await expect(runPool(['a', 'b'], { workerUrl, workerData: { failToStart: true }, jobs: 2, itemTimeoutMs: 1000, onFailure })).rejects.toThrow(/a worker thread failed to start: cannot load the engine/)
  })
})

describe('workers, shards and merge at scale', () => {
  it('--jobs 2, three shards merged, and a serial run give the same messages over 2,400 files', async () => {
    const files: Record<string, string> = { 'echt.config.yaml': 'brand:\n  name: Bakkerij\n  language: auto\n' }
    for (let i = 0; i < 2400; i++) {
      const folder = `section-${i % 7}`
      files[`${folder}/page-${i}.md`] =
        i % 3 === 0
          ? `# Over ons ${i}\n\nWij zijn de beste bakker van de stad en marktleider sinds ${1900 + (i % 100)}.\n`
          : i % 3 === 1
            ? `# About ${i}\n\nWe are the best bakery in town, the #1 choice since ${1900 + (i % 100)}.\n\nFresh bread every morning.\n`
            : `# Notes ${i}\n\nFresh bread every morning, baked by hand.\n`
    }
    const dir = project(files)
    const serial = await run(dir, 'check', '--jobs', '1', '-f', 'json')
    const parallel = await run(dir, 'check', '--jobs', '2', '-f', 'json')
    expect(parallel.stdout).toBe(serial.stdout)
    for (const i of [1, 2, 3]) {
      const shard = await run(dir, 'check', '--jobs', '2', '--shard', `${i}/3`, '-f', 'json', '--facts', '-o', `out/shard-${i}.json`)
      expect(shard.code).toBe(0)
    }
    const merged = await run(dir, 'merge', 'out/shard-3.json', 'out/shard-1.json', 'out/shard-2.json', '-f', 'json')
    expect(merged.stdout).toBe(serial.stdout)
    const serialMessages = JSON.parse(serial.stdout)
    expect(serialMessages).toHaveLength(2400)
    expect(serialMessages.reduce((n: number, f: any) => n + f.messages.length, 0)).toBe(800 * 2 + 800 * 2)
    // SARIF: merging per-shard SARIF equals one SARIF of the whole run.
    for (const i of [1, 2, 3]) await run(dir, 'check', '--jobs', '1', '--shard', `${i}/3`, '-f', 'sarif', '-o', `out/shard-${i}.sarif`)
    const mergedSarif = JSON.parse((await run(dir, 'merge', 'out/shard-1.sarif', 'out/shard-2.sarif', 'out/shard-3.sarif', '-f', 'sarif')).stdout)
    const wholeSarif = JSON.parse((await run(dir, 'check', '--jobs', '1', '-f', 'sarif')).stdout)
    const key = (r: any) => `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine}:${r.locations[0].physicalLocation.region.startColumn}:${r.ruleId}:${r.ruleIndex}`
    expect(mergedSarif.runs[0].results.map(key).sort()).toEqual(wholeSarif.runs[0].results.map(key).sort())
  }, 240_000)

  it('merge runs checks across files on the facts the shards carried', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 12; i++) files[`p${i}.md`] = i === 5 ? '---\nlang: nl\n---\n\nVers brood.\n' : 'Fresh bread.\n'
    const dir = project(files)
    for (const i of [1, 2]) await run(dir, 'check', '--shard', `${i}/2`, '-f', 'json', '--facts', '-o', `s${i}.json`)
    // A stand-in for brand/inconsistent-fact: flags pages whose language differs from most pages.
    const languageMix: CrossFileCheck = {
      ruleId: 'test/language-mix',
      run(reports) {
        const counts = new Map<string, number>()
        for (const r of reports) counts.set(r.result!.language, (counts.get(r.result!.language) ?? 0) + 1)
        const majority = [...counts].sort((a, b) => b[1] - a[1])[0]![0]
        return reports
          .filter((r) => r.result!.language !== majority)
          .map((r) => ({ filePath: r.filePath, message: { ruleId: 'test/language-mix', severity: 1 as const, message: `in ${r.result!.language}, most pages are in ${majority}`, line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0, actual: '', expected: [] } }))
      },
    }
    let stdout = ''
    const io = { cwd: dir, stdout: (t: string) => (stdout += t), stderr: () => {} }
    await runMerge(['s1.json', 's2.json'], { format: 'json', color: false, explain: false }, io, [languageMix])
    const flagged = JSON.parse(stdout).filter((f: any) => f.messages.length > 0)
    expect(flagged.map((f: any) => [f.filePath.slice(dir.length + 1), f.messages[0].message])).toEqual([['p5.md', 'in nl, most pages are in en']])
    // Without --facts the check cannot run, and merge says so.
    await run(dir, 'check', '-f', 'json', '-o', 'plain.json')
    let stderr = ''
    await runMerge(['plain.json'], { format: 'json', color: false, explain: false }, { cwd: dir, stdout: () => {}, stderr: (t: string) => (stderr += t) }, [languageMix])
    expect(stderr).toMatch(/12 files in the inputs carry no facts \(run the shards with --facts\); checks across files \(test\/language-mix\) skipped/)
  })

  it('merge: bad inputs are usage errors', async () => {
    const dir = project({ 'x.json': '{"a": 1}', 'y.json': 'nope' })
    expect((await run(dir, 'merge', 'x.json')).code).toBe(2)
    expect((await run(dir, 'merge', 'y.json')).stderr).toMatch(/y\.json: cannot read this report/)
    expect((await run(dir, 'merge', 'missing.json')).stderr).toMatch(/missing\.json: cannot read this report: ENOENT/)
  })
})
