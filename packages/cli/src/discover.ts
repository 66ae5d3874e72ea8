import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { createRequire } from 'node:module'
import type FastGlob from 'fast-glob'
import ignore, { type Ignore } from 'ignore'
import { UsageError } from './errors.js'

export const MARKDOWN_EXTENSIONS = ['md', 'mdx', 'markdown'] as const
/**
 * What `echt check DIR` reads by default: Markdown, HTML pages and Word documents. JSON and YAML
 * files are read only when the config's `sources` declares them (most are not copy).
 */
export const DEFAULT_EXTENSIONS = [...MARKDOWN_EXTENSIONS, 'html', 'htm', 'docx'] as const
const DEFAULT_GLOB = `**/*.{${DEFAULT_EXTENSIONS.join(',')}}`
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**']

export interface DiscoverOptions {
  cwd: string
  /** The project root: the config's folder, where .gitignore, .echtignore and `ignore` globs apply. */
  root: string
  patterns: string[]
  ignore?: string[]
  /** Globs (relative to `root`) of the config's `sources`: read too when their folder is checked. */
  sources?: string[]
}

export interface Discovered {
  /** Absolute paths, sorted, without duplicates. */
  files: string[]
  /** Patterns that matched only ignored files. */
  ignoredPatterns: string[]
}

interface IgnoreScope {
  /** Folder the patterns are relative to. */
  base: string
  rules: Ignore
}

/** fast-glob on first use: checking files named on the command line never walks a folder. */
let fastGlob: typeof FastGlob | undefined
const fg = () => (fastGlob ??= createRequire(import.meta.url)('fast-glob') as typeof FastGlob)

function readIgnoreFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

/**
 * Ignore rules as git applies them: .gitignore files from the project root up to the repository
 * root (the config may live in a subfolder), nested .gitignore files below the root, and at the
 * root .echtignore and the config's `ignore` globs.
 */
function loadIgnoreScopes(root: string, extra: string[], namedFiles?: string[]): IgnoreScope[] {
  const scopes: IgnoreScope[] = []
  const atRoot = ignore().add(extra)
  for (const name of ['.gitignore', '.echtignore']) {
    const text = readIgnoreFile(join(root, name))
    if (text !== undefined) atRoot.add(text)
  }
  scopes.push({ base: root, rules: atRoot })
  for (let dir = root; !existsSync(join(dir, '.git')); ) {
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
    const text = readIgnoreFile(join(dir, '.gitignore'))
    if (text !== undefined) scopes.push({ base: dir, rules: ignore().add(text) })
  }
  // Only files were named: the .gitignore files that can apply to them are in their own folders
  // between the root and them; a walk of the whole tree would cost more than the lint.
  const nestedFiles = namedFiles
    ? [...new Set(namedFiles.flatMap((file) => foldersBetween(root, dirname(file))))].map((dir) => join(dir, '.gitignore')).filter((path) => existsSync(path))
    : fg().sync('**/.gitignore', { cwd: root, absolute: true, dot: true, ignore: ALWAYS_IGNORED, suppressErrors: true, followSymbolicLinks: false })
  for (const nested of nestedFiles) {
    const base = dirname(nested)
    if (base === root) continue
    const text = readIgnoreFile(nested)
    if (text !== undefined) scopes.push({ base, rules: ignore().add(text) })
  }
  return scopes
}

/** Finds Markdown, HTML and Word files from paths, folders and globs, honouring .gitignore, .echtignore and `ignore`. */
export async function discoverFiles(options: DiscoverOptions): Promise<Discovered> {
  const patterns = options.patterns.length > 0 ? options.patterns : ['.']
  const absolutes = patterns.map((pattern) => resolve(options.cwd, pattern))
  const onlyFiles = absolutes.every((path) => statOrUndefined(path)?.isFile())
  const scopes = loadIgnoreScopes(options.root, options.ignore ?? [], onlyFiles ? absolutes : undefined)
  const isIgnored = (absolute: string) =>
    scopes.some(({ base, rules }) => {
      const rel = relative(base, absolute)
      if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false
      return rules.ignores(rel.split(sep).join('/'))
    })
  const found = new Set<string>()
  const ignoredPatterns: string[] = []
  let declared: string[] | undefined
  const declaredSources = async () => {
    if (!declared) {
      declared = []
      for (const glob of options.sources ?? []) declared.push(...(await globFiles(glob, options.root)))
    }
    return declared
  }
  for (const pattern of patterns) {
    const absolute = resolve(options.cwd, pattern)
    let matched: string[]
    const stat = statOrUndefined(absolute)
    if (stat && !stat.isDirectory()) {
      // A file named on the command line is linted whatever its extension, unless ignored
      // (a pipe or device too: the linter reports it as unreadable instead of waiting on it).
      matched = [absolute]
    } else if (stat?.isDirectory()) {
      matched = await globFiles(DEFAULT_GLOB, absolute)
      const inside = absolute.endsWith(sep) ? absolute : `${absolute}${sep}`
      matched.push(...(await declaredSources()).filter((file) => resolve(file).startsWith(inside)))
    } else if (fg().isDynamicPattern(pattern)) {
      matched = await globFiles(pattern.split(sep).join('/'), options.cwd)
      matched = matched.filter((file) => DEFAULT_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(`.${ext}`)))
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
  const entries = await fg()(pattern, { cwd, absolute: true, onlyFiles: false, objectMode: true, dot: false, ignore: ALWAYS_IGNORED, suppressErrors: true, followSymbolicLinks: false })
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

/** The folders from `root` down to `dir` (both included), or none when `dir` is not under `root`. */
function foldersBetween(root: string, dir: string): string[] {
  const rel = relative(root, dir)
  if (rel.startsWith('..') || isAbsolute(rel)) return []
  const folders = [root]
  let at = root
  for (const part of rel.split(sep).filter(Boolean)) folders.push((at = join(at, part)))
  return folders
}
