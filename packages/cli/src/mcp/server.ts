import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js'
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import { z } from 'zod'
import { checkText, claimsInventory, explainRule, showProfile, ToolArgumentError, type ToolContext } from './tools.js'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD').describe('the date to treat as today (evidence review dates, deadlines)')
const configPath = z.string().min(1).describe('path to an echt.config.yaml (default: found upward from the working directory, as echt check does)')

const message = z.looseObject({
  ruleId: z.string(),
  severity: z.union([z.literal(1), z.literal(2)]).describe('1 warning, 2 error'),
  message: z.string(),
  line: z.number(),
  column: z.number(),
  endLine: z.number(),
  endColumn: z.number(),
  actual: z.string().describe('the flagged words as written'),
  expected: z.array(z.string()).describe('concrete rewrites, or the evidence that would make the claim acceptable'),
  note: z.string().optional(),
  url: z.string().optional(),
})

/** The fields of one entry of `echt check -f json`, plus what the engine found about the text. */
const checkOutput = {
  filePath: z.string(),
  messages: z.array(message),
  suppressedMessages: z.array(message),
  errorCount: z.number(),
  fatalErrorCount: z.number(),
  warningCount: z.number(),
  fixableErrorCount: z.number(),
  fixableWarningCount: z.number(),
  usedDeprecatedRules: z.array(z.string()),
  language: z.enum(['en', 'nl']),
  languageSource: z.string(),
  wordCount: z.number(),
  config: z.string().nullable().describe('the config file used, or null for the recommended rules without a profile'),
}

const explainOutput = {
  id: z.string(),
  type: z.string(),
  description: z.string(),
  source: z.string().nullable(),
  defaultSeverity: z.enum(['warn', 'error']),
  recommended: z.boolean(),
  presets: z.array(z.string()),
  fixable: z.boolean(),
  url: z.string(),
  messages: z.record(z.string(), z.string()),
  schema: z.record(z.string(), z.unknown()),
  defaultOptions: z.record(z.string(), z.unknown()),
  examples: z.array(z.object({ title: z.string(), language: z.string(), input: z.string(), output: z.string() })),
}

const profileOutput = {
  config: z.string().nullable(),
  root: z.string(),
  today: z.string(),
  brand: z.looseObject({ name: z.string().nullable(), language: z.string().nullable(), mission: z.string().nullable(), vision: z.string().nullable(), values: z.array(z.unknown()), voice: z.unknown() }),
  claims: z.array(
    z.looseObject({
      id: z.string(),
      text: z.string(),
      variants: z.array(z.string()),
      evidence: z.array(z.looseObject({ source: z.string() })),
      status: z.enum(['substantiated', 'stale', 'no-evidence']),
      staleSince: z.string().optional(),
    }),
  ),
  rules: z.array(z.object({ id: z.string(), severity: z.enum(['warn', 'error']), options: z.record(z.string(), z.unknown()) })),
}

const inventoryOutput = {
  folder: z.string(),
  config: z.string().nullable(),
  claims: z.array(
    z.looseObject({
      file: z.string(),
      line: z.number(),
      column: z.number(),
      rule: z.string(),
      actual: z.string(),
      sentence: z.string(),
      status: z.enum(['unsubstantiated', 'substantiated', 'stale']),
      claimId: z.string().optional(),
      staleSince: z.string().optional(),
      basis: z.string().optional(),
    }),
  ),
  counts: z.object({ total: z.number(), substantiated: z.number(), stale: z.number(), unsubstantiated: z.number() }),
  skipped: z.array(z.object({ file: z.string(), reason: z.string() })),
}

/**
 * Runs a tool body: its result as structured content plus a short text for clients that read only
 * text; a wrong argument (or anything else that goes wrong) as a tool error, so the server lives on.
 */
