import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve, relative } from 'node:path'
import { createRequire } from 'node:module'
import { parseDocument, visit, LineCounter, isMap, isSeq, isNode, type Document, type Node } from 'yaml'
import type AjvModule from 'ajv'
import type { ErrorObject, ValidateFunction } from 'ajv'
// The schema compiled at build time (scripts/compile-schema.mjs): no ajv, no compiling per run.
import validateConfig from '../generated/config-validator.js'
import { isIsoDate, type Rule } from '@echt/core'
import { UsageError } from '../errors.js'

/** One explicit file per project; no cascading. */
export const CONFIG_NAMES = ['echt.config.yaml', 'echt.config.yml', 'echt.config.json'] as const

export type SeverityValue = 'off' | 'warn' | 'error' | 0 | 1 | 2
export type RuleSettingValue = SeverityValue | [SeverityValue] | [SeverityValue, Record<string, unknown>]

export interface RawConfig {
  brand?: Record<string, any>
  claims?: Record<string, any>[]
  extends?: string | string[]
  rules?: Record<string, RuleSettingValue>
  overrides?: { files: string | string[]; language?: 'en' | 'nl' | 'auto'; rules?: Record<string, RuleSettingValue> }[]
  ignore?: string[]
  date?: string
  sources?: SourceDeclaration[]
  frontMatter?: { fields?: string[] }
}

/** A content or translation file set declared in the config: `sources: [{ files: locales/*.json }]`. */
export interface SourceDeclaration {
  files: string | string[]
  format?: 'messages'
  include?: string[]
  exclude?: string[]
  language?: 'en' | 'nl' | 'auto'
}

export interface LoadedConfig {
  /** Absolute path, or undefined when running without a config file. */
  path?: string
  /** Directory globs and overrides are relative to. */
  root: string
  raw: RawConfig
  /** Where a JSON path of the config is in the file, for errors found after validation. */
  locate(path: (string | number)[], aboutKey?: boolean): { line: number; column: number }
}

/** Finds the config upward from `from`, or returns undefined. */
export function findConfig(from: string): string | undefined {
  let dir = resolve(from)
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name)
      if (existsSync(candidate)) return candidate
    }
    const parent = dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

const require = createRequire(import.meta.url)
/** Required on first use: a run without rule options never pays for ajv. */
function loadAjv(): typeof AjvModule {
  const loaded = require('ajv') as typeof AjvModule & { default?: typeof AjvModule }
  return loaded.default ?? loaded
}

export function loadConfigFile(path: string, cwd: string): LoadedConfig {
  const display = relative(cwd, path) || path
  let text: string
  try {
    if (statSync(path).isDirectory()) throw new UsageError('is a directory, expected a config file', { file: display })
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError(`cannot read config: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file: display })
  }
  const { raw, locate } = parseWithPositions(text, display, path.endsWith('.json') ? 'JSON' : 'YAML')
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new UsageError('the config must be a mapping (brand:, claims:, rules: ...)', { file: display, line: 1, column: 1 })
  }
  normaliseDates(raw as Record<string, unknown>)
  const validate = validateConfig as ValidateFunction
  if (!validate(raw)) {
    const error = mostUseful(validate.errors ?? [])
    const path = instancePath(error)
    const aboutKey = error.keyword === 'additionalProperties' || propertyNameOf(error) !== undefined
    const { line, column } = locate(path, aboutKey)
    throw new UsageError(describe(error), { file: display, line, column, field: fieldName(path, error) })
  }
  checkCalendarDates(raw as RawConfig, (path, message) => {
    throw new UsageError(message, { file: display, ...locate(path), field: fieldName(path) })
  })
  return { path, root: dirname(path), raw: raw as RawConfig, locate }
}

/** A parsed YAML or JSON file and where each of its paths is; a syntax error names the file, line and column. */
export function parseWithPositions(text: string, display: string, kind: 'JSON' | 'YAML'): { raw: unknown; locate: LoadedConfig['locate'] } {
  const lineCounter = new LineCounter()
  // YAML is a superset of JSON: one parser gives line numbers for both.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!
    // prettyErrors is off (its message repeats the source), so the position comes from the offset.
    // An unclosed quote is found at the end of the file: point at the quote that opened it instead.
    const pos = lineCounter.linePos(error.code === 'MISSING_CHAR' ? (unclosedQuoteAt(doc, error.pos[0]) ?? error.pos[0]) : error.pos[0])
    throw new UsageError(`invalid ${kind}: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, {
      file: display,
      line: pos?.line ?? 1,
      column: pos?.col ?? 1,
    })
  }
  return { raw: doc.toJS() ?? {}, locate: (at, aboutKey) => locateIn(doc, lineCounter, at, aboutKey) }
}

