import type { CodeLens } from 'vscode-languageserver/node'
import type { FileReport } from '../lint-files.js'

/** The custom notification with a page's message-alignment score (brand/off-message), after each lint. */
export const SCORE_NOTIFICATION = 'echt/score'

export interface ScoreParams {
  uri: string
  version: number
  /** 0-100, or null when the profile has no values, mission or vision to align with. */
  score: number | null
  /** False when the page is shorter than brand/off-message's minWords: scored, but never reported. */
  judged: boolean
  /** The profile's values the page echoes, and the ones it never does. */
  echoed: string[]
  missing: string[]
}

interface Alignment {
  score?: number
  judged?: boolean
  values?: { name: string; echoed: boolean }[]
}

/** The page's alignment as brand/off-message measured it (its ruleData), whether it reported or not. */
export function scoreOf(uri: string, version: number, report: FileReport): ScoreParams {
  const alignment = report.result?.ruleData?.['brand/off-message'] as Alignment | undefined
  const values = alignment?.values ?? []
  return {
    uri,
    version,
    score: typeof alignment?.score === 'number' ? alignment.score : null,
    judged: alignment?.judged === true,
    echoed: values.filter((v) => v.echoed).map((v) => v.name),
    missing: values.filter((v) => !v.echoed).map((v) => v.name),
  }
}

/** A code lens on line 1 with the score, for clients without the custom notification. */
export function scoreLens(score: ScoreParams): CodeLens[] {
  if (score.score === null) return []
  const echoes = score.echoed.length > 0 ? `echoes ${score.echoed.join(', ')}` : 'echoes none of your values'
  return [
    {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      command: { title: `echt: message alignment ${score.score}/100 (${echoes}${score.judged ? '' : '; too short to judge'})`, command: '' },
    },
  ]
}
