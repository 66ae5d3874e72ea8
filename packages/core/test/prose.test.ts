import { describe, it, expect } from 'vitest'
import { lint, parseMarkdown, extractProse, proseFromDrafts, readSource, type Rule } from '@echt/core'

/** Every word of the prose, with its source slice, through the real pipeline. */
function words(source: string, flavour: 'markdown' | 'mdx' = 'markdown') {
  const { tree } = parseMarkdown(source, flavour)
  const doc = extractProse(tree, source, 'en')
  return doc.sentences.flatMap((s) => s.tokens.filter((t) => t.kind === 'word').map((t) => [t.value, source.slice(t.start, t.end), s.block.kind]))
}

describe('prose extraction keeps exact source positions', () => {
  it('through escapes, character references, emphasis and links', () => {
    const source = 'A \\*star\\* &amp; *very* [good](https://x.example "t") caf&eacute;.\n'
    expect(words(source).map(([value, slice]) => [value, slice])).toEqual([
      ['A', 'A'], ['star', 'star'], ['very', 'very'], ['good', 'good'], ['café', 'caf&eacute;'],
    ])
  })

  it('maps an escaped character to its backslash and the character', () => {
    const source = 'We are \\#1 and caf&eacute;s love it.\n'
    const doc = extractProse(parseMarkdown(source, 'markdown').tree, source, 'en')
    const hash = doc.sentences[0]!.tokens.find((t) => t.value === '#')!
    expect(source.slice(hash.start, hash.end)).toBe('\\#')
  })

  it('across container prefixes on continuation lines', () => {
    const source = '> first line\n> second line\n\n- item one\n  continues here\n'
    expect(words(source).map(([value, slice]) => value === slice)).toEqual(Array(8).fill(true))
  })

  it('reads headings, table cells, list items, blockquotes and image alt text', () => {
    const source = '# Title\n\n| Cell |\n| --- |\n| Body |\n\n- Item\n\n> Quote\n\n![Alt words](pic.png)\n'
    expect(words(source)).toEqual([
      ['Title', 'Title', 'heading'], ['Cell', 'Cell', 'tableCell'], ['Body', 'Body', 'tableCell'],
      ['Item', 'Item', 'paragraph'], ['Quote', 'Quote', 'paragraph'], ['Alt', 'Alt', 'imageAlt'], ['words', 'words', 'imageAlt'],
    ])
  })

  it('never reads code, inline code, HTML, URLs, link destinations, front matter or image URLs', () => {
    const source = [
      '---', 'title: secret', '---', '', '```', 'secret', '```', '', '    secret', '',
      '<div>secret</div>', '', 'ok `secret` <b>x</b> https://secret.example <https://secret.example> [ok](https://secret.example) ![ok](secret.png)', '',
      '[ref]: https://secret.example',
    ].join('\n')
    expect(words(source).map(([value]) => value)).not.toContain('secret')
    expect(words(source).map(([value]) => value)).toContain('ok')
  })

  it('reads MDX prose and skips ESM, expressions and JSX attributes', () => {
    const source = 'import X from "./secret.js"\n\n# Title\n\n<Note kind="secret">Inside words</Note>\n\n{secret}\n'
    expect(words(source, 'mdx').map(([value]) => value)).toEqual(['Title', 'Inside', 'words'])
  })
})

const flagWord = (word: string): Rule => ({
  meta: {
    id: 'test/word', type: 'claim', docs: { description: 'test', recommended: false },
    messages: { found: 'found "{actual}"' }, schema: {}, defaultOptions: {}, defaultSeverity: 'warn',
  },
  create(context) {
    return {
      sentence(sentence) {
        for (const token of sentence.tokens) if (token.normal === word) context.report({ messageId: 'found', range: token })
      },
    }
  },
})

function run(source: string, word = 'bad') {
  return lint(source, { rules: [{ rule: flagWord(word), severity: 1, options: {} }], knownRuleIds: ['test/word', 'claims/superlative'], today: '2026-11-23' })
}

