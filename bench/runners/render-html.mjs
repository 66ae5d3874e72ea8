// node render-html.mjs CORPUS OUT: renders every Markdown page of CORPUS to a whole HTML page under
// OUT (same layout, .html), as a static site generator would, for echt's HTML measurement.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import rehypeStringify from 'rehype-stringify'
import { isDutch, markdownFiles } from './files.mjs'

const [corpus, out] = process.argv.slice(2)
const render = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify)
let pages = 0
for (const file of markdownFiles(corpus)) {
  const body = String(render.processSync(readFileSync(file, 'utf8')))
  const title = /<h1>([^<]*)<\/h1>/.exec(body)?.[1] ?? ''
  const lang = isDutch(file) ? 'nl' : 'en'
  const page = `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n<main>\n${body}\n</main>\n</body>\n</html>\n`
  const target = join(out, relative(corpus, file)).replace(/\.(md|mdx|markdown)$/i, '.html')
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, page)
  pages++
}
process.stdout.write(JSON.stringify({ pages }))
