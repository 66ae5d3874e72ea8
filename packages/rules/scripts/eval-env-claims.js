#!/usr/bin/env node
// Green detection on the environmental-claims corpus of Stammbach et al. (ACL 2023): corporate
// report sentences labelled environmental claim or not. Its licence (CC BY-NC-SA 4.0) keeps its text
// out of this repository. Its train split is the measure and was never read; its dev split was read
// once (2026-12-05) for forms of environmental performance, which moved train not at all; its test
// split stays reserved for an independent evaluation. Point this script at a local copy of the TRAIN
// split only.
//
//   node packages/rules/scripts/eval-env-claims.js path/to/train.jsonl
//
// A sentence counts as found when echt's green family reports in it (a green/* rule, or the claim
// finder naming the green family).
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { detect } from './eval-real.js'

const path = process.argv[2]
if (!path || basename(path) !== 'train.jsonl') {
  console.error('echt eval-env-claims: give the path of the corpus\' train.jsonl (its dev and test splits are reserved)')
  process.exit(2)
}
const rows = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
let tp = 0, fp = 0, fn = 0, anyClaim = 0
for (const row of rows) {
  const got = detect(row.text, 'en')
  const green = got.messages.some((m) => m.startsWith('green/')) || got.family === 'green'
  if (got.found && row.label === 1) anyClaim++
  if (green && row.label === 1) tp++
  else if (green) fp++
  else if (row.label === 1) fn++
}
const precision = tp / (tp + fp || 1)
const recall = tp / (tp + fn || 1)
const f1 = (2 * precision * recall) / (precision + recall || 1)
console.log(`${rows.length} sentences, ${tp + fn} environmental claims`)
console.log(`green: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${f1.toFixed(3)}`)
console.log(`any claim family on the environmental claims: ${(anyClaim / (tp + fn)).toFixed(3)}`)
