// write-good over every file, as its CLI does (plain text, default checks).
import { readFileSync } from 'node:fs'
import writeGood from 'write-good'
import { markdownFiles } from './files.mjs'

let suggestions = 0
const files = markdownFiles(process.argv[2])
for (const file of files) suggestions += writeGood(readFileSync(file, 'utf8')).length
process.stdout.write(JSON.stringify({ files: files.length, suggestions }) + '\n')
