import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs'
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
    if (stat && !stat.isDirectory()) {
      // A file named on the command line is linted whatever its extension, unless ignored
      // (a pipe or device too: the linter reports it as unreadable instead of waiting on it).
      matched = [absolute]
    } else if (stat?.isDirectory()) {
      matched = await globFiles(MARKDOWN_GLOB, absolute)
    } else if (fg.isDynamicPattern(pattern)) {
      matched = await globFiles(pattern.split(sep).join('/'), options.cwd)
      matched = matched.filter((file) => MARKDOWN_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(`.${ext}`)))
    } else if (isSymbolicLink(absolute)) {
      // A link loop or a broken link named on the command line: the linter says why it cannot read it.
      matched = [absolute]
    } else {
      throw new UsageError(`no such file or folder: ${pattern}`)
    }
    const kept = matched.filter((file) => !isIgnored(file))
    if (matched.length > 0 && kept.length === 0) ignoredPatterns.push(pattern)
    for (const file of kept) found.add(resolve(file))
  }
  return { files: [...found].sort(), ignoredPatterns }
}

/**
 * Files matching a glob, and symbolic links to files. Links to folders are not followed, which also
 * keeps folder loops out; a link loop or a broken link named .md is kept, so the linter can report
 * that it could not read it instead of skipping it silently.
 */
async function globFiles(pattern: string, cwd: string): Promise<string[]> {
  const entries = await fg(pattern, { cwd, absolute: true, onlyFiles: false, objectMode: true, dot: false, ignore: ALWAYS_IGNORED, suppressErrors: true, followSymbolicLinks: false })
  return entries.filter((entry) => entry.dirent.isFile() || (entry.dirent.isSymbolicLink() && !statOrUndefined(entry.path)?.isDirectory())).map((entry) => entry.path)
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}
