import { emptyDraft, pushChar, type BlockDraft } from './prose.js'
import { sourceOfDrafts, type ParsedSource } from './source.js'

/** How a paragraph of a document (a Word file) is styled: what the rules know of it. */
export interface ParagraphStyle {
  kind: 'paragraph' | 'heading' | 'listItem' | 'tableCell'
  /** Heading level, 1-6. */
  depth?: number
}

/**
 * A document given as one paragraph per line (what echt makes of a Word file), so a finding's line
 * is its paragraph's number. `styles[i]` styles line i + 1; unstyled lines are body paragraphs.
 */
export function parseParagraphs(source: string, styles: ParagraphStyle[] = []): ParsedSource {
  const drafts: BlockDraft[] = []
  let lineStart = 0
  let index = 0
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = source.length
    const style = styles[index] ?? { kind: 'paragraph' }
    const draft = emptyDraft(style.kind === 'heading' ? 'heading' : style.kind === 'tableCell' ? 'tableCell' : 'paragraph', {
      inList: style.kind === 'listItem',
      ...(style.kind === 'heading' ? { headingDepth: style.depth ?? 1 } : {}),
    })
    for (let k = lineStart; k < lineEnd; k++) {
      if (source[k] === '\r' && k === lineEnd - 1) break
      pushChar(draft, source[k]!, k, k + 1)
    }
    if (draft.chars.length > 0) drafts.push(draft)
    lineStart = lineEnd + 1
    index++
  }
  return sourceOfDrafts(drafts)
}
