import { describe, it, expect } from 'vitest'
import { lint, type Rule } from '@echt/core'

/**
 * Claim rules judge what copy asserts. A list item that ends in a colon introduces what follows, and
 * a list of short terms in quotation marks is named: the engine keeps claim rules off both, whatever the rule.
 */
const flagging = (type: 'claim' | 'style', ...words: string[]): Rule => ({
  meta: {
    id: `test/${type}`, type, docs: { description: 'test', recommended: false },
    messages: { found: 'found "{actual}"' }, schema: {}, defaultOptions: {}, defaultSeverity: 'warn',
  },
  create(context) {
    return {
      sentence(sentence) {
        for (const token of sentence.tokens) if (words.includes(token.normal)) context.report({ messageId: 'found', range: token })
      },
    }
  },
})

const found = (source: string, type: 'claim' | 'style' = 'claim', language: 'en' | 'nl' = 'en') =>
  lint(source, { rules: [{ rule: flagging(type, 'fast', 'stable', 'gratis', 'best', 'beste'), severity: 1, options: {} }], language, today: '2026-12-02' }).messages.map((m) => m.actual)

describe('what claim rules do not judge', () => {
  it('skips a list item that introduces what follows, not one that states', () => {
    expect(found('- Speak twice as fast, with gaps between sentences:\n\n```\npiper --fast\n```\n')).toEqual([])
    expect(found('- Twice as fast as before.\n')).toEqual(['fast'])
    // Outside a list a colon ends a claim as often as it introduces one ("The fastest way: ...").
    expect(found('Twice as fast:\n')).toEqual(['fast'])
  })

  it('skips a list of short terms between quotation marks, in straight, curly and Dutch marks', () => {
    expect(found('Supports labels like "stable", "system", etc.\n')).toEqual([])
    expect(found('Tags such as “stable” or “latest”.\n')).toEqual([])
    expect(found('De woorden „gratis” en „beste” mogen alleen met bewijs.\n', 'claim', 'nl')).toEqual([])
    // A brand's own style guide names the words it bans.
    expect(found('Avoid "best" and "fast" in headlines.\n')).toEqual([])
  })

  it('still judges one quoted phrase, a long quotation, and words outside the marks', () => {
    // Someone quoted making the claim: the page publishes it.
    expect(found('Zij zeggen: "de beste croissants" en meer.\n', 'claim', 'nl')).toEqual(['beste'])
    expect(found('“The service was fast and friendly and the price was fair,” says Anna.\n')).toEqual(['fast'])
    expect(found('We named it "Nova" and it is fast.\n')).toEqual(['fast'])
    expect(found('"Nova" and "Sol" are names; "Sol" is the best of them.\n')).toEqual(['best'])
    expect(found('“Fast. Stable. Best.”\n')).toEqual(['Fast', 'Stable', 'Best'])
  })

  it('calls no claim in a question an error: it is reported as a warning', () => {
    const severities = (source: string, type: 'claim' | 'style' = 'claim') =>
      lint(source, { rules: [{ rule: flagging(type, 'gratis'), severity: 2, options: {} }], language: 'nl', today: '2026-12-02' }).messages.map((m) => `${m.actual} ${m.severity}`)
    expect(severities('Wilt u een gratis tuinontwerp?\n')).toEqual(['gratis 1'])
    expect(severities('Vraag een gratis tuinontwerp aan.\n')).toEqual(['gratis 2'])
    expect(severities('Wilt u een gratis tuinontwerp?\n', 'style')).toEqual(['gratis 2'])
  })

  it('leaves rules that are not about claims alone', () => {
    expect(found('- Speak twice as fast:\n', 'style')).toEqual(['fast'])
    expect(found('Labels like "stable".\n', 'style')).toEqual(['stable'])
  })

  it('leaves a command guide to rules that are not about claims', () => {
    const guide = [
      '# ptpython', '', '> A best Python REPL, fast.', '> More information: <https://example.org>.', '',
      '- Start a REPL:', '', '`ptpython`', '', '- Execute a specific Python file:', '', '`ptpython path/to/file.py`', '',
      '- Open the menu:', '', '`<F2>`', '',
    ].join('\n')
    expect(found(guide)).toEqual([])
    expect(found(guide, 'style')).toEqual(['best', 'fast'])
    // One instruction among the sentences of a sales page leaves the page a sales page.
    const page = [
      'The best bakery in town.', '', 'Fresh bread every morning, baked fast.', '', 'Our croissants win prizes.', '',
      'We bake with local flour.', '', '- Order online:', '', '`bakery.example/order`', '',
    ].join('\n')
    expect(found(page)).toEqual(['best', 'fast'])
    // A list item that introduces a link, not a command, makes no guide of a short draft.
    expect(found('The best bakery in town.\n\n- Order here:\n\n[order](https://bakery.example)\n')).toEqual(['best'])
  })

  it('reads the marks of the prose, not the quotes around a string in a messages file', () => {
    const messages = lint('{"hero": "The best bakery"}\n', { filePath: 'nl.json', rules: [{ rule: flagging('claim', 'best'), severity: 1, options: {} }], language: 'en', today: '2026-12-02' })
    expect(messages.messages.map((m) => m.actual)).toEqual(['best'])
  })
})
