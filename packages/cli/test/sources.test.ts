import { describe, it, expect } from 'vitest'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { project, run, scratchDir } from './helpers.js'
import { makeDocx } from './docx-helper.js'

const fixtures = fileURLToPath(new URL('../../../fixtures/sources/', import.meta.url))

/** A copy of a fixture folder, so a test can add files. */
function copyOf(name: string): string {
  const dir = scratchDir('echt-sources-')
  cpSync(join(fixtures, name), dir, { recursive: true })
  return dir
}

interface JsonFile { filePath: string; messages: { ruleId: string; line: number; column: number; offset: number; endOffset: number; actual: string; fatal?: boolean; data?: Record<string, unknown> }[] }

/** Findings as `file:line rule "actual"`, each checked to slice exactly its `actual` out of the file. */
function findings(dir: string, stdout: string, exact = true): string[] {
  return (JSON.parse(stdout) as JsonFile[]).flatMap((file) => {
    const name = file.filePath.slice(dir.length + 1)
    const source = exact ? readFileSync(file.filePath, 'utf8') : ''
    return file.messages.map((m) => {
      if (exact && !m.fatal) expect(source.slice(m.offset, m.endOffset)).toBe(m.actual)
      return `${name}:${m.line} ${m.ruleId} ${JSON.stringify(m.actual)}`
    })
  })
}

describe('HTML pages through the CLI', () => {
  it('echt check DIR reads .html and .htm next to Markdown; SARIF points at the HTML line', async () => {
    const dir = copyOf('site')
    writeFileSync(join(dir, 'old.htm'), '<p>The cheapest flights ever.</p>\n')
    const { stdout, code } = await run(dir, 'check', '-f', 'json', '--date', '2026-12-02')
    expect(code).toBe(0)
    const all = findings(dir, stdout)
    expect(all).toContain('index.html:12 claims/superlative "world&rsquo;s best"')
    expect(all).toContain('nl/index.html:8 claims/superlative "De beste"')
    expect(all).toContain('old.htm:1 claims/cheapest "The cheapest"')
    const sarif = JSON.parse((await run(dir, 'check', 'index.html', '-f', 'sarif', '--date', '2026-12-02')).stdout)
    const location = sarif.runs[0].results[0].locations[0].physicalLocation
    expect(location.artifactLocation.uri).toBe('index.html')
    expect(location.region).toMatchObject({ startLine: 5, startColumn: 23 })
  })
})

