import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { run, scratchDir } from './helpers.js'

const site = fileURLToPath(new URL('../../../fixtures/site-consistency/', import.meta.url))
const planted = (JSON.parse(readFileSync(join(site, 'expected.json'), 'utf8')).planted as { file: string; line: number }[])
  .map((p) => `pages/${p.file}:${p.line}`)
  .sort()

function factFindings(json: string): string[] {
  return (JSON.parse(json) as { filePath: string; messages: { ruleId: string; line: number }[] }[])
    .flatMap((file) => file.messages.filter((m) => m.ruleId === 'brand/inconsistent-fact').map((m) => `${relative(site, file.filePath)}:${m.line}`))
    .sort()
}

describe('brand/inconsistent-fact across the whole site, through the CLI', () => {
  it('a plain run finds every planted inconsistency and nothing else', async () => {
    const { stdout } = await run(site, 'check', '.', '-f', 'json', '--date', '2026-11-23')
    expect(factFindings(stdout)).toEqual(planted)
  })

  it('two shards joined with echt merge find the same', async () => {
    const out = scratchDir('echt-shards-')
    for (const shard of ['1/2', '2/2']) {
      const { code } = await run(site, 'check', '.', '-f', 'json', '--facts', '--date', '2026-11-23', '--shard', shard, '-o', join(out, `${shard[0]}.json`))
      expect(code).toBeLessThan(2)
    }
    const { stdout } = await run(site, 'merge', join(out, '1.json'), join(out, '2.json'), '-f', 'json')
    expect(factFindings(stdout)).toEqual(planted)
  })
})
