import type { Root, Element, Nodes, Properties } from 'hast'
import type { Position } from 'unist'
import { unified, type Processor } from 'unified'
import rehypeParse from 'rehype-parse'
import { alignDecoded, decodeHtmlReference } from './align.js'
import { directiveInHtmlComment, type Directive } from './directives.js'
import { emptyDraft, pushChar, pushPlaceholderRange, type BlockDraft, type BlockKind } from './prose.js'
import { sourceOfDrafts, type ParsedSource } from './source.js'

/**
 * HTML as readers see it: the text a browser renders (not scripts, styles, templates, hidden
 * elements or markup), plus the attribute texts that show (`alt`, `title`) and the page's title,
 * meta description and Open Graph texts that search results and social cards show. Every
 * character keeps its offset in the HTML, character references included.
 */

let htmlProcessor: Processor<Root> | undefined
function processor(): Processor<Root> {
  htmlProcessor ??= unified().use(rehypeParse, { verbose: true }) as unknown as Processor<Root>
  return htmlProcessor
}

/** Never rendered as copy. `pre` holds code and keeps its layout, like a Markdown code block. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'canvas', 'pre', 'textarea', 'select', 'datalist', 'link', 'base'])

/** Text in these stands for code or keyboard input: a placeholder, like inline code in Markdown. */
const NON_PROSE_INLINE = new Set(['code', 'kbd', 'samp', 'var', 'tt'])

/**
 * Elements that start a block of their own. Buttons, labels and options are inline in HTML but
 * stand alone to a reader ("Get started"), so their text does not run into the sentence around.
 */
const BLOCK_ELEMENTS = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  'legend', 'button', 'label', 'option', 'title', 'head', 'menu', 'center',
])

/** `<meta>` texts shown in search results and social cards. */
const SHOWN_META = new Set(['description', 'og:title', 'og:description', 'twitter:title', 'twitter:description'])

interface Context {
  kind: BlockKind
  headingDepth?: number
  inList: boolean
  inBlockquote: boolean
}

type Step = { node: Nodes; context: Context } | (() => void)

/** Reads an HTML page into prose blocks. Pure: the crawler and the CLI call it with a page's text. */
export function parseHtml(source: string): ParsedSource {
  const tree = processor().parse(source) as Root
  const drafts: BlockDraft[] = []
  const directives: Directive[] = []
  let current: BlockDraft | undefined
  let declaredLanguage: ParsedSource['declaredLanguage']

  const open = (context: Context): BlockDraft => {
    if (!current) {
      current = emptyDraft(context.kind, context)
      drafts.push(current)
    }
    return current
  }
  const close = () => {
    current = undefined
  }
  const pushText = (draft: BlockDraft, value: string, start: number, end: number) => {
    alignDecoded(value, source, referenceAround(source, start, end), end, decodeHtmlReference, (char, from, to) => appendRendered(draft, char, from, to))
  }
  const attributeDraft = (kind: BlockKind, element: Element, name: string) => {
    const value = element.properties[name]
    if (typeof value !== 'string' || !/[\p{L}\p{N}]/u.test(value)) return
    const range = attributeValueRange(source, propertyPosition(element, name))
    if (!range) return
    const draft = emptyDraft(kind)
    pushText(draft, value, range.start, range.end)
    drafts.push(draft)
  }

  const stack: Step[] = [{ node: tree, context: { kind: 'paragraph', inList: false, inBlockquote: false } }]
  const pushChildren = (children: Nodes[], context: Context) => {
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, context })
  }
  while (stack.length > 0) {
    const step = stack.pop()!
    if (typeof step === 'function') {
      step()
      continue
    }
    const { node, context } = step
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'root') {
      pushChildren(node.children, context)
      continue
    }
    if (node.type === 'text') {
      if (start === undefined || end === undefined) continue
      if (!current && !/\S/.test(node.value)) continue
      pushText(open(context), node.value, start, end)
      continue
    }
    if (node.type === 'comment') {
      if (start === undefined || end === undefined) continue
      const directive = directiveInHtmlComment(source.slice(start, end), { start, end }, node.position!.end.line)
      if (directive) directives.push(directive)
      continue
    }
    if (node.type !== 'element') continue
    const name = node.tagName
    if (SKIPPED.has(name) || isHidden(node.properties)) continue
    if (name === 'html' && typeof node.properties.lang === 'string' && node.properties.lang) {
      declaredLanguage = { value: node.properties.lang, where: '<html lang>' }
    }
    if (name === 'meta') {
      const key = String(node.properties.name ?? node.properties.property ?? '').toLowerCase()
      if (SHOWN_META.has(key)) attributeDraft('metadata', node, 'content')
      continue
    }
    if (typeof node.properties.title === 'string') attributeDraft('metadata', node, 'title')
    // Texts a form shows: a submit button's label, a field's placeholder.
    if (name === 'input' && /^(?:submit|button|reset)$/i.test(String(node.properties.type ?? ''))) attributeDraft('paragraph', node, 'value')
    if ((name === 'input' || name === 'textarea') && typeof node.properties.placeholder === 'string') attributeDraft('paragraph', node, 'placeholder')
    if (name === 'img' || name === 'area' || (name === 'input' && node.properties.type === 'image')) {
      if (current && start !== undefined && end !== undefined) pushPlaceholderRange(current, start, end)
      attributeDraft('imageAlt', node, 'alt')
      continue
    }
    if (name === 'br') {
      if (current && start !== undefined && end !== undefined) pushChar(current, '\n', start, end)
      continue
    }
    if (NON_PROSE_INLINE.has(name)) {
      if (start !== undefined && end !== undefined) pushPlaceholderRange(open(context), start, end)
      continue
    }
    if (BLOCK_ELEMENTS.has(name)) {
      close()
      stack.push(close)
      pushChildren(node.children, blockContext(name, context))
      continue
    }
    if (name === 'a' && isBareUrl(node)) {
      // A link whose text is its address is a URL, not prose (Markdown's autolinks alike).
      if (start !== undefined && end !== undefined) pushPlaceholderRange(open(context), start, end)
      continue
    }
    if (name === 'a' && typeof node.properties.href === 'string') {
      const draft = open(context)
      const from = draft.chars.length
      const url = node.properties.href
      stack.push(() => {
        if (current === draft && draft.chars.length > from) {
          draft.links.push({ start: draft.startOf[from]!, end: draft.endOf[draft.endOf.length - 1]!, url })
        }
      })
    }
    pushChildren(node.children, context)
  }
  const parsed = sourceOfDrafts(drafts, directives)
  if (declaredLanguage) parsed.declaredLanguage = declaredLanguage
  return parsed
}

