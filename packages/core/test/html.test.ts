import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { lint, lintHtml, parseHtml, proseFromDraftsForTest, recommended, wordsOf, tokensOf } from './source-helpers.js'

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/sources/site/${name}`, import.meta.url), 'utf8')

function found(source: string, result: { messages: { ruleId: string; actual: string; offset: number; endOffset: number; line: number }[] }) {
  for (const message of result.messages) expect(source.slice(message.offset, message.endOffset)).toBe(message.actual)
  return result.messages.map((m) => [m.line, m.ruleId, m.actual])
}

describe('HTML pages', () => {
  it('lints the visible text, the title, meta and Open Graph texts, alt and title attributes, each slice exact', () => {
    const source = fixture('index.html')
    const result = lintHtml(source, 'site/index.html', { rules: recommended(), today: '2026-12-02' })
    expect(result.language).toBe('en')
    expect(found(source, result)).toEqual([
      [5, 'claims/superlative', 'the best'],
      [6, 'claims/superlative', '#1'],
      [6, 'claims/needs-evidence', 'trusted by'],
      [7, 'claims/absolute', 'guaranteed results'],
      [12, 'claims/superlative', 'world&rsquo;s best'],
      [13, 'claims/absolute', '100% guaranteed'],
      [19, 'claims/superlative', 'The best'],
      [19, 'claims/puffery', 'Revolutionary'],
      [20, 'claims/puffery', 'Revolutionary'],
      [20, 'claims/cheapest', 'Unbeatable prices'],
      [23, 'pressure/urgency', 'Act now'],
    ])
    // The comment before "We are the best." silenced it, and says so.
    expect(result.suppressed.map((m) => m.actual)).toEqual(['the best'])
  })

  it('reads <html lang> as the page language (Dutch page)', () => {
    const source = fixture('nl/index.html')
    const result = lintHtml(source, 'site/nl/index.html', { rules: recommended(), today: '2026-12-02' })
    expect(result.language).toBe('nl')
    expect(found(source, result)).toEqual([
      [4, 'claims/superlative', 'de beste'],
      [5, 'claims/cheapest', 'de goedkoopste'],
      [8, 'claims/superlative', 'De beste'],
      [9, 'claims/absolute', '100% gegarandeerd'],
      [10, 'claims/puffery', 'Revolutionaire'],
    ])
  })

  it('never reads scripts, styles, templates, noscript, hidden elements, code or markup', () => {
    const source = [
      '<script>best ever</script><style>p{}</style><template>best</template>',
      '<p hidden>hidden best</p><noscript>best</noscript><input type="hidden" value="best"><div style="visibility:hidden">gone</div>',
      '<p class="best" data-x="best">Plain <code>bestCode()</code> words <b>here</b> <a href="https://best.example">https://best.example</a>.</p>',
    ].join('\n')
    const words = wordsOf(source)
    expect(words).toEqual([['Plain', 'Plain'], ['words', 'words'], ['here', 'here']])
  })

  it('a character reference after a NUL the parser dropped keeps its source (property test counterexample, seed 1076799569)', () => {
    // parse5 starts the text node at the reference's ";" there.
    const source = '<table><tr><td>\u{1F600}<td>\u0000&eacute;</table>'
    expect(wordsOf(source)).toEqual([['é', '&eacute;']])
  })

  it('a U+FFFD written after a NUL is that character in text, where the NUL is dropped, and a second one in an attribute, where the NUL is replaced (property test counterexample, seed -1293210374)', () => {
    const source = '<p>the <a href="https://x.example/">the\u0000\uFFFD&eacute; </a> <img alt="the\u0000\uFFFD&eacute; " src=x.png></p>'
    const tokens = tokensOf(source).filter((t) => t.value.includes('\uFFFD'))
    expect(tokens.map((t) => [t.value, t.slice])).toEqual([
      ['\uFFFD', '\uFFFD'],
      ['\uFFFD\uFFFD', '\u0000\uFFFD'],
    ])
  })

  it('maps named, numeric, legacy and astral character references to their exact source', () => {
    const source = '<p>Caf&eacute; &amp; co &#233;t&#xE9; &copy 2024 &#128512;wow &bogus; end&nbsp;x</p>'
    const words = wordsOf(source)
    expect(words).toEqual([
      ['Café', 'Caf&eacute;'], ['co', 'co'], ['été', '&#233;t&#xE9;'], ['2024', '2024'], ['wow', 'wow'], ['&bogus', '&bogus'], ['end', 'end'], ['x', 'x'],
    ])
    const tokens = tokensOf(source)
    expect(tokens.find((t) => t.value === '😀')?.slice).toBe('&#128512;')
    expect(tokens.find((t) => t.value === '©')?.slice).toBe('&copy')
    expect(tokens.find((t) => t.value === '&')?.slice).toBe('&amp;')
  })

  it('reads the texts a form shows: submit labels and placeholders, not hidden values', () => {
    const source = '<form><input type="submit" value="Buy now"><input type="hidden" value="secret"><input placeholder="Your e&#45;mail"><input type="text" value="typed"></form>'
    expect(wordsOf(source)).toEqual([['Buy', 'Buy'], ['now', 'now'], ['Your', 'Your'], ['e-mail', 'e&#45;mail']])
  })

  it('keeps headings as headings, cells as cells, list items in lists and links as links', () => {
    const parsed = parseHtml('<h2>Fast <em>setup</em></h2><table><tr><td>Cell text</td></tr></table><ul><li>An <a href="https://x.example/s">item</a> here</li></ul>')
    const doc = proseFromDraftsForTest(parsed)
    expect(doc.blocks.map((b) => [b.kind, b.text, b.headingDepth, b.inList])).toEqual([
      ['heading', 'Fast setup', 2, false],
      ['tableCell', 'Cell text', undefined, false],
      ['paragraph', 'An item here', undefined, true],
    ])
    expect(doc.blocks[2]!.links.map((l) => l.url)).toEqual(['https://x.example/s'])
  })

  it('parses malformed HTML as a browser does, positions intact', () => {
    const source = '<p>We are the best <b>bakery<p>in <i>town</b> and</i> beyond\n<div><span>Unclosed best team'
    const result = lint(source, { filePath: 'broken.htm', rules: recommended(), today: '2026-12-02' })
    expect(result.messages.every((m) => !m.fatal)).toBe(true)
    expect(found(source, result)).toContainEqual([1, 'claims/superlative', 'the best'])
    for (const [value, slice] of wordsOf(source)) expect(slice).toBe(value)
  })

  it('keeps offsets exact with CRLF line ends and a byte order mark', () => {
    const source = '\uFEFF<p>We are\r\nthe best bakery.</p>\r\n'
    const result = lint(source, { filePath: 'crlf.html', rules: recommended(), today: '2026-12-02' })
    expect(found(source, result)).toEqual([[2, 'claims/superlative', 'the best']])
  })
})
