import type { Element, Nodes, Root } from 'hast'
import type { ParagraphStyle } from '@echt/core'

/**
 * A Word document as echt lints it: one paragraph per line (headings, list items and table cells
 * keep their role), so a finding's line is the paragraph's number in the document. mammoth reads
 * the .docx (a zip of XML parts) and gives HTML; its block elements are the paragraphs.
 */
export interface DocxParagraphs {
  text: string
  styles: ParagraphStyle[]
}

export class DocxError extends Error {}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th'])

export async function readDocxParagraphs(bytes: Buffer): Promise<DocxParagraphs> {
  // A .docx is a zip: check the signature first, so a renamed text or PDF file gets a clear reason.
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    throw new DocxError('This .docx file is not a Word document (not a zip archive); skipped')
  }
  const [{ default: mammoth }, { unified }, { default: rehypeParse }] = await Promise.all([import('mammoth'), import('unified'), import('rehype-parse')])
  let html: string
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value
  } catch (error) {
    throw new DocxError(`Cannot read this Word document (${(error as Error).message.split('\n')[0]}); skipped`)
  }
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root
  const lines: string[] = []
  const styles: ParagraphStyle[] = []
  const stack: { node: Nodes; inList: boolean; inCell: boolean }[] = [{ node: tree, inList: false, inCell: false }]
  while (stack.length > 0) {
    const { node, inList, inCell } = stack.pop()!
    if (node.type === 'element' && BLOCKS.has(node.tagName) && !hasBlockChild(node)) {
      const text = textOf(node).replace(/\s+/g, ' ').trim()
      if (!text) continue
      lines.push(text)
      const heading = /^h([1-6])$/.exec(node.tagName)
      styles.push(heading ? { kind: 'heading', depth: Number(heading[1]) } : inCell || node.tagName === 'td' || node.tagName === 'th' ? { kind: 'tableCell' } : inList || node.tagName === 'li' ? { kind: 'listItem' } : { kind: 'paragraph' })
      continue
    }
    if (!('children' in node)) continue
    const nextInList = inList || (node.type === 'element' && node.tagName === 'li')
    const nextInCell = inCell || (node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th'))
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as Nodes, inList: nextInList, inCell: nextInCell })
  }
  return { text: lines.join('\n'), styles }
}

function hasBlockChild(element: Element): boolean {
  return element.children.some((child) => child.type === 'element' && (BLOCKS.has(child.tagName) || hasBlockChild(child)))
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element' && node.tagName === 'br') return ' '
  return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : ''
}
