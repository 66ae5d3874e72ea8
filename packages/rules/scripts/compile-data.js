#!/usr/bin/env node
// Compiles every rule's word lists (src/<group>/<name>/<lang>.yaml) into one validated module,
// src/generated/data.ts, with a hash of all data for cache keys, and its messages, why line and
// try lines into src/generated/texts.ts. Fails the build, naming the
// file, line and entry, on empty entries, duplicates within a list, and unknown keys.
import { readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDocument, isSeq, isMap, isScalar, LineCounter } from 'yaml'

const root = fileURLToPath(new URL('..', import.meta.url))
// --src <dir> --check: validate another rules folder without writing (the validator's tests).
const srcArg = process.argv.indexOf('--src')
const srcDir = srcArg > 0 ? process.argv[srcArg + 1] : join(root, 'src')
/** A data file as problems name it: from the package, or from the folder given with --src. */
const sourcePath = (file) => relative(srcArg > 0 ? srcDir : root, file)
const checkOnly = process.argv.includes('--check')
const LANGUAGES = ['en', 'nl']
/** What a silencer does to the cues it meets (src/detect/find-claims.ts, SilencerEntry). */
const SILENCER_KINDS = ['phrase', 'sentence', 'damp', 'negation', 'lookalike', 'clause']

const ENTRY_KEYS = new Set(['match', 'inflect', 'unlessNext', 'unlessPrevious', 'expected', 'note', 'kind', 'family', 'weight'])
const FAMILIES = new Set(['claims', 'green', 'pressure', 'trust', 'health'])
/** The words of a pattern element: "a|b!c|d" is a or b but not c or d, and each of them is a word to check. */
const ALTERNATIVES = /[|!]/
/** Punctuation a pattern may write out as an element of its own (CLAUSE_END in src/detect/pattern.ts). */
const CLAUSE_MARKS = new Set([',', ';', ':', '.', '!', '?', '(', ')', '–', '—', '"', '“', '”'])

const problems = []
const data = {}
const texts = {}
const rules = []
const hash = createHash('sha256')

for (const group of readdirSync(srcDir, { withFileTypes: true })) {
  if (!group.isDirectory() || group.name === 'generated') continue
  for (const name of readdirSync(join(srcDir, group.name), { withFileTypes: true })) {
    if (!name.isDirectory()) continue
    const dir = join(srcDir, group.name, name.name)
    if (!existsSync(join(dir, 'index.ts'))) continue
    const ruleId = `${group.name}/${name.name}`
    rules.push(ruleId)
    const byLanguage = {}
    for (const language of LANGUAGES) {
      const file = join(dir, `${language}.yaml`)
      if (!existsSync(file)) {
        problems.push(`${ruleId}: ${language}.yaml is missing (every rule keeps its word lists and messages in ${LANGUAGES.map((l) => `${l}.yaml`).join(' and ')})`)
        continue
      }
      const text = readFileSync(file, 'utf8')
      hash.update(`${ruleId}\0${language}\0${text}\0`)
      const compiled = compileFile(sourcePath(file), text)
      if (!compiled) continue
      byLanguage[language] = compiled.texts
      if (Object.keys(compiled.lists).length) (data[ruleId] ??= {})[language] = compiled.lists
    }
    const ruleTexts = checkTexts(ruleId, byLanguage, readFileSync(join(dir, 'index.ts'), 'utf8'))
    if (ruleTexts) texts[ruleId] = ruleTexts
  }
}

/**
 * A rule's words, kept beside its word lists: `messages` (templates by message id), `why` (the
 * authority, shown under every finding) and `try` (rewrites by message id). Every message id is in
 * every language with the same placeholders, and every id the rule reports exists; a failing build
 * names the rule, the language and the id.
 */
