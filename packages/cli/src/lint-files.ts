import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs'
import { isUtf8 } from 'node:buffer'
import { relative, sep } from 'node:path'
import { formatOf, lint, pointsIn, LANGUAGES, type Language, type LintMessage, type LintOptions, type LintResult, type Profile } from '@echt/core'
import { DocxError, readDocxParagraphs } from './docx.js'
import type { FileSettings } from './config/resolve.js'

/**
 * What the engine said about a file besides its messages (language, counts, silenced claims, and
 * whatever small per-file data later features add, such as facts for checks across files). It is
 * serialisable, so it crosses worker threads, lands in the cache and in shard output.
 */
export type FileSummary = Omit<LintResult, 'messages' | 'suppressed'>

/** A fix or suggestion with its line and column, computed while the source is at hand. */
export interface PlacedEdit {
  start: { line: number; column: number }
  end: { line: number; column: number }
  text: string
  /** The suggestion's description; absent for the message's own fix. */
  desc?: string
}

/** A message as reporters see it: the engine's message plus the positions of its edits. */
export type ReportedMessage = LintMessage & {
  edits?: PlacedEdit[]
  /** Set on a suppressed message when something outside the file suppressed it (the baseline), as in SARIF and ESLint. */
  suppressions?: { kind: 'external'; justification: string }[]
}

/**
 * One linted file. Deliberately without the source text or any syntax tree: a run over 100,000
 * files keeps only these, so memory grows with the findings, not with the copy.
 */
export interface FileReport {
  /** Absolute path. */
  filePath: string
  /** Path relative to the config root, with forward slashes (what overrides match on). */
  relativePath: string
  messages: ReportedMessage[]
  suppressedMessages: ReportedMessage[]
  result?: FileSummary
  /** A crawled page: the URL its copy came from. Every output names the page by it instead of the saved file. */
  url?: string
  /** With --fix or --fix-dry-run, when fixes changed the text: the fixed text (ESLint's `output`). */
  output?: string
}

/**
 * Default of --max-file-size. A long page of copy is 100 KB. remark's time grows with the file
 * times its number of lists and blockquotes (micromark copies all events when a container
 * closes): 1 MB of list-heavy Markdown takes about 10 s, 2 MB about a minute, 10 MB far longer.
 */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024

export interface LintFileOptions {
  root: string
  profile: Profile
  today: string
  knownRuleIds: string[]
  settingsFor(relativePath: string): FileSettings
  /** Files larger than this many bytes are skipped (0: no limit). Default DEFAULT_MAX_FILE_SIZE. */
  maxFileSize?: number
}

export function toRelative(root: string, filePath: string): string {
  return relative(root, filePath).split(sep).join('/')
}

/** Ids of the messages the CLI itself reports about a file it could not (fully) read. */
export const FILE_RULE_IDS = {
  readError: 'echt/read-error',
  binary: 'echt/binary-file',
  tooLarge: 'echt/file-too-large',
  encoding: 'echt/encoding',
  internal: 'echt/internal-error',
} as const

export function fileMessage(ruleId: string, severity: 1 | 2, message: string, place: { line: number; column: number; offset: number } = { line: 1, column: 1, offset: 0 }): LintMessage {
  const problem: LintMessage = {
    ruleId, severity, message,
    line: place.line, column: place.column, endLine: place.line, endColumn: place.column,
    offset: place.offset, endOffset: place.offset, actual: '', expected: [],
  }
  if (severity === 2) problem.fatal = true
  return problem
}

export function fileProblem(filePath: string, relativePath: string, ruleId: string, message: string): FileReport {
  return { filePath, relativePath, messages: [fileMessage(ruleId, 2, message)], suppressedMessages: [] }
}

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be'

/** A file read and decoded for linting, with what --fix needs to write it back unchanged in kind. */
export interface SourceFile {
  /** Decoded text; a byte order mark stays in it as U+FEFF (the engine's offsets count it). */
  text: string
  encoding: TextEncoding
  /** The bytes as read: --fix compares them with the disk before writing. */
  bytes: Buffer
  stats: Stats
  /** Set when the bytes are not valid UTF-8: where the first invalid byte is, in the decoded text. */
  invalidUtf8?: { line: number; column: number; offset: number }
}

