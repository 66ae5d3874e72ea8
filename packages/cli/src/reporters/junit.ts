import type { FileReport } from '../lint-files.js'
import { reportName } from './paths.js'

/**
 * JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure): one testsuite per
 * file, one failing testcase per message (fatal ones as <error>), one passing testcase for a clean file.
 */
export function formatJunit(reports: FileReport[], options: { cwd: string }): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>']
  let tests = 0
  let failures = 0
  let errors = 0
  const suites: string[] = []
  for (const report of reports) {
    const file = xml(reportName(options.cwd, report))
    const cases: string[] = []
    let suiteFailures = 0
    let suiteErrors = 0
    if (report.messages.length === 0) {
      cases.push(`    <testcase classname="${file}" name="echt" />`)
    }
    for (const message of report.messages) {
      const name = xml(`${message.line}:${message.column} ${message.ruleId}`)
      const kind = message.fatal ? 'error' : 'failure'
      if (message.fatal) suiteErrors++
      else suiteFailures++
      const detail = [`${message.severity === 2 ? 'error' : 'warning'} at ${reportName(options.cwd, report)}:${message.line}:${message.column}`, message.message]
      if (message.note) detail.push(`Why: ${message.note}`)
      for (const rewrite of message.expected) detail.push(`Try: ${rewrite}`)
      cases.push(
        `    <testcase classname="${file}" name="${name}">\n` +
          `      <${kind} type="${message.severity === 2 ? 'error' : 'warning'}" message="${xml(message.message)}">${xml(detail.join('\n'))}</${kind}>\n` +
          `    </testcase>`,
      )
    }
    tests += cases.length
    failures += suiteFailures
    errors += suiteErrors
    suites.push(`  <testsuite name="${file}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}">\n${cases.join('\n')}\n  </testsuite>`)
  }
  out.push(`<testsuites name="echt" tests="${tests}" failures="${failures}" errors="${errors}">`, ...suites, '</testsuites>')
  return out.join('\n') + '\n'
}

/** Escapes for both text and attribute values, and drops characters XML 1.0 cannot carry at all. */
export function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}
