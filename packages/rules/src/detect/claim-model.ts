import type { Language, Sentence, Token } from '@echt/core'

/**
 * The finder's learned cue: a logistic regression over a sentence's words, word pairs and pieces of
 * words, trained on sentences written for echt (claims/needs-evidence/training/<lang>.jsonl,
 * labelled by the corpus rubric) and on the real copy of the corpus's tune half (training/tune-half/,
 * as hashed features; never a row of the check half it is measured on). The hand-written cues know
 * the forms of a claim; the model has read thousands of claims and their lookalikes and lends the
 * finder the vocabulary no list spells out ("kristalhelder", "zero-hassle onboarding").
 *
 * Features are hashed into 2^bits buckets, so the model is one array of weights, stored as signed
 * bytes (int8 times `scale`), base64 in the compiled data. scripts/train-claim-model.js trains it
 * from the same `sentenceFeatures` this file gives the finder, so training and use cannot drift.
 */

export interface EncodedWeights {
  bits: number
  scale: number
  bias: number
  /** base64 of 2^bits signed bytes. */
  weights: string
}

/** The families a claim's own words may name; `claims` is what is left when none does. */
export type NamedFamily = 'green' | 'health' | 'pressure' | 'trust'

export interface EncodedClaimModel extends EncodedWeights {
  /**
   * One model per family, trained on the claims among the same sentences: is this claim about the
   * environment, the body, an offer, an endorsement? (one against the rest, fewer buckets: it reads
   * only sentences already found to claim).
   */
  families?: Partial<Record<NamedFamily, EncodedWeights>>
}

interface Weights {
  bits: number
  scale: number
  bias: number
  weights: Int8Array
}

export interface ClaimModel extends Weights {
  families: { family: NamedFamily; model: Weights }[]
}

/** A feature: its bucket and the tokens it was read from (for the words that carry a claim). */
export interface Feature {
  bucket: number
  from: number
  to: number
  /** For a piece of a word: the word's token (pieces mark no tokens for the learned cue). */
  piece?: number
}

/** Symbols that say something in marketing copy ("50%", "€9", "#1", "Now!"). */
const TELLING_SYMBOLS = new Set(['%', '€', '$', '£', '#', '!', '?', '+'])

/**
 * FNV-1a (fast, spreads short strings well, the same in every JavaScript engine), fed piece by piece:
 * a key is hashed as the words it joins, without building the joined string for every token.
 */
const FNV_OFFSET = 2166136261
function fnv(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 16777619)
  }
  return hash
}
const bucketOf = (hash: number, bits: number) => (hash >>> 0) & ((1 << bits) - 1)
const WORD = fnv(FNV_OFFSET, 'w ')
const PAIR = fnv(FNV_OFFSET, 'b ')

/**
 * Five-letter pieces of words (with ^ and $ at their edges) let the model read words it never saw
 * through the ones it did: "kristalhelder" through "helder", "ultra-fast" through "ultra", Dutch
 * compounds and inflections. Chosen on the tune half: the ranking (AUC) rose from 0.73 to 0.76 (en)
 * and 0.73 to 0.79 (nl) over words and pairs alone; pieces of three, four and six letters ranked
 * lower, and more buckets (2^18) no better.
 */
const PIECE = 5
const PIECE_SEED = fnv(FNV_OFFSET, 'g ')
const isFeatureToken = (token: Token) => token.kind === 'word' || (token.kind === 'symbol' || token.kind === 'punctuation' ? TELLING_SYMBOLS.has(token.value) : false)

/**
 * Each word, each pair of neighbouring words (across telling symbols, not across other punctuation),
 * the five-letter pieces of each word, and a bias.
 */
export function sentenceFeatures(tokens: readonly Token[], bits: number): Feature[] {
  const features: Feature[] = [{ bucket: bucketOf(fnv(FNV_OFFSET, '^'), bits), from: -1, to: -1 }]
  let previous: Token | undefined
  for (const token of tokens) {
    if (!isFeatureToken(token)) {
      previous = undefined
      continue
    }
    features.push({ bucket: bucketOf(fnv(WORD, token.normal), bits), from: token.index, to: token.index + 1 })
    if (token.kind === 'word' && token.normal.length >= PIECE) {
      // Pieces stand for the sentence, not for words that carry a claim, so they mark no tokens; they
      // remember their word only so the family models can say which word named a family.
      const marked = `^${token.normal}$`
      for (let i = 0; i + PIECE <= marked.length; i++) features.push({ bucket: bucketOf(fnv(PIECE_SEED, marked.slice(i, i + PIECE)), bits), from: -1, to: -1, piece: token.index })
    }
    if (previous) features.push({ bucket: bucketOf(fnv(fnv(fnv(PAIR, previous.normal), ' '), token.normal), bits), from: previous.index, to: token.index + 1 })
    previous = token
  }
  return features
}

/** Every feature counts equally, scaled so a long sentence does not outvote a short one. */
export const featureValue = (count: number) => 1 / Math.sqrt(count)

