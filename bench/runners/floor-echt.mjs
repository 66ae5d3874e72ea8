// echt's own floor: its Markdown parse and prose extraction (sentences and tokens with offsets)
// over every file, one thread, no rules.
import { readFileSync } from 'node:fs'
import { parseMarkdown, extractProse, flavourOf } from '../../packages/core/dist/index.js'
import { markdownFiles, isDutch } from './files.mjs'

let words = 0
const files = markdownFiles(process.argv[2])
for (const file of files) {
  const text = readFileSync(file, 'utf8')
  const { tree } = parseMarkdown(text, flavourOf(file))
  words += extractProse(tree, text, isDutch(file) ? 'nl' : 'en').wordCount
}
process.stdout.write(JSON.stringify({ files: files.length, words }) + '\n')
