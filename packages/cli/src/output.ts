import { mkdirSync, writeFileSync } from 'node:fs'
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
