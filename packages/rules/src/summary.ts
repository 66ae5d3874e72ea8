import type { LintMessage } from '@echt/core'

/**
 * The site-level summary `echt check` prints after the per-file findings: how many pages, each
 * page's message-alignment score (brand/off-message), and the brand values no page ever echoes.
 * Pure: built from per-file results, so it works the same after workers, shards or `echt merge`.
 */

export const ALIGNMENT_RULE_ID = 'brand/off-message'

/** What the summary needs from one file's lint result (a LintResult or its JSON form). */
export interface SummaryInput {
  filePath: string
  messages?: readonly Pick<LintMessage, 'ruleId' | 'data'>[]
  ruleData?: Record<string, Record<string, unknown> | undefined>
}

export interface PageScore {
  filePath: string
  score: number
  /** The page was long enough to be judged against `minScore`. */
  judged: boolean
  /** Values the page echoes, with the words that carried each. */
  echoed: { name: string; words: string[] }[]
  /** Values the page never mentions. */
  missing: string[]
}

export interface SiteSummary {
  /** Files linted. */
  pages: number
  /** Pages with an alignment score, sorted by score (lowest first), then path. */
  scores: PageScore[]
  /** Mean score over the scored pages, rounded; null when no page has a score. */
  averageScore: number | null
  /** Values declared in the profile that no page echoes, in profile order. */
  valuesNeverEchoed: string[]
  /** For each value, how many pages echo it, in profile order. */
  valueCoverage: { name: string; pages: number }[]
}

interface AlignmentData {
  score: number
  judged?: boolean
  values: { name: string; echoed: boolean; words: string[] }[]
}

function alignmentOf(input: SummaryInput): AlignmentData | undefined {
  const published = input.ruleData?.[ALIGNMENT_RULE_ID]
  const fromMessage = input.messages?.find((m) => m.ruleId === ALIGNMENT_RULE_ID)?.data
  const data = (published ?? fromMessage) as Partial<AlignmentData> | undefined
  if (!data || typeof data.score !== 'number' || !Array.isArray(data.values)) return undefined
  return data as AlignmentData
}

export function buildSiteSummary(results: readonly SummaryInput[]): SiteSummary {
  const scores: PageScore[] = []
  const coverage = new Map<string, number>()
  for (const input of results) {
    const alignment = alignmentOf(input)
    if (!alignment) continue
    for (const value of alignment.values) coverage.set(value.name, (coverage.get(value.name) ?? 0) + (value.echoed ? 1 : 0))
    scores.push({
      filePath: input.filePath,
      score: alignment.score,
      judged: alignment.judged !== false,
      echoed: alignment.values.filter((v) => v.echoed).map((v) => ({ name: v.name, words: [...v.words] })),
      missing: alignment.values.filter((v) => !v.echoed).map((v) => v.name),
    })
  }
  scores.sort((a, b) => a.score - b.score || (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0))
  const valueCoverage = [...coverage.entries()].map(([name, pages]) => ({ name, pages }))
  return {
    pages: results.length,
    scores,
    averageScore: scores.length ? Math.round(scores.reduce((sum, s) => sum + s.score, 0) / scores.length) : null,
    valuesNeverEchoed: valueCoverage.filter((v) => v.pages === 0).map((v) => v.name),
    valueCoverage,
  }
}
