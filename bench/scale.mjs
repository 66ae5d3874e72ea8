#!/usr/bin/env node
// pnpm bench:scale [--copies=N] [--corpus=DIR]: memory over many files. Lints the corpus once and
// N times over (default 11 copies of tldr: about 100,000 files) with echt --jobs 1 and --jobs 2,
// and prints the peak memory of each run. echt keeps one file's tree at a time and only the small
// per-file summaries (messages, facts) of the rest, so the peak should grow far slower than the
// file count. Not part of pnpm test: it takes a few minutes and needs the corpus beside the repo.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { markdownFiles } from './runners/files.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const repo = join(here, '..')
const option = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const copies = Number(option('copies', '11'))
const corpus = option('corpus', join(repo, '..', 'shared', 'corpus', 'tldr'))
const echtBin = join(repo, 'packages', 'cli', 'bin', 'echt.js')

if (!existsSync(corpus)) fail(`no corpus at ${corpus} (expected ../shared/corpus/tldr beside the repository, or pass --corpus=DIR)`)
if (!Number.isInteger(copies) || copies < 2) fail('--copies must be a whole number of at least 2')
if (spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status !== 0) fail('needs /usr/bin/time (Debian: apt-get install time) for peak memory')

const work = mkdtempSync(join(tmpdir(), 'echt-scale-'))
try {
  const many = join(work, 'many')
  process.stderr.write(`scale: copying ${corpus} ${copies} times ...\n`)
  for (let i = 0; i < copies; i++) cpSync(corpus, join(many, `copy-${String(i).padStart(2, '0')}`), { recursive: true })
  const one = join(many, 'copy-00')
  const rows = []
  for (const [label, dir] of [['1 copy', one], [`${copies} copies`, many]]) {
    const files = markdownFiles(dir).length
    for (const jobs of ['1', '2']) {
      process.stderr.write(`scale: ${label}, --jobs ${jobs} ...`)
      const output = join(work, 'out.json')
      const run = spawnSync('/usr/bin/time', ['-f', '__time__ %e %M', process.execPath, echtBin, 'check', dir, '--date=2026-11-23', '--jobs', jobs, '--format', 'json', '--output', output], {
        cwd: work,
        encoding: 'utf8',
      })
      if (run.status !== 0 && run.status !== 1) fail(`echt exited ${run.status}: ${run.stderr.slice(-2000)}`)
      const [, wall, kb] = run.stderr.trim().split('\n').at(-1).split(' ')
      process.stderr.write(` ${wall} s\n`)
      rows.push({ label, files, jobs, wall: Number(wall), peakMb: Number(kb) / 1024 })
    }
  }
  const lines = ['| files | jobs | wall s | files/s | peak MB |', '| ---: | ---: | ---: | ---: | ---: |']
  for (const row of rows) lines.push(`| ${row.files.toLocaleString('en')} | ${row.jobs} | ${row.wall.toFixed(1)} | ${Math.round(row.files / row.wall).toLocaleString('en')} | ${Math.round(row.peakMb)} |`)
  const ratio = (jobs) => {
    const [small, large] = rows.filter((r) => r.jobs === jobs)
    return `--jobs ${jobs}: ${(large.files / small.files).toFixed(1)}x the files, ${(large.peakMb / small.peakMb).toFixed(2)}x the peak memory`
  }
  lines.push('', ratio('1'), ratio('2'))
  process.stdout.write(lines.join('\n') + '\n')
} finally {
  rmSync(work, { recursive: true, force: true })
}

function fail(message) {
  process.stderr.write(`bench:scale: ${message}\n`)
  process.exit(2)
}
