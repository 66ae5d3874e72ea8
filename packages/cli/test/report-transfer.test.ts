import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { project, run } from './helpers.js'
import { fileOptionsOf, openProject } from '../dist/commands/check.js'
import { lintFile } from '../dist/lint-files.js'
import { decodeReports, encodeReports } from '../dist/report-transfer.js'
import { jsonResult, writeJson } from '../dist/reporters/json.js'
import { writeOutputPieces } from '../dist/output.js'

/**
 * How a worker thread sends its reports back (issue 14, point 15): a claim-dense page's findings
 * repeat their message, rewrites, note and url, so each distinct value travels once. The main thread
 * must get back exactly the reports the worker made, field order included, since the JSON reporter
 * prints the fields in that order.
 */
describe('sending reports from a worker thread', () => {
  const paragraph = 'We are the best and cheapest bakery in town, 9 out of 10 customers agree. Last chance: order today! Free delivery.\n\n'
  const dir = project({
    'dense.md': '# Offers\n\n' + paragraph.repeat(200),
    // A suppressed finding and a page in Dutch, so both lists and other values travel.
    'other.md': '# Bakkerij\n\nWij zijn de beste bakker van Nederland. <!-- echt-disable-next-line -->\nDe goedkoopste, gegarandeerd.\n',
  })
  const options = fileOptionsOf(openProject(dir, undefined, '2026-11-23', () => {}), undefined)
  const reports = ['dense.md', 'other.md'].map((file) => lintFile(join(dir, file), options))

  it('gives back reports equal to those sent, every field in the same order', () => {
    const received = decodeReports(encodeReports(reports))
    expect(JSON.stringify(received)).toBe(JSON.stringify(reports))
    expect(received).toEqual(reports)
  })

  it('writes each repeated message, note and url once, so the text is a fraction of the reports as JSON', () => {
    const dense = reports[0]!
    expect(dense.messages.length).toBeGreaterThan(1000)
    const text = encodeReports(reports)
    const note = dense.messages.find((message) => message.note)!.note!
    expect(text.split(JSON.stringify(note)).length - 1).toBe(1)
    expect(text.length).toBeLessThan(JSON.stringify(reports).length / 2)
  })

  it('gives each finding its own list of rewrites, so changing one changes no other', () => {
    const received = decodeReports(encodeReports(reports))[0]!.messages
    const [first, second] = received.filter((message) => message.ruleId === received[1]!.ruleId && message.messageId === received[1]!.messageId)
    expect(first!.expected).toEqual(second!.expected)
    first!.expected.push('changed')
    expect(second!.expected).not.toContain('changed')
  })
})

/**
 * The JSON report of a claim-dense page is tens of megabytes: it is written to the file a finding at a
 * time (issue 14, point 15), and must be byte for byte what JSON.stringify of the whole makes.
 */
describe('writing the JSON report in pieces', () => {
  const paragraph = 'We are the best and cheapest bakery in town, 9 out of 10 customers agree. Free delivery.\n\n'
  const files = {
    'dense.md': '# Offers\n\n' + paragraph.repeat(50),
    // A quote and the lists' own key inside a file name must not be taken for the lists.
    'odd "messages":[],"suppressedMessages":[] name.md': '# Bakkerij\n\nWij zijn de beste bakker. <!-- echt-disable-next-line -->\nDe goedkoopste, gegarandeerd.\n',
  }

  it('gives pieces no bigger than one finding, which together are JSON.stringify of the results', () => {
    const dir = project(files)
    const options = fileOptionsOf(openProject(dir, undefined, '2026-11-23', () => {}), undefined)
    const reports = Object.keys(files).map((file) => lintFile(join(dir, file), options))
    for (const facts of [false, true]) {
      const pieces: string[] = []
      writeJson(reports, { facts }, (text) => pieces.push(text))
      expect(pieces.join('')).toBe(JSON.stringify(reports.map((report) => jsonResult(report, { facts }))))
      const findings = reports.reduce((sum, report) => sum + report.messages.length + report.suppressedMessages.length, 0)
      expect(pieces.length).toBeGreaterThan(findings)
      const longestFinding = Math.max(...reports.flatMap((report) => [...report.messages, ...report.suppressedMessages].map((message) => JSON.stringify(message).length)))
      const longestHead = Math.max(...reports.map((report) => JSON.stringify({ ...jsonResult(report, { facts }), messages: [], suppressedMessages: [] }).length))
      for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(Math.max(longestFinding, longestHead) + 40)
    }
  })

  it('encodes the pieces into the file as UTF-8, across block boundaries and past a block in one piece', () => {
    const dir = project({})
    // Many small pieces (more than one 1 MB block), letters of two and four bytes, one piece of 2.5 MB.
    const pieces = ['['] as string[]
    for (let i = 0; i < 30_000; i++) pieces.push(`{"n":${i},"t":"café 😀 naïef"},`)
    pieces.push('"' + 'x'.repeat(2_500_000) + '"', ',"é"]')
    const shown = writeOutputPieces(dir, 'out/pieces.json', (write) => pieces.forEach(write))
    expect(shown).toBe(join('out', 'pieces.json'))
    expect(readFileSync(join(dir, 'out', 'pieces.json')).equals(Buffer.from(pieces.join('')))).toBe(true)
  })

  it('writes to --output exactly what it prints, with --summary, --facts and --quiet', async () => {
    const dir = project(files)
    for (const flags of [[], ['--summary'], ['--facts'], ['--quiet', '--summary']]) {
      const printed = await run(dir, 'check', '.', '--date=2026-11-23', '--format', 'json', ...flags)
      const written = await run(dir, 'check', '.', '--date=2026-11-23', '--format', 'json', ...flags, '--output', 'out/report.json')
      expect(written.code).toBe(printed.code)
      expect(readFileSync(join(dir, 'out', 'report.json'), 'utf8')).toBe(printed.stdout)
      expect(JSON.parse(printed.stdout)).toBeTruthy()
    }
  })
})
