import { describe, it, expect } from 'vitest'
import { compilePhrases, proseFromDrafts, readSource, type PhraseEntry, type Sentence } from '@echt/core'

/**
 * Every phrase matcher of a language shares one index of first words, looked up once per sentence:
 * the rules hold about 150 word lists, and a claim-dense page paid its tokens times every list.
 */
function sentenceOf(text: string): Sentence {
  return proseFromDrafts(readSource(`${text}\n`, { filePath: 'page.md' }).drafts, `${text}\n`, 'en').sentences[0]!
}

/** The sentence with each token's `normal` counting its reads: the work of matching. */
function counted(sentence: Sentence): { sentence: Sentence; reads: () => number } {
  let reads = 0
  const tokens = sentence.tokens.map((token) => {
    const { normal, ...rest } = token
    return Object.defineProperty({ ...rest }, 'normal', { get: () => (reads++, normal), enumerable: true }) as typeof token
  })
  return { sentence: { ...sentence, tokens }, reads: () => reads }
}

const text = 'We are the best and cheapest bakery in town, with free delivery and the best bread today only.'

describe('phrase matchers', () => {
  it('match leftmost-longest, without overlaps, with the unless-lists', () => {
    const entries: PhraseEntry[] = [
      { match: ['the best', 'the best bread'] },
      { match: ['free'], unlessNext: ['of charge'] },
      { match: ['today only', 'today'] },
      { match: ['best'] },
      { match: ['cheapest'], unlessPrevious: ['and'] },
    ]
    const found = compilePhrases(entries, 'en').match(sentenceOf(text))
    expect(found.map((m) => m.tokens.map((t) => t.value).join(' '))).toEqual(['the best', 'free', 'the best bread', 'today only'])
  })

  it('read a sentence’s tokens once for all lists, not once per list', () => {
    const lists = (count: number, tag: string) =>
      Array.from({ length: count }, (_, i) => compilePhrases([{ match: [`${tag}${i} word`, `${tag}${i}`] }], 'en'))
    const readsWith = (matchers: ReturnType<typeof lists>) => {
      const { sentence, reads } = counted(sentenceOf(text))
      for (const matcher of matchers) expect(matcher.match(sentence)).toEqual([])
      return reads()
    }
    const few = readsWith(lists(5, 'few'))
    const many = readsWith(lists(500, 'many'))
    expect(many).toBeLessThanOrEqual(few)
  })
})
