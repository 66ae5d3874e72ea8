import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import { isMap, isSeq, parseDocument, stringify, type Document as YamlDocument } from 'yaml'
import { rules as allRules } from '@echt/rules'
import type { FileReport, ReportedMessage } from '../lint-files.js'
import { messagesAt, toDiagnostic } from './diagnostics.js'

export interface ActionContext {
  document: TextDocument
  report: FileReport
  /** Absolute path of the YAML config, when there is one to add claims to. */
  configPath?: string
  /** The config's text as the editor has it (unsaved changes included), else read from disk. */
  configText(path: string): string | undefined
}

const PLACEHOLDER_REASON = 'why this is fine here'

/**
 * Quick fixes for the findings in a range: each fix and rewrite as a TextEdit, a directive that
 * disables the rule for the line (with a reason to fill in), and for a claim the library has not
 * approved, a new entry in echt.config.yaml's claims with an empty evidence list.
 */
export function codeActionsFor(range: Range, context: ActionContext): CodeAction[] {
  const { document, report } = context
  const found = messagesAt(report.messages, document.offsetAt(range.start), document.offsetAt(range.end))
  const actions: CodeAction[] = []
  const edit = (changes: TextEdit[]): WorkspaceEdit => ({ changes: { [document.uri]: changes } })
  for (const message of found) {
    if (message.ruleId.startsWith('echt/')) continue // the file itself is the problem: nothing to rewrite
    const diagnostic = toDiagnostic(message, document)
    const rewrites: { title: string; fix: { range: [number, number]; text: string } }[] = []
    if (message.fix) rewrites.push({ title: `Replace "${message.actual}" with "${message.fix.text}"`, fix: message.fix })
    for (const suggestion of message.suggestions ?? []) rewrites.push({ title: suggestion.desc, fix: suggestion.fix })
    rewrites.forEach(({ title, fix }, index) => {
      const textEdit = { range: { start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1]) }, newText: fix.text }
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: index === 0, edit: edit([textEdit]) })
    })
    actions.push({
      title: `Disable ${message.ruleId} for this line (with a reason)`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: edit([disableNextLine(document, message)]),
    })
    const addClaim = addClaimAction(message, diagnostic, context)
    if (addClaim) actions.push(addClaim)
  }
  return actions
}

/** The directive the engine reads (packages/core/src/directives.ts), on its own line above the finding. */
function disableNextLine(document: TextDocument, message: ReportedMessage): TextEdit {
  const line = document.positionAt(message.offset).line
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } })
  const indent = /^[ \t]*/.exec(lineText)![0]
  const body = `echt-disable-next-line ${message.ruleId} -- ${PLACEHOLDER_REASON}`
  const comment = /\.mdx$/i.test(document.uri) || document.languageId === 'mdx' ? `{/* ${body} */}` : `<!-- ${body} -->`
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${comment}\n` }
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 48) || 'claim'
  )
}

/**
 * "Add this claim to the claims library": edits the YAML with the yaml package's Document API, so
 * the user's comments and layout stay, and replaces the whole file (the one edit every client applies).
 */
function addClaimAction(message: ReportedMessage, diagnostic: Diagnostic, context: ActionContext): CodeAction | undefined {
  if (!allRules[message.ruleId]?.meta.silencedByApprovedClaims || message.data?.claim) return undefined
  const configPath = context.configPath
  if (!configPath || !/\.ya?ml$/i.test(configPath)) return undefined
  const text = context.configText(configPath)
  if (text === undefined) return undefined
  const yaml = parseDocument(text)
  if (yaml.errors.length > 0) return undefined // the broken config has its own diagnostic; never write over it
  const claims = yaml.get('claims', true)
  if (claims !== undefined && claims !== null && !isSeq(claims)) return undefined
  if (yaml.contents !== null && !isMap(yaml.contents)) return undefined
  const taken = new Set(isSeq(claims) ? claims.items.map((item) => (isMap(item) ? String(item.get('id')) : '')) : [])
  let id = slug(message.actual)
  for (let n = 2; taken.has(id); n++) id = `${slug(message.actual)}-${n}`
  const entry = { id, text: message.actual, evidence: [] }
  return {
    title: `Add "${message.actual}" to the claims library (echt.config.yaml, evidence to fill in)`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [pathToFileURL(configPath).href]: [claimInsertion(text, yaml, entry)] } },
  }
}

/** The config's text: the open editor's when the config is open there, else the file's. */
export function readText(path: string, openText: (uri: string) => string | undefined): string | undefined {
  const open = openText(pathToFileURL(path).href)
  if (open !== undefined) return open
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

/**
 * The edit that adds a claims entry. Into a block list, the entry is inserted as text after its
 * last item with the list's own indentation, so not one byte of the rest of the file changes; a
 * file without claims gets the section at its end; any other shape (a flow list) is rewritten
 * through the yaml Document, which keeps comments.
 */
function claimInsertion(text: string, yaml: YamlDocument, entry: Record<string, unknown>): TextEdit {
  const claims = yaml.get('claims', true)
  const asItem = stringify([entry], { indent: 2 }).trimEnd().split('\n')
  const end = { line: text.split('\n').length - 1, character: text.length - text.lastIndexOf('\n') - 1 }
  if (claims === undefined) {
    const newText = `${text.length > 0 && !text.endsWith('\n') ? '\n' : ''}claims:\n${asItem.map((l) => `  ${l}`).join('\n')}\n`
    return { range: { start: end, end }, newText }
  }
  if (isSeq(claims) && !claims.flow && claims.items.length > 0 && claims.range) {
    const first = claims.items[0] as { range?: [number, number, number] }
    const firstStart = first.range?.[0]
    const lineStart = firstStart === undefined ? -1 : text.lastIndexOf('\n', firstStart - 1) + 1
    const dash = firstStart === undefined ? null : /^([ \t]*)- $/.exec(text.slice(lineStart, firstStart))
    if (dash) {
      // After the line where the list's last item ends.
      const lastEnd = claims.range[1]
      const newline = text.indexOf('\n', Math.max(0, lastEnd - 1))
      const at = newline === -1 ? text.length : newline + 1
      const lines = text.slice(0, at).split('\n')
      const position = { line: lines.length - 1, character: lines[lines.length - 1]!.length }
      const newText = `${newline === -1 ? '\n' : ''}${asItem.map((l) => `${dash[1]}${l}`).join('\n')}\n`
      return { range: { start: position, end: position }, newText }
    }
  }
  if (isSeq(claims)) claims.add(yaml.createNode(entry))
  else yaml.set('claims', yaml.createNode([entry]))
  return changedSpan(text, yaml.toString())
}

/** One edit that turns `before` into `after`, covering only what differs (the rest of the file stays byte for byte). */
export function changedSpan(before: string, after: string): TextEdit {
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let end = 0
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++
  const position = (offset: number) => {
    const lines = before.slice(0, offset).split('\n')
    return { line: lines.length - 1, character: lines[lines.length - 1]!.length }
  }
  return { range: { start: position(start), end: position(before.length - end) }, newText: after.slice(start, after.length - end) }
}
