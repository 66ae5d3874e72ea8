import { describe, it, expect } from 'vitest'
import { keyPattern } from '@echt/core'
import { tokensOf, wordsOf } from './source-helpers.js'

const yaml = { format: 'yaml' as const }
const json = { format: 'json' as const }

describe('messages files keep exact positions', () => {
  it('YAML plain, single-quoted, double-quoted, folded and literal scalars', () => {
    const source = [
      'plain: Fast and  fresh',
      "single: 'It''s here'",
      'double: "Caf\\u00e9 \\"best\\" \\x41 \\U0001F600 end"',
      'folded: >',
      '  Write faster',
      '  every day.',
      'literal: |',
      '    Line one',
      '    line two',
      'multi: plain text that',
      '  continues here',
      'escaped: "joined \\',
      '  lines"',
    ].join('\n')
    const escaped: Record<string, string> = { "It's": "It''s", Café: 'Caf\\u00e9', A: '\\x41' }
    for (const [value, slice] of wordsOf(source, yaml)) expect(slice).toBe(escaped[value!] ?? value)
    expect(wordsOf(source, yaml).map(([value]) => value)).toEqual([
      'Fast', 'and', 'fresh', "It's", 'here', 'Café', 'best', 'A', 'end', 'Write', 'faster', 'every', 'day', 'Line', 'one', 'line', 'two',
      'plain', 'text', 'that', 'continues', 'here', 'joined', 'lines',
    ])
    expect(tokensOf(source, yaml).find((t) => t.value === '😀')?.slice).toBe('\\U0001F600')
  })

  it('reads every document of a multi-document YAML file', () => {
    const source = 'a: First copy\n---\nb: Second copy\n'
    expect(wordsOf(source, yaml)).toEqual([['First', 'First'], ['copy', 'copy'], ['Second', 'Second'], ['copy', 'copy']])
  })

  it('JSON escapes map to their backslash sequences', () => {
    const source = '{"a": "Caf\\u00e9 \\"q\\" tab\\there\\/x \\ud83d\\ude00"}'
    expect(wordsOf(source, json)).toEqual([['Café', 'Caf\\u00e9'], ['q', 'q'], ['tab', 'tab'], ['here', 'here'], ['x', 'x']])
    expect(tokensOf(source, json).find((t) => t.value === '😀')?.slice).toBe('\\ud83d\\ude00')
  })

  it('ICU arguments are placeholders; plural and select branches are prose of their own; tags are markup', () => {
    const source = JSON.stringify({
      a: 'Hello {name}, you have {count, plural, one {# new message} other {# new messages}} from <b>our</b> <a href="/team">team</a>',
      b: '{{count}} items',
    })
    const words = wordsOf(source, json)
    expect(words.map(([value]) => value)).toEqual(['Hello', 'you', 'have', 'from', 'our', 'team', 'new', 'message', 'new', 'messages', 'items'])
    for (const [value, slice] of words) expect(slice).toBe(value)
  })

  it('skips values that are URLs, paths, slugs and identifiers', () => {
    const source = JSON.stringify({ a: 'https://x.example/best', b: '/img/best.png', c: 'fa-rocket', d: 'user@best.example', e: 'Best' })
    expect(wordsOf(source, json)).toEqual([['Best', 'Best']])
  })

  it('key globs: * is one key, ** any number', () => {
    expect(keyPattern('home.**').test('home')).toBe(true)
    expect(keyPattern('home.**').test('home.hero.title')).toBe(true)
    expect(keyPattern('home.**').test('homepage.title')).toBe(false)
    expect(keyPattern('*.url').test('link.url')).toBe(true)
    expect(keyPattern('*.url').test('a.link.url')).toBe(false)
    expect(keyPattern('**.url').test('a.link.url')).toBe(true)
    expect(keyPattern('**.url').test('url')).toBe(true)
    expect(keyPattern('meta.*').test('meta.description')).toBe(true)
  })
})

describe('front matter fields', () => {
  it('title, description and summary are metadata blocks placed in the value; other fields are not read', () => {
    const source = '---\ntitle: "Caf\\u00e9 best"\ndescription: >\n  Folded text\n  here\nslug: not-prose\nsummary: \'Quoted\'\'s\'\n---\n\nBody.\n'
    const tokens = tokensOf(source, { format: 'markdown' }).filter((t) => t.kind === 'word')
    expect(tokens.map((t) => [t.value, t.slice])).toEqual([
      ['Café', 'Caf\\u00e9'], ['best', 'best'], ['Folded', 'Folded'], ['text', 'text'], ['here', 'here'], ["Quoted's", "Quoted''s"], ['Body', 'Body'],
    ])
    expect(wordsOf(source, { format: 'markdown', frontMatterFields: ['slug'] }).map(([v]) => v)).toEqual(['not-prose', 'Body'])
  })
})