export type ReadOutcome = { ok: true; file: SourceFile } | { ok: false; ruleId: string; reason: string }

/** Parses --max-file-size: bytes, or a number with KB, MB or GB (powers of 1024); 0 turns the limit off. */
export function parseSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(text)
  if (!match) return undefined
  const unit = (match[2] ?? 'b').toLowerCase()[0]!
  const factor = unit === 'g' ? 1024 ** 3 : unit === 'm' ? 1024 ** 2 : unit === 'k' ? 1024 : 1
  return Math.floor(Number(match[1]) * factor)
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`
  return `${bytes} bytes`
}

/** Read-only; a pipe opens at once instead of waiting for a writer (O_NONBLOCK does not exist on Windows). */
const OPEN_WITHOUT_WAITING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

const READ_ERRORS: Record<string, string> = {
  ELOOP: 'it is a symbolic link loop',
  ENOENT: 'it does not exist (a broken symbolic link, or deleted during the run)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
}

/**
 * Reads a file for linting, refusing what is not a Markdown text: folders, devices and pipes (reading
 * a pipe would wait forever), files over the size limit (checked before reading), binary files.
 * UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded; invalid UTF-8 is read with
 * replacement characters and marked, so positions stay right and --fix leaves the file alone.
 */
export function readSource(filePath: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): ReadOutcome {
  const cannot = (error: unknown): ReadOutcome => {
    const code = (error as NodeJS.ErrnoException).code
    const why = (code && READ_ERRORS[code]) ?? code ?? (error as Error).message
    return { ok: false, ruleId: FILE_RULE_IDS.readError, reason: `Cannot read this file: ${why}${code && READ_ERRORS[code] ? ` (${code})` : ''}; skipped` }
  }
  const refused = (stats: Stats): ReadOutcome | undefined => {
    if (stats.isDirectory()) return { ok: false, ruleId: FILE_RULE_IDS.readError, reason: 'This is a folder, not a file; skipped' }
    if (!stats.isFile()) return { ok: false, ruleId: FILE_RULE_IDS.readError, reason: 'This is not a regular file (a pipe, socket or device); skipped' }
    if (maxFileSize > 0 && stats.size > maxFileSize) {
      return { ok: false, ruleId: FILE_RULE_IDS.tooLarge, reason: tooLargeReason(stats.size, maxFileSize) }
    }
    return undefined
  }
  // Opened once, then asked what it is: looking the path up for a stat and again to read it was
  // a tenth of a run's reading over the tldr corpus. Without blocking, so opening a pipe does not
  // wait for a writer; what cannot be opened at all (a socket, a missing file) is judged by its
  // path as before.
  let fd: number
  try {
    fd = openSync(filePath, OPEN_WITHOUT_WAITING)
  } catch (openError) {
    let stats: Stats
    try {
      stats = statSync(filePath)
    } catch (error) {
      return cannot(error)
    }
    return refused(stats) ?? cannot(openError)
  }
  let stats: Stats
  let bytes: Buffer
  try {
    stats = fstatSync(fd)
    const refusal = refused(stats)
    if (refusal) return refusal
    bytes = readOpened(fd, stats.size)
  } catch (error) {
    return cannot(error)
  } finally {
    closeSync(fd)
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes), 'utf16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes), 'utf16be')
  // Git's test: a NUL byte in the first 8,000 bytes means binary. Text never holds NUL.
  if (bytes.subarray(0, 8000).includes(0)) {
    return { ok: false, ruleId: FILE_RULE_IDS.binary, reason: BINARY_REASON }
  }
  const text = bytes.toString('utf8')
  if (isUtf8(bytes)) return decoded(text, 'utf8')
  const valid = bytes.subarray(0, firstInvalidUtf8Byte(bytes)).toString('utf8')
  const lastBreak = valid.lastIndexOf('\n')
  const line = valid.split('\n').length
  return decoded(text, 'utf8', { line, column: valid.length - lastBreak, offset: valid.length })

  function decoded(text: string, encoding: TextEncoding, invalidUtf8?: SourceFile['invalidUtf8']): ReadOutcome {
    const file: SourceFile = { text, encoding, bytes, stats }
    if (invalidUtf8) file.invalidUtf8 = invalidUtf8
    return { ok: true, file }
  }
}

/**
 * The bytes of an open file whose size is known: what readFileSync(fd) reads (up to the size,
 * less if the file shrank), without asking the file's size a second time. A file that says it is
 * empty (a /proc file) is read to its end.
 */
function readOpened(fd: number, size: number): Buffer {
  if (size === 0) return readFileSync(fd)
  const bytes = Buffer.allocUnsafe(size)
  let read = 0
  while (read < size) {
    const count = readSync(fd, bytes, read, size - read, null)
    if (count === 0) break
    read += count
  }
  return read < size ? bytes.subarray(0, read) : bytes
}

/** Index of the first byte that does not continue a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    let need: number
    let min = 0x80
    let max = 0xbf
    if (b < 0x80) { i++; continue }
    if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      if (b === 0xe0) min = 0xa0
      if (b === 0xed) max = 0x9f // no UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      if (b === 0xf0) min = 0x90
      if (b === 0xf4) max = 0x8f
    } else return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || c < (k === 1 ? min : 0x80) || c > (k === 1 ? max : 0xbf)) return i
    }
    i += need + 1
  }
  return bytes.length
}

/**
 * Engine options for one file: its rules, format and language from the config. A content or
 * translation file takes its language from its `sources` entry, else from its name
 * (`nl.json`, `home.nl.yaml`, `messages/nl/common.json`), else the brand's.
 */
export function lintOptionsFor(filePath: string, relativePath: string, options: LintFileOptions): LintOptions {
  const settings = options.settingsFor(relativePath)
  const format = formatOf(filePath)
  let language = settings.language
  if (format === 'json' || format === 'yaml') {
    const named = languageFromPath(relativePath)
    language = settings.source?.language ?? (named && isSupported(named) ? named : undefined) ?? language
  }
  const profile = language ? { ...options.profile, language } : options.profile
  const lintOptions: LintOptions = { filePath, profile, rules: settings.rules, knownRuleIds: options.knownRuleIds, today: options.today }
  if (settings.source) lintOptions.messageKeys = { include: settings.source.include ?? [], exclude: settings.source.exclude ?? [] }
  if (settings.frontMatterFields) lintOptions.frontMatterFields = settings.frontMatterFields
  return lintOptions
}

/** Language codes (ISO 639-1) that name a translation file or folder; other short names (`ui`, `js`) do not. */
const LANGUAGE_CODES = new Set(
  'af ar bg ca cs cy da de el en es et eu fa fi fr fy ga gl he hi hr hu id is it ja ko lt lv ms nb nl nn no pl pt ro ru sk sl sr sv th tr uk vi zh'.split(' '),
)

function languageCode(part: string): string | undefined {
  const match = /^([a-z]{2})(?:[-_][A-Za-z]{2,4})?$/.exec(part)
  return match && LANGUAGE_CODES.has(match[1]!) ? match[1] : undefined
}

/** The language a translation file's path names: `nl.json`, `home.nl-NL.yaml`, `messages/nl/common.json`, `locales/en_GB/x.json`. */
export function languageFromPath(relativePath: string): string | undefined {
  const parts = relativePath.split('/')
  const nameParts = parts.pop()!.split('.').slice(0, -1)
  const fromName = nameParts.length > 0 ? languageCode(nameParts[nameParts.length - 1]!) : undefined
  if (fromName) return fromName
  for (let i = parts.length - 1; i >= 0; i--) {
    const fromFolder = languageCode(parts[i]!)
    if (fromFolder) return fromFolder
  }
  return undefined
}

function isSupported(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code)
}

/** A translation file in a language echt does not lint (de.json): one warning, not English findings on German copy. */
function unsupportedLanguage(filePath: string, relativePath: string, options: LintFileOptions): LintMessage | undefined {
  const format = formatOf(filePath)
  if (format !== 'json' && format !== 'yaml') return undefined
  const settings = options.settingsFor(relativePath)
  if (settings.source?.language) return undefined
  const named = languageFromPath(relativePath)
  if (!named || isSupported(named)) return undefined
  return fileMessage('echt/language', 1, `This file's name says its language is "${named}", which echt does not lint (it knows ${LANGUAGES.join(', ')}); skipped. Set \`language\` on its \`sources\` entry to lint it anyway`)
}

