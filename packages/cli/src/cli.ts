import { Command, Option, CommanderError } from 'commander'
import { createRequire } from 'node:module'
import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { distance } from 'fastest-levenshtein'
import { UsageError } from './errors.js'
import { DEFAULT_CRAWL_SETTINGS } from './crawl/settings.js'
import { startLintWorkerEarly } from './early-worker.js'

const { version } = createRequire(import.meta.url)('../package.json') as { version: string }

export interface Io {
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: Record<string, string | undefined>
  isTTY: boolean
}

/** The options of a website crawl, shared by check and report (defaults in crawl/crawl.ts). */
function addCrawlOptions(command: Command): void {
  const crawl = DEFAULT_CRAWL_SETTINGS
  command
    .option('--save-pages <dir>', 'website: keep the fetched pages and echt-crawl.json in this new folder (re-lint it later with echt check <dir>)')
    .option('--max-pages <n>', `website: fetch at most this many pages (default ${crawl.maxPages})`)
    .option('--max-depth <n>', `website: follow links at most this many hops from the start page (default ${crawl.maxDepth})`)
    .option('--concurrency <n>', `website: requests at once (default ${crawl.concurrency})`)
    .option('--delay <ms>', `website: at least this long between requests; a robots.txt Crawl-delay is honoured up to ${crawl.maxCrawlDelayMs / 1000} s (default ${crawl.delayMs})`)
    .option('--timeout <ms>', `website: give up on a page after this long, body included (default ${crawl.timeoutMs})`)
    .option('--max-page-size <size>', `website: stop reading a page at this size and skip it (default ${crawl.maxPageBytes / (1024 * 1024)}MB)`)
    .option('--max-redirects <n>', `website: follow at most this many redirects per page (default ${crawl.maxRedirects})`)
}

