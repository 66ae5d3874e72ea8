import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { createRequire } from 'node:module'
import { claimStanding, lint, parseMarkdown, ruleDocsUrl, type LintResult } from '@echt/core'
import { rules as allRules, presets, type ClaimInventoryRow } from '@echt/rules'
import { fileOptionsOf, openProject, type Project } from '../commands/check.js'
import { collectClaimRows } from '../commands/claims.js'
import { lintOptionsFor, toFileReport, toRelative, DEFAULT_MAX_FILE_SIZE, formatSize } from '../lint-files.js'
import { jsonResult } from '../reporters/json.js'
import { UsageError } from '../errors.js'
import { findConfig } from '../config/load.js'

/**
 * What the MCP tools do, without the protocol: each takes checked arguments and returns the
 * structured result, or throws ToolArgumentError naming the argument that was wrong. The same
 * config loading, engine and reporters as `echt check` and `echt claims`.
 */
export class ToolArgumentError extends Error {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(`${argument}: ${message}`)
    this.name = 'ToolArgumentError'
  }
}

export interface ToolContext {
  /** Where config discovery starts and relative paths resolve: the server's working directory. */
  cwd: string
  /** Notices (no config found, skipped files): stderr, never the protocol stream. */
  notice: (text: string) => void
}

/** Loads the project like `echt check`; a broken config or date becomes an error about that argument. */
function openProjectFor(context: ToolContext, from: string, config: string | undefined, date: string | undefined): Project {
  if (config !== undefined && !existsSync(resolve(context.cwd, config))) {
    throw new ToolArgumentError('config', `no such file: ${resolve(context.cwd, config)}`)
  }
  // Found upward from `from`, but named relative to the server's folder, as the caller gave paths.
  const path = config === undefined ? findConfig(from) : resolve(context.cwd, config)
  try {
    return openProject(path === undefined ? from : context.cwd, path, date, context.notice)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    const argument = error.message.startsWith('--date') ? 'date' : 'config'
    throw new ToolArgumentError(argument, error.format())
  }
}

export interface CheckTextArguments {
  text: string
  language?: 'en' | 'nl'
  config?: string
  format?: 'md' | 'mdx'
  date?: string
}

/** Lints a draft as if it were `draft.md` (or `.mdx`) in the config's folder, so overrides for it apply. */
export function checkText(args: CheckTextArguments, context: ToolContext) {
  const bytes = Buffer.byteLength(args.text)
  if (bytes > DEFAULT_MAX_FILE_SIZE) {
    throw new ToolArgumentError('text', `${formatSize(bytes)} is over the ${formatSize(DEFAULT_MAX_FILE_SIZE)} limit of echt check; send one page at a time`)
  }
  const project = openProjectFor(context, context.cwd, args.config, args.date)
  const filePath = join(project.config.root, `draft.${args.format ?? 'md'}`)
  const relativePath = toRelative(project.config.root, filePath)
  const options = lintOptionsFor(filePath, relativePath, fileOptionsOf(project))
  if (args.language) options.profile = { ...options.profile!, language: args.language }
  const result: LintResult = lint(args.text, options)
  const report = toFileReport(filePath, relativePath, args.text, result.messages, result)
  return {
    ...jsonResult(report),
    language: result.language,
    languageSource: result.languageSource,
    wordCount: result.wordCount,
    config: project.config.path ?? null,
  }
}

export interface ExplainRuleArguments {
  rule: string
}

/** A rule's meta, its docs page and the examples its README holds (the rule's own tests). */
export function explainRule(args: ExplainRuleArguments) {
  const rule = allRules[args.rule]
  if (!rule) {
    const ids = Object.keys(allRules).sort()
    const group = args.rule.split('/')[0]
    const near = ids.filter((id) => id.startsWith(`${group}/`) || id.endsWith(`/${args.rule.split('/').at(-1)}`))
    throw new ToolArgumentError('rule', `unknown rule "${args.rule}"${near.length ? `; did you mean ${near.join(', ')}?` : ''} (known: ${ids.join(', ')})`)
  }
  const { meta } = rule
  const readme = readmeOf(meta.id)
  return {
    id: meta.id,
    type: meta.type,
    description: meta.docs.description,
    source: meta.docs.source ?? null,
    defaultSeverity: meta.defaultSeverity,
    recommended: meta.docs.recommended,
    presets: Object.values(presets).filter((preset) => meta.id in preset.rules).map((preset) => preset.name),
    fixable: meta.fixable === true,
    url: ruleDocsUrl(meta.id),
    messages: meta.messages,
    schema: meta.schema,
    defaultOptions: meta.defaultOptions,
    examples: readme ? examplesOf(readme) : [],
  }
}

