// The bare floor: remark-parse + remark-retext + retext-english/dutch over every file, one thread,
// no rules. Prints the number of files and words (nlcst WordNodes) as JSON.
import { readFileSync } from 'node:fs'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import retextDutch from 'retext-dutch'
import { visit } from 'unist-util-visit'
import { markdownFiles, isDutch } from './files.mjs'

let words = 0
const countWords = () => (tree) => {
  visit(tree, 'WordNode', () => {
    words++
  })
}
const english = unified().use(remarkParse).use(remarkRetext, unified().use(retextEnglish).use(countWords)).freeze()
const dutch = unified().use(remarkParse).use(remarkRetext, unified().use(retextDutch).use(countWords)).freeze()
const files = markdownFiles(process.argv[2])
for (const file of files) {
  const processor = isDutch(file) ? dutch : english
  const text = readFileSync(file, 'utf8')
  await processor.run(processor.parse(text))
}
process.stdout.write(JSON.stringify({ files: files.length, words }) + '\n')
