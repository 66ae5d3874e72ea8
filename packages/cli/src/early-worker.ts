import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { DEFAULT_YOUNG_GENERATION_MB, StartedWorker } from './pool.js'

/**
 * Files at least this large are linted in a worker thread even in a serial or small run, so the
 * time and memory budget applies where the parser can be slow (remark is superlinear on deep
 * lists): a 128 KB page parses in well under a second, so smaller files never pay for a worker.
 */
export const ISOLATE_FILE_BYTES = 128 * 1024

/** Heap budget (MB) of a worker thread: a 1 MB list-heavy page needs about 700 MB in the parser. */
export const DEFAULT_FILE_MEMORY_MB = 2048

/**
 * The lint worker of `echt check`, started as soon as the command line names a file that will be
 * linted in one (a file of ISOLATE_FILE_BYTES or more): it loads its modules while this thread
 * still loads the engine and the rules, which took a third of a second under load before a worker
 * could even start. This module stays small for that reason (no engine, no rules). A run that
 * turns out not to need it (a cached file, a bad flag) stops it; --fix never lints in workers.
 */
export function startLintWorkerEarly(paths: readonly string[], options: { fix?: boolean; fixDryRun?: boolean; fileMemory?: string }, cwd: string): StartedWorker | undefined {
  if (options.fix || options.fixDryRun) return undefined
  const memoryMb = options.fileMemory === undefined ? DEFAULT_FILE_MEMORY_MB : Number(options.fileMemory)
  if (!Number.isInteger(memoryMb) || memoryMb < 64) return undefined // runCheck says why
  const isolated = paths.some((path) => {
    // Word documents are read on the main thread (a zip, read asynchronously).
    if (/\.docx$/i.test(path)) return false
    try {
      const stats = statSync(resolve(cwd, path))
      return stats.isFile() && stats.size >= ISOLATE_FILE_BYTES
    } catch {
      return false // a glob, a URL or a missing file: discovery deals with it
    }
  })
  if (!isolated) return undefined
  return new StartedWorker(new URL('./worker.js', import.meta.url), { maxYoungGenerationSizeMb: DEFAULT_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: memoryMb })
}
