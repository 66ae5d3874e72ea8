import type { Root } from 'mdast'
import { unified, type Processor } from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import { parseDocument, isMap, isScalar, type Scalar } from 'yaml'
import { collectDirectives } from './directives.js'
import { yamlScalarDrafts } from './messages.js'
import { markdownDrafts, type BlockDraft } from './prose.js'
import type { ParsedSource } from './source.js'

export type MarkdownFlavour = 'markdown' | 'mdx'

/** By flavour and by the GFM constructs a source cannot hold (see `impossibleConstructs`). */
const processors = new Map<string, Processor<Root>>()

function processorFor(flavour: MarkdownFlavour, source: string): Processor<Root> {
  const left = impossibleConstructs(source)
  const key = `${flavour} ${left.join(' ')}`
  let processor = processors.get(key)
  if (!processor) {
    const gfm = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).use(autolinkPassOnlyWithCandidates)
    if (left.length > 0) gfm.use(withoutConstructs, left)
    processor = (flavour === 'mdx' ? gfm.use(remarkMdx) : gfm) as unknown as Processor<Root>
    processors.set(key, processor)
  }
  return processor
}

/**
 * A table's delimiter row: on a line of its own (after `>` and indentation), only `-`, `:`, `|`
 * and blanks, with a `-` and a `|` or `:` (`| --- |`, `:--`). No table without one.
 */
const TABLE_DELIMITER_ROW = /^[ \t>|:-]*(?:-[ \t>|:-]*[|:]|[|:][ \t>|:-]*-)[ \t>|:-]*$/m

/**
 * GFM constructs that cannot match anywhere in a source, which its parser can leave out. GFM tries
 * a table at the start of every paragraph, reading the line to its end, and an e-mail autolink at
 * the start of every word (micromark cannot look back for the `@`): on the tldr corpus these
 * attempts and their undoing were a twentieth of the memory parsing allocates, and their constructs
 * are merged into micromark's tables again for each file. A table needs its delimiter row and an
 * address an `@` in the source (a character reference to one is not read as an address), so a
 * source without them is parsed without those constructs: the same tree, without the attempts.
 */
function impossibleConstructs(source: string): string[] {
  const left: string[] = []
  if (!TABLE_DELIMITER_ROW.test(source)) left.push('table')
  if (!source.includes('@')) left.push('emailAutolink')
  return left
}

type Construct = { name?: string }
type SyntaxExtension = Record<string, Record<string, unknown> | undefined>

/**
 * Leaves the named constructs out of the micromark extensions (GFM's), wherever they hook in. A
 * character left with none of GFM's constructs loses its entry: an entry, even an empty one,
 * makes micromark stop its text there.
 */
function withoutConstructs(this: Processor, names: string[]): void {
  const named = (item: unknown) => typeof item === 'object' && item !== null && names.includes((item as Construct).name ?? '')
  const data = this.data() as { micromarkExtensions?: SyntaxExtension[] }
  data.micromarkExtensions = data.micromarkExtensions?.map((extension) => {
    const kept: SyntaxExtension = {}
    for (const [hook, byCode] of Object.entries(extension)) {
      if (!byCode || typeof byCode !== 'object') {
        kept[hook] = byCode
        continue
      }
      const codes: Record<string, unknown> = {}
      for (const [code, value] of Object.entries(byCode)) {
        const list = Array.isArray(value) ? value : [value]
        if (!list.some(named)) codes[code] = value
        else if (list.some((item) => !named(item))) codes[code] = list.filter((item) => !named(item))
      }
      kept[hook] = codes
    }
    return kept
  })
}

type FromMarkdownExtension = { enter?: Record<string, unknown>; transforms?: ((tree: Root) => Root | undefined | void)[] }
type FromMarkdownExtensions = (FromMarkdownExtension | FromMarkdownExtensions)[]

/**
 * GFM finds the literal autolinks micromark cannot (`www.x.com`, `https://…` and e-mail addresses
 * in plain text) in a pass after parsing: four walks over the whole tree, one per pattern, each
 * copying the list of ancestors at every node. That was a tenth of parsing the tldr corpus, where
 * nearly every page has URLs, but only inside `<…>` links, which the pass skips. Every pattern needs
 * `http://`, `https://`, `www.` or `@` in a text node outside a link, so the pass runs only on a
 * tree that has one: the same tree, without the walks on the others.
 */
