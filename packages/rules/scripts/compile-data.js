#!/usr/bin/env node
// Compiles every rule's word lists (src/<group>/<name>/<lang>.yaml) into one validated module,
// src/generated/data.ts, with a hash of all data for cache keys. Fails the build, naming the
// file, line and entry, on empty entries, duplicates within a list, and unknown keys.
import { readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDocument, isSeq, isMap, isScalar, LineCounter } from 'yaml'

const root = fileURLToPath(new URL('..', import.meta.url))
const srcDir = join(root, 'src')
const LANGUAGES = ['en', 'nl']
const ENTRY_KEYS = new Set(['match', 'inflect', 'unlessNext', 'unlessPrevious', 'expected', 'note', 'kind', 'family', 'weight'])
const FAMILIES = new Set(['claims', 'green', 'pressure', 'trust', 'health'])

const problems = []
const data = {}
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
    for (const language of LANGUAGES) {
      const file = join(dir, `${language}.yaml`)
      if (!existsSync(file)) continue
      const text = readFileSync(file, 'utf8')
      hash.update(`${ruleId}\0${language}\0${text}\0`)
      const compiled = compileFile(relative(root, file), text)
      if (compiled) (data[ruleId] ??= {})[language] = compiled
    }
  }
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
  for (const pair of doc.contents.items) {
    const listName = String(pair.key.value)
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
  return out
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
    for (const alternative of body.replace(/^!/, '').split('|')) {
      if (!alternative) return `empty alternative in "${element}"`
      if (/^\*+$/.test(alternative)) return `"${alternative}" matches everything; use _`
      if (alternative.replace(/^\*|\*$/g, '').includes('*')) return `"*" only at the start or end of "${alternative}"`
      if (/^~/.test(alternative)) return `a gap is written ~N with N from 0 to 9`
    }
  }
  return undefined
}

if (problems.length) {
  console.error(`echt: invalid rule data\n  ${problems.join('\n  ')}`)
  process.exit(1)
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
