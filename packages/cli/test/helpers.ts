import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { scratchDir } from '../../rules/test/scratch.js'
import { main } from '../dist/cli.js'

export { scratchDir }

/** Writes a throwaway project: { 'path/in/project.md': 'content' }. */
export function project(files: Record<string, string>): string {
  const dir = scratchDir('echt-test-')
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

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks; every record ends with CRLF. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') record.push(field), (field = '')
    else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field), records.push(record), (record = []), (field = ''), i++
    } else field += c
  }
  if (field !== '' || record.length > 0) throw new Error(`the CSV does not end with CRLF: ${JSON.stringify(text.slice(-40))}`)
  return records
}
