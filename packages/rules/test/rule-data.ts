import { cpSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseMarkdown, extractProse, type Language, type Sentence } from '@echt/core'
import { scratchDir } from './scratch.js'

/**
 * Helpers for tests of the rules' data: a scratch copy of src/ to break on purpose, the build's
 * validator run over it, and the sentences the engine reads in a line of copy.
 */

export const RULES_SRC = fileURLToPath(new URL('../src/', import.meta.url))

/** A copy of the rules' sources in a temporary folder. */
export function copyOfRules(): string {
  const dir = scratchDir('echt-rules-')
  cpSync(RULES_SRC, dir, { recursive: true })
  return dir
}

/** scripts/compile-data.js --check over a rules folder: its exit status and what it printed. */
export function checkRuleData(dir: string) {
  const compile = fileURLToPath(new URL('../scripts/compile-data.js', import.meta.url))
  return spawnSync(process.execPath, [compile, '--src', dir, '--check'], { encoding: 'utf8' })
}

/** The sentences the engine reads in one line of copy (as Markdown). */
export function sentencesOf(text: string, language: Language): Sentence[] {
  const source = `${text}\n`
  const { tree } = parseMarkdown(source)
  return extractProse(tree, source, language).sentences
}
