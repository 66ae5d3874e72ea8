#!/usr/bin/env node
// Kept tiny: `echt --version` answers without loading the engine, rules or even commander.
import { readFileSync } from 'node:fs'

const argv = process.argv.slice(2)
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  process.stdout.write(`${version}\n`)
} else {
  const { main } = await import('../dist/cli.js')
  const code = await main(argv, {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
  })
  process.exitCode = code
}
