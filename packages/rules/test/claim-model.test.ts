import { describe, it, expect } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Language } from '@echt/core'
import { findClaim } from '../src/detect/find-claims.js'
import { decodeClaimModel, judgeSentence } from '../src/detect/claim-model.js'
import { CLAIM_MODELS } from '../src/generated/claim-model.js'
// @ts-expect-error: a plain ESM script without type declarations
import { trainingRows, tuneHalfRows, rowBuckets, isValidationRow } from '../scripts/train-claim-model.js'
import { checkRuleData, copyOfRules, sentencesOf } from './rule-data.js'

const rulesDir = fileURLToPath(new URL('../', import.meta.url))
const rowsOf = (language: Language) => (trainingRows(language) as { rows: { text: string; family: string }[] }).rows
const sentenceOf = (text: string, language: Language) => sentencesOf(text, language)[0]!

const normal = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ')

interface CorpusRow {
  id: string
  lang: Language
  family: string
  half: 'tune' | 'check'
  /** Committed rows carry their text; references only its SHA-1. */
  text?: string
  sha1?: string
}

/** Every row of the marketing-dev corpus as committed: ids, halves and labels (references without their text). */
function corpusRows(): Map<string, CorpusRow> {
  const corpus = fileURLToPath(new URL('../../../fixtures/marketing-dev/', import.meta.url))
  const rows = new Map<string, CorpusRow>()
  for (const file of ['sentences.jsonl', 'extra.jsonl', 'references.jsonl']) {
    for (const line of readFileSync(join(corpus, file), 'utf8').split('\n').filter(Boolean)) {
      const row = JSON.parse(line) as CorpusRow
      rows.set(row.id, row)
    }
  }
  return rows
}

/** Whether a sentence is one of the marketing-dev corpus (by text or, for references, SHA-1). */
function corpusSentences(): (text: string) => boolean {
  const texts = new Set<string>()
  const digests = new Set<string>()
  for (const row of corpusRows().values()) {
    if (row.text) texts.add(normal(row.text))
    if (row.sha1) digests.add(row.sha1)
  }
  expect(texts.size + digests.size).toBeGreaterThan(2000)
  return (text) => texts.has(normal(text)) || digests.has(createHash('sha1').update(text).digest('hex'))
}

