import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node'
import { openProject, projectFromConfig, type Project } from '../commands/check.js'
import { CONFIG_NAMES, emptyConfig, findConfig } from '../config/load.js'
import { UsageError } from '../errors.js'

export interface ConfigProblem {
  /** The config file's URI, where the one diagnostic goes. */
  uri: string
  diagnostic: Diagnostic
}

export interface ConfigState {
  project: Project
  /** Set when the config could not be loaded: the project is then the last good one (or none's defaults). */
  problem?: ConfigProblem
}

/** True for echt.config.yaml, .yml or .json anywhere: the names config discovery looks for. */
export function isConfigFile(filePath: string): boolean {
  return (CONFIG_NAMES as readonly string[]).includes(basename(filePath))
}

/**
 * Loads the project as `echt check` does (explicit path or found upward from the root, validated,
 * rules checked). A broken config never stops the server: it becomes one diagnostic at the line
 * the loader names, and linting goes on with the last good project (or the recommended rules).
 */
export function loadConfigState(root: string, explicitConfig: string | undefined, previous: Project | undefined, log: (text: string) => void): ConfigState {
  try {
    return { project: openProject(root, explicitConfig || undefined, undefined, log) }
  } catch (error) {
    const fallback = previous ?? projectFromConfig(emptyConfig(root), root, undefined)
    if (!(error instanceof UsageError)) {
      log(`echt: could not load the config: ${(error as Error).message}`)
      return { project: fallback }
    }
    const configPath = explicitConfig ? resolve(root, explicitConfig) : error.place.file ? resolve(root, error.place.file) : findConfig(root)
    if (!configPath) {
      log(`echt: ${error.format()}`)
      return { project: fallback }
    }
    const line = Math.max(0, (error.place.line ?? 1) - 1)
    // To the end of the named line: clients index the line's text with it, so it must exist.
    const lineLength = readLines(configPath)[line]?.length ?? 0
    const character = Math.min(Math.max(0, (error.place.column ?? 1) - 1), lineLength)
    const diagnostic: Diagnostic = {
      range: { start: { line, character }, end: { line, character: Math.max(character, lineLength) } },
      severity: DiagnosticSeverity.Error,
      source: 'echt',
      code: 'echt/config',
      message: `${error.place.field ? `${error.place.field}: ` : ''}${error.message}${previous ? ' (echt keeps using the last valid config until this is fixed)' : ' (echt uses the recommended rules until this is fixed)'}`,
    }
    return { project: fallback, problem: { uri: pathToFileURL(configPath).href, diagnostic } }
  }
}

function readLines(path: string): string[] {
  try {
    return readFileSync(path, 'utf8').split(/\r?\n/)
  } catch {
    return []
  }
}