function checkTexts(ruleId, byLanguage, indexSource) {
  const [first, ...others] = LANGUAGES
  for (const language of LANGUAGES) {
    const t = byLanguage[language]
    if (!t) continue
    if (!t.messages) problems.push(`${ruleId}: ${language}.yaml has no "messages:" map (message id: template)`)
    if (!t.why) problems.push(`${ruleId}: ${language}.yaml has no "why:" (the authority the rule applies, shown under each finding)`)
  }
  const reference = byLanguage[first]?.messages
  for (const language of others) {
    const mine = byLanguage[language]?.messages
    if (!reference || !mine) continue
    for (const id of Object.keys(reference)) {
      if (!(id in mine)) problems.push(`${ruleId}: message "${id}" is in ${first}.yaml but missing in ${language}.yaml`)
      else {
        const want = placeholders(reference[id]).join(', ')
        const got = placeholders(mine[id]).join(', ')
        if (want !== got) problems.push(`${ruleId}: message "${id}" in ${language}.yaml uses {${got}}, in ${first}.yaml {${want}}`)
      }
    }
    for (const id of Object.keys(mine)) if (!(id in reference)) problems.push(`${ruleId}: message "${id}" is in ${language}.yaml but missing in ${first}.yaml`)
  }
  for (const language of LANGUAGES) {
    const t = byLanguage[language]
    for (const id of Object.keys(t?.try ?? {})) {
      if (t.messages && !(id in t.messages)) problems.push(`${ruleId}: try lines for "${id}" in ${language}.yaml, which is no message id`)
      for (const other of LANGUAGES) {
        if (other !== language && byLanguage[other] && !(id in (byLanguage[other].try ?? {}))) {
          problems.push(`${ruleId}: try lines for "${id}" are in ${language}.yaml but missing in ${other}.yaml`)
        }
      }
    }
  }
  // The ids the rule reports, as written in its code: each must have a message.
  const lines = indexSource.split('\n')
  lines.forEach((line, index) => {
    if (/^\s*messages:\s*\{/.test(line)) {
      problems.push(`${ruleId}: index.ts:${index + 1} declares meta.messages; move them to "messages:" in ${LANGUAGES.map((l) => `${l}.yaml`).join(' and ')}`)
    }
    const reported = /messageId:\s*([^,}]*)/.exec(line)
    if (!reported || !reference) return
    for (const [, id] of reported[1].matchAll(/'(\w+)'/g)) {
      if (!(id in reference)) problems.push(`${ruleId}: index.ts:${index + 1} reports message "${id}", which is not in ${first}.yaml messages`)
    }
  })
  if (LANGUAGES.some((l) => !byLanguage[l]?.messages)) return undefined
  return Object.fromEntries(LANGUAGES.map((l) => [l, { messages: byLanguage[l].messages, why: byLanguage[l].why ?? '', try: byLanguage[l].try ?? {} }]))
}

function placeholders(template) {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort()
}

function compileFile(path, text) {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter })
  const where = (node) => {
    const pos = node?.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 }
    return `${path}:${pos.line}:${pos.col}`
  }
  if (doc.errors.length) {
    for (const error of doc.errors) problems.push(`${path}:${error.linePos?.[0]?.line ?? 1}: ${error.message.split('\n')[0]}`)
    return undefined
  }
  if (!isMap(doc.contents)) {
    problems.push(`${path}:1: expected a mapping of named lists (entries: [...])`)
    return undefined
  }
  const out = {}
  const texts = {}
  for (const pair of doc.contents.items) {
    const listName = String(pair.key.value)
    if (listName === 'why') {
      if (!isScalar(pair.value) || typeof pair.value.value !== 'string' || !pair.value.value.trim()) problems.push(`${where(pair.value ?? pair.key)}: "why" must be a sentence`)
      else texts.why = pair.value.value.trim()
      continue
    }
    if (listName === 'messages' || listName === 'try') {
      const map = compileTextMap(pair, listName, where)
      if (map) texts[listName] = map
      continue
    }
    if (!isSeq(pair.value)) {
      problems.push(`${where(pair.value ?? pair.key)}: "${listName}" must be a list`)
      continue
    }
    const seen = new Map()
    out[listName] = []
    for (const item of pair.value.items) {
      const entry = compileEntry(item, where, listName)
      if (!entry) continue
      for (const phrase of entry.match) {
        const key = phrase.toLowerCase().replace(/\s+/g, ' ')
        if (seen.has(key)) problems.push(`${where(item)}: "${phrase}" is listed twice in "${listName}" (first at ${seen.get(key)})`)
        else seen.set(key, where(item))
      }
      out[listName].push(entry)
    }
  }
  return { lists: out, texts }
}