describe('content and translation files declared in sources', () => {
  it('lints each string value of locales/nl.json and messages/en/common.json on its exact line, in the language the path names', async () => {
    const dir = copyOf('next')
    const { stdout } = await run(dir, 'check', '-f', 'json', '--date', '2026-12-02')
    expect(findings(dir, stdout)).toEqual([
      'locales/nl.json:3 claims/superlative "De beste"',
      'locales/nl.json:4 claims/absolute "100% gegarandeerd"',
      'locales/nl.json:4 claims/cheapest "de goedkoopste"',
      // A quotation the site publishes is its claim too (a testimonial), so the finder lists it.
      'locales/nl.json:5 claims/needs-evidence "de beste"',
      'locales/nl.json:10 claims/puffery "Revolutionaire"',
      'messages/en/common.json:4 claims/superlative "world\'s best"',
      'messages/en/common.json:5 claims/needs-evidence "Trusted by"',
      'messages/en/common.json:5 claims/absolute "Guaranteed results"',
      'messages/en/common.json:8 claims/cheapest "The cheapest"',
    ])
  })

  it('GitHub annotations land on the line of the JSON string', async () => {
    const dir = copyOf('next')
    const { stdout } = await run(dir, 'check', '-f', 'github', '--date', '2026-12-02')
    expect(stdout).toContain('::warning file=locales/nl.json,line=4,col=45,endLine=4,endColumn=59,title=echt claims/cheapest::')
    const sarif = JSON.parse((await run(dir, 'check', 'locales/nl.json', '-f', 'sarif', '--date', '2026-12-02')).stdout)
    const places = sarif.runs[0].results.map((r: any) => [r.ruleId, r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region.startLine, r.locations[0].physicalLocation.region.startColumn])
    expect(places).toContainEqual(['claims/cheapest', 'locales/nl.json', 4, 45])
  })

  it('include and exclude pick keys; without a sources entry JSON is not read from a folder', async () => {
    const dir = project({
      'locales/en.json': JSON.stringify({ home: { title: 'The best app' }, admin: { note: 'The cheapest plan' }, link: { url: 'The best url' } }, null, 2),
      'package.json': '{ "description": "The best package ever" }',
      'echt.config.yaml': 'sources:\n  - files: locales/*.json\n    include: ["home.**", "link.*"]\n    exclude: ["**.url"]\n',
    })
    const { stdout } = await run(dir, 'check', '-f', 'json', '--date', '2026-12-02')
    expect(findings(dir, stdout)).toEqual(['locales/en.json:3 claims/superlative "The best"'])
  })

  it('maps JSON escapes (\\", \\n, \\u00e9, surrogate pairs) back to the file', async () => {
    const dir = project({
      'nl.json': '{ "a": "Caf\\u00e9 \\"x\\"\\n\\ud83d\\ude00 wij zijn de goedkoopste bakker" }\n',
      'echt.config.yaml': 'sources:\n  - files: "*.json"\n',
    })
    const { stdout } = await run(dir, 'check', '-f', 'json', '--date', '2026-12-02')
    expect(findings(dir, stdout)).toEqual(['nl.json:1 claims/cheapest "de goedkoopste"'])
  })

  it('reads a Hugo data file: plain, quoted, folded and literal scalars, ICU and HTML left out', async () => {
    const dir = copyOf('hugo')
    writeFileSync(join(dir, 'echt.config.yaml'), 'sources:\n  - files: data/**/*.yaml\n    language: en\n')
    const { stdout } = await run(dir, 'check', 'data', '-f', 'json', '--date', '2026-12-02')
    expect(findings(dir, stdout)).toEqual([
      'data/features.yaml:3 claims/superlative "The best"',
      'data/features.yaml:6 claims/needs-evidence "faster"',
      'data/features.yaml:8 claims/absolute "guaranteed"',
      'data/features.yaml:9 claims/cheapest "Unbeatable prices"',
      'data/features.yaml:12 pressure/urgency "Act now"',
    ])
  })

  it('malformed JSON and YAML: a parse error with its line, and the run goes on', async () => {
    const dir = copyOf('next')
    writeFileSync(join(dir, 'locales/broken.json'), '{\n  "a": "De beste",\n  "b": "x"\n  "c": 3\n}\n')
    writeFileSync(join(dir, 'locales/bad.nl.yaml'), 'a: [unclosed\nb: x\n')
    writeFileSync(join(dir, 'echt.config.yaml'), 'sources:\n  - files: ["locales/*.json", "locales/*.yaml"]\n')
    const { stdout, code } = await run(dir, 'check', '-f', 'json', '--date', '2026-12-02')
    const files = JSON.parse(stdout) as JsonFile[]
    const byName = (name: string) => files.find((f) => f.filePath.endsWith(name))!
    expect(byName('broken.json').messages).toEqual([expect.objectContaining({ ruleId: 'echt/parse-error', fatal: true, line: 4, column: 3, message: 'Cannot parse this file: not valid JSON: comma expected' })])
    expect(byName('bad.nl.yaml').messages[0]).toMatchObject({ ruleId: 'echt/parse-error', fatal: true, line: 1, message: expect.stringContaining('not valid YAML: Flow sequence') })
    expect(byName('nl.json').messages).toHaveLength(5)
    expect(code).toBe(1)
  })

  it('a sources entry with a wrong field is a config error naming file, line and field', async () => {
    const dir = project({ 'echt.config.yaml': 'sources:\n  - files: locales/*.json\n    formats: messages\n', 'a.md': 'Hi.\n' })
    const { code, stderr } = await run(dir, 'check')
    expect(code).toBe(2)
    expect(stderr).toContain('echt.config.yaml:3:5')
    expect(stderr).toContain('sources[0].formats')
  })

  it('a translation file in a language echt does not lint is skipped with a warning', async () => {
    const dir = project({ 'locales/de.json': '{ "a": "Die beste Bäckerei" }', 'echt.config.yaml': 'sources:\n  - files: locales/*.json\n' })
    const files = JSON.parse((await run(dir, 'check', '-f', 'json')).stdout) as JsonFile[]
    expect(files[0]!.messages).toEqual([expect.objectContaining({ ruleId: 'echt/language', severity: 1 })])
  })
})

describe('--fix on HTML and messages files', () => {
  it('rewrites words in place and the files stay valid; a fix with a character that means something there is not applied', async () => {
    const dir = project({
      'echt.config.yaml': 'brand:\n  voice:\n    prefer: { users: customers, clients: "customers & partners" }\nsources:\n  - files: locales/*.json\n',
      'locales/en.json': '{\n  "a": "Our users love it",\n  "b": "Our clients \\u00e9 stay"\n}\n',
      'index.html': '<p>Our users &amp; clients love it.</p>\n',
    })
    const { code } = await run(dir, 'check', '--fix', '--date', '2026-12-02')
    expect(code).toBeLessThan(2)
    const json = readFileSync(join(dir, 'locales/en.json'), 'utf8')
    expect(JSON.parse(json)).toEqual({ a: 'Our customers love it', b: 'Our clients \u00e9 stay' })
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('<p>Our customers &amp; clients love it.</p>\n')
  })
})

