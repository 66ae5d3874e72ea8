#!/usr/bin/env node
// What the claim finder's cues match on real pages, cue by cue: the words each pattern took and how
// often. A wildcard says more than its writer meant ("*er than" reads "other than", "*hard" reads
// "Richard", "top-*" reads "top-left"), and only pages show it. Point it at pages of sites the cues
// may be tuned on (never at the corpus's check half), read the words, and leave out what is not a
// claim with "a|b!c" (see src/detect/pattern.ts).
//
//   node packages/rules/scripts/cue-matches.js <folder> [--all] [--lang en|nl] [--top N]
//   node packages/rules/scripts/cue-matches.js --unmatched [--lang en|nl]
//
// Without --all only patterns with a wildcard are listed. --unmatched lists the finder's patterns of
// two or more words with alternatives that match none of the sentences written for it (training,
// held-out and test sentences): the usual sign of a two-word alternative written inside one word
// ("handle|handles it all|everything" reads "handles it everything"), which the build cannot see.
// Build first (`pnpm build`): it reads dist/.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { proseFromDrafts, readSource, detectLanguage } from '@echt/core'
import { findClaim } from '../dist/detect/find-claims.js'
import { compilePattern, matchPattern } from '../dist/detect/pattern.js'
import { wordList } from '../dist/wordlists.js'
import { trainingRows } from './train-claim-model.js'
import { loadHeldOut } from './eval-real.js'

const PAGE = /\.(md|mdx|markdown|html?|txt)$/i

export function cueMatches(folder, { all = false, lang } = {}) {
  const stats = new Map()
  for (const file of pagesUnder(folder)) {
    const source = readFileSync(file, 'utf8')
    const language = lang ?? detectLanguage(source) ?? 'en'
    let drafts
    try {
      drafts = readSource(source, { filePath: file }).drafts
    } catch {
      continue
    }
    for (const sentence of proseFromDrafts(drafts, source, language).sentences) {
      const claim = findClaim(sentence, language)
      if (!claim) continue
      for (const cue of claim.cues) {
        if (cue.kind === 'learned' || (!all && !cue.pattern.includes('*'))) continue
        const key = `${language} ${cue.pattern}`
        const words = source.slice(cue.range.start, cue.range.end).toLowerCase().replace(/\s+/g, ' ')
        const counts = stats.get(key) ?? new Map()
        counts.set(words, (counts.get(words) ?? 0) + 1)
        stats.set(key, counts)
      }
    }
  }
  const total = (counts) => [...counts.values()].reduce((a, b) => a + b, 0)
  return [...stats.entries()]
    .map(([key, counts]) => ({ pattern: key, total: total(counts), words: [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)) }))
    .sort((a, b) => b.total - a.total || (a.pattern < b.pattern ? -1 : 1))
}

/** The patterns (of two or more words, with alternatives) that match none of the sentences. */
export function unmatchedPatterns(patterns, sentences) {
  return patterns.filter((source) => source.includes('|') && /\s/.test(source.trim())).filter((source) => {
    const pattern = compilePattern(source)
    return !sentences.some((sentence) => matchPattern(pattern, sentence).length > 0)
  })
}

/** Every sentence written for the finder in a language: its training, held-out and test sentences. */
export function writtenSentences(language) {
  const texts = [...trainingRows(language).rows, ...loadHeldOut().filter((row) => row.lang === language)].map((row) => row.text)
  const tests = readFileSync(fileURLToPath(new URL('../test/claim-cues.test.ts', import.meta.url)), 'utf8')
  for (const match of tests.matchAll(/^\s*\[?(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/gm)) texts.push((match[1] ?? match[2]).replace(/\\(.)/g, '$1'))
  return texts.flatMap((text) => {
    const source = `${text}\n`
    return proseFromDrafts(readSource(source, { filePath: 'sentence.md' }).drafts, source, language).sentences
  })
}

function pagesUnder(folder) {
  if (statSync(folder).isFile()) return [folder]
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && PAGE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  if (args.includes('--unmatched')) {
    const languages = args.includes('--lang') ? [args[args.indexOf('--lang') + 1]] : ['en', 'nl']
    if (languages.some((language) => language !== 'en' && language !== 'nl')) {
      console.error('usage: node packages/rules/scripts/cue-matches.js --unmatched [--lang en|nl]')
      process.exit(2)
    }
    for (const language of languages) {
      const patterns = ['cues', 'silencers'].flatMap((list) => wordList('claims/needs-evidence', language, list).flatMap((entry) => entry.match))
      for (const source of unmatchedPatterns(patterns, writtenSentences(language))) console.log(`${language}  ${source}`)
    }
    process.exit(0)
  }
  const folder = args.find((arg, i) => !arg.startsWith('--') && !['--lang', '--top'].includes(args[i - 1]))
  const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
  const lang = option('--lang')
  if (!folder || (lang && lang !== 'en' && lang !== 'nl')) {
    console.error('usage: node packages/rules/scripts/cue-matches.js <folder> [--all] [--lang en|nl] [--top N] | --unmatched [--lang en|nl]')
    process.exit(2)
  }
  const top = Number(option('--top') ?? 25)
  for (const { pattern, total, words } of cueMatches(folder, { all: args.includes('--all'), lang })) {
    console.log(`${String(total).padStart(5)}  ${pattern}`)
    console.log(`       ${words.slice(0, top).map(([w, n]) => `${w} ${n}`).join(', ')}`)
  }
}
