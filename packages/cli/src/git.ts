import { spawnSync } from 'node:child_process'
import { realpathSync } from 'node:fs'
import { join } from 'node:path'
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

/**
 * The files added, modified or renamed since `ref`, as real absolute paths: committed changes
 * since the merge base of `ref` and HEAD (what a pull request changes, not what landed on the
 * base branch since), uncommitted changes in the working tree, and untracked files that are not
 * ignored (a new page is "added" before it is committed). Deleted files are left out.
 */
export function filesChangedSince(cwd: string, ref: string): Set<string> {
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
  const base = mergeBase.ok ? mergeBase.stdout.trim() : commit
  const changed = git(root, ['diff', '--name-only', '-z', '--diff-filter=AMR', base, '--'])
  if (!changed.ok) throw new UsageError(`--changed-since ${ref}: ${changed.reason}`)
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z'])
  const files = new Set<string>()
  for (const name of [...changed.stdout.split('\0'), ...(untracked.ok ? untracked.stdout.split('\0') : [])]) {
    if (name) files.add(join(root, name))
  }
  return files
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
