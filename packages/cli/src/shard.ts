import { createHash } from './hash.js'
import { UsageError } from './errors.js'

export interface Shard {
  /** 1-based. */
  index: number
  count: number
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  const index = match ? Number(match[1]) : NaN
  const count = match ? Number(match[2]) : NaN
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard must be i/n with 1 <= i <= n (for example 2/4), got "${text}"`, { field: '--shard' })
  }
  return { index, count }
}

/**
 * Whether a file belongs to a shard. Decided by a hash of its path relative to the config root
 * alone, so every machine of a CI matrix agrees, and adding or removing a file never moves the others.
 */
export function inShard(relativePath: string, shard: Shard): boolean {
  if (shard.count === 1) return true
  const hash = createHash('sha1').update(relativePath).digest().readUInt32BE(0)
  return hash % shard.count === shard.index - 1
}