describe("the claim finder's learned cue", () => {
  it('is the model trained on the committed sentences, weight for weight', () => {
    const result = spawnSync(process.execPath, [join(rulesDir, 'scripts/train-claim-model.js'), '--check'], { encoding: 'utf8' })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it('never trained on a sentence of the corpus it is measured on (text or, for references, SHA-1)', () => {
    const inCorpus = corpusSentences()
    for (const language of ['en', 'nl'] as const) {
      const rows = rowsOf(language)
      expect(rows.length).toBeGreaterThan(1500)
      expect(rows.filter((row) => inCorpus(row.text)).map((row) => row.text)).toEqual([])
    }
  })

  it("trains on the corpus's whole tune half as labelled today but its validation rows, and never on a check row", () => {
    const corpus = corpusRows()
    for (const language of ['en', 'nl'] as const) {
      const trained = (tuneHalfRows(language) as { rows: { id: string; family: string; buckets: string }[] }).rows
      const tune = [...corpus.values()].filter((row) => row.lang === language && row.half === 'tune' && !isValidationRow(row.id))
      expect([...corpus.values()].filter((row) => row.lang === language && row.half === 'tune' && isValidationRow(row.id)).length).toBeGreaterThan(600)
      expect(tune.length).toBeGreaterThan(1000)
      expect(trained.map((row) => row.id).sort()).toEqual(tune.map((row) => row.id).sort())
      // A row relabelled since the features were read would train the model on its old label.
      expect(trained.filter((row) => corpus.get(row.id)!.family !== row.family).map((row) => row.id)).toEqual([])
      // The committed rows carry their text: their features are the ones the finder reads today.
      const committed = trained.filter((row) => corpus.get(row.id)!.text !== undefined)
      expect(committed.length).toBeGreaterThan(100)
      expect(committed.filter((row) => rowBuckets(corpus.get(row.id)!.text, language) !== row.buckets).map((row) => row.id)).toEqual([])
    }
  })

  it('keeps its held-out sentences out of training and out of the corpus', () => {
    const inCorpus = corpusSentences()
    for (const language of ['en', 'nl'] as const) {
      const heldOut = readFileSync(join(rulesDir, `src/claims/needs-evidence/training/held-out/${language}.jsonl`), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { text: string; family: string })
      expect(heldOut.length).toBeGreaterThan(350)
      const training = new Set(rowsOf(language).map((row) => normal(row.text)))
      expect(heldOut.filter((row) => training.has(normal(row.text)) || inCorpus(row.text)).map((row) => row.text)).toEqual([])
    }
  })

  it('reads a claim in words no cue lists, and a plain sentence as plain', () => {
    const model = decodeClaimModel(CLAIM_MODELS.en!)
    const claim = judgeSentence(model, sentenceOf('Our friendly team makes switching effortless and keeps your bills low.', 'en'))
    const plain = judgeSentence(model, sentenceOf('The office is closed on public holidays.', 'en'))
    expect(claim.probability).toBeGreaterThan(0.6)
    expect(plain.probability).toBeLessThan(0.4)
    const dutch = decodeClaimModel(CLAIM_MODELS.nl!)
    expect(judgeSentence(dutch, sentenceOf('Onze monteurs maken de overstap zorgeloos en voordelig.', 'nl')).probability).toBeGreaterThan(0.6)
    expect(judgeSentence(dutch, sentenceOf('De winkel is op maandag gesloten.', 'nl')).probability).toBeLessThan(0.4)
  })

  it('names the family of a claim whose written cues name none', () => {
    // The cues weigh more for a plain claim ("meer dan 3.000", a comparison) than for trust ("gebruikt
    // door", a weak cue): the family models read the count of users as social proof.
    const text = 'Onze app wordt gebruikt door meer dan 3.000 bakkers in heel Europa.'
    const found = findClaim(sentenceOf(text, 'nl'), 'nl')!
    const weight = (family: string) => found.cues.filter((cue) => cue.family === family).reduce((sum, cue) => sum + cue.weight, 0)
    expect(weight('claims')).toBeGreaterThan(weight('trust'))
    expect(found.family).toBe('trust')
    // The words that name it carry it: the trust cue here, else the word the family models lean on.
    expect(text.slice(found.carrier.range.start, found.carrier.range.end)).toBe('gebruikt door')
    const bag = 'Our bag always goes in the plastic recycling bin, anywhere in the Netherlands.'
    const green = findClaim(sentenceOf(bag, 'en'), 'en')!
    expect(green.family).toBe('green')
    expect(bag.slice(green.carrier.range.start, green.carrier.range.end)).toBe('plastic')
    // A claim its cues name keeps that family, whatever the models read.
    expect(findClaim(sentenceOf('Our tea blend helps you sleep deeper than ever.', 'en'), 'en')?.family).toBe('health')
  })

  it('counts a feature once, however often its word repeats', () => {
    const model = decodeClaimModel(CLAIM_MODELS.en!)
    const twice = judgeSentence(model, sentenceOf(`We are the best ${'aaaa '.repeat(2)}.`, 'en'))
    const often = judgeSentence(model, sentenceOf(`We are the best ${'aaaa '.repeat(2_000)}.`, 'en'))
    expect(often.probability).toBeCloseTo(twice.probability, 12)
  })

  it('leaves unread the words of a lookalike the word lists have judged', () => {
    const model = decodeClaimModel(CLAIM_MODELS.nl!)
    const sentence = sentenceOf('Elke regel heeft een unieke code.', 'nl')
    const unique = sentence.tokens.find((token) => token.normal === 'unieke')!
    const lookalike = { from: unique.index, to: unique.index + 2 }
    // Without the lookalike's words the sentence reads as it would had they never stood there.
    const without = sentenceOf('Elke regel heeft een.', 'nl')
    expect(judgeSentence(model, sentence, [lookalike]).probability).toBeCloseTo(judgeSentence(model, without).probability, 12)
    expect(judgeSentence(model, sentence, [lookalike]).probability).toBeLessThan(judgeSentence(model, sentence).probability)
    // Nor do they lend the weak absolute "Elke regel" the second it needs.
    expect(findClaim(sentence, 'nl')).toBeUndefined()
  })

  it('lends a weak cue its second, and reports words of the sentence', () => {
    const text = 'Setting up takes a few clicks and our friendly team keeps everything smooth.'
    const sentence = sentenceOf(text, 'en')
    const found = findClaim(sentence, 'en')
    expect(found?.cues.map((cue) => cue.kind)).toContain('learned')
    const learned = found!.cues.find((cue) => cue.kind === 'learned')!
    expect(text.slice(learned.range.start, learned.range.end)).toMatch(/^[\w' ]+$/)
  })
})

describe('the build checks the training sentences', () => {
  it('names the file, line and field of a bad row, and warns when the model is stale', () => {
    const dir = copyOfRules()
    const nl = join(dir, 'claims/needs-evidence/training/nl.jsonl')
    const lines = readFileSync(nl, 'utf8').split('\n')
    lines.splice(2, 0, JSON.stringify({ text: 'Altijd de beste prijs.', family: 'price' }), JSON.stringify({ family: 'none' }))
    writeFileSync(nl, lines.join('\n'))
    const tuneHalf = join(dir, 'claims/needs-evidence/training/tune-half/en.jsonl')
    writeFileSync(tuneHalf, `${JSON.stringify({ id: 'row-1', family: 'none' })}\n{\n${readFileSync(tuneHalf, 'utf8')}`)
    const result = checkRuleData(dir)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('claims/needs-evidence/training/nl.jsonl:3: "family" must be none or one of')
    expect(result.stderr).toContain('claims/needs-evidence/training/nl.jsonl:4: "text" must be a sentence')
    expect(result.stderr).toContain('claims/needs-evidence/training/tune-half/en.jsonl:1: needs the corpus row\'s "id" and its "buckets"')
    expect(result.stderr).toContain('claims/needs-evidence/training/tune-half/en.jsonl:2: not a JSON object')
    expect(result.stderr).toContain(
      'the nl claim model was trained on other sentences than claims/needs-evidence/training/nl.jsonl and claims/needs-evidence/training/tune-half/nl.jsonl: run pnpm train-claim-model',
    )
    expect(result.stderr).toContain('the en claim model was trained on other sentences than')
  })
})
