import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import fg from 'fast-glob'
import ignore, { type Ignore } from 'ignore'
import { UsageError } from './errors.js'

export const MARKDOWN_EXTENSIONS = ['md', 'mdx', 'markdown'] as const
const MARKDOWN_GLOB = `**/*.{${MARKDOWN_EXTENSIONS.join(',')}}`
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**']

export interface DiscoverOptions {
  cwd: string
  /** The project root: the config's folder, where .gitignore, .echtignore and `ignore` globs apply. */
  root: string
  patterns: string[]
  ignore?: string[]
}

export interface Discovered {
  /** Absolute paths, sorted, without duplicates. */
  files: string[]
  /** Patterns that matched only ignored files. */
  ignoredPatterns: string[]
}

function loadIgnore(root: string, extra: string[]): Ignore {
  const ig = ignore()
  for (const name of ['.gitignore', '.echtignore']) {
    const path = join(root, name)
    if (existsSync(path)) ig.add(readFileSync(path, 'utf8'))
  }
  ig.add(extra)
  return ig
}

/** Finds Markdown files from paths, folders and globs, honouring .gitignore, .echtignore and `ignore`. */
export async function discoverFiles(options: DiscoverOptions): Promise<Discovered> {
  const ig = loadIgnore(options.root, options.ignore ?? [])
  const isIgnored = (absolute: string) => {
    const rel = relative(options.root, absolute)
    if (!rel || rel.startsWith('..') || resolve(rel) === rel) return false
    return ig.ignores(rel.split(sep).join('/'))
  }
  const found = new Set<string>()
  const ignoredPatterns: string[] = []
  const patterns = options.patterns.length > 0 ? options.patterns : ['.']
  for (const pattern of patterns) {
    const absolute = resolve(options.cwd, pattern)
    let matched: string[]
    const stat = statOrUndefined(absolute)
    if (stat?.isFile()) {
      // A file named on the command line is linted whatever its extension, unless ignored.
      matched = [absolute]
    } else if (stat?.isDirectory()) {
      matched = await fg(MARKDOWN_GLOB, { cwd: absolute, absolute: true, onlyFiles: true, dot: false, ignore: ALWAYS_IGNORED, suppressErrors: true, followSymbolicLinks: false })
    } else if (fg.isDynamicPattern(pattern)) {
      matched = await fg(pattern.split(sep).join('/'), { cwd: options.cwd, absolute: true, onlyFiles: true, dot: false, ignore: ALWAYS_IGNORED, suppressErrors: true, followSymbolicLinks: false })
      matched = matched.filter((file) => MARKDOWN_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(`.${ext}`)))
    } else {
      throw new UsageError(`no such file or folder: ${pattern}`)
    }
    const kept = matched.filter((file) => !isIgnored(file))
    if (matched.length > 0 && kept.length === 0) ignoredPatterns.push(pattern)
    for (const file of kept) found.add(resolve(file))
  }
  return { files: [...found].sort(), ignoredPatterns }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}
