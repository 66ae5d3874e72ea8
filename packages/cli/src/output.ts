import { closeSync, mkdirSync, openSync, renameSync, unlinkSync, writeFileSync, writeSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve } from 'node:path'

/**
 * Writes a command's output to the file `-o` named (creating its folder) and returns the path to
 * show: relative to the working directory when it lies inside it, else absolute.
 */
export function writeOutputFile(cwd: string, output: string, text: string): string {
  const target = resolve(cwd, output)
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, text)
  return shownPath(cwd, target)
}

/**
 * writeOutputFile for output made in pieces: `produce` hands its text to `write` bit by bit, and the
 * file gets it in blocks of about 1 MB, so a 40 MB report is never one string in memory. The pieces
 * are encoded straight into one block buffer, used again for every block: joining each block into a
 * string and encoding that into a new buffer put two megabytes of fresh memory (page faults) behind
 * every megabyte written, half the time of writing a claim-dense page's report.
 */
export function writeOutputPieces(cwd: string, output: string, produce: (write: (text: string) => void) => void): string {
  const target = resolve(cwd, output)
  mkdirSync(dirname(target), { recursive: true })
  const fd = openSync(target, 'w')
  try {
    const block = Buffer.allocUnsafe(BLOCK_BYTES)
    let used = 0
    produce((text) => {
      // A UTF-16 unit never takes more than three bytes in UTF-8.
      if (used + text.length * MAX_UTF8_BYTES_PER_UNIT > BLOCK_BYTES) {
        writeAll(fd, block.subarray(0, used))
        used = 0
        if (text.length * MAX_UTF8_BYTES_PER_UNIT > BLOCK_BYTES) return writeAll(fd, Buffer.from(text))
      }
      used += block.write(text, used)
    })
    writeAll(fd, block.subarray(0, used))
  } finally {
    closeSync(fd)
  }
  return shownPath(cwd, target)
}

const BLOCK_BYTES = 1 << 20
const MAX_UTF8_BYTES_PER_UNIT = 3

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written)
}

/** A path as messages show it: relative to the working directory when it lies inside it, else absolute. */
export function shownPath(cwd: string, target: string): string {
  const shown = relative(cwd, target)
  return shown && !shown.startsWith('..') && !isAbsolute(shown) ? shown : target
}

/**
 * Replaces a file echt owns (cache, baseline) atomically: a temporary file beside it, renamed over
 * it, so a reader or a crash never sees half a file.
 */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`
  try {
    writeFileSync(temporary, text)
    renameSync(temporary, path)
  } catch (error) {
    try {
      unlinkSync(temporary)
    } catch {
      // nothing to clean up
    }
    throw error
  }
}
