import { relative, resolve } from 'node:path'
import { findConfig } from '../config/load.js'
import { UsageError } from '../errors.js'
import { chooseLocale, type Locale } from '../locale.js'
import { openProject } from './check.js'
import { LOOPBACK_HOSTS, startServer, type ServeProfile } from '../serve/server.js'

export interface ServeCommandOptions {
  port: string
  host?: string
  config?: string[]
  date?: string
  locale?: string
}

/**
 * The profiles the page offers: the project's config (found upward), then each --config in the
 * order given (an agency passes one per client). Without any, echt's recommended rules alone.
 */
export function loadServeProfiles(cwd: string, configs: string[], date: string | undefined, notice: (text: string) => void): ServeProfile[] {
  const paths: (string | undefined)[] = []
  const found = findConfig(cwd)
  if (found) paths.push(found)
  for (const config of configs) {
    const absolute = resolve(cwd, config)
    if (!paths.includes(absolute)) paths.push(absolute)
  }
  if (paths.length === 0) paths.push(undefined)
  return paths.map((path, index) => {
    const project = openProject(cwd, path, date, notice)
    const shown = path ? relative(cwd, path) || path : undefined
    const label = project.profile.name ? `${project.profile.name}${shown ? ` (${shown})` : ''}` : shown ?? 'No brand profile (recommended rules)'
    return {
      id: String(index),
      label,
      ...(shown ? { configPath: shown } : {}),
      profile: project.profile,
      today: project.today,
      knownRuleIds: project.knownRuleIds,
      settingsFor: project.settingsFor,
    }
  })
}

/** Serves the draft checker until Ctrl+C. */
export async function runServe(options: ServeCommandOptions, io: { cwd: string; stdout: (s: string) => void; stderr: (s: string) => void }): Promise<number> {
  const port = Number(options.port)
  if (!/^\d+$/.test(options.port) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, got "${options.port}"`)
  const host = options.host ?? '127.0.0.1'
  if (options.locale !== undefined) chooseLocale(options.locale, undefined) // a mistyped --locale fails before listening
  const profiles = loadServeProfiles(io.cwd, options.config ?? [], options.date, io.stderr)
  let running
  try {
    running = await startServer({ profiles, host, port, ...(options.locale ? { locale: options.locale as Locale } : {}) })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE') throw new UsageError(`port ${port} is in use; pick another with --port`)
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError(`cannot listen on ${host}`, { field: '--host' })
    throw error
  }
  if (!LOOPBACK_HOSTS.has(host) && !host.startsWith('127.')) {
    io.stderr(`echt: listening on ${host}: other machines that reach this address can use the page and read the profiles`)
  }
  io.stdout(`echt serve: check drafts at ${running.url} (profiles: ${profiles.map((p) => p.label).join('; ')}). Ctrl+C stops it.`)
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      void running.close().then(done)
      // Open keep-alive connections would hold close() back.
      running.server.closeAllConnections()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
  return 0
}
