import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser'
import { parseAllDocuments, isMap, isSeq, isScalar, type Scalar } from 'yaml'
import { location } from 'vfile-location'
import {
  alignDecoded, decodeJsonEscape, decodeYamlDoubleQuoted, decodeYamlSingleQuoted, type EscapeDecoder,
} from './align.js'
import { MarkdownSyntaxError } from './markdown.js'
import { emptyDraft, pushChar, pushPlaceholderRange, type BlockDraft, type BlockKind } from './prose.js'
import { sourceOfDrafts, type ParsedSource } from './source.js'

/**
 * Content and translation files (Next.js `locales/nl.json`, `messages/en/common.json`, Hugo
 * `data/*.yaml`): every string value is a block of prose, its characters mapped to their place in
 * the file through JSON escapes, YAML quoting, folding and block scalars. ICU arguments
 * (`{count}`, `{n, plural, one {…} other {…}}`) and HTML tags inside values are not prose.
 */

/** Which keys are copy, as dotted paths: `*` is one key, `**` any number of keys. */
export interface MessageKeyFilter {
  include?: string[]
  exclude?: string[]
}

export function parseJsonMessages(source: string, filter: MessageKeyFilter = {}): ParsedSource {
  const errors: ParseError[] = []
  const tree = parseTree(source, errors, { disallowComments: false, allowTrailingComma: false, allowEmptyContent: true })
  if (errors.length > 0) {
    const error = errors[0]!
    const point = location(source).toPoint(error.offset) ?? { line: 1, column: 1 }
    throw new MarkdownSyntaxError(`not valid JSON: ${describeJsonError(printParseErrorCode(error.error))}`, point.line, point.column)
  }
  const accepts = keyFilter(filter)
  const drafts: BlockDraft[] = []
  const stack: { node: JsonNode; path: string[] }[] = tree ? [{ node: tree, path: [] }] : []
  while (stack.length > 0) {
    const { node, path } = stack.pop()!
    if (node.type === 'object') {
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? []
        if (key && value) stack.push({ node: value, path: [...path, String(key.value)] })
      }
    } else if (node.type === 'array') {
      ;(node.children ?? []).forEach((child, index) => stack.push({ node: child, path: [...path, String(index)] }))
    } else if (node.type === 'string' && typeof node.value === 'string' && accepts(path) && looksLikeCopy(node.value)) {
      // The node spans the quotes.
      drafts.push(...messageDrafts(node.value, source, node.offset + 1, node.offset + node.length - 1, decodeJsonEscape))
    }
  }
  return sourceOfDrafts(drafts)
}

