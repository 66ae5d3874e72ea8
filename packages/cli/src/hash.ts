import { createRequire } from 'node:module'
import type * as Crypto from 'node:crypto'

const require = createRequire(import.meta.url)

/**
 * node:crypto's createHash, loaded on first use: importing node:crypto costs about 12 ms of
 * start-up, and most runs hash nothing (only --shard, saved crawls and the cache do).
 */
export function createHash(algorithm: string): Crypto.Hash {
  return (require('node:crypto') as typeof Crypto).createHash(algorithm)
}
