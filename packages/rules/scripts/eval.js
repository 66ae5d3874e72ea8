#!/usr/bin/env node
// Runs every registered rule on the labelled development set (fixtures/eval/*.yaml) and prints
// precision and recall per rule and overall. Exits non-zero only when it cannot run (a broken
// file, an unknown language), never because the figures are low: eval.test.ts guards those.
//
//   pnpm eval              the table
//   pnpm eval --verbose    also every false positive and false negative
//   pnpm eval --json       the figures as JSON (what baseline.json records)
//   pnpm eval --save f     also write every real-copy row's verdict to f
//   pnpm eval --against f  also print the change since the run saved in f, with its interval
// Items with `split: holdout` (holdout.yaml) are also reported on their own: they were written
// after the word lists were tuned, so their figures estimate performance on unseen copy.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import { lint, profileFromConfig } from '@echt/core'
import { rules } from '@echt/rules'
import { isValidationRow } from './train-claim-model.js'
import { loadCorpus, loadHeldOut, isRandomSample, score, formatReport, pairedChange, tldrFalseAlarms, tldrWideFalseAlarms } from './eval-real.js'

export const EVAL_DIR = fileURLToPath(new URL('../../../fixtures/eval/', import.meta.url))
export const DEFAULT_TODAY = '2026-11-23'

/** Every labelled item of the set, with the file and index it came from. */
export function loadItems(dir = EVAL_DIR) {
  const items = []
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const list = parseYaml(readFileSync(join(dir, file), 'utf8'))
    if (!Array.isArray(list)) throw new Error(`${file}: expected a list of items`)
    list.forEach((item, index) => {
      const where = `${file}#${index + 1}`
      if (typeof item?.text !== 'string' || !item.text.trim()) throw new Error(`${where}: "text" is missing`)
      if (item.lang !== 'en' && item.lang !== 'nl') throw new Error(`${where}: "lang" must be en or nl`)
      if (!Array.isArray(item.expect)) throw new Error(`${where}: "expect" must be a list of rule ids ([] for none)`)
      if (typeof item.source !== 'string' || !item.source.trim()) throw new Error(`${where}: "source" is missing`)
      items.push({ ...item, where })
    })
  }
  return items
}

function sourceOf(item) {
  if (!item.frontMatter) return `${item.text}\n`
  return `---\n${stringifyYaml(item.frontMatter)}---\n\n${item.text}\n`
}

function profileOf(item) {
  const profile = profileFromConfig(item.profile ? { name: item.profile.name, voice: { names: item.profile.names ?? [] } } : undefined, [])
  return { ...profile, language: item.lang }
}

/**
 * Lints every item with every registered rule at its default options and compares the rule ids
 * that fired with the labels. Labels naming rules that are not registered (built elsewhere) are
 * kept in the data but not evaluated.
 */
export function evaluate(items = loadItems()) {
  const configured = Object.values(rules).map((rule) => ({ rule, severity: 1, options: { ...rule.meta.defaultOptions } }))
  // The set is labelled for the consumer-law pack; claims/* and brand/* labels are kept as context, not scored.
  const evaluated = new Set(Object.keys(rules).filter((id) => /^(green|pressure|trust|health)\//.test(id)))
  const counts = Object.fromEntries([...evaluated].map((id) => [id, { tp: 0, fp: 0, fn: 0, support: 0 }]))
  const mistakes = []
  for (const item of items) {
    const result = lint(sourceOf(item), {
      filePath: 'eval.md',
      profile: profileOf(item),
      rules: configured,
      knownRuleIds: evaluated,
      today: item.today ?? DEFAULT_TODAY,
    })
    const fatal = result.messages.find((m) => m.fatal)
    if (fatal) throw new Error(`${item.where}: ${fatal.message}`)
    const fired = new Set(result.messages.filter((m) => evaluated.has(m.ruleId)).map((m) => m.ruleId))
    const expected = new Set(item.expect.filter((id) => evaluated.has(id)))
    for (const id of evaluated) {
      const want = expected.has(id)
      const got = fired.has(id)
      if (want) counts[id].support++
      if (want && got) counts[id].tp++
      else if (got) {
        counts[id].fp++
        mistakes.push({ kind: 'false positive', rule: id, item, messages: result.messages.filter((m) => m.ruleId === id).map((m) => m.actual) })
      } else if (want) {
        counts[id].fn++
        mistakes.push({ kind: 'false negative', rule: id, item, messages: [] })
      }
    }
  }
  const total = { tp: 0, fp: 0, fn: 0, support: 0 }
  const perRule = {}
  for (const [id, c] of Object.entries(counts)) {
    if (c.support === 0 && c.fp === 0) continue
    for (const key of Object.keys(total)) total[key] += c[key]
    perRule[id] = figures(c)
  }
  return {
    items: items.length,
    negatives: items.filter((item) => item.expect.filter((id) => evaluated.has(id)).length === 0).length,
    perRule,
    overall: figures(total),
    mistakes,
  }
}

function figures({ tp, fp, fn, support }) {
  return {
    support,
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? 1 : round(tp / (tp + fp)),
    recall: tp + fn === 0 ? 1 : round(tp / (tp + fn)),
  }
}

const round = (value) => Math.round(value * 1000) / 1000

export function formatTable(report) {
  const rows = [['rule', 'labelled', 'TP', 'FP', 'FN', 'precision', 'recall']]
  const row = (name, f) => [name, String(f.support), String(f.tp), String(f.fp), String(f.fn), f.precision.toFixed(3), f.recall.toFixed(3)]
  for (const [id, f] of Object.entries(report.perRule).sort(([a], [b]) => a.localeCompare(b))) rows.push(row(id, f))
  rows.push(row('overall (micro)', report.overall))
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)))
  const line = (r) => `| ${r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join(' | ')} |`
  const rule = `| ${widths.map((w, col) => (col === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`
  return [
    `${report.items} sentences (${report.negatives} with no evaluated rule expected)`,
    '',
    line(rows[0]),
    rule,
    ...rows.slice(1, -1).map(line),
    line(rows.at(-1)),
  ].join('\n')
}

