import type { Root, Nodes } from 'mdast'
import type { Range } from './types.js'

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line'

/** An inline control comment: `<!-- echt-disable claims/superlative -- reason -->` or `{/* … *\/}` in MDX. */
export interface Directive {
  kind: DirectiveKind
  /** Empty: every rule. */
  ruleIds: string[]
  reason?: string
  range: Range
  line: number
  /** Rule ids (or `*`) for which this directive suppressed at least one message. */
  used: Set<string>
}

const HTML_COMMENT = /^<!--\s*echt-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->\s*$/
const MDX_COMMENT = /^\s*\/\*\s*echt-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)\*\/\s*$/

export function collectDirectives(tree: Root): Directive[] {
  const found: Directive[] = []
  // Iterative: a hostile file may nest deeper than the call stack allows.
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    let match: RegExpExecArray | null = null
    if (node.type === 'html') match = HTML_COMMENT.exec(node.value.trim())
    else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') match = MDX_COMMENT.exec(node.value)
    if (match && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      found.push(directiveFrom(match, { start: node.position.start.offset, end: node.position.end.offset }, node.position.end.line))
    }
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child)
  }
  return found.sort((a, b) => a.range.start - b.range.start)
}

/** The directive an HTML comment (`<!-- echt-disable … -->`, markup included) holds, if any. */
export function directiveInHtmlComment(comment: string, range: Range, line: number): Directive | undefined {
  const match = HTML_COMMENT.exec(comment.trim())
  return match ? directiveFrom(match, range, line) : undefined
}

function directiveFrom(match: RegExpExecArray, range: Range, line: number): Directive {
  const [ids, ...reason] = match[2]!.split(/\s--\s|\s--$/)
  const directive: Directive = {
    kind: match[1] as DirectiveKind,
    ruleIds: (ids ?? '').split(/[\s,]+/).filter(Boolean),
    range,
    line,
    used: new Set(),
  }
  const why = reason.join(' -- ').trim()
  if (why) directive.reason = why
  return directive
}

interface Suppressible {
  ruleId: string
  offset: number
  line: number
}

/**
 * Decides, per message, whether a directive suppresses it, and marks the directive used.
 * `disable-next-line` applies to the next line that has text after the comment, because in
 * Markdown a comment usually stands alone with a blank line before the paragraph.
 */
export function createSuppressor(directives: Directive[], source: string) {
  // Line directives by the line they apply to, and range directives per rule id, so a file with
  // many directives and many messages costs a lookup per message, not a scan of every directive.
  const byLine = new Map<number, Directive[]>()
  const atLine = (line: number, directive: Directive) => {
    const list = byLine.get(line)
    if (list) list.push(directive)
    else byLine.set(line, [directive])
  }
  const lines = source.split(/\r\n|\r|\n/)
  for (const directive of directives) {
    if (directive.kind === 'disable-line') atLine(directive.line, directive)
    if (directive.kind !== 'disable-next-line') continue
    let line = directive.line + 1
    while (line <= lines.length && lines[line - 1]!.trim() === '') line++
    atLine(line, directive)
  }
  const ranged = directives
    .filter((d) => d.kind === 'disable' || d.kind === 'enable')
    .sort((a, b) => a.range.end - b.range.end)
  const rangedFor = new Map<string, Directive[]>()
  const rangedCovering = (ruleId: string) => {
    let list = rangedFor.get(ruleId)
    if (!list) rangedFor.set(ruleId, (list = ranged.filter((d) => covers(d, ruleId))))
    return list
  }

  return function suppressedBy(message: Suppressible): Directive | undefined {
    for (const directive of byLine.get(message.line) ?? []) {
      if (covers(directive, message.ruleId)) return mark(directive, message.ruleId)
    }
    // Range directives: the last disable/enable before the message that mentions the rule wins.
    const list = rangedCovering(message.ruleId)
    let low = 0
    let high = list.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (list[mid]!.range.end <= message.offset) low = mid + 1
      else high = mid
    }
    const last = list[low - 1]
    return last?.kind === 'disable' ? mark(last, message.ruleId) : undefined
  }
}

function covers(directive: Directive, ruleId: string): boolean {
  return directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId)
}

function mark(directive: Directive, ruleId: string): Directive {
  directive.used.add(directive.ruleIds.length === 0 ? '*' : ruleId)
  return directive
}
