import { describe, it, expect } from 'vitest'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { rules } from '@echt/rules'
import { readExamples, runExample, formatMessages, updateExampleOutput } from './examples.js'

const srcDir = fileURLToPath(new URL('../src/', import.meta.url))

// Every rule's docs page is its test: the examples must produce exactly the output shown.
for (const [id, rule] of Object.entries(rules)) {
  describe(`${id} docs`, () => {
    const readme = `${srcDir}${id}/README.md`
    it('has a docs page with flagged and clean examples in English and Dutch', () => {
      expect(existsSync(readme), `${readme} is missing`).toBe(true)
      const examples = readExamples(readme)
      for (const lang of ['en', 'nl']) {
        const mine = examples.filter((e) => e.lang === lang)
        expect(mine.some((e) => e.expected !== ''), `a flagged ${lang} example`).toBe(true)
        expect(mine.some((e) => e.expected === ''), `a clean ${lang} example`).toBe(true)
      }
    })
    if (!existsSync(readme)) return
    readExamples(readme).forEach((example, index) => {
      it(`${example.title} (README.md:${example.line})`, () => {
        const { own, result } = runExample(rule, example, rules)
        // UPDATE_DOCS=1 writes the actual output into the README, for an intended change of messages: review the diff.
        if (process.env.UPDATE_DOCS && formatMessages(own) !== example.expected) updateExampleOutput(readme, index, formatMessages(own))
        else expect(formatMessages(own)).toBe(example.expected)
        // Positions come from the trees: the offsets slice out exactly the flagged words.
        for (const message of result.messages) {
          expect(example.input.slice(message.offset, message.endOffset)).toBe(message.actual)
        }
      })
    })
  })
}