function autolinkPassOnlyWithCandidates(this: Processor): void {
  const guard = (extensions: FromMarkdownExtensions): FromMarkdownExtensions =>
    extensions.map((extension) => {
      if (Array.isArray(extension)) return guard(extension)
      if (!extension.transforms || !extension.enter || !('literalAutolink' in extension.enter)) return extension
      return { ...extension, transforms: extension.transforms.map((transform) => (tree: Root) => (hasAutolinkCandidate(tree) ? transform(tree) : undefined)) }
    })
  const data = this.data() as { fromMarkdownExtensions?: FromMarkdownExtensions }
  if (data.fromMarkdownExtensions) data.fromMarkdownExtensions = guard(data.fromMarkdownExtensions)
}

const AUTOLINK_CANDIDATE = /https?:\/\/|www\.|@/i

/** A text node outside links (which GFM's pass skips) that one of its patterns could match. */
function hasAutolinkCandidate(node: { type: string; value?: unknown; children?: unknown[] }): boolean {
  if (node.type === 'text') return typeof node.value === 'string' && AUTOLINK_CANDIDATE.test(node.value)
  if (node.type === 'link' || node.type === 'linkReference' || !node.children) return false
  for (const child of node.children as (typeof node)[]) if (hasAutolinkCandidate(child)) return true
  return false
}

export function flavourOf(filePath: string | undefined): MarkdownFlavour {
  return filePath && /\.mdx$/i.test(filePath) ? 'mdx' : 'markdown'
}

export interface FrontMatterProblem {
  reason: string
  line: number
  column: number
}

export interface ParsedMarkdown {
  tree: Root
  frontMatter: Record<string, unknown>
  frontMatterProblem?: FrontMatterProblem
  /** The front matter fields linted as prose, as blocks placed in the file. */
  frontMatterDrafts: BlockDraft[]
}

/** Front matter fields that search results and social cards show, linted as prose by default. */
export const DEFAULT_FRONT_MATTER_FIELDS = ['title', 'description', 'summary']

/** A Markdown or MDX file as the engine reads it: front matter fields, then the body. */
export function readMarkdown(source: string, flavour: MarkdownFlavour, frontMatterFields = DEFAULT_FRONT_MATTER_FIELDS): ParsedSource {
  const { tree, frontMatter, frontMatterProblem, frontMatterDrafts } = parseMarkdown(source, flavour, frontMatterFields)
  const parsed: ParsedSource = {
    drafts: [...frontMatterDrafts, ...markdownDrafts(tree, source)],
    directives: collectDirectives(tree),
    frontMatter,
    detectionText: source,
    problems: frontMatterProblem ? [{ ruleId: 'echt/front-matter', ...frontMatterProblem }] : [],
  }
  const declared = frontMatter.lang ?? frontMatter.language
  if (typeof declared === 'string') parsed.declaredLanguage = { value: declared, where: 'Front matter lang' }
  return parsed
}

/**
 * How deep echt lets lists and blockquotes nest (markdown-it's default `maxNesting` is 100 too).
 * Real copy nests a handful of levels; thousands of levels make remark take quadratic time and
 * then overflow the call stack.
 */
export const MAX_NESTING_DEPTH = 100

/**
 * The deepest container nesting a line opens, estimated from its prefix in one linear pass:
 * every `>` and list marker (`-`, `*`, `+`, `1.`, `1)`) followed by a space counts one level,
 * and indentation before the first marker counts a level per two columns (nested list items).
 * A thematic break (`* * *`) has nothing after its markers and does not count. With `stopAbove`,
 * the scan stops at the first line deeper than that.
 */
