import type { Rule } from '@echt/core'

/** Rewrites "colour" as "color" and "FairPhone" as "Fairphone": a stand-in for brand/terminology. */
export const spellingRule: Rule = {
  meta: {
    id: 'test/spelling', type: 'consistency', docs: { description: 'test', recommended: false },
    messages: { prefer: 'Write "{to}", not "{actual}"' }, schema: {}, defaultOptions: {}, defaultSeverity: 'warn', fixable: true,
  },
  create(context) {
    const preferred: Record<string, string> = { colour: 'color', FairPhone: 'Fairphone', 'e-mail': 'email' }
    return {
      sentence(sentence) {
        for (const token of sentence.tokens) {
          const to = preferred[token.value]
          if (to === undefined) continue
          context.report({ messageId: 'prefer', data: { to }, range: { start: token.start, end: token.end }, fix: { range: [token.start, token.end], text: to } })
        }
      },
    }
  },
}
