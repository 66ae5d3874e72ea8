import type { Language, LintMessage, LintResult, Rule, Sentence } from '@echt/core'
import { extractProse, flavourOf, parseMarkdown } from '@echt/core'

/**
 * The claims inventory a legal reviewer asks for: every claim echt found, substantiated or not.
 * Pure: the CLI lints the files and passes the results in; this builds, sorts and serialises the
 * rows. `echt claims` only has to wire it to a command and the terminal table.
 */

/**
 * `banned`: an error-level finding (a blacklisted form: it must go, evidence does not save it);
 * `unsubstantiated`: it needs evidence; `substantiated` and `stale`: the claims library's word.
 */
export type ClaimInventoryStatus = 'banned' | 'unsubstantiated' | 'substantiated' | 'stale'

export interface ClaimInventoryRow {
  file: string
  line: number
  column: number
  rule: string
  /** claims, green, pressure, trust or health: what sort of evidence the claim needs. */
  family: string
  /** The flagged words as written. */
  actual: string
  /** The whole sentence the claim stands in. */
  sentence: string
  status: ClaimInventoryStatus
  /** The approved claim that substantiates it, or whose evidence went stale. */
  claimId?: string
  /** For `substantiated` without a claimId: what on the page substantiates it (an offer's stated conditions). */
  basis?: string
  /** For `stale`: the last `reviewBy` date of the claim's evidence. */
  staleSince?: string
  /**
   * For a claim that still needs evidence: the basis its own sentence names ("volgens OK compost
   * HOME (TÜV Austria)", "according to the 2024 Which? survey"). Naming a basis is not evidence in
   * the claims library, but it tells the reviewer where to look.
   */
  cites?: string
}

export interface LintedFile {
  filePath: string
  /** The file's text, to recover the sentence of each finding from the syntax tree. */
  source: string
  result: LintResult
}

/**
 * Rows from lint results: every finding of a claim rule (`meta.type === 'claim'`) in
 * `messages` is unsubstantiated, or stale when its approved claim's evidence expired
 * (`message.data.claim`); every finding an approved claim silenced (`silenced`) is substantiated.
 * Findings that inline directives suppressed are left out (someone decided on them, with a
 * reason in the comment), and so are the engine's own messages.
 */
export function buildClaimInventory(files: readonly LintedFile[], ruleRegistry: Record<string, Rule<any>>): ClaimInventoryRow[] {
  const isClaimRule = (id: string) => ruleRegistry[id]?.meta.type === 'claim'
  const rows: ClaimInventoryRow[] = []
  for (const { filePath, source, result } of files) {
    const claims = result.messages.filter((m) => isClaimRule(m.ruleId))
    const sentenceAt = claims.length > 0 ? sentenceFinder(source, filePath, result.language) : () => undefined
    for (const message of claims) {
      const claim = claimOf(message)
      const row: ClaimInventoryRow = {
        file: filePath,
        line: message.line,
        column: message.column,
        rule: message.ruleId,
        family: familyOf(message.ruleId, message.data),
        actual: message.actual,
        sentence: sentenceAt(message.offset)?.text ?? message.actual,
        status: claim?.status === 'stale' ? 'stale' : message.severity === 2 ? 'banned' : 'unsubstantiated',
      }
      if (claim) row.claimId = claim.id
      if (claim?.status === 'stale' && claim.staleSince) row.staleSince = claim.staleSince
      const cites = row.status === 'substantiated' ? undefined : citedBasis(row.sentence, row.actual)
      if (cites) row.cites = cites
      rows.push(row)
    }
    for (const found of result.silenced) {
      if (!isClaimRule(found.ruleId)) continue
      rows.push({
        file: filePath,
        line: found.line,
        column: found.column,
        rule: found.ruleId,
        family: found.family ?? familyOf(found.ruleId, undefined),
        actual: found.actual,
        sentence: found.sentence,
        status: 'substantiated',
        ...(found.claimId ? { claimId: found.claimId } : {}),
        ...(found.basis ? { basis: found.basis } : {}),
      })
    }
  }
  return rows.sort(
    (a, b) => compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.rule, b.rule),
  )
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Words that introduce the basis of a claim, and the basis itself up to the end of its clause. A
 * phrase that is the flagged claim itself ("certified by the Soil Association" flagged as social
 * proof) names no further basis.
 */
const BASIS = /\b(according to|as (?:measured|tested|certified|verified|audited) by|(?:certified|tested|verified|audited|measured|confirmed|validated) by|source:|sources:|volgens|(?:gecertificeerd|getest|geverifieerd|gecontroleerd|gemeten|bevestigd|gevalideerd) door|bron:|bronnen:)\s+([^.;!?\n]{2,100}?)\s*(?=[.;!?\n]|,\s|$)/iu

export function citedBasis(sentence: string, actual: string): string | undefined {
  const match = BASIS.exec(sentence)
  if (!match) return undefined
  const cited = match[0].trim()
  const flagged = actual.toLowerCase()
  if (cited.toLowerCase().includes(flagged) || flagged.includes(cited.toLowerCase())) return undefined
  return cited
}

/** The claim finder names the family of what it found; every other claim rule is its group. */
function familyOf(ruleId: string, data: Record<string, unknown> | undefined): string {
  return typeof data?.family === 'string' ? data.family : ruleId.split('/')[0]!
}

function claimOf(message: LintMessage): { id: string; status: string; staleSince?: string } | undefined {
  const claim = message.data?.claim as { id?: unknown; status?: unknown; staleSince?: unknown } | undefined
  if (!claim || typeof claim.id !== 'string' || typeof claim.status !== 'string') return undefined
  return { id: claim.id, status: claim.status, ...(typeof claim.staleSince === 'string' ? { staleSince: claim.staleSince } : {}) }
}

/** The sentence at a source offset, from the same prose extraction the engine linted. */
function sentenceFinder(source: string, filePath: string, language: Language): (offset: number) => Sentence | undefined {
  let sentences: Sentence[]
  try {
    sentences = extractProse(parseMarkdown(source, flavourOf(filePath)).tree, source, language).sentences
  } catch {
    // The engine reported the parse error already; rows then show the flagged words alone.
    sentences = []
  }
  return (offset) => sentences.find((s) => s.start <= offset && offset < s.end)
}

export const CLAIM_INVENTORY_COLUMNS = ['file', 'line', 'column', 'rule', 'family', 'status', 'claimId', 'staleSince', 'actual', 'sentence', 'basis', 'cites'] as const

/**
 * RFC 4180 CSV with a header row and CRLF line ends. Cells that a spreadsheet would run as a
 * formula (starting with = + - @, tab or CR) get a leading apostrophe, since copy is untrusted
 * text and the file is meant to be opened in Excel.
 */
export function claimInventoryToCsv(rows: readonly ClaimInventoryRow[]): string {
  const lines = [CLAIM_INVENTORY_COLUMNS.join(',')]
  for (const row of rows) lines.push(CLAIM_INVENTORY_COLUMNS.map((column) => csvCell(row[column])).join(','))
  return `${lines.join('\r\n')}\r\n`
}

function csvCell(value: string | number | undefined): string {
  if (value === undefined) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The rows as a JSON array, keys in column order, absent claim fields left out. */
export function claimInventoryToJson(rows: readonly ClaimInventoryRow[]): string {
  const ordered = rows.map((row) => {
    const out: Record<string, string | number> = {}
    for (const column of CLAIM_INVENTORY_COLUMNS) if (row[column] !== undefined) out[column] = row[column]!
    return out
  })
  return `${JSON.stringify(ordered, null, 2)}\n`
}