describe('messages', () => {
  it('have 1-based line/column and offsets that slice out exactly the flagged words', () => {
    const source = 'Line one.\r\n\r\nA 🎉 emoji then *bad* news.\n'
    const [message] = run(source).messages
    expect(message).toMatchObject({ line: 3, column: 18, endLine: 3, endColumn: 21, actual: 'bad', message: 'found "bad"', url: expect.any(String) })
    expect(source.slice(message!.offset, message!.endOffset)).toBe('bad')
  })
})

describe('inline directives', () => {
  const ids = (source: string) => run(source).messages.map((m) => `${m.line} ${m.ruleId}`)

  it('disable and enable a range, for one rule or all', () => {
    expect(ids('bad\n\n<!-- echt-disable test/word -- quoting -->\n\nbad\n\n<!-- echt-enable test/word -->\n\nbad\n')).toEqual(['1 test/word', '9 test/word'])
    expect(ids('<!-- echt-disable -->\n\nbad\n\n<!-- echt-enable -->\n\nbad\n')).toEqual(['7 test/word'])
  })

  it('disable-next-line applies to the next line with text', () => {
    expect(ids('<!-- echt-disable-next-line test/word -- a reason -->\nbad\nbad\n')).toEqual(['3 test/word'])
    expect(ids('<!-- echt-disable-next-line -->\n\nbad\n')).toEqual([])
  })

  it('works as MDX comments', () => {
    const result = lint('{/* echt-disable-next-line test/word */}\nbad\n\nbad\n', { filePath: 'x.mdx', rules: [{ rule: flagWord('bad'), severity: 1, options: {} }], today: '2026-11-23' })
    expect(result.messages.map((m) => m.line)).toEqual([4])
  })

  it('reports unknown rule ids and unused directives as warnings', () => {
    const messages = run('<!-- echt-disable test/nope -->\n\n<!-- echt-disable-next-line test/word -->\ngood\n\n<!-- echt-disable claims/superlative -->\n').messages
    expect(messages.map((m) => [m.line, m.severity, m.ruleId, m.message])).toEqual([
      [1, 1, 'echt/unknown-rule', 'Unknown rule "test/nope" in echt-disable comment'],
      [3, 1, 'echt/unused-directive', 'Unused echt-disable-next-line comment for "test/word": no "test/word" message was suppressed'],
      [6, 1, 'echt/unused-directive', 'Unused echt-disable comment for "claims/superlative": rule "claims/superlative" is off'],
    ])
  })

  it('keeps suppressed messages aside, as ESLint does', () => {
    expect(run('<!-- echt-disable -->\nbad\n').suppressed.map((m) => m.actual)).toEqual(['bad'])
  })
})

describe('language', () => {
  const lang = (source: string, profile?: { language?: 'en' | 'nl' | 'auto' }) =>
    lint(source, { rules: [], profile: { values: [], voice: { prefer: {}, avoid: [], names: [] }, claims: [], ...profile }, today: '2026-11-23' })
  it('front matter lang wins, then the profile, then detection', () => {
    expect(lang('---\nlang: nl-NL\n---\nThe cat and the dog.\n', { language: 'en' })).toMatchObject({ language: 'nl', languageSource: 'front-matter' })
    expect(lang('De kat en de hond zijn niet thuis.\n', { language: 'en' })).toMatchObject({ language: 'en', languageSource: 'profile' })
    expect(lang('De kat en de hond zijn niet thuis.\n')).toMatchObject({ language: 'nl', languageSource: 'detected' })
    expect(lang('The cat and the dog are not at home.\n', { language: 'auto' })).toMatchObject({ language: 'en', languageSource: 'detected' })
  })
  it('copy clearly in another language than brand.language is linted as configured, with a warning naming both', () => {
    const dutch = 'Bij ons betaal je een eerlijke prijs voor de stroom die je gebruikt, en je zit niet vast aan een contract.\n'
    const result = lang(dutch, { language: 'en' })
    expect(result).toMatchObject({ language: 'en', languageSource: 'profile' })
    expect(result.messages).toHaveLength(1)
    expect(result.messages[0]).toMatchObject({ ruleId: 'echt/language', severity: 1, line: 1, column: 1 })
    expect(result.messages[0]!.message).toContain('Dutch (nl)')
    expect(result.messages[0]!.message).toContain('brand.language is "en"')
    const english = lang('We sell the energy you use at a fair price, and you are not tied to a contract for a year.\n', { language: 'nl' })
    expect(english.messages[0]!.message).toMatch(/Engels \(en\).*brand\.language is "nl"/)
    // Too little evidence to contradict the profile: no warning.
    expect(lang('Hallo de wereld.\n', { language: 'en' }).messages).toEqual([])
    expect(lang(dutch, { language: 'nl' }).messages).toEqual([])
  })
  it('an unsupported lang is a warning, not a crash', () => {
    const result = lang('---\nlang: de\n---\nDie Katze und der Hund.\n')
    expect(result.messages[0]).toMatchObject({ ruleId: 'echt/language', severity: 1 })
  })
  it('broken front matter is reported with its line and the prose is still linted', () => {
    const result = run('---\ntitle: a: b\n---\n\nbad\n')
    expect(result.messages.map((m) => [m.line, m.ruleId])).toEqual([[2, 'echt/front-matter'], [5, 'test/word']])
  })
})

