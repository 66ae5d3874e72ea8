import { spawnSync } from 'node:child_process'
import { realpathSync } from 'node:fs'
import { join } from 'node:path'
import parseDiff from 'parse-diff'
import { UsageError } from './errors.js'

function git(cwd: string, args: string[]): { ok: boolean; status: number | null; stdout: string; reason: string } {
  const result = spawnSync('git', ['-c', 'core.quotepath=off', ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code
    throw new UsageError(`--changed-since needs git, which could not be run (${code === 'ENOENT' ? 'not installed or not on PATH' : code ?? result.error.message})`)
  }
  const reason = result.stderr.split('\n').find((line) => line.trim() !== '')?.replace(/^fatal:\s*/, '') ?? ''
  return { ok: result.status === 0, status: result.status, stdout: result.stdout, reason }
}

/** The repository's top folder and the commit to compare with: the merge base of `ref` and HEAD. */
function baseOf(cwd: string, ref: string): { root: string; base: string } {
  if (ref.startsWith('-')) throw new UsageError(`--changed-since takes a git ref, got "${ref}"`)
  const top = git(cwd, ['rev-parse', '--show-toplevel'])
  if (!top.ok) throw new UsageError(`--changed-since needs a git repository: ${top.reason || 'git rev-parse failed'}`)
  const root = top.stdout.trim()
  const verified = git(root, ['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`])
  if (!verified.ok) {
    // `git rev-parse --verify` only says "Needed a single revision"; git diff names the problem.
    const diff = git(root, ['diff', '--name-only', ref, '--'])
    throw new UsageError(`--changed-since ${ref}: ${diff.reason || verified.reason || 'not a commit'} (in a shallow CI checkout, fetch the base ref, e.g. actions/checkout with fetch-depth: 0)`)
  }
  const commit = verified.stdout.trim()
  const mergeBase = git(root, ['merge-base', commit, 'HEAD'])
  // No common history (or no HEAD yet): compare with the ref itself.
  return { root, base: mergeBase.ok ? mergeBase.stdout.trim() : commit }
}

/** Untracked files that are not ignored: a new page is "added" before it is committed. */
function untrackedFiles(root: string): string[] {
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z'])
  return untracked.ok ? untracked.stdout.split('\0').filter(Boolean).map((name) => join(root, name)) : []
}

/**
 * The files added, modified or renamed since `ref`, as real absolute paths: committed changes
 * since the merge base of `ref` and HEAD (what a pull request changes, not what landed on the
 * base branch since), uncommitted changes in the working tree, and untracked files that are not
 * ignored. Deleted files are left out.
 */
export function filesChangedSince(cwd: string, ref: string): Set<string> {
  const { root, base } = baseOf(cwd, ref)
  const changed = git(root, ['diff', '--name-only', '-z', '--diff-filter=AMR', base, '--'])
  if (!changed.ok) throw new UsageError(`--changed-since ${ref}: ${changed.reason}`)
  const files = new Set<string>(untrackedFiles(root))
  for (const name of changed.stdout.split('\0')) if (name) files.add(join(root, name))
  return files
}

/** Per changed file (real absolute path), the line numbers the diff added or changed; `all` for a new, untracked file. */
export type ChangedLines = Map<string, Set<number> | 'all'>

/**
 * The lines added or changed since `ref` (reviewdog's filter_mode=added), from the hunks of
 * `git diff --unified=0` against the same base as filesChangedSince. Renamed files count under
 * their new name, with only the lines the rename changed.
 */
export function linesChangedSince(cwd: string, ref: string): ChangedLines {
  const { root, base } = baseOf(cwd, ref)
  const diff = git(root, ['diff', '--unified=0', '--no-color', '--no-ext-diff', '-M', '--diff-filter=AMR', base, '--'])
  if (!diff.ok) throw new UsageError(`--changed-since ${ref}: ${diff.reason}`)
  const lines: ChangedLines = new Map()
  for (const file of parseDiff(diff.stdout)) {
    if (!file.to || file.to === '/dev/null') continue
    const added = new Set<number>()
    for (const chunk of file.chunks) for (const change of chunk.changes) if (change.type === 'add') added.add(change.ln)
    lines.set(join(root, unquoteGitPath(file.to)), added)
  }
  for (const file of untrackedFiles(root)) lines.set(file, 'all')
  return lines
}

/** Keeps the discovered files that changed; compares real paths, since git reports them resolved. */
export function keepChanged(files: string[], changed: Set<string>): string[] {
  return files.filter((file) => {
    try {
      return changed.has(realpathSync(file))
    } catch {
      return false
    }
  })
}

const C_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '"': '"', '\\': '\\' }

/**
 * git writes a path with a quote, backslash or control character C-quoted in diff headers
 * ("b/q\"d.md"); parse-diff drops the quotes but keeps the escapes. A backslash in its name can
 * only come from such an escape (git quotes a real backslash too), so undoing them is exact. With
 * core.quotepath=off, octal escapes are single bytes (control characters).
 */
export function unquoteGitPath(name: string): string {
  return name.replace(/\\([0-7]{3}|[abfnrtv"\\])/g, (_, escape: string) => C_ESCAPES[escape] ?? String.fromCharCode(parseInt(escape, 8)))
}

/** Whether a finding touches a line the diff added or changed (any line of a finding over several). */
export function onChangedLine(changed: ChangedLines, filePath: string, message: { line: number; endLine: number }): boolean {
  let real: string
  try {
    real = realpathSync(filePath)
  } catch {
    return false
  }
  const lines = changed.get(real)
  if (lines === 'all') return true
  if (!lines) return false
  for (let line = message.line; line <= Math.max(message.line, message.endLine); line++) if (lines.has(line)) return true
  return false
}
