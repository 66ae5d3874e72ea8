import { describe, it, expect } from 'vitest'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cueMatches, unmatchedPatterns, writtenSentences } from '../scripts/cue-matches.js'
import { proseFromDrafts, readSource, type Sentence } from '@echt/core'
import { scratchDir } from './scratch.js'

describe('cue-matches lists what each cue took on real pages', () => {
  const folder = scratchDir('echt-cue-matches-')
  writeFileSync(join(folder, 'over-ons.md'), 'Richard bouwde de keihard werkende site. Dit is de mooiste salon van Utrecht.\n\nDe nieuwe site is zijn eerste werk. Wij zijn marktleider in Utrecht.\n')
  writeFileSync(join(folder, 'notes.json'), '{"ignored": "de allermooiste"}\n')

  it('counts the words of each wildcard cue, and only what the finder kept ("Richard" and "zijn eerste" are left out)', () => {
    const lists = cueMatches(folder, { lang: 'nl' }) as { pattern: string; total: number; words: [string, number][] }[]
    expect(lists.map(({ pattern, words }) => [pattern.split('!')[0], words])).toEqual([
      ['nl *hard', [['keihard', 1]]],
      ["nl de|het|onze|hun|zijn|werelds|'s *ste", [['de mooiste', 1]]],
    ])
  })

  it('lists every cue with --all', () => {
    const patterns = (cueMatches(folder, { lang: 'nl', all: true }) as { pattern: string }[]).map(({ pattern }) => pattern)
    expect(patterns.some((pattern) => !pattern.includes('*'))).toBe(true)
  })
})

describe('cue-matches --unmatched lists the patterns no written sentence matches', () => {
  const sentences = (text: string): Sentence[] => proseFromDrafts(readSource(`${text}\n`, { filePath: 'a.md' }).drafts, `${text}\n`, 'en').sentences

  it('reports a two-word alternative written inside one word, and not the patterns it meant', () => {
    const written = sentences('We handle everything for you.')
    expect(unmatchedPatterns(['handle|handles it all|everything', 'handle|handles everything', 'best', 'the best|finest bakery'], written)).toEqual([
      'handle|handles it all|everything',
      'the best|finest bakery',
    ])
  })

  it('reads the training, held-out and test sentences of both languages', () => {
    for (const language of ['en', 'nl'] as const) expect(writtenSentences(language).length).toBeGreaterThan(4000)
  })
})