/** The start of the quoted scalar that runs on to `end` (where the parser missed its closing quote). */
function unclosedQuoteAt(doc: Document, end: number): number | undefined {
  let start: number | undefined
  visit(doc, {
    Scalar(_, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range?.[1] === end) start = node.range[0]
    },
  })
  return start
}

/** A config-free run: the recommended rules and no profile. */
export function emptyConfig(cwd: string): LoadedConfig {
  return { root: cwd, raw: {}, locate: () => ({ line: 1, column: 1 }) }
}

/** Validates rule ids, severities and options against each rule's schema, naming the line. */
export function checkRuleSettings(
  config: LoadedConfig,
  known: Record<string, Rule<any>>,
  presets: Record<string, unknown>,
  cwd: string,
): void {
  const display = config.path ? relative(cwd, config.path) || config.path : '(no config)'
  const fail = (message: string, at: (string | number)[], field: string, aboutKey = false) => {
    throw new UsageError(message, { file: display, ...config.locate(at, aboutKey), field })
  }
  const extendsList = config.raw.extends === undefined ? [] : ([] as string[]).concat(config.raw.extends)
  extendsList.forEach((name, index) => {
    if (!(name in presets)) {
      const at = typeof config.raw.extends === 'string' ? ['extends'] : ['extends', index]
      fail(`unknown preset "${name}" (known: ${Object.keys(presets).join(', ')})`, at, 'extends')
    }
  })
  const sections: [Record<string, RuleSettingValue> | undefined, (string | number)[]][] = [[config.raw.rules, ['rules']]]
  config.raw.overrides?.forEach((override, index) => sections.push([override.rules, ['overrides', index, 'rules']]))
  for (const [settings, base] of sections) {
    for (const [id, setting] of Object.entries(settings ?? {})) {
      const rule = known[id]
      const field = [...base, id].join('.')
      if (!rule) fail(`unknown rule "${id}"${suggest(id, Object.keys(known))}`, [...base, id], field, true)
      if (!Array.isArray(setting) || setting.length < 2) continue
      const errors = validateOptions(rule!, setting[1]!)
      if (errors) fail(`invalid options: ${errors}`, [...base, id, 1], field)
    }
  }
}

const optionValidators = new WeakMap<Rule<any>, ValidateFunction>()
export function validateOptions(rule: Rule<any>, options: Record<string, unknown>): string | undefined {
  let validate = optionValidators.get(rule)
  if (!validate) {
    const Ajv = loadAjv()
    validate = new (Ajv as any)({ allErrors: true, strict: false }).compile(rule.meta.schema) as ValidateFunction
    optionValidators.set(rule, validate)
  }
  if (validate(options)) return undefined
  return (validate.errors ?? []).map((e) => `${e.instancePath.slice(1) || 'options'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` "${(e.params as any).additionalProperty}"` : ''}`).join('; ')
}

function suggest(id: string, known: string[]): string {
  const name = id.split('/').pop() ?? id
  const close = known.find((k) => k.endsWith(`/${name}`) || k.includes(name))
  return close ? `; did you mean "${close}"?` : ''
}

