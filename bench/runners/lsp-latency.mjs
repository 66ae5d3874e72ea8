#!/usr/bin/env node
// Editor latency of `echt lsp`, through a real LSP client over stdio: a 2,000-word page of the
// example site's copy is open, then 50 edits (one word typed each), each waited for. Latency of an
// edit: from sending it to receiving its diagnostics, minus the debounce (the time the server
// waits on purpose). The first three edits after opening are timed apart (firstEditMs is the
// first). For comparison, the same page linted in this process without the server
// (the engine alone, median of 15). Prints JSON:
// { words, edits, debounceMs, medianMs, worstMs, firstEditMs, findings, engineMedianMs }.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { startLsp } from '../../packages/cli/test/lsp-client.js'
import { fileOptionsOf, openProject } from '../../packages/cli/dist/commands/check.js'
import { lintSource } from '../../packages/cli/dist/lint-files.js'

const here = dirname(fileURLToPath(import.meta.url))
const examples = join(here, '..', '..', 'examples')
const EDITS = 50
const DEBOUNCE_MS = 150
const WORDS = 2000

const countWords = (text) => (text.match(/\p{L}[\p{L}'’-]*/gu) ?? []).length
const paragraphs = readdirSync(examples)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .sort()
  .flatMap((name) => readFileSync(join(examples, name), 'utf8').replace(/^---[\s\S]*?\n---\n/, '').split(/\n{2,}/))
  .filter((block) => countWords(block) > 0)
const blocks = ['# Kaapstad Koffie']
for (let i = 0, words = 0; words < WORDS; i++) {
  const block = paragraphs[i % paragraphs.length]
  blocks.push(block)
  words += countWords(block)
}
const page = blocks.join('\n\n') + '\n'

const site = mkdtempSync(join(tmpdir(), 'echt-lsp-bench-'))
copyFileSync(join(examples, 'echt.config.yaml'), join(site, 'echt.config.yaml'))
writeFileSync(join(site, 'page.md'), page)
const client = await startLsp(site, { initializationOptions: { debounce: DEBOUNCE_MS } })
const uri = pathToFileURL(join(site, 'page.md')).href
try {
  client.open(uri, page)
  const first = await client.diagnostics(uri, 1)
  const lastLine = page.split('\n').length - 2
  // The first edits after opening also warm the server's background thread: timed apart, as
  // "first edit", and the 50 measured edits follow.
  const WARM_UP = 3
  const latencies = []
  let firstEditMs
  for (let version = 2; version < 2 + WARM_UP + EDITS; version++) {
    const received = client.diagnostics(uri, version)
    const sent = performance.now()
    client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: 0 } }, text: 'fresh ' }],
    })
    await received
    const latency = performance.now() - sent - DEBOUNCE_MS
    if (version === 2) firstEditMs = latency
    if (version >= 2 + WARM_UP) latencies.push(latency)
  }
  if (process.env.ECHT_BENCH_VERBOSE) process.stderr.write(`${latencies.map((l) => l.toFixed(0)).join(" ")}\n`)
  latencies.sort((a, b) => a - b)
  const median = (latencies[EDITS / 2 - 1] + latencies[EDITS / 2]) / 2
  const engine = engineTimes(15)
  process.stdout.write(
    JSON.stringify({
      words: countWords(page),
      edits: EDITS,
      debounceMs: DEBOUNCE_MS,
      medianMs: +median.toFixed(1),
      worstMs: +latencies[EDITS - 1].toFixed(1),
      firstEditMs: +firstEditMs.toFixed(1),
      findings: first.diagnostics.length,
      engineMedianMs: +engine[Math.floor(engine.length / 2)].toFixed(1),
    }) + '\n',
  )
} finally {
  await client.stop()
  rmSync(site, { recursive: true, force: true })
}

/** The engine alone on the same page, in this process (after one warm-up run), sorted. */
function engineTimes(runs) {
  const options = fileOptionsOf(openProject(site, undefined, undefined, () => {}))
  const times = []
  for (let i = 0; i <= runs; i++) {
    const started = performance.now()
    lintSource(join(site, 'page.md'), page + 'fresh '.repeat(i), options)
    if (i > 0) times.push(performance.now() - started)
  }
  return times.sort((a, b) => a - b)
}
