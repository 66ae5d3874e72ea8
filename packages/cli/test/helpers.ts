import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { main } from '../dist/cli.js'

/** Writes a throwaway project: { 'path/in/project.md': 'content' }. */
export function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'echt-test-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}

/** Runs the CLI in-process, as the bin does, and captures its output. */
export async function run(cwd: string, ...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    cwd,
    stdout: (text) => (stdout += text.endsWith('\n') ? text : `${text}\n`),
    stderr: (text) => (stderr += text.endsWith('\n') ? text : `${text}\n`),
    env: {},
    isTTY: false,
  })
  return { code, stdout, stderr }
}
