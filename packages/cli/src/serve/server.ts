import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFileSync } from 'node:fs'
import { isIP } from 'node:net'
import { lint, type ConfiguredRule, type Language, type LintMessage, type Profile } from '@echt/core'
import type { FileSettings } from '../config/resolve.js'
import { chooseLocale, type Locale } from '../locale.js'
import { UI } from './ui.js'

/** One brand profile the page offers: the project's config, or one per client given with --config. */
export interface ServeProfile {
  id: string
  /** What the picker shows: the brand's name and its config file. */
  label: string
  configPath?: string
  profile: Profile
  today: string
  knownRuleIds: string[]
  settingsFor(relativePath: string): FileSettings
}

export interface ServeOptions {
  profiles: ServeProfile[]
  host: string
  port: number
  /** Rules to run besides the configured ones (plugins; tests use it for a rule with a fix). */
  extraRules?: ConfiguredRule[]
  /** --locale: the page's own words in this language for every profile; default each profile's language. */
  locale?: Locale
}

export interface Rewrite {
  label: string
  offset: number
  endOffset: number
  text: string
}

/** The static files of the page: a fixed map, so no request path ever reaches the file system. */
const ASSETS: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
  '/favicon.svg': { file: 'favicon.svg', type: 'image/svg+xml' },
}

const PUBLIC_DIR = new URL('../../src/serve/public/', import.meta.url)

const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
}

const MAX_BODY_BYTES = 1_000_000
const MAX_DRAFT_CHARS = 200_000
const LANGUAGE_CHOICES = ['auto', 'en', 'nl'] as const

export const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1'])

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.')
}

/**
 * Which Host headers the server answers. A browser page on another site that resolves its own
 * name to 127.0.0.1 (DNS rebinding) sends its own name as Host, and is refused.
 */
export function hostAllowed(hostHeader: string | undefined, listenHost: string, port: number): boolean {
  if (!hostHeader) return false
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hostHeader.trim().toLowerCase())
  if (!match) return false
  const name = match[1]!.replace(/^\[|\]$/g, '')
  if (match[2] !== undefined && Number(match[2]) !== port) return false
  if (LOOPBACK_HOSTS.has(name) || name.startsWith('127.')) return true
  if (name === listenHost.toLowerCase()) return true
  // Listening on every interface was asked for explicitly: address literals, still no names.
  return (listenHost === '0.0.0.0' || listenHost === '::') && isIP(name) !== 0
}

/** An `expected` entry that is the replacement itself ("workforce"), not advice ("state the basis: ..."). */
export function isConcreteReplacement(entry: string): boolean {
  const text = entry.trim()
  return text.length > 0 && !/[:"“”]/.test(text) && text.split(/\s+/).length <= 4
}

function matchCase(replacement: string, actual: string): string {
  const first = actual.charAt(0)
  return first && first === first.toUpperCase() && first !== first.toLowerCase()
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement
}

/** What one click may apply: the rule's fix, its suggestions, then plain replacements. */
export function rewritesOf(message: LintMessage, locale: Locale = 'en'): Rewrite[] {
  const words = UI[locale]
  const rewrites: Rewrite[] = []
  const seen = new Set<string>()
  const add = (rewrite: Rewrite) => {
    const key = `${rewrite.offset}:${rewrite.endOffset}:${rewrite.text}`
    if (seen.has(key)) return
    seen.add(key)
    rewrites.push(rewrite)
  }
  if (message.fix) {
    const [offset, endOffset] = message.fix.range
    add({ label: message.fix.text ? `${words.replaceWith} “${message.fix.text}”` : words.remove!, offset, endOffset, text: message.fix.text })
  }
  for (const suggestion of message.suggestions ?? []) {
    add({ label: suggestion.desc, offset: suggestion.fix.range[0], endOffset: suggestion.fix.range[1], text: suggestion.fix.text })
  }
  if (message.endOffset > message.offset) {
    for (const entry of message.expected.filter(isConcreteReplacement)) {
      const text = matchCase(entry.trim(), message.actual)
      if (text === message.actual) continue
      add({ label: `${words.replaceWith} “${text}”`, offset: message.offset, endOffset: message.endOffset, text })
    }
  }
  return rewrites
}

export function profileSummary(entry: ServeProfile, locale?: Locale) {
  const { profile } = entry
  return {
    id: entry.id,
    locale: chooseLocale(locale, profile),
    label: entry.label,
    configPath: entry.configPath ?? null,
    name: profile.name ?? null,
    language: profile.language ?? null,
    mission: profile.mission ?? null,
    vision: profile.vision ?? null,
    values: profile.values.map((value) => ({ name: value.name, means: value.means })),
    claims: profile.claims.map((claim) => claim.id),
    rules: entry.settingsFor('draft.md').rules.map((r) => r.rule.meta.id),
  }
}

/** Lints a draft exactly as `echt check` would lint a Markdown file at the root of the project. */
export function lintDraft(entry: ServeProfile, text: string, language: (typeof LANGUAGE_CHOICES)[number], extraRules: ConfiguredRule[] = [], locale?: Locale) {
  const settings = entry.settingsFor('draft.md')
  // The picker is the writer's explicit choice; "auto" detects English or Dutch from the draft.
  const profile: Profile = { ...entry.profile, language }
  const result = lint(text, {
    filePath: 'draft.md',
    profile,
    rules: [...settings.rules, ...extraRules],
    knownRuleIds: [...entry.knownRuleIds, ...extraRules.map((r) => r.rule.meta.id)],
    today: entry.today,
  })
  return {
    language: result.language as Language,
    languageSource: result.languageSource,
    wordCount: result.wordCount,
    substantiated: result.silenced.map((s) => ({ ruleId: s.ruleId, claimId: s.claimId, basis: s.basis, actual: s.actual, line: s.line, column: s.column })),
    messages: result.messages.map((message) => ({
      ruleId: message.ruleId,
      severity: message.severity,
      message: message.message,
      line: message.line,
      column: message.column,
      offset: message.offset,
      endOffset: message.endOffset,
      actual: message.actual,
      expected: message.expected,
      note: message.note ?? null,
      url: message.url ?? null,
      rewrites: rewritesOf(message, chooseLocale(locale, entry.profile)),
    })),
  }
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...extra })
  response.end(body)
}

