import * as rulesPackage from '@echt/rules'
import { compareRuleIds } from '@echt/core'
import type { FileReport, ReportedMessage } from './lint-files.js'

/**
 * A check across files (brand/inconsistent-fact: "30-day trial" on one page, "14-day trial" on
 * another). It sees only the small per-file summaries (`FileReport.result`, with the facts rules
 * extracted), never sources or trees, so it runs the same after one serial run, after workers, and
 * in `echt merge` over the summaries that shards wrote with `--facts`.
 */
export interface CrossFileCheck {
  ruleId: string
  run(files: readonly FileReport[]): { filePath: string; message: ReportedMessage }[]
}

/** The checks @echt/rules exports as `crossFileChecks`, if it exports any. */
export function registeredCrossFileChecks(): CrossFileCheck[] {
  const exported = (rulesPackage as Record<string, unknown>).crossFileChecks
  return Array.isArray(exported) ? (exported as CrossFileCheck[]) : []
}

/** Adds each check's messages to the reports they are about, keeping every file's messages in source order. */
export function applyCrossFileChecks(reports: FileReport[], checks: readonly CrossFileCheck[]): void {
  if (checks.length === 0) return
  const byPath = new Map(reports.map((report) => [report.filePath, report]))
  const touched = new Set<FileReport>()
  for (const check of checks) {
    for (const { filePath, message } of check.run(reports)) {
      const report = byPath.get(filePath)
      if (!report) continue
      report.messages.push(message)
      touched.add(report)
    }
  }
  for (const report of touched) {
    report.messages.sort((a, b) => a.line - b.line || a.column - b.column || compareRuleIds(a.ruleId, b.ruleId))
  }
}