/** `messages:` (id: template) or `try:` (id: [rewrite, ...]). */
function compileTextMap(pair, name, where) {
  if (!isMap(pair.value)) return void problems.push(`${where(pair.value ?? pair.key)}: "${name}" must be a mapping of message ids`)
  const map = {}
  for (const item of pair.value.items) {
    const id = String(item.key.value)
    if (!/^\w+$/.test(id)) problems.push(`${where(item.key)}: "${id}" is not a message id (letters and digits)`)
    const value = item.value?.toJSON?.()
    if (name === 'messages') {
      if (typeof value !== 'string' || !value.trim()) problems.push(`${where(item.value ?? item.key)}: message "${id}" must be a non-empty template`)
      else map[id] = value.trim()
    } else {
      const lines = typeof value === 'string' ? [value] : value
      if (!Array.isArray(lines) || lines.length === 0 || lines.some((l) => typeof l !== 'string' || !l.trim())) problems.push(`${where(item.value ?? item.key)}: try lines for "${id}" must be a list of non-empty strings`)
      else map[id] = lines.map((l) => l.trim())
    }
  }
  return map
}

function compileEntry(item, where, listName) {
  if (isScalar(item)) {
    const value = String(item.value ?? '').trim()
    if (!value) return void problems.push(`${where(item)}: empty entry in "${listName}"`)
    return { match: [value] }
  }
  if (!isMap(item)) return void problems.push(`${where(item)}: entry in "${listName}" must be a phrase or a mapping`)
  const entry = item.toJSON()
  for (const key of Object.keys(entry)) {
    if (!ENTRY_KEYS.has(key)) problems.push(`${where(item)}: unknown key "${key}" (known: ${[...ENTRY_KEYS].join(', ')})`)
  }
  const match = typeof entry.match === 'string' ? [entry.match] : entry.match
  if (!Array.isArray(match) || match.length === 0 || match.some((m) => typeof m !== 'string' || !m.trim())) {
    return void problems.push(`${where(item)}: "match" must be a non-empty phrase or list of phrases`)
  }
  entry.match = match.map((m) => m.trim())
  for (const key of ['unlessNext', 'unlessPrevious', 'expected']) {
    if (entry[key] === undefined) continue
    if (typeof entry[key] === 'string') entry[key] = [entry[key]]
    if (!Array.isArray(entry[key]) || entry[key].some((v) => typeof v !== 'string' || !v.trim())) {
      problems.push(`${where(item)}: "${key}" must be a list of non-empty strings`)
    }
  }
  if (entry.inflect !== undefined && entry.inflect !== 'adjective') problems.push(`${where(item)}: "inflect" can only be "adjective"`)
  if (entry.family !== undefined && !FAMILIES.has(entry.family)) problems.push(`${where(item)}: "family" must be one of ${[...FAMILIES].join(', ')}`)
  if (entry.weight !== undefined && !(typeof entry.weight === 'number' && entry.weight > 0 && entry.weight <= 2)) {
    problems.push(`${where(item)}: "weight" must be a number above 0 and at most 2`)
  }
  if (listName === 'cues' && entry.family === undefined) problems.push(`${where(item)}: a cue needs a "family"`)
  if (listName === 'silencers' && entry.kind !== undefined && !SILENCER_KINDS.includes(entry.kind)) {
    problems.push(`${where(item)}: a silencer's "kind" must be one of ${SILENCER_KINDS.join(', ')}`)
  }
  if (listName === 'cues' || listName === 'silencers') {
    for (const pattern of entry.match) {
      const problem = patternProblem(pattern)
      if (problem) problems.push(`${where(item)}: pattern "${pattern}": ${problem}`)
    }
  }
  return entry
}

/** The finder's token patterns (src/detect/pattern.ts), checked here so a typo fails the build. */
function patternProblem(pattern) {
  const elements = pattern.trim().split(/\s+/).filter((e, i) => !(i === 0 && e === '^'))
  const words = elements.filter((e) => !/^~\d$/.test(e))
  if (words.length === 0 || words.every((e) => e.length > 1 && e.endsWith('?'))) return 'needs a required word'
  if (/^~/.test(elements[0]) || /^~/.test(elements.at(-1))) return 'may not start or end with a gap (~N)'
  for (const element of words) {
    const body = element.length > 1 && element.endsWith('?') ? element.slice(0, -1) : element
    for (const alternative of body.replace(/^!/, '').split(ALTERNATIVES)) {
      if (!alternative) return `empty alternative in "${element}"`
      if (/^\*+$/.test(alternative)) return `"${alternative}" matches everything; use _`
      if (alternative.replace(/^\*|\*$/g, '').includes('*')) return `"*" only at the start or end of "${alternative}"`
      if (/^~/.test(alternative)) return `a gap is written ~N with N from 0 to 9`
    }
    // A word element never steps over the end of a clause, so a mark listed among words never
    // matches: ",|en|of groen" finds "en groen" but not ", groen".
    const listed = body.replace(/^!/, '').split(ALTERNATIVES)
    const marks = listed.filter((alternative) => CLAUSE_MARKS.has(alternative))
    if (marks.length > 0 && marks.length < listed.length) return `"${element}" mixes punctuation with words; write the punctuation in a pattern of its own`
  }
  return splitAlternativeProblem(words)
}

