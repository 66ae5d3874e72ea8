// What the claim finder's learned cue costs: decoding its weights (once per language, at the first
// sentence) and judging every sentence of the corpus, beside the whole finder (written cues and the
// learned cue) over the same sentences. Prints JSON: sentences and milliseconds.
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { parseMarkdown, extractProse, flavourOf } from '../../packages/core/dist/index.js'
import { decodeClaimModel, judgeSentence } from '../../packages/rules/dist/detect/claim-model.js'
import { findClaim } from '../../packages/rules/dist/detect/find-claims.js'
import { CLAIM_MODELS } from '../../packages/rules/dist/generated/claim-model.js'
import { markdownFiles, isDutch } from './files.mjs'

const byLanguage = { en: [], nl: [] }
for (const file of markdownFiles(process.argv[2])) {
  const text = readFileSync(file, 'utf8')
  const { tree } = parseMarkdown(text, flavourOf(file))
  const language = isDutch(file) ? 'nl' : 'en'
  byLanguage[language].push(...extractProse(tree, text, language).sentences)
}

let start = performance.now()
const models = { en: decodeClaimModel(CLAIM_MODELS.en), nl: decodeClaimModel(CLAIM_MODELS.nl) }
const decodeMs = performance.now() - start

const best = (run) => Math.min(...[0, 1, 2].map(() => ((start = performance.now()), run(), performance.now() - start)))
const judgeMs = best(() => {
  for (const language of ['en', 'nl']) for (const sentence of byLanguage[language]) judgeSentence(models[language], sentence)
})
const finderMs = best(() => {
  for (const language of ['en', 'nl']) for (const sentence of byLanguage[language]) findClaim(sentence, language)
})
const sentences = byLanguage.en.length + byLanguage.nl.length
process.stdout.write(JSON.stringify({ sentences, decodeMs, judgeMs, finderMs }) + '\n')
