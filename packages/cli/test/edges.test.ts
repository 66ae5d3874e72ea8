import { describe, it, expect } from 'vitest'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { project, run } from './helpers.js'

/** Issue 14, "Errors and edges": what a new user trips over, each with the line the user reads. */

const page = '# Hello\n\nWe are the best bakery in town.\n'
const claimConfig = (reviewBy: string) =>
  `brand:\n  name: Acme\nclaims:\n  - id: best\n    text: the best bakery\n    evidence:\n      - source: survey\n        reviewBy: ${reviewBy}\n`

describe('YAML syntax errors are reported where the parser found them', () => {
  it('an unclosed quote on line 3', async () => {
    const dir = project({ 'echt.config.yaml': 'brand:\n  name: Acme\n  mission: "unclosed\n  language: en\n', 'a.md': page })
    const { code, stderr } = await run(dir, 'check')
    expect(code).toBe(2)
    expect(stderr).toMatch(/^echt: echt\.config\.yaml:3:12: invalid YAML: Missing closing "quote/)
  })

  it('a tab used as indentation', async () => {
    const dir = project({ 'echt.config.yaml': 'brand:\n  name: Acme\n\tlanguage: en\n', 'a.md': page })
    const { code, stderr } = await run(dir, 'check')
    expect(code).toBe(2)
    expect(stderr).toMatch(/^echt: echt\.config\.yaml:3:1: invalid YAML: Tabs are not allowed/)
  })
})

describe('dates that do not exist are rejected with exit 2, naming the field', () => {
  it.each(['2026-13-45', '2026-02-30'])('--date %s', async (date) => {
    const dir = project({ 'a.md': page })
    const { code, stderr } = await run(dir, 'check', '--date', date)
    expect(code).toBe(2)
    expect(stderr).toBe(`echt: --date: must be a date that exists as YYYY-MM-DD, got "${date}"\n`)
  })

  it('accepts a leap day that exists', async () => {
    const dir = project({ 'a.md': page })
    expect((await run(dir, 'check', '--date', '2028-02-29')).code).toBe(0)
  })

  it('reviewBy: 2027-02-30 in the claims library', async () => {
    const dir = project({ 'echt.config.yaml': claimConfig('2027-02-30'), 'a.md': page })
    const { code, stderr } = await run(dir, 'check')
    expect(code).toBe(2)
    expect(stderr).toBe('echt: echt.config.yaml:8:19: claims[0].evidence[0].reviewBy: "2027-02-30" is not a date that exists (YYYY-MM-DD)\n')
  })

  it('a config date: 2026-04-31', async () => {
    const dir = project({ 'echt.config.yaml': 'brand:\n  name: Acme\ndate: 2026-04-31\n', 'a.md': page })
    const { code, stderr } = await run(dir, 'check')
    expect(code).toBe(2)
    expect(stderr).toMatch(/^echt: echt\.config\.yaml:3:7: date: "2026-04-31" is not a date/)
  })

  it('validUntil: 2026-02-30 in front matter is not a date either', async () => {
    const dir = project({ 'a.md': '---\nvalidUntil: 2026-02-30\n---\n\nLast chance to order!\n' })
    const { stdout } = await run(dir, 'check', '--format', 'json', '--date', '2026-01-10')
    const [message] = JSON.parse(stdout)[0].messages.filter((m: any) => m.ruleId === 'pressure/urgency')
    expect(message.message).toMatch(/validUntil "2026-02-30" is not a YYYY-MM-DD date/)
  })
})

describe('--max-warnings with --quiet says why the run failed', () => {
  it('names the hidden warnings, in the singular for one', async () => {
    const dir = project({ 'a.md': page })
    const { code, stdout, stderr } = await run(dir, 'check', '-q', '--max-warnings', '0')
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/echt: 1 warning, more than --max-warnings 0 \(not shown: --quiet reports errors only; run without -q to see it\)\n$/)
  })

  it('without --quiet, two warnings read in the plural and nothing is said to be hidden', async () => {
    const dir = project({ 'a.md': page, 'b.md': page })
    const { code, stderr } = await run(dir, 'check', '--max-warnings', '1')
    expect(code).toBe(1)
    expect(stderr).toMatch(/echt: 2 warnings, more than --max-warnings 1\n$/)
  })
})

describe('a mistyped command is named as one', () => {
  it('echt chekc', async () => {
    const dir = project({ 'a.md': page })
    const { code, stderr, stdout } = await run(dir, 'chekc')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe("echt: unknown command 'chekc' (did you mean check?)\n")
  })

  it('echt claim and echt repot', async () => {
    const dir = project({ 'a.md': page })
    expect((await run(dir, 'claim')).stderr).toBe("echt: unknown command 'claim' (did you mean claims?)\n")
    expect((await run(dir, 'repot')).stderr).toBe("echt: unknown command 'repot' (did you mean report?)\n")
  })

  it('a folder with a name close to a command is still checked, and a far-off word is a missing path', async () => {
    const dir = project({ 'checks/a.md': page })
    const checked = await run(dir, 'checks', '--format', 'json')
    expect(checked.code).toBe(0)
    expect(JSON.parse(checked.stdout)).toHaveLength(1)
    mkdirSync(join(dir, 'docs'))
    const missing = await run(dir, 'marketing')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/no such file or folder: marketing/)
  })
})

describe('the default worker pool is chosen from the work', () => {
  const MB = 1024 * 1024
  it('no pool on two cores, whatever the work: the main thread needs one, and a pool costs 1.4x the CPU', async () => {
    const { defaultWorkers } = await import('../dist/commands/check.js')
    expect(defaultWorkers(2, 0.9 * MB)).toBe(0) // the Dutch half of tldr
    expect(defaultWorkers(2, 4.5 * MB)).toBe(0) // the English half
    expect(defaultWorkers(2, 500 * MB)).toBe(0)
  })

  it('with more cores, one worker per 2 MB of Markdown, one core left to the main thread, no pool under 4 MB', async () => {
    const { defaultWorkers } = await import('../dist/commands/check.js')
    expect(defaultWorkers(16, 3.9 * MB)).toBe(0)
    expect(defaultWorkers(8, 9 * MB)).toBe(4)
    expect(defaultWorkers(4, 100 * MB)).toBe(3)
  })
})

describe('one named file is checked without walking the project', () => {
  it('still honours a .gitignore in a folder between the root and the file', async () => {
    const dir = project({ 'echt.config.yaml': 'brand:\n  name: Acme\n', 'site/drafts/.gitignore': 'old.md\n', 'site/drafts/old.md': page, 'site/drafts/new.md': page })
    const ignored = await run(dir, 'check', 'site/drafts/old.md')
    expect(ignored.stderr).toContain('every file matching "site/drafts/old.md" is ignored')
    const checked = await run(dir, 'check', 'site/drafts/new.md', '--format', 'json')
    expect(JSON.parse(checked.stdout)).toHaveLength(1)
  })
})