/**
 * "a b|c d" reads as three words in a row (a, b or c, d), never as "a b" or "c d": a multi-word
 * alternative is a pattern of its own. The slip shows as a word said twice side by side: in a list
 * and the word beside it ("price match|price promise"), or in two neighbouring lists.
 */
function splitAlternativeProblem(words) {
  // A word listed twice in one element is the slip's other trace: "biggest|most important
  // challenges|challenges" wanted "most important challenges" as one alternative.
  const listedWords = words.map((element) => element.replace(/\?$/, '').replace(/^!/, '').split(ALTERNATIVES))
  for (const [index, listed] of listedWords.entries()) {
    const twice = listed.find((word, at) => listed.indexOf(word) !== at)
    if (twice) return `"${twice}" is listed twice in "${words[index]}": write a multi-word alternative as a pattern of its own`
  }
  const alternatives = listedWords.map((listed) => new Set(listed))
  for (let i = 0; i + 1 < words.length; i++) {
    if (alternatives[i].size === 1 && alternatives[i + 1].size === 1) continue
    const shared = [...alternatives[i]].find((word) => word !== '_' && alternatives[i + 1].has(word))
    if (shared) return `"${shared}" stands in "${words[i]}" and in "${words[i + 1]}": write a multi-word alternative as a pattern of its own`
    // The same slip with a word spelt two ways: "# per cent|percent of" reads "# per cent of" or
    // "# per percent of", never "# percent of".
    for (const first of alternatives[i]) {
      const joined = [...alternatives[i + 1]].find((second) => alternatives[i + 1].has(`${first}${second}`) || alternatives[i + 1].has(`${first}-${second}`))
      if (joined) return `"${words[i]} ${joined}" is also spelt as one word in "${words[i + 1]}": write a multi-word alternative as a pattern of its own`
    }
  }
  return undefined
}

const claimModels = compileClaimModels()

/**
 * Each line of a training file as a row, named by file and line when it is not JSON or its family is
 * unknown; `check` adds what that file's rows must hold.
 */
function checkTrainingLines(file, text, check) {
  for (const [index, line] of text.split('\n').entries()) {
    if (!line.trim()) continue
    const at = `${sourcePath(file)}:${index + 1}`
    let row
    try {
      row = JSON.parse(line)
    } catch {
      problems.push(`${at}: not a JSON object`)
      continue
    }
    check(row, at, index + 1)
    if (row.family !== 'none' && !FAMILIES.has(row.family)) problems.push(`${at}: "family" must be none or one of ${[...FAMILIES].join(', ')}`)
  }
}

/**
 * The claim finder's learned cue (src/detect/claim-model.ts): the model and the sentences it was
 * trained on travel together, so a sentence edited without retraining is named here (and fails
 * test/claim-model.test.ts), and the model is part of the data hash that cache keys hold. Every
 * training row is checked like a word list: its file and line are named when it is not JSON, has no
 * text, repeats one, or has no family.
 */
