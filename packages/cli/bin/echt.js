#!/usr/bin/env node
// Kept tiny: `echt --version` answers without loading the engine, rules or even commander.
import { readFileSync } from 'node:fs'
import module from 'node:module'

const argv = process.argv.slice(2)
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  process.stdout.write(`${version}\n`)
} else {
  // Node 22.1 and later keep compiled code between runs (in the system's temporary folder; off
  // with NODE_DISABLE_COMPILE_CACHE=1). Node 20 has no such cache and compiles every run.
  module.enableCompileCache?.()
  // One bundle of the CLI, engine and rules (scripts/bundle.mjs, run by the build): far fewer
  // files to resolve, read and compile than dist/ holds.
  const { main } = await import('../dist/bundle/echt.js')
  const code = await main(argv, {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
  })
  process.exitCode = code
}
