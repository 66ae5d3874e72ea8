import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import { parseMarkdown } from '@echt/core'

/**
 * echt runs GFM's pass for literal autolinks only on trees with a candidate (`http://`, `https://`,
 * `www.` or `@` in text outside links), and parses a source without `@` without GFM's e-mail
 * autolinks and one without a table delimiter row without GFM's tables. The trees must be exactly
 * those of remark with GFM as published, either way.
 */
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm)
const mdx = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).use(remarkMdx)

function expectSameTree(source: string): void {
  expect(parseMarkdown(source, 'markdown').tree).toEqual(markdown.parse(source))
}

/** Markdown and MDX both; `<…>` is JSX to MDX, and an error there. */
function expectSameTrees(source: string): void {
  expectSameTree(source)
  if (!source.includes('<')) expect(parseMarkdown(source, 'mdx').tree).toEqual(mdx.parse(source))
}

describe('the literal autolink pass', () => {
  const pages = [
    'Plain copy without any address.',
    'Visit www.example.com today, or WWW.EXAMPLE.ORG.',
    'See https://example.com/path?q=1 and http://example.org.',
    'HTTPS://EXAMPLE.COM in capitals.',
    'Write to hello@example.com or mailto:team@example.nl, chat at xmpp:me@example.com/home.',
    'Only inside links: <https://example.com>, [www.example.com](https://example.com) and [text][ref].\n\n[ref]: https://example.com',
    '[www.example.com][ref] and a@b in `code@example.com`.\n\n[ref]: /x',
    '- a list with an@address.com\n- and **www.bold.com** and _https://em.example_',
    '| table | www.cell.com |\n| --- | --- |\n| a@b.co | ~~http://x.y~~ |',
    '---\ntitle: www.front.com\n---\n\nBody without one.',
    'An @ alone, a www without dot, http:/ one slash, and 2@3.',
  ]

  it('gives the trees remark with GFM gives (Markdown and MDX), with and without candidates', () => {
    for (const page of pages) expectSameTrees(page)
  })

  it('gives the same tree for generated text made of address pieces', () => {
    const piece = fc.constantFrom('www', '.', 'http', 'https', '://', ':', '/', '@', 'mailto:', 'xmpp:', 'WWW', 'a', 'example', 'com', ' ', '\n', '<', '>', '[', ']', '(', ')', '*', '_', '`', '- ', '\n\n', '|')
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), expectSameTree), { numRuns: 300 })
  })

  it('gives the same tree without an @ in the source, also where a character reference spells one', () => {
    const piece = fc.constantFrom('&#64;', '&commat;', '&#x40;', 'a', 'b.c', 'example', '.', 'com', '+', '-', '_', ' ', '\n', 'mailto:', 'xmpp:', 'www.', 'http://', '[', '](x)', '*', '`', '\\')
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), expectSameTree), { numRuns: 300 })
    for (const page of ['Mail a&#64;example.com or b&commat;example.nl.', 'Plain text_with-words and+signs.', '[a](b) and www.x.com and a.b.c']) expectSameTrees(page)
  })

  it('gives the same tree with and without a table delimiter row', () => {
    const tables = [
      'a | b\n- | -\n1 | 2',
      '| a |\n| --- |\n| 1 |',
      'a\n:-',
      'a\n-:\nb',
      '> | a | b |\n> |:--|--:|\n> | 1 | 2 |',
      '- item\n\n  | a |\n  | - |',
      '[^1]: a | b\n    - | -\n\nText[^1]',
      'a | b\n\t- | -',
      'a | b\r\n- | -\r\n1 | 2',
      'Pipes | in copy, not a table.\n\n---\n\n`cmd | grep x`',
      'a | b\n-- | x',
      'Setext\n---',
    ]
    for (const page of tables) expectSameTrees(page)
    const piece = fc.constantFrom('|', ':', '-', '--', '>', '> ', ' ', '\t', '\n', '\r\n', 'a', 'b c', '`', '*', '- ', '1. ', '    ', '[^1]: ', '\\')
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), expectSameTree), { numRuns: 500 })
  })
})
