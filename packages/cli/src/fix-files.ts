import { createHash, randomBytes } from 'node:crypto'
import { chmodSync, chownSync, closeSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { createTwoFilesPatch } from 'diff'
import { lintAndFix, type FixResult } from '@echt/core'
import {
  encodingWarning, fileMessage, internalError, lintOptionsFor, readSource, toRelative,
  type FileReport, type LintFileOptions, toFileReport, type SourceFile, type TextEncoding,
} from './lint-files.js'

export const FIX_RULE_IDS = {
  /** The file was not written: it changed on disk during the run, or it could not be encoded back. */
  notFixed: 'echt/fix-skipped',
  /** Writing the fixed file failed; the original is unchanged. */
  writeError: 'echt/fix-failed',
} as const

export interface FixFileOptions extends LintFileOptions {
  /** false: --fix-dry-run, compute the fixes and a diff but write nothing. */
  write: boolean
}

export interface FixFileReport extends FileReport {
  /** Fixes applied (or, in a dry run, that would be). */
  fixCount: number
  /** True when the fixed text was written to disk. */
  written: boolean
  /** Unified diff of the change, for --fix-dry-run. */
  diff?: string
}

/**
 * Lints one file, applies its fixes until stable and writes the result atomically. The file keeps
 * its encoding, byte order mark, line endings, final newline and mode; echt writes nothing when no
 * fix applies, when the file is not valid UTF-8, or when the file changed on disk since it was read.
 */
export function fixFile(filePath: string, options: FixFileOptions): FixFileReport {
  const relativePath = toRelative(options.root, filePath)
  const read = readSource(filePath, options.maxFileSize)
  if (!read.ok) {
    return { filePath, relativePath, messages: [fileMessage(read.ruleId, 2, read.reason)], suppressedMessages: [], fixCount: 0, written: false }
  }
  const file = read.file
  const lintOptions = lintOptionsFor(filePath, relativePath, options)
  let fixed: FixResult
  try {
    // Invalid UTF-8 was decoded with replacement characters: writing it back would lose the
    // original bytes, so such a file is linted once and never fixed.
    fixed = lintAndFix(file.text, lintOptions, file.invalidUtf8 ? 0 : undefined)
  } catch (error) {
    return { ...internalError(filePath, relativePath, error), fixCount: 0, written: false }
  }
  const base = { fixCount: 0, written: false }
  const unfixed = (extra: FixFileReport['messages'] = []): FixFileReport => ({
    ...base,
    ...toFileReport(filePath, relativePath, file.text, [...encodingWarning(file), ...extra, ...fixed.initial.messages], fixed.initial),
  })
  if (file.invalidUtf8 && fixed.initial.messages.some((m) => m.fix)) {
    return unfixed([fileMessage(FIX_RULE_IDS.notFixed, 1, 'Not fixed: this file is not valid UTF-8, and writing it would replace the invalid bytes. Save it as UTF-8 first', file.invalidUtf8)])
  }
  if (fixed.fixCount === 0) return unfixed()

  const report: FixFileReport = {
    ...base,
    ...toFileReport(filePath, relativePath, fixed.output, [...encodingWarning(file), ...fixed.result.messages], fixed.result),
    output: fixed.output,
    fixCount: fixed.fixCount,
  }
  if (!options.write) {
    report.diff = createTwoFilesPatch(relativePath, relativePath, file.text, fixed.output, '', '', { context: 1 })
    return report
  }
  const problem = writeIfUnchanged(filePath, file, fixed.output)
  if (problem) return unfixed([fileMessage(problem.ruleId, problem.ruleId === FIX_RULE_IDS.writeError ? 2 : 1, problem.reason)])
  report.written = true
  return report
}

export function encode(text: string, encoding: TextEncoding): Buffer {
  if (encoding === 'utf16le') return Buffer.from(text, 'utf16le')
  if (encoding === 'utf16be') return Buffer.from(text, 'utf16le').swap16()
  return Buffer.from(text, 'utf8')
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * Writes `text` over the file, atomically: a temporary file in the same folder, fsynced, given the
 * original's mode (and owner, where allowed), then renamed over the original. A symbolic link is
 * followed, so the link stays a link. Returns why nothing was written, if so.
 */
export function writeIfUnchanged(filePath: string, original: SourceFile, text: string): { ruleId: string; reason: string } | undefined {
  // Decoding must round-trip, or the write would change more than the fixes.
  if (!encode(original.text, original.encoding).equals(original.bytes)) {
    return { ruleId: FIX_RULE_IDS.notFixed, reason: 'Not fixed: the file does not decode and encode back to the same bytes' }
  }
  const bytes = encode(text, original.encoding)
  let target: string
  let current: Buffer
  try {
    target = realpathSync(filePath)
    current = readFileSync(target)
  } catch (error) {
    return { ruleId: FIX_RULE_IDS.notFixed, reason: `Not fixed: the file changed on disk during the run (${(error as NodeJS.ErrnoException).code ?? 'gone'}); run echt again` }
  }
  if (sha256(current) !== sha256(original.bytes)) {
    return { ruleId: FIX_RULE_IDS.notFixed, reason: 'Not fixed: the file changed on disk during the run; run echt again' }
  }
  const temporary = join(dirname(target), `.${basename(target)}.echt-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  const mode = original.stats.mode & 0o7777
  let fd: number | undefined
  try {
    fd = openSync(temporary, 'wx', mode)
    writeSync(fd, bytes)
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    try {
      if (original.stats.uid !== statSync(temporary).uid || original.stats.gid !== statSync(temporary).gid) chownSync(temporary, original.stats.uid, original.stats.gid)
    } catch {
      // Only the owner or root may give a file away; the content and mode matter more.
    }
    // openSync's mode passes through the umask; set it exactly as the original had it.
    chmodSync(temporary, mode)
    renameSync(temporary, target)
    syncFolder(dirname(target))
    return undefined
  } catch (error) {
    if (fd !== undefined) closeSync(fd)
    try {
      unlinkSync(temporary)
    } catch {
      // Already renamed or never created.
    }
    return { ruleId: FIX_RULE_IDS.writeError, reason: `Could not write the fixes (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the file is unchanged` }
  }
}

/** The rename is durable only once the folder entry is on disk; not every platform allows this. */
function syncFolder(folder: string): void {
  let fd: number | undefined
  try {
    fd = openSync(folder, 'r')
    fsyncSync(fd)
  } catch {
    // Windows cannot open folders; the rename itself is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