export function isWordDocument(filePath: string): boolean {
  return /\.docx$/i.test(filePath)
}

/** A file linted, with the text the engine read (for a Word document, its paragraphs). */
export type LintedSource = { ok: true; source: string; result: LintResult } | { ok: false; report: FileReport }

/**
 * Reads and lints a Word document: its paragraphs, one per line, so a message's line is its
 * paragraph's number; each message carries its paragraph's text (`data.paragraph`) and no fix
 * (--fix never writes a Word document). Asynchronous (a .docx is a zip), so it runs on the main
 * thread, never in a worker.
 */
export async function lintWordDocument(filePath: string, options: LintFileOptions): Promise<LintedSource> {
  const relativePath = toRelative(options.root, filePath)
  const problem = (ruleId: string, reason: string): LintedSource => ({ ok: false, report: fileProblem(filePath, relativePath, ruleId, reason) })
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE
  let bytes: Buffer
  try {
    const stats = statSync(filePath)
    if (!stats.isFile()) return problem(FILE_RULE_IDS.readError, 'This is not a regular file; skipped')
    // A .docx is compressed and carries images: its text is a small part of its size.
    if (limit > 0 && stats.size > 20 * limit) {
      return problem(FILE_RULE_IDS.tooLarge, `This Word document is ${formatSize(stats.size)}, over 20 times the --max-file-size limit of ${formatSize(limit)}; skipped`)
    }
    bytes = readFileSync(filePath)
  } catch (error) {
    return problem(FILE_RULE_IDS.readError, `Cannot read this file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; skipped`)
  }
  try {
    const document = await readDocxParagraphs(bytes)
    const result = lint(document.text, { ...lintOptionsFor(filePath, relativePath, options), format: 'paragraphs', paragraphStyles: document.styles })
    const lines = document.text.split('\n')
    for (const message of [...result.messages, ...result.suppressed]) {
      message.data = { ...message.data, paragraph: lines[message.line - 1] ?? '' }
      delete message.fix
    }
    return { ok: true, source: document.text, result }
  } catch (error) {
    if (error instanceof DocxError) return problem(FILE_RULE_IDS.readError, error.message)
    return { ok: false, report: internalError(filePath, relativePath, error) }
  }
}