/** The rule's README next to its source in @echt/rules (absent from a package without sources). */
function readmeOf(ruleId: string): string | undefined {
  const rulesPackage = dirname(createRequire(import.meta.url).resolve('@echt/rules'))
  const path = join(rulesPackage, '..', 'src', ...ruleId.split('/'), 'README.md')
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

export interface RuleExample {
  title: string
  language: string
  input: string
  /** The rule's findings on the input, one per line as `line:column-endLine:endColumn message`; empty: not flagged. */
  output: string
}

/** Each ```markdown example``` block and the ```text output``` block after it, read from the README's syntax tree. */
function examplesOf(readme: string): RuleExample[] {
  const { tree } = parseMarkdown(readme, 'markdown')
  const examples: RuleExample[] = []
  let title = ''
  let pending: Omit<RuleExample, 'output'> | undefined
  for (const node of tree.children) {
    if (node.type === 'heading') title = node.children.map((child) => ('value' in child ? child.value : '')).join('')
    if (node.type !== 'code') continue
    const code = node
    if (code.lang === 'markdown' && code.meta?.startsWith('example')) {
      pending = { title, language: /\blang=(\w+)/.exec(code.meta)?.[1] ?? '', input: code.value }
    } else if (code.lang === 'text' && code.meta?.trim() === 'output' && pending) {
      examples.push({ ...pending, output: code.value })
      pending = undefined
    }
  }
  return examples
}

export interface ProfileArguments {
  config?: string
  date?: string
}

/** The brand profile, the claims library with each claim's standing today, and the rules in force. */
export function showProfile(args: ProfileArguments, context: ToolContext) {
  const project = openProjectFor(context, context.cwd, args.config, args.date)
  const { profile, today } = project
  const settings = project.settingsFor('index.md')
  return {
    config: project.config.path ?? null,
    root: project.config.root,
    today,
    brand: {
      name: profile.name ?? null,
      language: profile.language ?? null,
      mission: profile.mission ?? null,
      vision: profile.vision ?? null,
      values: profile.values,
      voice: profile.voice,
    },
    claims: profile.claims.map((claim) => ({ ...claim, ...claimStanding(claim, today) })),
    rules: settings.rules
      .map(({ rule, severity, options }) => ({ id: rule.meta.id, severity: severity === 2 ? 'error' : 'warn', options }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  }
}

export interface InventoryArguments {
  path?: string
  config?: string
  date?: string
}

/** `echt claims` on a folder (or one file): config found upward from it unless given; paths relative to it. */
export async function claimsInventory(args: InventoryArguments, context: ToolContext) {
  const target = resolve(context.cwd, args.path ?? '.')
  let isFolder: boolean
  try {
    isFolder = statSync(target).isDirectory()
  } catch {
    throw new ToolArgumentError('path', `no such file or folder: ${target}`)
  }
  const base = isFolder ? target : dirname(target)
  const project = openProjectFor(context, base, args.config, args.date)
  const skipped: { file: string; reason: string }[] = []
  const rows: ClaimInventoryRow[] = await collectClaimRows([isFolder ? '.' : target], project, base, (filePath, reason) =>
    skipped.push({ file: relative(base, filePath) || filePath, reason }),
  )
  const count = (status: string) => rows.filter((row) => row.status === status).length
  return {
    folder: base,
    config: project.config.path ?? null,
    claims: rows,
    counts: { total: rows.length, substantiated: count('substantiated'), stale: count('stale'), unsubstantiated: count('unsubstantiated') },
    skipped,
  }
}
