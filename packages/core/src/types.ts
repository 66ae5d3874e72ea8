/** Languages echt understands. Every rule ships data for each of them. */
export type Language = 'en' | 'nl'
export const LANGUAGES: readonly Language[] = ['en', 'nl']

export type SeverityName = 'off' | 'warn' | 'error'
/** ESLint's numbers, so JSON output is read by existing tooling. */
export type Severity = 0 | 1 | 2

export const SEVERITY_BY_NAME: Record<SeverityName, Severity> = { off: 0, warn: 1, error: 2 }

/** A range of the source text, as UTF-16 offsets (end exclusive). */
export interface Range {
  start: number
  end: number
}

export interface Fix {
  range: [number, number]
  text: string
}

export interface Suggestion {
  desc: string
  fix: Fix
}

/** One finding. Field names follow ESLint's JSON formatter; `actual`/`expected` follow retext. */
export interface LintMessage {
  ruleId: string
  severity: 1 | 2
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** Offsets into the source: `source.slice(offset, endOffset) === actual`. */
  offset: number
  endOffset: number
  /** The flagged words exactly as written. */
  actual: string
  /** Concrete rewrites, or the evidence that would make the claim acceptable. */
  expected: string[]
  /** Why it matters, naming the authority (CAP Code, ACM, EU directive...). */
  note?: string
  /** Docs page of the rule. */
  url?: string
  messageId?: string
  fatal?: boolean
  fix?: Fix
  suggestions?: Suggestion[]
  /** Machine-readable extras (claim status, counts, scores). */
  data?: Record<string, unknown>
}

/** A rule's message templates and why line in one language. */
export interface RuleTexts {
  messages: Record<string, string>
  why?: string
}

/** What a rule declares about itself (ESLint's `meta`, unified-lint-rule's origin). */
export interface RuleMeta {
  /** `group/name`, e.g. `claims/superlative`. */
  id: string
  type: 'claim' | 'consistency' | 'tone' | 'readability'
  docs: {
    /** One line, shown by `echt rules`. */
    description: string
    /** In the `recommended` preset. */
    recommended: boolean
    /** The authority the rule applies (shown in every message). */
    source?: string
  }
  /** Message templates with `{name}` placeholders, by message id (English). */
  messages: Record<string, string>
  /**
   * The rule's words in each language: message templates by id and the why line (`docs.source`).
   * A finding speaks the language of the copy it was found in; without an entry, the English above.
   */
  texts?: Partial<Record<Language, RuleTexts>>
  /** JSON Schema of the options object; the loader validates against it. */
  schema: Record<string, unknown>
  defaultOptions: Record<string, unknown>
  defaultSeverity: 'warn' | 'error'
  hasSuggestions?: boolean
  fixable?: boolean
  /**
   * Findings that overlap an approved claim from the claims library are silenced
   * by the engine (and come back when the claim's evidence is stale).
   */
  silencedByApprovedClaims?: boolean
  /**
   * A catch-all claim rule: its finding gives way to another claim rule's finding of the same
   * family in the same sentence (one finding per phrase and reason).
   * Its findings carry `data.family`.
   */
  fallback?: boolean
  /**
   * Rules that judge the same words for the same reason more specifically (brand/contradicts-value
   * defers to pressure/urgency on "last chance"). Where one of them reports, or deliberately holds
   * back (`context.hold`), overlapping words, this rule's finding is dropped: one finding per
   * phrase and reason, and what silences the other rule (validUntil, a directive) silences this too.
   */
  defersTo?: string[]
}

export interface ReportDescriptor {
  messageId: string
  data?: Record<string, string | number>
  range: Range
  expected?: string[]
  /** Overrides the rule's source as the note. */
  note?: string
  fix?: Fix
  suggestions?: Suggestion[]
  extra?: Record<string, unknown>
  /**
   * The family this finding names, lent to the finding it gives way to (meta.defersTo) when that
   * one is of this rule's own family and names none: the claim finder (claims/*) reads "pijn
   * verdwijnt sneller" as a health claim, claims/dangling-comparison reports it, and the claims
   * inventory lists it as a health claim. Lent in the sentence being visited only.
   */
  lendsFamily?: string
  /**
   * Raises this one finding above the configured severity, when the finding itself decides it
   * (a practice blacklisted from a date, a deadline that has passed). Only upward: a rule can
   * turn a configured warning into an error, never an error into a warning, so `error` in the
   * configuration always means error and `off` still turns the rule off.
   */
  severity?: 1 | 2
}

/**
 * A small, serialisable statement a rule extracted from one file ("30-day free trial",
 * "founded in 2012"), kept on the lint result so checks across files can compare them after
 * every file was linted, also when files are linted in workers or shards.
 */
export interface Fact {
  /** The rule that extracted it (stamped by the engine). */
  ruleId: string
  /** What sort of fact: rule-specific (`offer-term`, `count`, `founded`, `name`). */
  kind: string
  /** Facts with equal kind and subject must agree across pages. */
  subject: string
  /** Normalised value compared across pages. */
  value: string
  /** The words that state it, exactly as written (source text between the offsets). */
  actual: string
  /** The sentence it was found in, for messages on other pages. */
  sentence: string
  line: number
  column: number
  endLine: number
  endColumn: number
  offset: number
  endOffset: number
  data?: Record<string, unknown>
}

export interface FactDescriptor {
  kind: string
  subject: string
  value: string
  range: Range
  sentence: string
  data?: Record<string, unknown>
}

export interface RuleVisitor {
  /** Called once per sentence of prose. */
  sentence?(sentence: import('./prose.js').Sentence): void
  /** Called once after all sentences. */
  document?(document: import('./prose.js').ProseDocument): void
}

export interface RuleContext<Options = Record<string, unknown>> {
  readonly ruleId: string
  readonly options: Options
  readonly language: Language
  readonly profile: import('./profile.js').Profile
  readonly document: import('./prose.js').ProseDocument
  /** ISO date (YYYY-MM-DD) used for every date-dependent decision. */
  readonly today: string
  readonly frontMatter: Record<string, unknown>
  report(descriptor: ReportDescriptor): void
  /** Records a fact for checks across files (`LintResult.facts`). */
  addFact(descriptor: FactDescriptor): void
  /**
   * Publishes the rule's machine-readable result for this file (a page score, counts) as
   * `LintResult.ruleData[ruleId]`, whether or not the rule reported anything.
   */
  setData(data: Record<string, unknown>): void
  /**
   * An echt-disable directive for this rule covers the offset. For rules that aggregate over the
   * page (facts compared within it, counts), which must leave disabled regions out themselves.
   */
  isDisabled(offset: number): boolean
  /**
   * The rule found these words and does not report them on purpose (a declared, current
   * validUntil): rules that defer to it (`meta.defersTo`) stay silent on them too.
   */
  hold(range: Range): void
  /**
   * The words make a claim that the page itself substantiates (an offer whose conditions stand with
   * it): rules that defer to this one stay silent on them, as with `hold`, and the claims inventory
   * lists the claim as substantiated, the rule's message `messageId` saying by what.
   */
  settle(range: Range, messageId: string): void
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta
  create(context: RuleContext<Options>): RuleVisitor
}

/** A rule with the severity and options the configuration gave it for one file. */
export interface ConfiguredRule {
  rule: Rule<any>
  severity: 1 | 2
  options: Record<string, unknown>
}