function formatMistakes(report) {
  return report.mistakes
    .map((m) => `${m.kind.padEnd(14)} ${m.rule.padEnd(18)} ${m.item.where.padEnd(22)} ${m.item.text}${m.messages.length ? `  [${m.messages.join(' | ')}]` : ''}`)
    .join('\n')
}

/** The value after a flag (`--save file`), or undefined; a flag without a value is an error. */
function optionValue(flag) {
  const at = process.argv.indexOf(flag)
  if (at < 0) return undefined
  const value = process.argv[at + 1]
  if (!value || value.startsWith('--')) throw new Error(`${flag} needs a file`)
  return value
}

/** The change since a saved run, per half, with the interval from resampling whole sites. */
function formatChange(file, pickedRows, sampledRows, validationRows) {
  let saved
  try {
    saved = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`--against ${file}: ${error.code === 'ENOENT' ? 'no such file' : `not a file written by --save (${error.message})`}`)
  }
  const signed = (v) => `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(3)}`
  const lines = [`Change since ${file} (rows judged in both runs; 95 % interval from resampling whole sites)`, '']
  for (const half of ['tune', 'check']) {
    if (!Array.isArray(saved[half])) throw new Error(`--against ${file}: no "${half}" verdicts (not a file written by --save)`)
    const slices = [['', pickedRows[half].verdicts], [' random', sampledRows[half].verdicts], ...(half === 'tune' ? [[' validation', validationRows.verdicts]] : [])]
    for (const [kind, verdicts] of slices) {
      const change = pairedChange(saved[half], verdicts)
      if (change.rows === 0) continue
      const figure = (name) => `${name === 'precision' ? 'P' : name === 'recall' ? 'R' : 'family'} ${signed(change.change[name])}${change.sites ? ` (${change[name].map(signed).join(' to ')})` : ''}`
      lines.push(`  ${(half + kind).padEnd(16)} ${String(change.rows).padStart(5)} rows: ${['precision', 'recall', 'family'].map(figure).join(', ')}`)
    }
  }
  return lines.join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const items = loadItems()
    const report = evaluate(items)
    const heldOut = evaluate(items.filter((item) => item.split === 'holdout'))
    if (process.argv.includes('--json')) {
      const strip = ({ mistakes, ...figuresOnly }) => figuresOnly
      console.log(JSON.stringify({ all: strip(report), holdout: strip(heldOut) }, null, 2))
    } else {
      // Real copy first: it is what the figures mean for a user; the written dev set guards the rules' forms.
      const committed = loadCorpus(undefined, { references: false })
      const all = loadCorpus()
      const references = all.length - committed.length
      const tune = score(committed.filter((row) => row.half === 'tune'))
      const check = score(committed.filter((row) => row.half === 'check'))
      const tldr = tldrFalseAlarms()
      const heldOutSentences = loadHeldOut()
      const tldrWide = tldrWideFalseAlarms()
      // Rows the collectors picked (claims and their hard lookalikes, about half each) and rows
      // sampled at random from the same sites' pages (mostly plain text, as a page is) are scored
      // apart: the second says what a user sees on a whole page.
      const picked = all.filter((row) => !isRandomSample(row))
      const pickedRows = { tune: score(picked.filter((row) => row.half === 'tune')), check: score(picked.filter((row) => row.half === 'check')) }
      // The tune half's validation rows (a random draw the learned cue never trains on) are scored apart
      // from the random rows it trains on: on them the tune half is not in-sample for the model.
      const sampled = all.filter(isRandomSample)
      const sampledRows = { tune: score(sampled.filter((row) => row.half === 'tune' && !isValidationRow(row.id))), check: score(sampled.filter((row) => row.half === 'check')) }
      const validationRows = score(all.filter((row) => row.half === 'tune' && isValidationRow(row.id)))
      const withReferences = (half) => [
        ...(references > 0 ? ['', formatReport(`  the same with the ${picked.filter((r) => r.half === half).length - committed.filter((r) => r.half === half).length} reference rows of this half (read from fetched snapshots)`, pickedRows[half])] : []),
        ...(sampledRows[half].all.rows > 0 ? ['', formatReport(`  ${sampledRows[half].all.rows} rows sampled at random from whole pages of this half's sites (sample: random; what a page holds)`, sampledRows[half])] : []),
        ...(half === 'tune' && validationRows.all.rows > 0
          ? ['', formatReport(`  ${validationRows.all.rows} more rows sampled at random, the learned cue's validation rows (read while tuning the written cues; never trained on)`, validationRows)]
          : []),
      ]
      console.log(
        [
          'Detection on real copy (fixtures/marketing-dev: labelled blind; a row is found when a claim rule reports in it)',
          references > 0 ? '' : `(${all.unresolved ?? 0} reference rows unavailable: their snapshots are not on this machine; set ECHT_SNAPSHOTS)`,
          formatReport('marketing-dev, tune half (read while tuning; the learned cue is trained on it)', tune),
          ...withReferences('tune'),
          '',
          formatReport('marketing-dev, check half (never read: the honest figure)', check),
          ...withReferences('check'),
          '',
          formatReport('Held-out written sentences, even lines (claims/needs-evidence/training/held-out: never trained on, never read)', score(heldOutSentences.filter((row) => !row.read))),
          '',
          formatReport('  the odd lines (never trained on; read for the finder\'s misses since 2026-12-03)', score(heldOutSentences.filter((row) => row.read))),
          '',
          `False alarms on the tldr sample (command-line docs): ${tldr.alarms} claim findings on ${tldr.pages} pages, ${tldr.per100.toFixed(2)} per 100 pages`,
          tldrWide
            ? `False alarms on every 8th tldr page outside the sample (never read while tuning): ${tldrWide.alarms} on ${tldrWide.pages} pages, ${tldrWide.per100.toFixed(2)} per 100 pages`
            : '(the whole tldr corpus is not on this machine: set ECHT_TLDR to measure false alarms outside the sample)',
          '',
        ].join('\n'),
      )
      const against = optionValue('--against')
      if (against) console.log(`${formatChange(against, pickedRows, sampledRows, validationRows)}\n`)
      const save = optionValue('--save')
      if (save) {
        writeFileSync(save, `${JSON.stringify({ tune: [...pickedRows.tune.verdicts, ...sampledRows.tune.verdicts, ...validationRows.verdicts], check: [...pickedRows.check.verdicts, ...sampledRows.check.verdicts] })}\n`)
        console.log(`Verdicts of every row written to ${save}: compare a later run with --against ${save}\n`)
      }
      console.log(`Written dev set (fixtures/eval), all items\n\n${formatTable(report)}\n\nHeld-out items only (holdout.yaml: written after tuning)\n\n${formatTable(heldOut)}`)
      if (process.argv.includes('--verbose') && report.mistakes.length) console.log(`\n${formatMistakes(report)}`)
      // Only the tune half's misses are ever printed: reading the check half's would tune on it.
      if (process.argv.includes('--verbose')) {
        console.log('\nmarketing-dev tune half: label / found as / sentence / findings')
        for (const m of tune.mistakes) console.log(`${m.label.padEnd(8)} ${m.got.padEnd(8)} ${m.lang} ${m.text}  [${m.messages.join(' | ')}]`)
        console.log(`\ntldr false alarms\n${tldr.found.join('\n')}`)
      }
    }
  } catch (error) {
    console.error(`echt eval: ${error instanceof Error ? error.message : error}`)
    process.exitCode = 1
  }
}