function compileClaimModels() {
  const dir = join(srcDir, 'claims', 'needs-evidence')
  const modelFile = join(dir, 'claim-model.json')
  if (!existsSync(modelFile)) return {}
  let model
  try {
    model = JSON.parse(readFileSync(modelFile, 'utf8'))
  } catch (error) {
    problems.push(`${sourcePath(modelFile)}: not JSON (${error.message})`)
    return {}
  }
  const compiled = {}
  for (const language of LANGUAGES) {
    const file = join(dir, 'training', `${language}.jsonl`)
    const encoded = model.languages?.[language]
    if (!existsSync(file) || !encoded) {
      problems.push(`${sourcePath(modelFile)}: no ${language} model, or no training/${language}.jsonl to train it on`)
      continue
    }
    const text = readFileSync(file, 'utf8')
    const seen = new Map()
    checkTrainingLines(file, text, (row, at, line) => {
      if (typeof row.text !== 'string' || !row.text.trim()) problems.push(`${at}: "text" must be a sentence`)
      else if (seen.has(row.text)) problems.push(`${at}: "text" repeats line ${seen.get(row.text)}`)
      else seen.set(row.text, line)
    })
    const tuneHalfFile = join(dir, 'training', 'tune-half', `${language}.jsonl`)
    const tuneHalf = existsSync(tuneHalfFile) ? readFileSync(tuneHalfFile, 'utf8') : ''
    checkTrainingLines(tuneHalfFile, tuneHalf, (row, at) => {
      if (typeof row.id !== 'string' || typeof row.buckets !== 'string') problems.push(`${at}: needs the corpus row's "id" and its "buckets"`)
    })
    // The same digest as the trainer's (scripts/train-claim-model.js, trainedOnDigest): written and tune-half rows together.
    const sha256 = (content) => createHash('sha256').update(content).digest('hex')
    // A warning, not a failure: the trainer needs a build to run (test/claim-model.test.ts fails instead).
    if (sha256(`${sha256(text)} ${sha256(tuneHalf)}`) !== encoded.trainedOn) {
      console.warn(`echt: the ${language} claim model was trained on other sentences than ${sourcePath(file)} and ${sourcePath(tuneHalfFile)}: run pnpm train-claim-model`)
    }
    hash.update(`claim-model\0${language}\0${encoded.weights}\0${encoded.scale}\0${encoded.bias}\0`)
    const families = {}
    for (const [family, weights] of Object.entries(encoded.families ?? {})) {
      if (!FAMILIES.has(family) || family === 'claims') problems.push(`${sourcePath(modelFile)}: ${language} family model "${family}" is not a family a claim's words name`)
      hash.update(`claim-family\0${language}\0${family}\0${weights.weights}\0${weights.scale}\0${weights.bias}\0`)
      families[family] = { bits: weights.bits, scale: weights.scale, bias: weights.bias, weights: weights.weights }
    }
    compiled[language] = { bits: encoded.bits, scale: encoded.scale, bias: encoded.bias, weights: encoded.weights, families }
  }
  return compiled
}

if (problems.length) {
  console.error(`echt: invalid rule data\n  ${problems.join('\n  ')}`)
  process.exit(1)
}

if (checkOnly) {
  console.log(`echt: rule data of ${rules.length} rules is valid`)
  process.exit(0)
}

rules.sort()
const digest = hash.digest('hex').slice(0, 16)
mkdirSync(join(srcDir, 'generated'), { recursive: true })
writeFileSync(
  join(srcDir, 'generated', 'data.ts'),
  `// Generated by scripts/compile-data.js from the rules' YAML word lists. Do not edit.\n` +
    `import type { WordLists } from '../wordlists.js'\n\n` +
    `export const DATA_HASH = ${JSON.stringify(digest)}\n\n` +
    `export const RULE_IDS = ${JSON.stringify(rules, null, 2)} as const\n\n` +
    `export const WORD_LISTS: Record<string, Partial<Record<'en' | 'nl', WordLists>>> = ${JSON.stringify(data, null, 2)}\n`,
)
writeFileSync(
  join(srcDir, 'generated', 'texts.ts'),
  `// Generated by scripts/compile-data.js from the rules' en.yaml and nl.yaml (messages, why, try). Do not edit.\n` +
    `import type { RuleTextsByLanguage } from '../texts.js'\n\n` +
    `export const RULE_TEXTS: Record<string, RuleTextsByLanguage> = ${JSON.stringify(Object.fromEntries(Object.entries(texts).sort()), null, 2)}\n`,
)
writeFileSync(
  join(srcDir, 'generated', 'claim-model.ts'),
  `// Generated by scripts/compile-data.js from claims/needs-evidence/claim-model.json. Do not edit.\n` +
    `import type { EncodedClaimModel } from '../detect/claim-model.js'\n\n` +
    `export const CLAIM_MODELS: Partial<Record<'en' | 'nl', EncodedClaimModel>> = ${JSON.stringify(claimModels, null, 2)}\n`,
)
const importName = (id) => id.replace(/[/-](\w)/g, (_, c) => c.toUpperCase())
writeFileSync(
  join(srcDir, 'generated', 'registry.ts'),
  `// Generated by scripts/compile-data.js: one import per rule folder. Do not edit.\n` +
    `import type { Rule } from '@echt/core'\n` +
    rules.map((id) => `import ${importName(id)} from '../${id}/index.js'\n`).join('') +
    `\nexport const ALL_RULES: Rule<any>[] = [\n` +
    rules.map((id) => `  ${importName(id)},\n`).join('') +
    `]\n`,
)
console.log(`echt: compiled word lists of ${rules.length} rules (data hash ${digest})`)