async function answer<T extends Record<string, unknown>>(body: () => T | Promise<T>, summary: (result: T) => string): Promise<CallToolResult> {
  try {
    const result = await body()
    return { content: [{ type: 'text', text: summary(result) }], structuredContent: result }
  } catch (error) {
    const text = error instanceof ToolArgumentError ? error.message : `echt failed: ${(error as Error)?.message ?? String(error)}`
    return { content: [{ type: 'text', text }], isError: true }
  }
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

/** The MCP server with echt's four tools; `context` says where relative paths and config discovery start. */
export function createMcpServer(context: ToolContext, version: string): McpServer {
  const server = new McpServer({ name: 'echt', version })

  server.registerTool(
    'check_text',
    {
      title: 'Check marketing copy',
      description:
        'Lint a draft of marketing copy (Markdown or MDX) with echt against the brand profile: empty and unverifiable claims, banned practices, off-brand wording. Returns every finding with the flagged words, why, and concrete rewrites (expected).',
      inputSchema: {
        text: z.string().describe('the draft, as Markdown (or MDX with format: mdx)'),
        language: z.enum(['en', 'nl']).optional().describe('language of the text (default: the profile language, else detected)'),
        config: configPath.optional(),
        format: z.enum(['md', 'mdx']).optional().describe('how to parse the text (default md)'),
        date: isoDate.optional(),
      },
      outputSchema: checkOutput,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (args) =>
      answer(
        () => checkText(args, context),
        (result) => {
          const lines = result.messages.slice(0, 20).map((m) => `${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warning'} ${m.message} (${m.ruleId})`)
          if (result.messages.length > 20) lines.push(`... and ${result.messages.length - 20} more in structuredContent`)
          const head = result.messages.length === 0 ? 'No problems found.' : `${plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')}:`
          return [head, ...lines].join('\n')
        },
      ),
  )

  server.registerTool(
    'explain_rule',
    {
      title: 'Explain an echt rule',
      description: "What an echt rule flags and why: its description, the authority it applies, its message templates, options schema, and the flagged and not-flagged examples from its docs.",
      inputSchema: { rule: z.string().describe('rule id, e.g. claims/superlative (the ruleId of a finding)') },
      outputSchema: explainOutput,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (args) =>
      answer(
        () => explainRule(args),
        (rule) => `${rule.id} (${rule.defaultSeverity}${rule.fixable ? ', fixable' : ''}): ${rule.description}${rule.source ? `\nSource: ${rule.source}` : ''}\n${plural(rule.examples.length, 'example')}; docs: ${rule.url}`,
      ),
  )

  server.registerTool(
    'show_profile',
    {
      title: 'Show the brand profile',
      description: 'The brand profile echt checks copy against (name, mission, values, voice), the claims library with each approved claim, its evidence and whether that evidence is current, and the rules in force.',
      inputSchema: { config: configPath.optional(), date: isoDate.optional() },
      outputSchema: profileOutput,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (args) =>
      answer(
        () => showProfile(args, context),
        (profile) =>
          `${profile.config ?? 'No config file: recommended rules, no brand profile'}\n${profile.brand.name ?? 'unnamed brand'}: ${plural(profile.brand.values.length, 'value')}, ${plural(profile.claims.length, 'approved claim')} (${profile.claims.filter((c) => c.status !== 'substantiated').length} without current evidence), ${plural(profile.rules.length, 'rule')}`,
      ),
  )

  server.registerTool(
    'claims_inventory',
    {
      title: 'Claims inventory of a folder',
      description: 'Every claim found in the copy of a folder (as `echt claims`): file, line, rule, the flagged words, the sentence, and whether an approved claim substantiates it.',
      inputSchema: {
        path: z.string().min(1).optional().describe('folder or file (default: the working directory); its config is found upward from it'),
        config: configPath.optional(),
        date: isoDate.optional(),
      },
      outputSchema: inventoryOutput,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (args) =>
      answer(
        () => claimsInventory(args, context),
        (inventory) => `${plural(inventory.counts.total, 'claim')} in ${inventory.folder}: ${inventory.counts.substantiated} substantiated, ${inventory.counts.stale} with stale evidence, ${inventory.counts.unsubstantiated} unsubstantiated`,
      ),
  )

  return server
}

/** `echt mcp`: serves until the client closes stdin. Nothing but protocol goes to stdout. */
export async function runMcp(context: ToolContext, version: string): Promise<void> {
  const server = createMcpServer(context, version)
  const transport = new StdioServerTransport()
  await server.connect(transport)
  const closed = new Promise<void>((resolve) => {
    server.server.onclose = resolve
    process.stdin.once('end', resolve)
  })
  await closed
  await server.close()
}
