import { describe, it, expect } from 'vitest'
import { build } from 'esbuild'
import { createContext, runInContext } from 'node:vm'
import { fileURLToPath } from 'node:url'

/**
 * The engine and rules must run in a browser (the draft checker page uses them). Bundle them for
 * the browser platform and run the bundle where there is no process, require or node: module.
 */
describe('browser bundle', () => {
  it('bundles without Node built-ins and lints in a bare context', async () => {
    const entry = fileURLToPath(new URL('./fixtures/browser-entry.js', import.meta.url))
    const result = await build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'iife', globalName: 'echt', write: false, metafile: true, logLevel: 'silent' })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.filter((input) => input.startsWith('node:') || /(^|\/)(fs|path|process|child_process)$/.test(input))).toEqual([])
    expect(inputs.some((input) => input.includes('natural/lib/natural/stemmers'))).toBe(true)
    expect(inputs.some((input) => /natural\/lib\/natural\/index\.js$/.test(input))).toBe(false)

    // The only DOM API in the bundle: micromark's browser entity decoder creates one element at load.
    const document = { createElement: () => ({ innerHTML: '', textContent: '' }) }
    const context = createContext({ console: { log() {}, warn() {}, error() {} }, document })
    expect(runInContext('typeof process + typeof require + typeof Buffer', context)).toBe('undefinedundefinedundefined')
    runInContext(result.outputFiles[0]!.text, context)
    const messages = runInContext('echt.check("# Hello\\n\\nWe are the best bakery in town.\\n")', context) as { ruleId: string; actual: string }[]
    expect(messages.map((m) => [m.ruleId, m.actual])).toEqual([['claims/superlative', 'the best']])
  })
})
