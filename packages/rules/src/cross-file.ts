import type { Fact, Language, LintMessage } from '@echt/core'
import { compareFacts, FACT_RULE_ID } from './facts.js'

/** What a check across files sees of each file: its path and the small summary the engine returned. */
export interface FileFacts {
  filePath: string
  /** Path relative to the project root: how messages name the other page. */
  relativePath?: string
  result?: { facts?: readonly Fact[]; language?: Language }
}

/**
 * brand/inconsistent-fact across the whole site: the CLI runs it after every file is linted (serial,
 * workers or cache) and `echt merge` runs it over the facts that shards wrote with `--facts`. Only
 * files where the rule ran carry its facts, so turning the rule off for a file leaves it out.
 */
export const crossFileChecks = [
  {
    ruleId: FACT_RULE_ID,
    run(files: readonly FileFacts[]): { filePath: string; message: LintMessage }[] {
      const languages = new Map<string, Language>()
      const pathOf = new Map<string, string>()
      const factsByFile: Record<string, readonly Fact[]> = {}
      for (const file of files) {
        const facts = file.result?.facts
        if (!facts || facts.length === 0) continue
        const name = file.relativePath ?? file.filePath
        pathOf.set(name, file.filePath)
        factsByFile[name] = facts
        if (file.result?.language) languages.set(name, file.result.language)
      }
      const byFile = compareFacts(factsByFile, { languageOf: (name) => languages.get(name) ?? 'en' })
      return Object.entries(byFile).flatMap(([name, messages]) => messages.map((message) => ({ filePath: pathOf.get(name)!, message })))
    },
  },
]
