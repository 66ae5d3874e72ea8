import type { Language, Range, RuleContext, RuleVisitor, Sentence, Token } from '@echt/core'
import { compilePhrases } from '@echt/core'
import { defineRule, ruleText, tryLines } from '../../define.js'
import { wordList, wordSet } from '../../wordlists.js'
import { isQuoted, quotedTokenIndexes } from '../../document.js'

const RULE_ID = 'tone/mixed-address'

type Form = 'u' | 'je'
interface Occurrence {
  form: Form
  token: Token
}

/**
 * One page, one way of addressing the reader. Dutch copy that switches between formal "u/uw" and
 * informal "je/jij/jouw" reads as careless; copy that uses the form the brand profile does not
 * (`voice.address`) is off-voice. English copy that says "you" and then "the customer" or "the
 * user" for the same reader mixes direct and third-person address.
 */
export default defineRule({
  meta: {
    id: RULE_ID,
    type: 'tone',
    docs: {
      description: 'Mixed forms of address in one page: u and je in Dutch, you and "the customer" in English',
      recommended: true,
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    defaultSeverity: 'warn',
  },
  create(context) {
    if (context.language === 'en') return englishVisitor(context)
    const formal = wordSet(RULE_ID, context.language, 'formal')
    const informal = wordSet(RULE_ID, context.language, 'informal')
    const fixed = compilePhrases(wordList(RULE_ID, context.language, 'notAddress'), context.language)
    const occurrences: Occurrence[] = []
    const address = context.profile.voice.address
    return {
      sentence(sentence) {
        if (isQuoted(sentence)) return
        const skip = skippedTokens(sentence, fixed.match(sentence).map((m) => m.range))
        for (const token of sentence.tokens) {
          if (token.kind !== 'word' || skip.has(token.index)) continue
          if (formal.has(token.normal)) occurrences.push({ form: 'u', token })
          else if (informal.has(token.normal)) occurrences.push({ form: 'je', token })
        }
      },
      document() {
        const counts = { u: occurrences.filter((o) => o.form === 'u').length, je: occurrences.filter((o) => o.form === 'je').length }
        const declared: Form | undefined = address === 'u' || address === 'je' ? address : undefined
        let main: Form
        if (declared) main = declared
        else if (counts.u === 0 || counts.je === 0) return
        else main = counts.u > counts.je ? 'u' : counts.je > counts.u ? 'je' : occurrences[0]!.form
        // Every word in the other form is one to rewrite: "Heeft u vragen over uw bestelling?" needs both.
        for (const occurrence of occurrences) {
          if (occurrence.form === main) continue
          const style = ruleText(context, occurrence.form === 'u' ? 'formally' : 'informally')
          context.report({
            messageId: declared ? 'profile' : 'mixed',
            range: { start: occurrence.token.start, end: occurrence.token.end },
            data: { style, main, address: declared ?? '', formal: counts.u, informal: counts.je },
            expected: main === 'u' ? FORMAL_REWRITES[occurrence.token.normal] ?? ['u', 'uw'] : INFORMAL_REWRITES[occurrence.token.normal] ?? ['je', 'jouw'],
            extra: { formal: counts.u, informal: counts.je, main },
          })
        }
      },
    }
  },
})

function englishVisitor(context: RuleContext<Record<string, unknown>>): RuleVisitor {
  const you = wordSet(RULE_ID, 'en', 'you')
  const thirdPerson = compilePhrases(wordList(RULE_ID, 'en', 'thirdPerson'), 'en')
  const mentions: Range[] = []
  let youCount = 0
  return {
    sentence(sentence: Sentence) {
      if (isQuoted(sentence)) return
      const quoted = quotedTokenIndexes(sentence)
      for (const token of sentence.tokens) if (token.kind === 'word' && !quoted.has(token.index) && you.has(token.normal)) youCount++
      for (const match of thirdPerson.match(sentence)) if (!quoted.has(match.tokens[0]!.index)) mentions.push(match.range)
    },
    document() {
      const declared = context.profile.voice.address === 'you'
      if (youCount === 0 && !declared) return
      for (const range of mentions) {
        context.report({
          messageId: youCount > 0 ? 'thirdPerson' : 'thirdPersonProfile',
          range,
          data: { you: youCount },
          expected: tryLines(context, youCount > 0 ? 'thirdPerson' : 'thirdPersonProfile', range),
          extra: { you: youCount },
        })
      }
    },
  }
}

function skippedTokens(sentence: Sentence, fixedPhrases: Range[]): Set<number> {
  const skip = quotedTokenIndexes(sentence)
  for (const token of sentence.tokens) {
    if (fixedPhrases.some((range) => token.start >= range.start && token.end <= range.end)) skip.add(token.index)
  }
  return skip
}

// Verb forms change too ("heb je" → "heeft u"): the rewrites name the pronoun, the writer fixes the verb.
const FORMAL_REWRITES: Record<string, string[]> = {
  je: ['u (en het werkwoord: "je hebt" → "u heeft")', 'uw (als "je" "jouw" betekent)'],
  jij: ['u (en het werkwoord: "jij hebt" → "u heeft")'],
  jou: ['u'],
  jouw: ['uw'],
  jezelf: ['uzelf', 'zich'],
  jullie: ['u'],
}
const INFORMAL_REWRITES: Record<string, string[]> = {
  u: ['je (en het werkwoord: "u heeft" → "je hebt")'],
  uw: ['je', 'jouw'],
  uzelf: ['jezelf'],
}
