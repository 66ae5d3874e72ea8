import type { Root } from 'mdast'
import { unified, type Processor } from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import { parseDocument } from 'yaml'

export type MarkdownFlavour = 'markdown' | 'mdx'

let markdownProcessor: Processor<Root> | undefined
let mdxProcessor: Processor<Root> | undefined

function processorFor(flavour: MarkdownFlavour): Processor<Root> {
  if (flavour === 'mdx') {
    mdxProcessor ??= unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).use(remarkMdx) as unknown as Processor<Root>
    return mdxProcessor
  }
  markdownProcessor ??= unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm) as unknown as Processor<Root>
  return markdownProcessor
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
}

/** Parses Markdown or MDX. MDX syntax errors are thrown as `MarkdownSyntaxError` with a place. */
export function parseMarkdown(source: string, flavour: MarkdownFlavour): ParsedMarkdown {
  let tree: Root
  try {
    tree = processorFor(flavour).parse(source) as Root
  } catch (error) {
    const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place
    const point = place && 'start' in place && place.start ? place.start : place
    throw new MarkdownSyntaxError(
      String((error as { reason?: string }).reason ?? (error as Error).message),
      (point as { line?: number })?.line ?? 1,
      (point as { column?: number })?.column ?? 1,
    )
  }
  const first = tree.children[0]
  if (!first || first.type !== 'yaml') return { tree, frontMatter: {} }
  const lineOffset = (first.position?.start.line ?? 1) // the `---` line; YAML starts one below
  const doc = parseDocument(first.value, { prettyErrors: false })
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!
    const linePos = error.linePos?.[0]
    return {
      tree,
      frontMatter: {},
      frontMatterProblem: {
        reason: `Front matter is not valid YAML: ${error.message.split('\n')[0]}`,
        line: lineOffset + (linePos?.line ?? 1),
        column: linePos?.col ?? 1,
      },
    }
  }
  const data: unknown = doc.toJS()
  if (data === null || data === undefined) return { tree, frontMatter: {} }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      tree,
      frontMatter: {},
      frontMatterProblem: { reason: 'Front matter must be a YAML mapping (key: value)', line: lineOffset + 1, column: 1 },
    }
  }
  return { tree, frontMatter: data as Record<string, unknown> }
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