export function nestingDepth(source: string, stopAbove = Infinity): { depth: number; line: number } {
  let deepest = 0
  let deepestLine = 1
  let line = 1
  let i = 0
  const n = source.length
  while (i < n) {
    let indent = 0
    let markers = 0
    let leading = -1
    for (;;) {
      const c = source.charCodeAt(i)
      if (c === 32) { indent++; i++; continue }
      if (c === 9) { indent += 4; i++; continue }
      if (c === 62 /* > */) { markers++; i++; if (leading < 0) leading = indent; continue }
      let k = i
      if (c === 45 || c === 42 || c === 43) k = i + 1
      else {
        while (k < n && k - i < 9 && source.charCodeAt(k) >= 48 && source.charCodeAt(k) <= 57) k++
        if (k > i && (source.charCodeAt(k) === 46 || source.charCodeAt(k) === 41)) k++
        else k = i
      }
      const after = source.charCodeAt(k)
      if (k > i && (after === 32 || after === 9)) {
        markers++
        if (leading < 0) leading = indent
        i = k
        continue
      }
      break
    }
    let end = source.indexOf('\n', i)
    if (end === -1) end = n
    let content = false
    for (let k = i; k < end; k++) {
      const c = source.charCodeAt(k)
      if (c !== 32 && c !== 9 && c !== 13) { content = true; break }
    }
    if (markers > 0 && content) {
      const depth = markers + Math.floor(Math.max(leading, 0) / 2)
      if (depth > deepest) {
        deepest = depth
        deepestLine = line
        if (depth > stopAbove) break
      }
    }
    i = end + 1
    line++
  }
  return { depth: deepest, line: deepestLine }
}

/** Parses Markdown or MDX. MDX syntax errors are thrown as `MarkdownSyntaxError` with a place. */
export function parseMarkdown(source: string, flavour: MarkdownFlavour, frontMatterFields: string[] = []): ParsedMarkdown {
  // The first line too deep is the one to show.
  const nesting = nestingDepth(source, MAX_NESTING_DEPTH)
  if (nesting.depth > MAX_NESTING_DEPTH) {
    throw new MarkdownSyntaxError(
      `lists or blockquotes nest ${nesting.depth} levels deep on line ${nesting.line}; echt reads up to ${MAX_NESTING_DEPTH} levels`,
      nesting.line,
      1,
    )
  }
  let tree: Root
  try {
    tree = processorFor(flavour, source).parse(source) as Root
  } catch (error) {
    if (error instanceof RangeError) {
      // The parser recursed past the call stack: deep JSX or another nesting the line scan cannot see.
      throw new MarkdownSyntaxError('the file nests too deeply for the Markdown parser (call stack exceeded)', 1, 1)
    }
    const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place
    const point = place && 'start' in place && place.start ? place.start : place
    throw new MarkdownSyntaxError(
      String((error as { reason?: string }).reason ?? (error as Error).message),
      (point as { line?: number })?.line ?? 1,
      (point as { column?: number })?.column ?? 1,
    )
  }
  const first = tree.children[0]
  if (!first || first.type !== 'yaml') return { tree, frontMatter: {}, frontMatterDrafts: [] }
  const lineOffset = (first.position?.start.line ?? 1) // the `---` line; YAML starts one below
  const doc = parseDocument(first.value, { prettyErrors: false })
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!
    const linePos = error.linePos?.[0]
    return {
      tree,
      frontMatter: {},
      frontMatterDrafts: [],
      frontMatterProblem: {
        reason: `Front matter is not valid YAML: ${error.message.split('\n')[0]}`,
        line: lineOffset + (linePos?.line ?? 1),
        column: linePos?.col ?? 1,
      },
    }
  }
  const data: unknown = doc.toJS()
  if (data === null || data === undefined) return { tree, frontMatter: {}, frontMatterDrafts: [] }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      tree,
      frontMatter: {},
      frontMatterDrafts: [],
      frontMatterProblem: { reason: 'Front matter must be a YAML mapping (key: value)', line: lineOffset + 1, column: 1 },
    }
  }
  const frontMatterDrafts: BlockDraft[] = []
  if (frontMatterFields.length > 0 && isMap(doc.contents)) {
    // The YAML text starts on the line after the opening `---`.
    let base = (first.position?.start.offset ?? 0) + 3
    if (source[base] === '\r') base++
    if (source[base] === '\n') base++
    const wanted = new Set(frontMatterFields)
    for (const pair of doc.contents.items) {
      if (!isScalar(pair.key) || !wanted.has(String(pair.key.value))) continue
      if (isScalar(pair.value) && typeof pair.value.value === 'string') {
        frontMatterDrafts.push(...yamlScalarDrafts(pair.value as Scalar<string>, source, base, 'metadata', false))
      }
    }
  }
  return { tree, frontMatter: data as Record<string, unknown>, frontMatterDrafts }
}

export class MarkdownSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${reason} (${line}:${column})`)
    this.name = 'MarkdownSyntaxError'
  }
}
