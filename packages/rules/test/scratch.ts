import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'

/**
 * Temporary folders for tests, removed when the test file that made them ends (a full run once left
 * about 160 behind, each data test a copy of the rules sources). Vitest evaluates this module once per
 * test file, so each file removes its own. The cli and editor tests use it too.
 */
const scratch: string[] = []
afterAll(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** An empty temporary folder that lives as long as the test file. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  scratch.push(dir)
  return dir
}
