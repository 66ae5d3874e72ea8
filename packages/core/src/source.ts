import { draftsText, type BlockDraft } from './prose.js'
import type { Directive } from './directives.js'

/**
 * What every source reader (Markdown, HTML, messages files, document paragraphs) gives the engine:
 * blocks of prose whose characters keep their source offsets, the inline directives, and what the
 * source declares about itself. The rules never see which reader it was.
 */
export interface ParsedSource {
  drafts: BlockDraft[]
  directives: Directive[]
  frontMatter: Record<string, unknown>
  /** A language the source declares, and where (`Front matter lang`, `<html lang>`). */
  declaredLanguage?: { value: string; where: string }
  /** Text to detect the language from when nothing declares it. */
  detectionText: string
  /** Problems that do not stop linting (invalid front matter). */
  problems: SourceProblem[]
}

export interface SourceProblem {
  ruleId: string
  reason: string
  line: number
  column: number
}

/** The formats the engine reads. Markdown and MDX are Markdown flavours. */
export type SourceFormat = 'markdown' | 'mdx' | 'html' | 'json' | 'yaml' | 'paragraphs'

/** The format a file's name implies: `.html`, `.htm`, `.json`, `.yaml`, `.yml`, `.mdx`, `.docx` (its paragraphs); else Markdown. */
export function formatOf(filePath: string | undefined): SourceFormat {
  const extension = /\.([A-Za-z]+)$/.exec(filePath ?? '')?.[1]?.toLowerCase()
  switch (extension) {
    case 'html':
    case 'htm':
      return 'html'
    case 'json':
      return 'json'
    case 'yaml':
    case 'yml':
      return 'yaml'
    case 'mdx':
      return 'mdx'
    case 'docx':
      // What echt lints of a Word document: its paragraphs, one per line.
      return 'paragraphs'
    default:
      return 'markdown'
  }
}

/**
 * A source of prose blocks alone (no front matter, no directives), blocks put in source order: a
 * reader may meet an attribute or a branch while the block around it is still being built, and the
 * engine expects sentences in source order.
 */
export function sourceOfDrafts(drafts: BlockDraft[], directives: ParsedSource['directives'] = []): ParsedSource {
  const ordered = drafts.filter((draft) => draft.chars.length > 0).sort((a, b) => a.startOf[0]! - b.startOf[0]!)
  return { drafts: ordered, directives, frontMatter: {}, detectionText: draftsText(ordered), problems: [] }
}
