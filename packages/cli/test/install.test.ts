import { describe, it, expect } from 'vitest'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { project, run, scratchDir } from './helpers.js'
import { SCHEMA_URL } from '../dist/commands/init.js'

/**
 * How a user outside this repository gets echt (README, "Install"): the $schema that `init` writes
 * must serve JSON, and the packed packages must install from their tarballs and run.
 */

const repo = fileURLToPath(new URL('../../..', import.meta.url))
const schemaLine = (dir: string) => readFileSync(join(dir, 'echt.config.yaml'), 'utf8').split('\n')[0]!

describe('the $schema that echt init writes', () => {
  it('outside a project that installs echt: the raw file in the repository, which is the JSON schema', async () => {
    const dir = project({})
    await run(dir, 'init')
    expect(schemaLine(dir)).toBe(`# yaml-language-server: $schema=${SCHEMA_URL}`)
    // A raw address serves the file itself; /blob/ serves GitHub's HTML page around it.
    const [, inRepo] = SCHEMA_URL.match(/^https:\/\/raw\.githubusercontent\.com\/echt-lint\/echt\/main\/(.+)$/)!
    const schema = JSON.parse(readFileSync(join(repo, inRepo!), 'utf8'))
    expect(schema).toMatchObject({ type: 'object', properties: { brand: expect.any(Object), claims: expect.any(Object) } })
  })
})

// Installs three tarballs and their dependencies from the npm registry (about a minute): run with
// `pnpm test:install`, which packs first, not in every `pnpm test`.
describe.runIf(process.env.ECHT_INSTALL_TEST === '1')('the packed tarballs, installed in an empty folder', () => {
  it('install with npm, init points $schema into node_modules, check finds a claim', () => {
    const packs = resolve(repo, process.env.ECHT_PACK_DIR ?? '.packs')
    const tarballs = ['core', 'rules', 'cli'].map((name) => join(packs, `echt-${name}-0.1.0.tgz`))
    for (const tarball of tarballs) expect(existsSync(tarball), `${tarball} (pnpm test:install packs it)`).toBe(true)
    const site = scratchDir('echt-install-')
    writeFileSync(join(site, 'package.json'), '{ "name": "site", "private": true }\n')
    writeFileSync(join(site, 'page.md'), '# Bakery\n\nWe are the best bakery in town.\n')
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], { cwd: site, stdio: 'pipe' })
    const echt = (...args: string[]) => execFileSync('npx', ['--no-install', 'echt', ...args], { cwd: site, encoding: 'utf8', stdio: 'pipe' })
    echt('init')
    const line = schemaLine(site)
    expect(line).toBe('# yaml-language-server: $schema=./node_modules/@echt/cli/schema/echt.config.schema.json')
    const schema = JSON.parse(readFileSync(join(site, line.split('$schema=')[1]!), 'utf8'))
    expect(schema.properties.brand).toBeDefined()
    const [result] = JSON.parse(echt('check', 'page.md', '--format', 'json'))
    expect(result.messages).toEqual([expect.objectContaining({ ruleId: 'claims/superlative', line: 3, column: 8 })])
  }, 300_000)
})
