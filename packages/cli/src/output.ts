import { mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
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
