import type { Hover, Position } from 'vscode-languageserver/node'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { Profile, SilencedFinding } from '@echt/core'
import type { FileReport, ReportedMessage } from '../lint-files.js'
import { messagesAt } from './diagnostics.js'

interface ClaimData {
  id: string
  status: string
  staleSince?: string
}

/** The claims library entry of a claim id, as lines: its evidence, each with source, link and review date. */
function claimLines(profile: Profile, claimId: string): string[] {
  const claim = profile.claims.find((c) => c.id === claimId)
  if (!claim) return []
  if (claim.evidence.length === 0) return ['- evidence: none listed in the claims library']
  return claim.evidence.map((e) => `- evidence: ${e.source}${e.uri ? ` (${e.uri})` : ''}${e.reviewBy ? `, review by ${e.reviewBy}` : ''}`)
}

function describeMessage(message: ReportedMessage, profile: Profile): string {
  const title = message.url ? `[${message.ruleId}](${message.url})` : message.ruleId
  const lines = [`**echt** ${title}: ${message.message}`]
  if (message.note) lines.push('', `Why: ${message.note}`)
  if (message.expected.length > 0) lines.push('', 'Try:', ...message.expected.map((e) => `- ${e}`))
  const claim = message.data?.claim as ClaimData | undefined
  if (claim) {
    const status = claim.status === 'stale' ? `stale since ${claim.staleSince}` : claim.status === 'no-evidence' ? 'no evidence listed' : claim.status
    lines.push('', `Claims library: approved claim \`${claim.id}\`, ${status}`, ...claimLines(profile, claim.id))
  }
  return lines.join('\n')
}

function describeSilenced(finding: SilencedFinding, profile: Profile): string {
  const head = `**echt**: a substantiated claim (${finding.ruleId} is silenced)`
  if (!finding.claimId) return [head, '', `On the page: ${finding.basis ?? ''}`].join('\n')
  return [head, '', `Claims library: approved claim \`${finding.claimId}\``, ...claimLines(profile, finding.claimId)].join('\n')
}

/** Hover at a position: every finding there, and every claim the claims library substantiates there. */
export function hoverAt(document: TextDocument, report: FileReport, profile: Profile, position: Position): Hover | null {
  const offset = document.offsetAt(position)
  const parts = messagesAt(report.messages, offset, offset).map((m) => describeMessage(m, profile))
  for (const finding of report.result?.silenced ?? []) {
    const start = document.offsetAt({ line: finding.line - 1, character: finding.column - 1 })
    if (offset >= start && offset <= start + finding.actual.length) parts.push(describeSilenced(finding, profile))
  }
  if (parts.length === 0) return null
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') } }
}