/** Whitespace renders as one space; a block does not start with it. */
function appendRendered(draft: BlockDraft, char: string, start: number, end: number): void {
  if (char === '\n' && draft.chars[draft.chars.length - 1] === '\n') return
  if (/\s/.test(char) && char !== '\u00a0') {
    const last = draft.chars.length - 1
    if (last < 0) return
    if (draft.chars[last] === ' ' || draft.chars[last] === '\n') {
      draft.endOf[last] = end
      return
    }
    pushChar(draft, ' ', start, end)
    return
  }
  pushChar(draft, char, start, end)
}

function blockContext(name: string, parent: Context): Context {
  const context: Context = { kind: 'paragraph', inList: parent.inList, inBlockquote: parent.inBlockquote }
  if (/^h[1-6]$/.test(name)) {
    context.kind = 'heading'
    context.headingDepth = Number(name[1])
  } else if (name === 'td' || name === 'th') context.kind = 'tableCell'
  else if (name === 'title') context.kind = 'metadata'
  else if (name === 'li' || name === 'dd' || name === 'dt') context.inList = true
  else if (name === 'blockquote') context.inBlockquote = true
  else if (parent.kind === 'heading' || parent.kind === 'tableCell' || parent.kind === 'metadata') {
    // A <div> inside a heading or cell is still that heading or cell.
    context.kind = parent.kind
    if (parent.headingDepth !== undefined) context.headingDepth = parent.headingDepth
  }
  return context
}

function isBareUrl(link: Element): boolean {
  if (!link.children.every((child) => child.type === 'text')) return false
  const text = link.children.map((child) => (child as { value: string }).value).join('').trim()
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)\S+$/i.test(text)
}

function isHidden(properties: Properties): boolean {
  if (properties.hidden !== undefined && properties.hidden !== false && properties.hidden !== null) return true
  if (properties.type === 'hidden') return true
  const style = properties.style
  return typeof style === 'string' && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style)
}

function propertyPosition(element: Element, name: string): Position | undefined {
  const data = element.data as { position?: { properties?: Record<string, Position | undefined> } } | undefined
  return data?.position?.properties?.[name]
}

/** The source range of an attribute's value, quotes excluded, from the attribute's whole range. */
function attributeValueRange(source: string, position: Position | undefined): { start: number; end: number } | undefined {
  const from = position?.start.offset
  const to = position?.end.offset
  if (from === undefined || to === undefined) return undefined
  let at = source.indexOf('=', from)
  if (at === -1 || at >= to) return undefined
  at++
  while (at < to && /\s/.test(source[at]!)) at++
  const quote = source[at]
  if ((quote === '"' || quote === "'") && source[to - 1] === quote && to - 1 > at) return { start: at + 1, end: to - 1 }
  return { start: at, end: to }
}

/**
 * Where a text node really starts. After a NUL the parser dropped, parse5 starts the next text node
 * inside the character reference it begins with ("\0&eacute;" starts at ";"): start from that reference.
 */
function referenceAround(source: string, start: number, end: number): number {
  for (let at = start - 1; at >= Math.max(0, start - 40); at--) {
    const char = source[at]!
    if (char === '&') {
      const reference = decodeHtmlReference(source, at, end)
      return reference && at + reference.length > start ? at : start
    }
    if (!/[A-Za-z0-9#;]/.test(char)) return start
  }
  return start
}
