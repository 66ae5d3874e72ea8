import { existsSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { UsageError } from '../errors.js'
import { findConfig } from '../config/load.js'

/** A commented profile a marketer can fill in: every field explained where it is set. */
/** Serves the schema as JSON (a GitHub /blob/ address serves an HTML page editors cannot read). */
export const SCHEMA_URL = 'https://raw.githubusercontent.com/echt-lint/echt/main/packages/cli/schema/echt.config.schema.json'
const SCHEMA_FILE = fileURLToPath(new URL('../../schema/echt.config.schema.json', import.meta.url))

export const CONFIG_TEMPLATE = `# yaml-language-server: $schema=${SCHEMA_URL}
# echt configuration: your brand profile, your claims library and which rules run.
# Fill in what you know; everything is optional. Run \`echt check\` after each change.

brand:
  name: Your Organisation            # written exactly as you write it
  language: en                       # en, nl or auto: copy without front matter \`lang\` is read as this
  # Why you exist and for whom, in one or two sentences. Pages are scored against it.
  mission: We help small bakeries sell fresh bread online without middlemen.
  # The future you work towards.
  vision: Every neighbourhood keeps its own bakery.
  values:
    - name: Honesty
      means: [honest, transparent, clear prices]     # words that echo the value
      contradicts: [hidden fees, act now]            # words that betray it
  voice:
    address: you                     # you | u | je (Dutch: formal u or informal je)
    prefer:                          # discouraged term: preferred term
      users: customers
    avoid: [revolutionary, synergy]
    names: [Your Product]            # product names with their exact capitals
    audience: general                # general | expert: readability targets (readability/grade)

# The claims library: claims you may make, with the evidence that backs them.
# A sentence that states an approved claim is not flagged while its evidence is current.
claims:
  - id: fastest-delivery
    text: the fastest delivery in Utrecht
    variants: [fastest bread delivery]
    evidence:
      - source: Delivery-time survey by Example Research, March 2026
        uri: https://example.com/survey.pdf
        reviewBy: 2027-03-31         # after this date the claim is flagged again

extends: recommended                 # recommended | eu | nl | uk | us (consumer law of that market)

rules:                               # off | warn | error, or [severity, { options }]
  claims/superlative: warn
  readability/grade: warn            # not in recommended: reading ease for voice.audience

# date: 2026-12-31                   # the day echt treats as today (reproducible audits); default: the clock

overrides:                           # different settings for some files (globs from this folder)
  - files: "blog/**"
    rules:
      claims/superlative: off

ignore:                              # never lint these (gitignore syntax); .gitignore and .echtignore count too
  - "drafts/**"
`

export function runInit(cwd: string, force: boolean): string {
  const target = join(cwd, 'echt.config.yaml')
  if (existsSync(target) && !force) throw new UsageError('already exists; use --force to overwrite it', { file: relative(cwd, target) })
  const existing = findConfig(cwd)
  writeFileSync(target, CONFIG_TEMPLATE.replace(SCHEMA_URL, schemaReference(cwd)), { flag: force ? 'w' : 'wx' })
  const shadow = existing && existing !== target ? ` (it takes the place of ${relative(cwd, existing)} for this folder)` : ''
  return `echt: wrote ${relative(cwd, target)}${shadow}; fill in your brand, then run \`echt check\`\n`
}

/**
 * The schema of the echt that writes the config: a relative path when echt is installed in the
 * project (node_modules/@echt/cli/schema/..., the same version the project runs, and it works
 * offline), otherwise the raw file in the repository, for npx and global installs.
 */
export function schemaReference(cwd: string): string {
  const path = relative(cwd, SCHEMA_FILE)
  const insideProject = !path.startsWith('..') && path.split(sep).includes('node_modules')
  return insideProject ? `./${path.split(sep).join('/')}` : SCHEMA_URL
}