function sendJson(response: ServerResponse, status: number, value: unknown) {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value))
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const type = request.headers['content-type'] ?? ''
  // A plain HTML form cannot send this type, and the browser preflights it from other origins.
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'send JSON (Content-Type: application/json)')
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'the draft is too long for one check')
    chunks.push(chunk as Buffer)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw new HttpError(400, 'the body is not valid JSON')
  }
}

/** The request handler, separate from listening so it can be tested without a port. */
export function createHandler(options: ServeOptions) {
  const assets = new Map(
    Object.entries(ASSETS).map(([route, asset]) => [route, { type: asset.type, body: readFileSync(new URL(asset.file, PUBLIC_DIR)) }]),
  )
  const profiles = new Map(options.profiles.map((entry) => [entry.id, entry]))
  const explicitHost = !LOOPBACK_HOSTS.has(options.host) && !options.host.startsWith('127.')

  return async (request: IncomingMessage, response: ServerResponse) => {
    try {
      if (!explicitHost && !isLoopbackAddress(request.socket.remoteAddress)) throw new HttpError(403, 'echt serve answers only on this machine')
      if (!hostAllowed(request.headers.host, options.host, options.port)) throw new HttpError(403, 'unexpected Host header: echt serve answers only to localhost')
      const origin = request.headers.origin
      if (origin !== undefined && origin !== 'null') {
        let originHost: string | undefined
        try {
          originHost = new URL(origin).host
        } catch {
          originHost = undefined
        }
        if (!originHost || !hostAllowed(originHost, options.host, options.port)) throw new HttpError(403, 'requests from other sites are refused')
      }
      // The raw path, never normalised: "/../package.json" is simply not one of the routes.
      const path = (request.url ?? '/').split('?')[0]!
      const asset = assets.get(path)
      if (asset) {
        if (request.method !== 'GET' && request.method !== 'HEAD') throw new HttpError(405, 'method not allowed')
        return send(response, 200, asset.type, request.method === 'HEAD' ? '' : asset.body)
      }
      if (path === '/api/profiles') {
        if (request.method !== 'GET') throw new HttpError(405, 'method not allowed')
        return sendJson(response, 200, { profiles: options.profiles.map((entry) => profileSummary(entry, options.locale)), ui: UI })
      }
      if (path === '/api/lint') {
        if (request.method !== 'POST') throw new HttpError(405, 'method not allowed')
        const body = (await readJson(request)) as { text?: unknown; language?: unknown; profile?: unknown } | null
        if (!body || typeof body !== 'object') throw new HttpError(400, 'expected { text, language, profile }')
        if (typeof body.text !== 'string') throw new HttpError(400, 'text must be a string')
        if (body.text.length > MAX_DRAFT_CHARS) throw new HttpError(413, 'the draft is too long for one check')
        const language = body.language ?? 'auto'
        if (typeof language !== 'string' || !(LANGUAGE_CHOICES as readonly string[]).includes(language)) throw new HttpError(400, `language must be one of ${LANGUAGE_CHOICES.join(', ')}`)
        const entry = profiles.get(typeof body.profile === 'string' ? body.profile : options.profiles[0]!.id)
        if (!entry) throw new HttpError(400, 'unknown profile')
        return sendJson(response, 200, lintDraft(entry, body.text, language as (typeof LANGUAGE_CHOICES)[number], options.extraRules, options.locale))
      }
      throw new HttpError(404, 'not found')
    } catch (error) {
      if (error instanceof HttpError) return sendJson(response, error.status, { error: error.message })
      return sendJson(response, 500, { error: 'echt failed on this draft' })
    }
  }
}

export interface RunningServer {
  url: string
  port: number
  server: Server
  close(): Promise<void>
}

/** Listens on the given host and port (port 0: any free port). */
export function startServer(options: ServeOptions): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    // The handler reads `port` per request: with port 0 it is known only once listening.
    const settings = { ...options }
    const handler = createHandler(settings)
    const server = createServer((request, response) => void handler(request, response))
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : options.port
      settings.port = port
      const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host
      resolve({
        url: `http://${shownHost}:${port}/`,
        port,
        server,
        close: () => new Promise<void>((done) => server.close(() => done())),
      })
    })
  })
}
