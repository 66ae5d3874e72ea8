import { describe, it, expect } from 'vitest'
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { project, run, scratchDir } from './helpers.js'
import { ISOLATE_FILE_BYTES } from '../src/commands/check.js'
import { startLintWorkerEarly } from '../dist/early-worker.js'

/**
 * What keeps `echt check` of one small file quick to start (issue 14, point 16; the time itself is
 * measured by `pnpm bench:edges`, never asserted here): the bin runs the bundle that `pnpm build`
 * writes to dist/bundle (a few files instead of ~480 modules), and a Markdown run does not load the
 * MDX or HTML parsers. Each run through the bin must print exactly what the unbundled CLI prints.
 */

const cliRoot = fileURLToPath(new URL('..', import.meta.url))
const bin = join(cliRoot, 'bin', 'echt.js')
const bundleDir = join(cliRoot, 'dist', 'bundle')

/** Records every ES module Node loads (through a loader hook), every CommonJS file required and Node's own modules loaded. */
function recorder(): { args: string[]; loaded: () => { modules: string[]; required: string[]; builtins: string[] } } {
  const dir = scratchDir('echt-startup-')
  const modulesFile = join(dir, 'modules.txt')
  const requiredFile = join(dir, 'required.json')
  writeFileSync(modulesFile, '')
  writeFileSync(
    join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs'
export async function load(url, context, next) {
  appendFileSync(${JSON.stringify(modulesFile)}, url + '\\n')
  return next(url, context)
}`,
  )
  writeFileSync(
    join(dir, 'record.mjs'),
    `import { register, createRequire } from 'node:module'
import { writeFileSync } from 'node:fs'
register(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)})
const cache = createRequire(import.meta.url).cache
process.on('exit', () => writeFileSync(${JSON.stringify(requiredFile)}, JSON.stringify({ required: Object.keys(cache), builtins: process.moduleLoadList })))`,
  )
  return {
    args: ['--import', pathToFileURL(join(dir, 'record.mjs')).href],
    loaded: () => ({
      modules: readFileSync(modulesFile, 'utf8').split('\n').filter((url) => url.startsWith('file:')).map((url) => fileURLToPath(url)),
      ...(JSON.parse(readFileSync(requiredFile, 'utf8')) as { required: string[]; builtins: string[] }),
    }),
  }
}

/** Runs the bin in `cwd` and, in the same folder, the unbundled CLI in-process. */
async function bothWays(cwd: string, ...argv: string[]) {
  const record = recorder()
  const spawned = spawnSync(process.execPath, [...record.args, bin, ...argv], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH } })
  const inProcess = await run(cwd, ...argv)
  return { spawned, inProcess, ...record.loaded() }
}

/** The packages whose code went into the bundle files a run loaded (from dist/bundle.meta.json). */
function packagesIn(files: string[]): Set<string> {
  const inputsOf = JSON.parse(readFileSync(join(cliRoot, 'dist', 'bundle.meta.json'), 'utf8')) as Record<string, string[]>
  const names = new Set<string>()
  for (const file of files) {
    for (const input of inputsOf[relative(cliRoot, file)] ?? []) {
      const name = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1]
      if (name) names.add(name)
    }
  }
  return names
}

const page = '# Bakery\n\nWe bake bread every morning, with flour from the mill down the road. The best bread in town.\n'

describe('starting echt check from the command line', () => {
  it('runs the bundle: only bin/echt.js and files in dist/bundle, never the ~480 modules of dist/ and node_modules', async () => {
    const dir = project({ 'page.md': page })
    const { spawned, inProcess, modules } = await bothWays(dir, 'check', 'page.md', '--date=2026-11-23')
    expect(spawned.stdout).toBe(inProcess.stdout)
    expect(spawned.stderr).toBe(inProcess.stderr)
    expect(spawned.status).toBe(inProcess.code)
    const outside = modules.filter((file) => file !== bin && relative(bundleDir, file).startsWith('..'))
    expect(outside).toEqual([])
    expect(modules.length).toBeGreaterThan(2)
    expect(modules.length).toBeLessThan(30)
  })

  it('lints a file of 128 KB or more in the bundled worker thread: the worker loads no module outside dist/bundle either', async () => {
    const paragraph = 'We are the best bakery in town, 9 out of 10 customers agree. Free delivery, order today!\n\n'
    const dir = project({ 'big.md': '# Offers\n\n' + paragraph.repeat(Math.ceil(ISOLATE_FILE_BYTES / paragraph.length) + 1) })
    const record = recorder()
    const argv = ['check', 'big.md', '--date=2026-11-23', '--format', 'json', '--output']
    const spawned = spawnSync(process.execPath, [...record.args, bin, ...argv, 'spawned.json'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH } })
    const inProcess = await run(dir, ...argv, 'in-process.json')
    expect(spawned.status).toBe(inProcess.code)
    const written = readFileSync(join(dir, 'spawned.json'), 'utf8')
    expect(written).toBe(readFileSync(join(dir, 'in-process.json'), 'utf8'))
    expect(JSON.parse(written)[0].messages.length).toBeGreaterThan(1000)
    const { modules } = record.loaded()
    // One worker: the one the command line started ahead (early-worker.ts), taken over by the pool.
    expect(modules.filter((file) => file === join(bundleDir, 'worker.js'))).toHaveLength(1)
    expect(modules.filter((file) => file !== bin && relative(bundleDir, file).startsWith('..'))).toEqual([])
  })

  it('starts the lint worker from the command line for a file of 128 KB or more, and only then', () => {
    const dir = project({ 'big.md': 'x'.repeat(ISOLATE_FILE_BYTES), 'small.md': 'x'.repeat(ISOLATE_FILE_BYTES - 1), 'big.docx': 'x'.repeat(ISOLATE_FILE_BYTES), 'folder/a.md': 'x' })
    const startedFor = (paths: string[], options: { fix?: boolean; fixDryRun?: boolean; fileMemory?: string } = {}) => {
      const started = startLintWorkerEarly(paths, options, dir)
      started?.stop()
      return started !== undefined
    }
    expect(startedFor(['small.md', 'big.md'])).toBe(true)
    expect(startedFor(['big.md'], { fileMemory: '512' })).toBe(true)
    for (const paths of [['small.md'], ['folder'], ['*.md'], ['big.docx'], ['missing.md'], ['https://example.com/'], []]) expect(startedFor(paths)).toBe(false)
    // --fix lints on this thread; a bad --file-memory is refused by runCheck before any worker.
    expect(startedFor(['big.md'], { fix: true })).toBe(false)
    expect(startedFor(['big.md'], { fixDryRun: true })).toBe(false)
    expect(startedFor(['big.md'], { fileMemory: '10' })).toBe(false)
  })

  it('checks a Markdown file without loading the MDX or HTML parsers, crypto or child_process', async () => {
    const dir = project({ 'page.md': page })
    const { spawned, modules, required, builtins } = await bothWays(dir, 'check', 'page.md', '--date=2026-11-23', '--format', 'json')
    expect(JSON.parse(spawned.stdout)[0].messages.length).toBeGreaterThan(0)
    expect(required.filter((file) => file.startsWith(bundleDir))).toEqual([])
    const loadedPackages = packagesIn(modules)
    expect(loadedPackages).toContain('remark-parse')
    expect(loadedPackages).toContain('retext-english')
    for (const parser of ['remark-mdx', 'acorn', 'rehype-parse', 'parse5', 'mammoth', 'fast-xml-parser']) expect(loadedPackages).not.toContain(parser)
    // Node's crypto and child_process take 5 to 12 ms each to load. (The recorder's loader hook runs
    // in a worker thread, which loads worker_threads and net itself: those are not checked.)
    expect(builtins.filter((name) => /^NativeModule (crypto|child_process|http)$/.test(name))).toEqual([])
  })

  it('checks a folder with the bundled file finder: nothing read from node_modules', async () => {
    const dir = project({ 'site/a.md': page, 'site/nested/b.md': page.replace('Bakery', 'Mill') })
    const { spawned, inProcess, modules, required } = await bothWays(dir, 'check', 'site', '--date=2026-11-23')
    expect(spawned.stdout).toBe(inProcess.stdout)
    expect(spawned.stdout).toContain('nested/b.md')
    expect([...modules, ...required].filter((file) => file.includes('node_modules'))).toEqual([])
  })

  it('validates a config file with the schema compiled at build time: no ajv, and the compiled validator is current', async () => {
    const dir = project({
      'page.md': page,
      'echt.config.yaml': 'brand:\n  name: Bakkerij Echt\n  language: en\n  values:\n    - name: Honesty\nrules:\n  claims/superlative: error\n',
      'bad/echt.config.yaml': 'brand:\n  name: Bakkerij Echt\n  colour: blue\n',
      'bad/page.md': page,
    })
    const good = await bothWays(dir, 'check', 'page.md', '--date=2026-11-23')
    expect(good.spawned.stdout).toBe(good.inProcess.stdout)
    expect(good.spawned.status).toBe(1)
    expect(good.required.filter((file) => /[\\/]ajv[\\/]/.test(file))).toEqual([])
    const bad = await bothWays(join(dir, 'bad'), 'check', 'page.md')
    expect(bad.spawned.stderr).toBe(bad.inProcess.stderr)
    expect(bad.spawned.stderr).toMatch(/^echt: echt\.config\.yaml:3:3/)
    expect(bad.spawned.status).toBe(2)
    const check = spawnSync(process.execPath, [join(cliRoot, 'scripts', 'compile-schema.mjs'), '--check'], { encoding: 'utf8' })
    expect(check.stderr).toBe('')
    expect(check.status).toBe(0)
  })

  it('loads the MDX parser for an .mdx file and the HTML parser for an .html file, with the same output as unbundled', async () => {
    const dir = project({
      'page.mdx': '---\ntitle: The best bakery\n---\n\nimport Oven from "./oven"\n\n# Bakery\n\nWe are the best bakery, 100% eco-friendly. <Oven hot={true} />\n',
      'page.html': '<html lang="nl"><head><title>De beste bakker</title></head><body><p>Wij zijn de goedkoopste &amp; beste bakker, gegarandeerd.</p></body></html>\n',
    })
    for (const [file, parser] of [['page.mdx', 'remark-mdx.cjs'], ['page.html', 'rehype-parse.cjs']] as const) {
      const { spawned, inProcess, required } = await bothWays(dir, 'check', file, '--date=2026-11-23')
      expect(spawned.stdout).toBe(inProcess.stdout)
      expect(spawned.stdout).toMatch(new RegExp(`^\\n${file}\\n  \\d+:\\d+ `))
      expect(spawned.status).toBe(inProcess.code)
      expect(required.filter((path) => path.startsWith(bundleDir))).toEqual([join(bundleDir, parser)])
    }
  })
})
