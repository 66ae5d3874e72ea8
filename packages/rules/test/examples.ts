import { readFileSync, writeFileSync } from 'node:fs'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import type { Code, Root } from 'mdast'
import { parse as parseYaml } from 'yaml'
import { lint, profileFromConfig, type Rule, type LintMessage } from '@echt/core'

/**
 * A rule's README holds its examples: a ```markdown example``` block (meta: lang=en|nl, and
 * optionally today=YYYY-MM-DD, file=name.mdx, options={json}), optionally preceded by a
 * ```yaml profile``` block, and followed by a ```text output``` block with the exact expected
 * messages of that rule, one per line as `line:column-endLine:endColumn message`.
 */
export interface DocExample {
  title: string
  line: number
  lang: string
  input: string
  expected: string
  today: string
  file: string
  options: Record<string, unknown>
  profile?: Record<string, any>
  /** Lines of the output block's fences (1-based), to rewrite it with UPDATE_DOCS=1. */
  output: { start: number; end: number }
}

export function readExamples(readmePath: string): DocExample[] {
  const tree = unified().use(remarkParse).parse(readFileSync(readmePath, 'utf8')) as Root
  const examples: DocExample[] = []
  let heading = ''
  let profile: Record<string, any> | undefined
  let pending: DocExample | undefined
  for (const node of tree.children) {
    if (node.type === 'heading') heading = node.children.map((c) => ('value' in c ? c.value : '')).join('')
    if (node.type !== 'code') continue
    const code = node as Code
    if (code.lang === 'yaml' && code.meta?.trim() === 'profile') {
      profile = parseYaml(code.value)
    } else if (code.lang === 'markdown' && code.meta?.startsWith('example')) {
      if (pending) throw new Error(`${readmePath}:${pending.line}: example has no \`\`\`text output block`)
      const meta = parseMeta(code.meta.slice('example'.length))
      pending = {
        title: heading,
        line: code.position!.start.line,
        lang: meta.lang ?? '',
        input: code.value + '\n',
        expected: '',
        today: meta.today ?? '2026-11-23',
        file: meta.file ?? 'example.md',
        options: meta.options ? JSON.parse(meta.options) : {},
        output: { start: 0, end: 0 },
        ...(profile ? { profile } : {}),
      }
      profile = undefined
    } else if (code.lang === 'text' && code.meta?.trim() === 'output') {
      if (!pending) throw new Error(`${readmePath}:${code.position!.start.line}: output block without an example`)
      pending.expected = code.value.trim()
      pending.output = { start: code.position!.start.line, end: code.position!.end.line }
      examples.push(pending)
      pending = undefined
    }
  }
  if (pending) throw new Error(`${readmePath}:${pending.line}: example has no \`\`\`text output block`)
  return examples
}

function parseMeta(meta: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const match of meta.matchAll(/(\w+)=(\{.*\}|\S+)/g)) out[match[1]!] = match[2]!
  return out
}

export function formatMessages(messages: LintMessage[]): string {
  return messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.message}`).join('\n')
}

export function runExample(rule: Rule<any>, example: DocExample, allRules: Record<string, Rule<any>>) {
  const profile = example.profile ? profileFromConfig(example.profile.brand, example.profile.claims) : undefined
  if (profile && example.profile?.brand?.language === undefined) delete profile.language
  const result = lint(example.input, {
    filePath: example.file,
    rules: [{ rule, severity: rule.meta.defaultSeverity === 'error' ? 2 : 1, options: { ...rule.meta.defaultOptions, ...example.options } }],
    knownRuleIds: Object.keys(allRules),
    today: example.today,
    ...(profile ? { profile: { ...profile, language: example.lang as 'en' | 'nl' } } : { profile: { values: [], voice: { prefer: {}, avoid: [], names: [] }, claims: [], language: example.lang as 'en' | 'nl' } }),
  })
  return { result, own: result.messages.filter((m) => m.ruleId === rule.meta.id) }
}

/** Rewrites the output block of a README's example number `index` (an intended change of messages). */
export function updateExampleOutput(readmePath: string, index: number, output: string): void {
  const example = readExamples(readmePath)[index]!
  const lines = readFileSync(readmePath, 'utf8').split('\n')
  lines.splice(example.output.start, example.output.end - example.output.start - 1, ...(output ? output.split('\n') : []))
  writeFileSync(readmePath, lines.join('\n'))
}
