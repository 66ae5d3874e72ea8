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
  const visit = (node: Nodes) => {
    let match: RegExpExecArray | null = null
    if (node.type === 'html') match = HTML_COMMENT.exec(node.value.trim())
    else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') match = MDX_COMMENT.exec(node.value)
    if (match && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      const [ids, ...reason] = match[2]!.split(/\s--\s|\s--$/)
      const directive: Directive = {
        kind: match[1] as DirectiveKind,
        ruleIds: (ids ?? '').split(/[\s,]+/).filter(Boolean),
        range: { start: node.position.start.offset, end: node.position.end.offset },
        line: node.position.end.line,
        used: new Set(),
      }
      const why = reason.join(' -- ').trim()
      if (why) directive.reason = why
      found.push(directive)
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child)
  }
  visit(tree)
  return found.sort((a, b) => a.range.start - b.range.start)
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
  const nextLine = new Map<Directive, number>()
  const lines = source.split(/\r\n|\r|\n/)
  for (const directive of directives) {
    if (directive.kind !== 'disable-next-line') continue
    let line = directive.line + 1
    while (line <= lines.length && lines[line - 1]!.trim() === '') line++
    nextLine.set(directive, line)
  }
  const covers = (directive: Directive, ruleId: string) =>
    directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId)

  return function suppressedBy(message: Suppressible): Directive | undefined {
    for (const directive of directives) {
      if (!covers(directive, message.ruleId)) continue
      if (directive.kind === 'disable-next-line' && nextLine.get(directive) === message.line) return mark(directive, message.ruleId)
      if (directive.kind === 'disable-line' && directive.line === message.line) return mark(directive, message.ruleId)
    }
    // Range directives: the last disable/enable before the message that mentions the rule wins.
    let active: Directive | undefined
    for (const directive of directives) {
      if (directive.range.end > message.offset) break
      if (directive.kind !== 'disable' && directive.kind !== 'enable') continue
      if (!covers(directive, message.ruleId)) continue
      active = directive.kind === 'disable' ? directive : undefined
    }
    return active ? mark(active, message.ruleId) : undefined
  }
}

function mark(directive: Directive, ruleId: string): Directive {
  directive.used.add(directive.ruleIds.length === 0 ? '*' : ruleId)
  return directive
}