/** Reads and lints any file echt reads, keeping the text it read (the claims inventory quotes it). */
export async function lintSourceOf(filePath: string, options: LintFileOptions): Promise<LintedSource> {
  if (isWordDocument(filePath)) return lintWordDocument(filePath, options)
  const relativePath = toRelative(options.root, filePath)
  const read = readSource(filePath, options.maxFileSize)
  if (!read.ok) return { ok: false, report: fileProblem(filePath, relativePath, read.ruleId, read.reason) }
  const skipped = unsupportedLanguage(filePath, relativePath, options)
  if (skipped) return { ok: false, report: { filePath, relativePath, messages: [skipped], suppressedMessages: [] } }
  try {
    return { ok: true, source: read.file.text, result: lint(read.file.text, lintOptionsFor(filePath, relativePath, options)) }
  } catch (error) {
    return { ok: false, report: internalError(filePath, relativePath, error) }
  }
}

/** Lints any file echt reads: a Word document asynchronously, every other file as text. */
export async function lintAnyFile(filePath: string, options: LintFileOptions): Promise<FileReport> {
  if (!isWordDocument(filePath)) return lintFile(filePath, options)
  const linted = await lintWordDocument(filePath, options)
  if (!linted.ok) return linted.report
  return toFileReport(filePath, toRelative(options.root, filePath), linted.source, linted.result.messages, linted.result)
}

/** The warning a file with invalid UTF-8 gets; its other findings follow. */
export function encodingWarning(file: SourceFile): LintMessage[] {
  if (!file.invalidUtf8) return []
  const { line, column } = file.invalidUtf8
  return [
    fileMessage(
      FILE_RULE_IDS.encoding,
      1,
      `This file is not valid UTF-8 (first invalid byte at ${line}:${column}); it was linted with U+FFFD in place of the invalid bytes. Save it as UTF-8`,
      file.invalidUtf8,
    ),
  ]
}