export function parseYamlMessages(source: string, filter: MessageKeyFilter = {}): ParsedSource {
  // A file may hold several documents (`---` between them): each is read.
  const docs = parseAllDocuments(source, { prettyErrors: false, uniqueKeys: false })
  for (const doc of Array.isArray(docs) ? docs : [docs]) {
    if (doc.errors.length === 0) continue
    const error = doc.errors[0]!
    const at = error.linePos?.[0]
    throw new MarkdownSyntaxError(`not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, at?.line ?? 1, at?.col ?? 1)
  }
  const accepts = keyFilter(filter)
  const drafts: BlockDraft[] = []
  const stack: { node: unknown; path: string[] }[] = (Array.isArray(docs) ? docs : [docs]).map((doc) => ({ node: doc.contents, path: [] }))
  while (stack.length > 0) {
    const { node, path } = stack.pop()!
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
        stack.push({ node: pair.value, path: [...path, key] })
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => stack.push({ node: item, path: [...path, String(index)] }))
    } else if (isScalar(node) && typeof node.value === 'string' && accepts(path) && looksLikeCopy(node.value)) {
      drafts.push(...yamlScalarDrafts(node as Scalar<string>, source, 0, 'paragraph', true))
    }
  }
  return sourceOfDrafts(drafts)
}

/**
 * The prose of one YAML string scalar, `base` being where the YAML text starts in `source` (front
 * matter sits after the `---` line). With `asMessage`, ICU arguments and tags are not prose.
 */
export function yamlScalarDrafts(scalar: Scalar<string>, source: string, base: number, kind: BlockKind, asMessage: boolean): BlockDraft[] {
  const range = scalar.range
  if (!range) return []
  let from = base + range[0]
  let to = base + range[1]
  let decode: EscapeDecoder | undefined
  switch (scalar.type) {
    case 'QUOTE_DOUBLE':
      from++
      to--
      decode = decodeYamlDoubleQuoted
      break
    case 'QUOTE_SINGLE':
      from++
      to--
      decode = decodeYamlSingleQuoted
      break
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED': {
      // The value starts on the line after the `|` or `>` header.
      const headerEnd = source.indexOf('\n', from)
      from = headerEnd === -1 || headerEnd >= to ? to : headerEnd + 1
      break
    }
    default:
      break
  }
  if (asMessage) return messageDrafts(scalar.value, source, from, to, decode, kind)
  const draft = emptyDraft(kind)
  alignDecoded(scalar.value, source, from, to, decode, (char, start, end) => pushChar(draft, char, start, end))
  return [draft]
}

function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
}

/** Values that are addresses, slugs, keys or icons rather than copy are left alone. */
function looksLikeCopy(value: string): boolean {
  if (!/\p{L}/u.test(value)) return false
  if (/^(?:[a-z][a-z0-9+.-]*:|\/|\.\.?\/|#)/i.test(value.trim())) return false
  if (!/\s/.test(value.trim()) && (/[/@_#:\\]|\.\w/.test(value) || /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(value))) return false
  return true
}

function keyFilter(filter: MessageKeyFilter): (path: string[]) => boolean {
  const include = (filter.include ?? []).map(keyPattern)
  const exclude = (filter.exclude ?? []).map(keyPattern)
  return (path) => {
    const key = path.join('.')
    return (include.length === 0 || include.some((pattern) => pattern.test(key))) && !exclude.some((pattern) => pattern.test(key))
  }
}

/** `home.**` matches `home` and every key under it; `*.url` a `url` one key down; `**.url` any `url`. */
export function keyPattern(glob: string): RegExp {
  const parts = glob.split('.')
  let pattern = ''
  parts.forEach((part, index) => {
    const last = index === parts.length - 1
    if (part === '**') {
      if (!last) pattern += '(?:[^.]+\\.)*'
      else pattern = index === 0 ? '.*' : `${pattern.slice(0, -2)}(?:\\.[^.]+)*`
      return
    }
    pattern += part.split('*').map((piece) => piece.replace(/[\\^$+?.()[\]{}|]/g, '\\$&')).join('[^.]*')
    if (!last) pattern += '\\.'
  })
  return new RegExp(`^${pattern}$`)
}

/**
 * Splits one message value into prose blocks: ICU arguments become placeholders (the branches of
 * `plural` and `select` are blocks of their own), HTML tags are dropped (links kept as links).
 */
function messageDrafts(value: string, source: string, from: number, to: number, decode: EscapeDecoder | undefined, kind: BlockKind = 'paragraph'): BlockDraft[] {
  const chars: string[] = []
  const startOf: number[] = []
  const endOf: number[] = []
  alignDecoded(value, source, from, to, decode, (char, start, end) => {
    chars.push(char)
    startOf.push(start)
    endOf.push(end)
  })
  const out: BlockDraft[] = []
  // Branches are read after their message: a work list, not recursion, so nesting cannot overflow.
  const pending: { from: number; to: number; inPlural: boolean }[] = [{ from: 0, to: chars.length, inPlural: false }]
  while (pending.length > 0) {
    const part = pending.shift()!
    const draft = emptyDraft(kind)
    out.push(draft)
    let link: { from: number; url: string } | undefined
    for (let i = part.from; i < part.to; ) {
      const char = chars[i]!
      if (char === '{') {
        const close = matchingBrace(chars, i, part.to)
        if (close !== -1) {
          pushPlaceholderRange(draft, startOf[i]!, endOf[close]!)
          const inner = chars.slice(i + 1, close).join('')
          const branching = /^\s*[\w.-]+\s*,\s*(plural|selectordinal|select)\s*,/.exec(inner)
          if (branching) {
            for (let k = i + 1 + branching[0].length; k < close; k++) {
              if (chars[k] !== '{') continue
              const end = matchingBrace(chars, k, close)
              if (end === -1) break
              pending.push({ from: k + 1, to: end, inPlural: branching[1] !== 'select' })
              k = end
            }
          }
          i = close + 1
          continue
        }
      }
      if (char === '#' && part.inPlural) {
        pushPlaceholderRange(draft, startOf[i]!, endOf[i]!)
        i++
        continue
      }
      if (char === '<' && /[A-Za-z/!]/.test(chars[i + 1] ?? '')) {
        let close = i + 1
        while (close < part.to && chars[close] !== '>') close++
        if (close < part.to) {
          const tag = chars.slice(i, close + 1).join('')
          const href = /^<a\s[^>]*href\s*=\s*["']?([^"'\s>]+)/i.exec(tag)
          if (href) link = { from: draft.chars.length, url: href[1]! }
          else if (/^<\/a\s*>$/i.test(tag) && link && draft.chars.length > link.from) {
            draft.links.push({ start: draft.startOf[link.from]!, end: draft.endOf[draft.endOf.length - 1]!, url: link.url })
            link = undefined
          }
          i = close + 1
          continue
        }
      }
      pushChar(draft, char, startOf[i]!, endOf[i]!)
      i++
    }
  }
  return out
}

function matchingBrace(chars: string[], open: number, before: number): number {
  let depth = 0
  for (let k = open; k < before; k++) {
    if (chars[k] === '{') depth++
    else if (chars[k] === '}' && --depth === 0) return k
  }
  return -1
}