describe('front matter fields', () => {
  it('title, description and the configured fields are prose, placed in the value', async () => {
    const dir = copyOf('hugo')
    let { stdout } = await run(dir, 'check', 'content', '-f', 'json', '--date', '2026-12-02')
    expect(findings(dir, stdout)).toEqual(['content/about.md:2 claims/superlative "#1"', 'content/about.md:3 claims/needs-evidence "Guaranteed"'])
    writeFileSync(join(dir, 'echt.config.yaml'), 'frontMatter:\n  fields: [title, tagline]\n')
    ;({ stdout } = await run(dir, 'check', 'content', '-f', 'json', '--date', '2026-12-02'))
    expect(findings(dir, stdout)).toEqual(['content/about.md:2 claims/superlative "#1"', 'content/about.md:4 claims/cheapest "Unbeatable prices"'])
  })
})

describe('Word documents', () => {
  it('lints paragraphs and headings, a finding on its paragraph number with the paragraph text; --fix never writes the .docx', async () => {
    const dir = project({})
    const docx = await makeDocx([
      { text: 'The best bakery in town', style: 'Heading1' },
      { text: 'We bake every morning.' },
      { text: 'Our bread is the cheapest in Amsterdam. Act now!' },
    ])
    writeFileSync(join(dir, 'brief.docx'), docx)
    writeFileSync(join(dir, 'fake.docx'), 'this is not a zip')
    const { stdout, code } = await run(dir, 'check', '-f', 'json', '--date', '2026-12-02')
    const files = JSON.parse(stdout) as JsonFile[]
    expect(findings(dir, stdout, false)).toEqual([
      'brief.docx:1 claims/superlative "The best"',
      'brief.docx:3 claims/cheapest "the cheapest"',
      'brief.docx:3 pressure/urgency "Act now"',
      'fake.docx:1 echt/read-error ""',
    ])
    expect(files[0]!.messages[1]!.data?.paragraph).toBe('Our bread is the cheapest in Amsterdam. Act now!')
    expect(files[0]!.messages[1]!.column).toBe(14)
    expect(files[1]!.messages[0]!.fatal).toBe(true)
    expect(code).toBe(1)
    for (const format of ['stylish', 'sarif', 'github', 'junit', 'rdjsonl']) {
      const out = await run(dir, 'check', 'brief.docx', '-f', format, '--date', '2026-12-02')
      expect(out.stdout).toContain('brief.docx')
    }
    const report = await run(dir, 'report', 'brief.docx', '--date', '2026-12-02')
    expect(report.stdout).toContain('brief.docx')
    expect(report.stdout).toContain('Our bread is <mark')
    const fixed = await run(dir, 'check', '--fix', '--date', '2026-12-02')
    expect(fixed.code).toBe(1)
    expect(readFileSync(join(dir, 'brief.docx')).equals(docx)).toBe(true)
  })
})

describe('claims inventory and facts across sources', () => {
  it('echt claims lists claims from HTML, locales JSON, front matter and Word files', async () => {
    const dir = copyOf('next')
    cpSync(join(fixtures, 'site/index.html'), join(dir, 'index.html'))
    cpSync(join(fixtures, 'hugo/content/about.md'), join(dir, 'about.md'))
    writeFileSync(join(dir, 'brief.docx'), await makeDocx([{ text: 'We are the best bakery in town.' }]))
    const rows = JSON.parse((await run(dir, 'claims', '-f', 'json', '--date', '2026-12-02')).stdout) as { file: string; line: number; actual: string }[]
    const files = new Set(rows.map((r) => r.file))
    expect([...files].sort()).toEqual(['about.md', 'brief.docx', 'index.html', 'locales/nl.json', 'messages/en/common.json'])
    expect(rows).toContainEqual(expect.objectContaining({ file: 'brief.docx', line: 1, actual: 'the best' }))
  })

  it('a fact stated on an HTML page and in locales/en.json is one fact: a different value is flagged', async () => {
    const dir = project({
      'index.html': '<html lang="en"><body><p>Start your 30-day free trial today.</p><p>Every plan has a 30-day free trial.</p></body></html>',
      'pricing.md': 'Try it: a 30-day free trial.\n',
      'locales/en.json': '{ "cta": "Start your 14-day free trial" }',
      'echt.config.yaml': 'sources:\n  - files: locales/*.json\n',
    })
    const { stdout } = await run(dir, 'check', '-f', 'json', '--date', '2026-12-02')
    const facts = findings(dir, stdout).filter((f) => f.includes('brand/inconsistent-fact'))
    expect(facts).toEqual(['locales/en.json:1 brand/inconsistent-fact "14-day free trial"'])
  })
})
