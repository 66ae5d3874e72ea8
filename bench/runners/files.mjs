import { readdirSync } from 'node:fs'
import { join } from 'node:path'

/** Every Markdown file under a folder, sorted: the same set for every tool. */
export function markdownFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((name) => /\.(md|mdx|markdown)$/i.test(name) && !name.split(/[\\/]/).includes('node_modules'))
    .map((name) => join(dir, name))
    .sort()
}

/** tldr keeps Dutch pages under pages.nl: read them as Dutch, like echt's language detection would. */
export function isDutch(file) {
  return /[\\/]pages\.nl[\\/]/.test(file)
}