/** YAML reads unquoted 2027-06-30 as a date; the schema and profile want the ISO string. */
function normaliseDates(value: unknown): void {
  if (Array.isArray(value)) value.forEach((item, i) => (item instanceof Date ? (value[i] = iso(item)) : normaliseDates(item)))
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (item instanceof Date) (value as Record<string, unknown>)[key] = iso(item)
      else normaliseDates(item)
    }
  }
}
const iso = (date: Date) => date.toISOString().slice(0, 10)

/** The schema checks the YYYY-MM-DD shape; a day that does not exist (2027-02-30) is caught here. */
function checkCalendarDates(raw: RawConfig, fail: (path: (string | number)[], message: string) => never): void {
  const dates: [(string | number)[], unknown][] = [[['date'], raw.date]]
  raw.claims?.forEach((claim, c) =>
    (claim.evidence as { reviewBy?: unknown }[] | undefined)?.forEach((evidence, e) => dates.push([['claims', c, 'evidence', e, 'reviewBy'], evidence.reviewBy])),
  )
  for (const [path, value] of dates) {
    if (typeof value === 'string' && !isIsoDate(value)) fail(path, `"${value}" is not a date that exists (YYYY-MM-DD)`)
  }
}

function instancePath(error: ErrorObject): (string | number)[] {
  const parts = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
  const path: (string | number)[] = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p))
  if (error.keyword === 'additionalProperties') path.push((error.params as { additionalProperty: string }).additionalProperty)
  const propertyName = propertyNameOf(error)
  if (propertyName !== undefined) path.push(propertyName)
  return path
}

function fieldName(path: (string | number)[], error?: ErrorObject): string {
  const base = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')
  if (error?.keyword === 'required') {
    const missing = (error.params as { missingProperty: string }).missingProperty
    return base ? `${base}.${missing}` : missing
  }
  return base || '(root)'
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'additionalProperties':
      return 'unknown field'
    case 'required':
      return 'is required'
    case 'enum':
      return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
    case 'type':
      return `must be ${(error.params as { type: string }).type === 'array' ? 'a list' : (error.params as { type: string }).type === 'object' ? 'a mapping' : `a ${(error.params as { type: string }).type}`}`
    case 'propertyNames':
    case 'pattern' as string:
      if (propertyNameOf(error) === undefined) return error.keyword === 'pattern' ? patternMessage(error) : 'is invalid'
      return 'is not a rule id (group/name, e.g. claims/superlative)'
    case 'minLength':
      return 'must not be empty'
    default:
      return error.message ?? 'is invalid'
  }
}

/** Ajv puts the offending key of a `propertyNames` failure on the error, or in its params. */
function propertyNameOf(error: ErrorObject): string | undefined {
  return (error as { propertyName?: string }).propertyName ?? (error.params as { propertyName?: string }).propertyName
}

function patternMessage(error: ErrorObject): string {
  return /reviewBy$|date$/.test(error.instancePath) ? 'must be a date as YYYY-MM-DD' : `must match ${(error.params as { pattern: string }).pattern}`
}

/** Ajv with allErrors reports every branch of a oneOf; show the deepest, most specific one. */
function mostUseful(errors: ErrorObject[]): ErrorObject {
  const specific = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if')
  const pool = specific.length > 0 ? specific : errors
  return pool.reduce((best, e) => (e.instancePath.length > best.instancePath.length ? e : best), pool[0]!)
}

function locateIn(doc: Document, lineCounter: LineCounter, path: (string | number)[], aboutKey = false): { line: number; column: number } {
  // Walk down as far as the path exists; report the deepest node found (the key for a missing value).
  let node: unknown = doc.contents
  let best: Node | undefined = isNode(node) ? node : undefined
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isNode(item.key) && (item.key as any).value === segment)
      if (!pair) break
      best = (isNode(pair.key) ? pair.key : best) as Node | undefined
      node = pair.value
      const last = segment === path[path.length - 1] && path.indexOf(segment) === path.length - 1
      if (isNode(node) && !(last && aboutKey)) best = node as Node
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment]
      if (!isNode(node)) break
      best = node as Node
    } else break
  }
  const offset = best?.range?.[0] ?? 0
  const pos = lineCounter.linePos(offset)
  return { line: pos.line, column: pos.col }
}