describe('what a prose document keeps', () => {
  it('holds tokens, not the sentence parser’s tree (a claim-dense page would keep its nodes alive all run)', () => {
    const source = '# Offers\n\nWe are the best bakery in town. Free delivery, today only!\n'
    const document = proseFromDrafts(readSource(source, { filePath: 'page.md' }).drafts, source, 'en')
    const seen = new Set<unknown>()
    const parserNodes: string[] = []
    const visit = (value: unknown) => {
      if (typeof value !== 'object' || value === null || seen.has(value)) return
      seen.add(value)
      const type = (value as { type?: unknown }).type
      if (typeof type === 'string' && /Node$/.test(type)) parserNodes.push(type)
      for (const child of Object.values(value)) visit(child)
    }
    visit(document)
    expect(document.sentences).toHaveLength(3)
    expect(parserNodes).toEqual([])
  })
})

describe('sentences end on words the parser takes for Latin abbreviations', () => {
  const sentences = (source: string, language: 'en' | 'nl') =>
    extractProse(parseMarkdown(source, 'markdown').tree, source, language).sentences.map((s) => ({
      text: s.text,
      words: s.tokens.map((t) => source.slice(t.start, t.end)),
    }))

  it('splits after Dutch "op." and "al." and keeps every token at its source place', () => {
    const source = 'Als u vragen heeft, bel ons gerust op. Onze monteurs werken snel. Dat doen we al. Al twintig jaar.\n'
    expect(sentences(source, 'nl')).toEqual([
      { text: 'Als u vragen heeft, bel ons gerust op.', words: ['Als', 'u', 'vragen', 'heeft', ',', 'bel', 'ons', 'gerust', 'op', '.'] },
      { text: 'Onze monteurs werken snel.', words: ['Onze', 'monteurs', 'werken', 'snel', '.'] },
      { text: 'Dat doen we al.', words: ['Dat', 'doen', 'we', 'al', '.'] },
      { text: 'Al twintig jaar.', words: ['Al', 'twintig', 'jaar', '.'] },
    ])
  })

  it('splits after English "Pro." and "ID." but leaves a real abbreviation before a lower-case word', () => {
    expect(sentences('Upgrade to Pro. Log in with your Apple ID. See op. cit. for more.\n', 'en').map((s) => s.text)).toEqual([
      'Upgrade to Pro.',
      'Log in with your Apple ID.',
      'See op. cit. for more.',
    ])
  })

  it('ends a sentence on an abbreviation that a capital follows, unless a name does ("o.a. Shell")', () => {
    expect(sentences('Wij leveren dakpannen, goten enz. Wij zijn de goedkoopste. Wij werken voor o.a. Shell.\n', 'nl').map((s) => s.text)).toEqual([
      'Wij leveren dakpannen, goten enz.',
      'Wij zijn de goedkoopste.',
      'Wij werken voor o.a. Shell.',
    ])
    expect(sentences('Open from 9 a.m. Our team answers within the hour.\n', 'en').map((s) => s.text)).toEqual([
      'Open from 9 a.m.',
      'Our team answers within the hour.',
    ])
  })
})
