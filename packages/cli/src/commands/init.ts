import { existsSync, openSync, readSync, closeSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { detectLanguage, type Language } from '@echt/core'
import { UsageError } from '../errors.js'
import { findConfig } from '../config/load.js'
import { discoverFiles } from '../discover.js'

/** A commented profile a marketer can fill in: every field explained where it is set. */
/** Serves the schema as JSON (a GitHub /blob/ address serves an HTML page editors cannot read). */
export const SCHEMA_URL = 'https://raw.githubusercontent.com/echt-lint/echt/main/packages/cli/schema/echt.config.schema.json'
const SCHEMA_FILE = fileURLToPath(new URL('../../schema/echt.config.schema.json', import.meta.url))

const ENGLISH_TEMPLATE = `# yaml-language-server: $schema=${SCHEMA_URL}
# echt configuration: your brand profile, your claims library and which rules run.
# Fill in what you know; everything is optional. Run \`echt check\` after each change.

brand:
  name: Your Organisation            # written exactly as you write it
  language: en                       # en, nl or auto: copy without front matter \`lang\` is read as this{{detected}}
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

/** The same profile for Dutch copy: Dutch examples, the reader's address as the copy has it, the nl preset. */
const DUTCH_TEMPLATE = `# yaml-language-server: $schema=${SCHEMA_URL}
# echt-configuratie: je merkprofiel, je claimbibliotheek en welke regels draaien.
# Vul in wat je weet; alles is optioneel. Draai \`echt check\` na elke wijziging.

brand:
  name: Jouw Organisatie             # precies zoals je hem schrijft
  language: nl                       # en, nl of auto: tekst zonder front matter \`lang\` wordt zo gelezen{{detected}}
  # Waarom je bestaat en voor wie, in een of twee zinnen. Pagina's worden eraan gemeten.
  mission: We helpen kleine bakkers vers brood online te verkopen, zonder tussenpersonen.
  # De toekomst waar je naartoe werkt.
  vision: Elke wijk houdt zijn eigen bakker.
  values:
    - name: Eerlijkheid
      means: [eerlijk, transparant, heldere prijzen]  # woorden die de waarde uitdragen
      contradicts: [verborgen kosten, op=op]          # woorden die haar verraden
  voice:
    address: {{address}}                      # u (formeel) of je (informeel): tone/mixed-address houdt je eraan
    prefer:                          # afgeraden term: voorkeursterm
      gebruikers: klanten
    avoid: [revolutionair, ontzorgen]
    names: [Jouw Product]            # productnamen met hun exacte hoofdletters
    audience: general                # general | expert: leesbaarheidsdoelen (readability/grade)

# De claimbibliotheek: claims die je mag maken, met het bewijs erachter.
# Een zin met een goedgekeurde claim wordt niet gemeld zolang het bewijs geldig is.
claims:
  - id: snelste-bezorging
    text: de snelste bezorging in Utrecht
    variants: [snelste broodbezorging]
    evidence:
      - source: Onderzoek naar bezorgtijden door Voorbeeld Onderzoek, maart 2026
        uri: https://example.com/onderzoek.pdf
        reviewBy: 2027-03-31         # na deze datum wordt de claim weer gemeld

extends: nl                          # recommended | eu | nl | uk | us (consumentenrecht van die markt)

rules:                               # off | warn | error, of [ernst, { opties }]
  claims/superlative: warn
  readability/grade: warn            # niet in recommended: leesgemak voor voice.audience

# date: 2026-12-31                   # de dag die echt als vandaag neemt (herhaalbare audits); standaard: de klok

overrides:                           # andere instellingen voor sommige bestanden (globs vanaf deze map)
  - files: "blog/**"
    rules:
      claims/superlative: off

ignore:                              # nooit controleren (gitignore-syntax); .gitignore en .echtignore tellen ook
  - "drafts/**"
`

/** What `init` read in the folder's copy. */
export interface DetectedCopy {
  /** The language most pages are in; undefined without copy or evidence. */
  language?: Language
  /** Dutch copy: the form of address most of it uses. */
  address?: 'u' | 'je'
  pages: number
}

/** The commented config for copy in this language, with what was detected stated where it is set. */
export function configTemplate(detected: DetectedCopy = { pages: 0 }): string {
  if (detected.language === 'nl') {
    const note = `  (herkend in ${detected.pages} ${detected.pages === 1 ? 'pagina' : "pagina's"})`
    return DUTCH_TEMPLATE.replace('{{detected}}', note).replace('{{address}}', (detected.address ?? 'je').padEnd(2))
  }
  const note = detected.language ? `  (detected in ${detected.pages} page${detected.pages === 1 ? '' : 's'})` : ''
  return ENGLISH_TEMPLATE.replace('{{detected}}', note)
}

/** Pages read to tell the language; enough for a verdict, few enough to stay instant on a large site. */
const SAMPLE_PAGES = 200
const SAMPLE_BYTES = 16_384

/** Reads the start of up to SAMPLE_PAGES Markdown files and takes the language most of them are in. */
export async function detectCopy(cwd: string): Promise<DetectedCopy> {
  let files: string[]
  try {
    files = (await discoverFiles({ cwd, root: cwd, patterns: [] })).files.slice(0, SAMPLE_PAGES)
  } catch {
    return { pages: 0 }
  }
  const votes: Record<Language, number> = { en: 0, nl: 0 }
  const address = { u: 0, je: 0 }
  for (const file of files) {
    const text = readStart(file)
    const language = text ? detectLanguage(text) : undefined
    if (!language) continue
    votes[language]++
    if (language === 'nl') {
      for (const word of text!.toLowerCase().match(/\p{L}+/gu) ?? []) {
        if (word === 'u' || word === 'uw') address.u++
        else if (word === 'je' || word === 'jij' || word === 'jouw' || word === 'jou') address.je++
      }
    }
  }
  const pages = votes.en + votes.nl
  if (pages === 0) return { pages }
  const language: Language = votes.nl > votes.en ? 'nl' : 'en'
  return { language, pages, ...(language === 'nl' ? { address: address.u > address.je ? 'u' : 'je' } : {}) }
}

function readStart(file: string): string | undefined {
  let fd: number | undefined
  try {
    fd = openSync(file, 'r')
    const buffer = Buffer.alloc(SAMPLE_BYTES)
    const length = readSync(fd, buffer, 0, SAMPLE_BYTES, 0)
    return buffer.subarray(0, length).toString('utf8')
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

export async function runInit(cwd: string, force: boolean): Promise<string> {
  const target = join(cwd, 'echt.config.yaml')
  if (existsSync(target) && !force) throw new UsageError('already exists; use --force to overwrite it', { file: relative(cwd, target) })
  const existing = findConfig(cwd)
  const detected = await detectCopy(cwd)
  writeFileSync(target, configTemplate(detected).replace(SCHEMA_URL, schemaReference(cwd)), { flag: force ? 'w' : 'wx' })
  const shadow = existing && existing !== target ? ` (it takes the place of ${relative(cwd, existing)} for this folder)` : ''
  const found =
    detected.language === 'nl'
      ? `; the copy is Dutch (${detected.pages} page${detected.pages === 1 ? '' : 's'} read), so it says language: nl, address: ${detected.address} and extends the nl preset (Dutch consumer law)`
      : detected.language === 'en'
        ? `; the copy is English (${detected.pages} page${detected.pages === 1 ? '' : 's'} read): language: en; for consumer law extend eu, uk or us`
        : ''
  return `echt: wrote ${relative(cwd, target)}${shadow}${found}; fill in your brand, then run \`echt check\`\n`
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