/**
 * A feature counts once however often it occurs: a word repeated a thousand times ("aaaa aaaa ...")
 * would otherwise outweigh the sentence, and whatever shares its bucket would decide the verdict.
 */
export function distinctBuckets(features: readonly Feature[]): number[] {
  return [...new Set(features.map((feature) => feature.bucket))]
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** base64 to signed bytes: the engine runs where neither Buffer nor atob is promised. */
function base64Bytes(text: string): Int8Array {
  const clean = text.replace(/=+$/, '')
  const bytes = new Int8Array(Math.floor((clean.length * 3) / 4))
  let buffer = 0
  let bits = 0
  let at = 0
  for (const char of clean) {
    buffer = (buffer << 6) | BASE64.indexOf(char)
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[at++] = (buffer >> bits) & 0xff
    }
  }
  return bytes
}

function decodeWeights(encoded: EncodedWeights): Weights {
  const weights = base64Bytes(encoded.weights)
  if (weights.length !== 1 << encoded.bits) throw new Error(`claim model: ${weights.length} weights for ${encoded.bits} bits`)
  return { bits: encoded.bits, scale: encoded.scale, bias: encoded.bias, weights }
}

export function decodeClaimModel(encoded: EncodedClaimModel): ClaimModel {
  const families = Object.entries(encoded.families ?? {}).map(([family, weights]) => ({ family: family as NamedFamily, model: decodeWeights(weights!) }))
  return { ...decodeWeights(encoded), families }
}

export interface ModelVerdict {
  probability: number
  /** The tokens whose features pushed hardest towards a claim: the words that carry it. */
  carrier: { from: number; to: number } | undefined
}

export function judgeSentence(model: ClaimModel, sentence: Sentence, unread: readonly { from: number; to: number }[] = []): ModelVerdict {
  const all = sentenceFeatures(sentence.tokens, model.bits)
  const features = unread.length === 0 ? all : all.filter((feature) => !readsUnread(feature, unread))
  const buckets = distinctBuckets(features)
  const value = featureValue(buckets.length)
  let z = model.bias
  for (const bucket of buckets) z += model.weights[bucket]! * model.scale * value
  let best: Feature | undefined
  let bestWeight = 0
  for (const feature of features) {
    const weight = model.weights[feature.bucket]! * model.scale
    if (feature.from >= 0 && weight > bestWeight) {
      best = feature
      bestWeight = weight
    }
  }
  return { probability: 1 / (1 + Math.exp(-z)), carrier: best && { from: best.from, to: best.to } }
}

/**
 * Whether a feature reads a word of a span the model is told to leave unread: a lookalike or idiom the
 * word lists have already judged ("unieke code" is an identifier, not puffery), whose words would
 * otherwise lend their claim-like weight to the rest of the sentence.
 */
function readsUnread(feature: Feature, unread: readonly { from: number; to: number }[]): boolean {
  const from = feature.piece ?? feature.from
  const to = feature.piece !== undefined ? feature.piece + 1 : feature.to
  return from >= 0 && unread.some((span) => from < span.to && span.from < to)
}

export interface FamilyVerdict {
  family: NamedFamily
  probability: number
  /** The word whose features speak for that family more than for any other: the word that names it. */
  carrier: { from: number; to: number } | undefined
}

/** The family a claim's words most likely name, and how likely; undefined without family models. */
export function judgeFamily(model: ClaimModel, sentence: Sentence): FamilyVerdict | undefined {
  if (model.families.length === 0) return undefined
  // The trainer gives every family model the same buckets, so the sentence is read once.
  const features = sentenceFeatures(sentence.tokens, model.families[0]!.model.bits)
  const buckets = distinctBuckets(features)
  const value = featureValue(buckets.length)
  let best: { family: NamedFamily; probability: number; weights: Weights } | undefined
  for (const { family, model: weights } of model.families) {
    let z = weights.bias
    for (const bucket of buckets) z += weights.weights[bucket]! * weights.scale * value
    const probability = 1 / (1 + Math.exp(-z))
    if (!best || probability > best.probability) best = { family, probability, weights }
  }
  if (!best) return undefined
  // The word that names the family is the one whose features (the word and its pieces) speak for it
  // more than for any other family: "recycling", not "our", which every family's claims use.
  const margins = new Map<number, number>()
  for (const feature of features) {
    const token = feature.piece ?? (feature.to === feature.from + 1 ? feature.from : -1)
    if (token < 0) continue
    const own = best.weights.weights[feature.bucket]! * best.weights.scale
    let others = -Infinity
    for (const { model: weights } of model.families) if (weights !== best.weights) others = Math.max(others, weights.weights[feature.bucket]! * weights.scale)
    margins.set(token, (margins.get(token) ?? 0) + own - others)
  }
  let carrier: number | undefined
  for (const [token, margin] of margins) if (margin > 0 && (carrier === undefined || margin > margins.get(carrier)!)) carrier = token
  return { family: best.family, probability: best.probability, carrier: carrier === undefined ? undefined : { from: carrier, to: carrier + 1 } }
}
