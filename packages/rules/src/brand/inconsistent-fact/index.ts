import type { ProseDocument, RuleContext, Sentence } from '@echt/core'
import { phraseTokens, stem } from '@echt/core'
import { defineRule, ruleText } from '../../define.js'
import { FACT_RULE_ID, conflictReport, conflictsWithin, factsOf, findFacts } from '../../facts.js'
import { wordSet } from '../../wordlists.js'

/** Share of a mission's key words a sentence must contain to count as quoting it. */
const QUOTE_COVERAGE = 0.7
/** Statements shorter than this are not recognisable as quotes. */
const MIN_STATEMENT_WORDS = 5

/**
 * The same fact stated differently: offer terms ("30-day free trial" and "14-day free trial"),
 * counts ("10,000+ customers" and "5,000 customers"), the founding year, a name spelled two ways,
 * and the mission or vision quoted in other words than the profile's. The rule records every fact
 * it finds (LintResult.facts) and reports the conflicts within the page; compareFacts() in
 * @echt/rules compares the facts of all pages after a run, also across workers and shards.
 */
export default defineRule({
  meta: {
    id: FACT_RULE_ID,
    type: 'consistency',
    docs: {
      description: 'The same fact stated differently (trial length, founding year, customer count, name spelling, mission wording)',
      recommended: true,
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    defaultSeverity: 'warn',
  },
  create(context) {
    return {
      document(document) {
        // Facts in an echt-disable region (an archived offer) are neither recorded nor compared.
        const descriptors = findFacts(document, context.profile).filter((d) => !context.isDisabled(d.range.start))
        for (const descriptor of descriptors) context.addFact(descriptor)
        const facts = factsOf(document, descriptors)
        for (const { fact, other } of conflictsWithin(facts)) {
          const report = conflictReport(fact, other, context.language, ruleText(context, 'line', { line: other.line }))
          context.report({
            messageId: report.messageId,
            range: { start: fact.offset, end: fact.endOffset },
            data: report.data,
            expected: report.expected,
            note: report.note,
            extra: { kind: fact.kind, subject: fact.subject, value: fact.value, other: { line: other.line, value: other.value } },
          })
        }
        reportMisquotes(context, document)
      },
    }
  },
})

function reportMisquotes(context: RuleContext<Record<string, unknown>>, document: ProseDocument): void {
  const { profile } = context
  for (const [statement, text] of [['mission', profile.mission], ['vision', profile.vision]] as const) {
    if (!text) continue
    // The statement's words and stems are the same for every sentence: prepared once per page.
    const { language } = context
    const stop = wordSet('brand/off-message', language, 'stopwords', 'exact')
    const statementWords = phraseTokens(text, language).filter((w) => /[\p{L}\p{N}]/u.test(w))
    const keyStems = [...new Set(statementWords.filter((w) => !stop.has(w)).map((w) => stem(w, language)))]
    if (statementWords.length < MIN_STATEMENT_WORDS || keyStems.length < 3) continue
    for (const sentence of document.sentences) reportStatement(context, sentence, statement, text, statementWords, keyStems)
  }
}

function reportStatement(
  context: RuleContext<Record<string, unknown>>,
  sentence: Sentence,
  statement: 'mission' | 'vision',
  text: string,
  statementWords: string[],
  keyStems: string[],
): void {
  const { language } = context
  const words = sentence.tokens.filter((t) => t.kind === 'word')
  const sentenceStems = new Set(words.map((t) => stem(t.normal, language)))
  const covered = keyStems.filter((s) => sentenceStems.has(s)).length / keyStems.length
  if (covered < QUOTE_COVERAGE) return
  // Quoted exactly (word for word, case and punctuation aside) is right, also inside a longer sentence.
  const normals = words.map((t) => t.normal)
  if (containsRun(normals, statementWords)) return
  context.report({
    messageId: 'misquote',
    range: { start: sentence.start, end: sentence.end },
    data: { statement: ruleText(context, statement), text },
    expected: [text],
    note: ruleText(context, 'noteMisquote', { statement: ruleText(context, statement) }),
    extra: { statement, coverage: Math.round(covered * 100) / 100 },
  })
}

function containsRun(haystack: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer
    return true
  }
  return false
}