/** Runs the CLI and returns the exit code: 0 clean, 1 findings over the limit, 2 usage or config error. */
export async function main(argv: string[], io: Io): Promise<number> {
  let exitCode = 0
  const program = new Command('echt')
    .description('Message-consistency linter for marketing copy: empty and unverifiable claims, judged against your brand profile (English and Dutch).')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run echt --help for usage)')

  const check = program
    .command('check', { isDefault: true })
    .description('lint Markdown, HTML and Word files and content sources (default: the current folder), a website (http(s) URL) or a saved crawl')
    .argument('[paths...]', 'files, folders or globs (.md, .mdx, .markdown, .html, .htm, .docx; JSON and YAML through `sources`), one website URL, or a folder written by --save-pages')
    .addOption(new Option('-f, --format <format>', 'output format: stylish, json, sarif, github, junit, rdjsonl').default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('-q, --quiet', 'report errors only')
    .option('-c, --config <file>', 'use this config file instead of finding echt.config.yaml upward')
    .option('--date <YYYY-MM-DD>', 'the date to treat as today (evidence review dates, deadlines)')
    .option('--no-color', 'plain output (also with NO_COLOR set)')
    .option('--no-explain', 'stylish: one line per finding, without why and try')
    .option('--changed-since <ref>', 'report only on files added, modified or renamed since this git ref (and untracked ones); the other pages still count in checks across files')
    .option('--changed-lines', 'with --changed-since: report only findings on lines the diff added or changed (pull-request annotations)')
    .option('--baseline <file>', 'absorb the findings recorded in this baseline (default: echt-baseline.json in the config folder, when it exists)')
    .option('--baseline-write', 'record every current finding in the baseline (counts per file and rule), so only new ones fail')
    .option('--baseline-prune', 'remove baseline entries that no longer occur')
    .option('--cache', 'skip files whose content and settings are unchanged since the last run')
    .option('--cache-location <path>', 'the cache file (default: .echtcache in the config folder)')
    .option('-j, --jobs <n>', 'worker threads (default: one per 2 MB of Markdown, one core left free; 1: no workers)')
    .option('--file-timeout <ms>', 'report a file that takes longer as skipped and go on (with workers, and for files over 128 KB)', '30000')
    .option('--file-memory <MB>', 'report a file that needs more memory as skipped and go on (same files as --file-timeout)', '2048')
    .option('--shard <i/n>', 'lint only the i-th of n deterministic parts of the files (CI matrix; join with echt merge)')
    .option('--facts', 'json: add per-file facts (language, counts, silenced claims, facts) for echt merge')
    .option('--summary', 'json: output { results, summary } with the site summary (alignment per page, values never echoed)')
    .option('--fix', 'rewrite fixable findings in the files (atomically; nothing else is ever written)')
    .option('--fix-dry-run', 'show the fixes as a diff (json: `output`) without writing')
    .option('--max-file-size <size>', 'skip files larger than this (e.g. 2MB, 512KB; 0: no limit)', '1MB')
    .option('--locale <locale>', "the language of echt's own words: en or nl (default: the profile's language)")
  addCrawlOptions(check)
  check.action(async (paths: string[], options) => {
    // A file that is linted in a worker thread: the worker starts loading now, alongside the engine here.
    const started = startLintWorkerEarly(paths, options, io.cwd)
    try {
      const { runCheck } = await import('./commands/check.js')
      const color = options.color !== false && !io.env.NO_COLOR && io.isTTY
      exitCode = await runCheck(paths, { ...options, color, started }, io)
    } finally {
      started?.stop()
    }
  })

  const report = program
    .command('report')
    .description('write a whole-site audit for people: HTML (overview, page by page, claims inventory) or CSV; of files, a website or a saved crawl')
    .argument('[paths...]', 'files, folders or globs (.md, .mdx, .markdown, .html, .htm, .docx; JSON and YAML through `sources`), one website URL, or a folder written by --save-pages')
    .addOption(new Option('-f, --format <format>', 'output format: html, csv').default('html'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('-c, --config <file>', 'use this config file instead of finding echt.config.yaml upward')
    .option('--date <YYYY-MM-DD>', 'the date to treat as today (evidence review dates, deadlines)')
    .option('--locale <locale>', "the language of echt's own words: en or nl (default: the profile's language)")
  addCrawlOptions(report)
  report.action(async (paths: string[], options) => {
    const { runReport } = await import('./commands/report.js')
    exitCode = await runReport(paths, options, io)
  })

  program
    .command('serve')
    .description('open a local page to check a draft as you type (only on this machine)')
    .option('-p, --port <port>', 'port on 127.0.0.1', '4870')
    .option('--host <host>', 'address to listen on (default 127.0.0.1; only loopback unless you say otherwise)')
    .option('-c, --config <file...>', 'profiles to offer (one config per client); default: the one found upward')
    .option('--date <YYYY-MM-DD>', 'the date to treat as today (evidence review dates, deadlines)')
    .option('--locale <locale>', "the language of echt's own words: en or nl (default: the profile's language)")
    .action(async (options) => {
      const { runServe } = await import('./commands/serve.js')
      exitCode = await runServe(options, io)
    })

  program
    .command('merge')
    .description('join the JSON (or SARIF) reports of shards into one, and run checks across files')
    .argument('<reports...>', 'report files written by echt check --shard i/n -f json --facts (or -f sarif)')
    .addOption(new Option('-f, --format <format>', 'output format: stylish, json, sarif, github, junit, rdjsonl').default('json'))
    .option('-o, --output <file>', 'write the merged report to a file instead of stdout')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('-q, --quiet', 'report errors only')
    .option('--facts', 'json: keep the per-file facts in the merged output')
    .option('--baseline <file>', 'absorb the findings recorded in this baseline (default: echt-baseline.json here, when it exists)')
    .option('--baseline-write', 'record every merged finding in the baseline')
    .option('--baseline-prune', 'remove baseline entries that no longer occur')
    .option('--no-color', 'plain output (also with NO_COLOR set)')
    .option('--no-explain', 'stylish: one line per finding, without why and try')
    .action(async (reports: string[], options) => {
      const { runMerge } = await import('./commands/merge.js')
      const color = options.color !== false && !io.env.NO_COLOR && io.isTTY
      exitCode = await runMerge(reports, { ...options, color }, io)
    })

  const claims = program
    .command('claims')
    .description('list every claim found, for legal review: sentence, file or URL, line, rule, status')
    .argument('[paths...]', 'files, folders or globs (.md, .mdx, .markdown, .html, .htm, .docx; JSON and YAML through `sources`), one website URL, or a folder written by --save-pages')
    .addOption(new Option('-f, --format <format>', 'output format: table, csv, json').default('table'))
    .option('-o, --output <file>', 'write the inventory to a file instead of stdout')
    .option('-c, --config <file>', 'use this config file instead of finding echt.config.yaml upward')
    .option('--date <YYYY-MM-DD>', 'the date to treat as today (evidence review dates)')
  addCrawlOptions(claims)
  claims.action(async (paths: string[], options) => {
    const { runClaims } = await import('./commands/claims.js')
    exitCode = await runClaims(paths, options, io)
  })

  program
    .command('mcp')
    .description('serve echt to AI writing assistants over stdio (Model Context Protocol): check a text, explain a rule, show the profile, list claims')
    .argument('[folder]', 'where config discovery starts and relative paths resolve (default: the working directory)')
    .action(async (folder: string | undefined) => {
      const cwd = resolve(io.cwd, folder ?? '.')
      if (!existsSync(cwd) || !statSync(cwd).isDirectory()) throw new UsageError(`no such folder: ${cwd}`)
      const { runMcp } = await import('./mcp/server.js')
      await runMcp({ cwd, notice: io.stderr }, version)
    })

  program
    .command('init')
    .description('write a commented echt.config.yaml to fill in')
    .option('--force', 'overwrite an existing echt.config.yaml')
    .action(async (options) => {
      const { runInit } = await import('./commands/init.js')
      io.stdout(await runInit(io.cwd, options.force === true))
    })

  program
    .command('lsp')
    .description('start the language server over stdio (for VS Code, Neovim, Helix, Zed)')
    .option('--stdio', 'talk over stdin and stdout (the default and only transport)')
    .action(async () => {
      const { runLsp } = await import('./commands/lsp.js')
      exitCode = await runLsp()
    })

  program
    .command('rules')
    .description('list the rules with a one-line description each')
    .option('--json', 'as JSON')
    .action(async (options) => {
      const { listRules } = await import('./commands/rules.js')
      io.stdout(listRules(options.json ? 'json' : 'text'))
    })

  try {
    rejectMistypedCommand(argv, program.commands.map((command) => command.name()), io.cwd)
    await program.parseAsync(argv, { from: 'user' })
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2
    }
    if (error instanceof UsageError) {
      io.stderr(`echt: ${error.format()}\n`)
      return 2
    }
    // Anything else is a bug in echt: one line, no stack trace unless asked for.
    io.stderr(`echt: internal error: ${(error as Error).message ?? error}\n`)
    if (io.env.ECHT_DEBUG) io.stderr(`${(error as Error).stack}\n`)
    io.stderr('echt: please report this with the file that caused it\n')
    return 2
  }
}

/**
 * `check` is the default command, so `echt chekc` would read as a missing folder. A first argument
 * that is a bare word (no path separator, dot or glob), names nothing on disk and is one or two
 * edits from a command is a typo; real paths and far-off words still go to `check`.
 */
function rejectMistypedCommand(argv: string[], commands: string[], cwd: string): void {
  const first = argv[0]
  if (first === undefined || commands.includes(first) || !/^[a-z][a-z-]*$/i.test(first)) return
  if (existsSync(resolve(cwd, first))) return
  const closest = commands
    .map((command) => ({ command, edits: distance(first.toLowerCase(), command) }))
    .sort((a, b) => a.edits - b.edits)[0]
  if (closest && closest.edits <= Math.min(2, Math.floor(closest.command.length / 2))) {
    throw new UsageError(`unknown command '${first}' (did you mean ${closest.command}?)`)
  }
}