/** A crash inside the engine on one file becomes one fatal message, and the run goes on. */
export function internalError(filePath: string, relativePath: string, error: unknown): FileReport {
  const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return fileProblem(filePath, relativePath, FILE_RULE_IDS.internal, `echt failed on this file (${why}); skipped. Please report it with the file`)
}

/** Reads and lints one file; unreadable, oversized or binary files become one fatal message, never a crash. */
export function lintFile(filePath: string, options: LintFileOptions): FileReport {
  const relativePath = toRelative(options.root, filePath)
  const read = readSource(filePath, options.maxFileSize)
  if (!read.ok) return fileProblem(filePath, relativePath, read.ruleId, read.reason)
  return lintSource(filePath, read.file.text, options, encodingWarning(read.file))
}

/**
 * Lints text already in memory (a file just read, or an editor's unsaved buffer) as the file at
 * `filePath`: its settings come from the config as for that path. `before` are the CLI's own
 * messages about the file (an encoding warning), listed ahead of the engine's.
 */
export function lintSource(filePath: string, source: string, options: LintFileOptions, before: LintMessage[] = []): FileReport {
  const relativePath = toRelative(options.root, filePath)
  const skipped = unsupportedLanguage(filePath, relativePath, options)
  if (skipped) return { filePath, relativePath, messages: [skipped], suppressedMessages: [] }
  let result: LintResult
  try {
    result = lint(source, lintOptionsFor(filePath, relativePath, options))
  } catch (error) {
    return internalError(filePath, relativePath, error)
  }
  return toFileReport(filePath, relativePath, source, [...before, ...result.messages], result)
}

/**
 * Why text held in memory (an editor's buffer) is not linted, as readSource refuses the same on
 * disk: over the size limit, or binary (a NUL in its first 8,000 characters). Undefined: lint it.
 */
export function refuseText(text: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): { ruleId: string; reason: string } | undefined {
  const size = Buffer.byteLength(text, 'utf8')
  if (maxFileSize > 0 && size > maxFileSize) return { ruleId: FILE_RULE_IDS.tooLarge, reason: tooLargeReason(size, maxFileSize) }
  if (text.slice(0, 8000).includes('\0')) return { ruleId: FILE_RULE_IDS.binary, reason: BINARY_REASON }
  return undefined
}

const BINARY_REASON = 'This file looks binary (it contains NUL bytes), not Markdown; skipped'
function tooLargeReason(size: number, maxFileSize: number): string {
  return `This file is ${formatSize(size)}, over the --max-file-size limit of ${formatSize(maxFileSize)}; skipped (raise the limit to lint it)`
}

/** The report kept for a file: messages with placed edits and the summary, never the source. */
export function toFileReport(filePath: string, relativePath: string, source: string, messages: LintMessage[], result: LintResult): FileReport {
  const { messages: _messages, suppressed, ...summary } = result
  return { filePath, relativePath, messages: placeEdits(source, messages), suppressedMessages: placeEdits(source, suppressed), result: summary }
}

/** Adds line/column positions to fixes and suggestions (SARIF and reviewdog need them; offsets alone are not enough). */
function placeEdits(source: string, messages: LintMessage[]): ReportedMessage[] {
  if (!messages.some((m) => m.fix || m.suggestions?.length)) return messages
  const point = pointsIn(source)
  return messages.map((message) => {
    const edits: PlacedEdit[] = []
    if (message.fix) edits.push({ start: point(message.fix.range[0]), end: point(message.fix.range[1]), text: message.fix.text })
    for (const suggestion of message.suggestions ?? []) {
      edits.push({ start: point(suggestion.fix.range[0]), end: point(suggestion.fix.range[1]), text: suggestion.fix.text, desc: suggestion.desc })
    }
    return edits.length > 0 ? { ...message, edits } : message
  })
}

export function countSeverities(messages: LintMessage[]) {
  let errorCount = 0
  let warningCount = 0
  let fatalErrorCount = 0
  let fixableErrorCount = 0
  let fixableWarningCount = 0
  for (const message of messages) {
    if (message.severity === 2) {
      errorCount++
      if (message.fatal) fatalErrorCount++
      if (message.fix) fixableErrorCount++
    } else {
      warningCount++
      if (message.fix) fixableWarningCount++
    }
  }
  return { errorCount, fatalErrorCount, warningCount, fixableErrorCount, fixableWarningCount }
}
