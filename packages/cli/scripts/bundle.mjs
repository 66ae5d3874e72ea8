#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli.js and everything it imports, engine, rules and parsers
// included) into dist/bundle/, which bin/echt.js runs. Node resolving, reading and compiling some
// 480 modules one by one was most of the start-up of `echt check` on one small file; the bundle
// is a few files. Commands and formats the CLI imports on demand stay separate chunks, loaded
// only by the runs that use them. dist/ itself stays as tsc wrote it: the package's library
// entry, the worker threads and the tests use it.
import { build } from 'esbuild'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const packageRoot = fileURLToPath(new URL('..', import.meta.url))
const dist = join(packageRoot, 'dist')
export const BUNDLE_DIR = join(dist, 'bundle')
export const META_FILE = join(dist, 'bundle.meta.json')

/**
 * The CLI finds files beside its own modules at run time (its package.json, the config schema,
 * the worker threads, the draft page's assets) through `import.meta.url`. Inside the bundle each
 * module's `import.meta.url` is made the address its file has in dist/, so every such path, and
 * every `createRequire` of an optional dependency, resolves exactly as it does unbundled.
 */
const keepModuleAddresses = {
  name: 'keep-module-addresses',
  setup(context) {
    context.onLoad({ filter: /\.js$/ }, (args) => {
      if (!args.path.startsWith(dist + '/') && !args.path.startsWith(dist + '\\')) return undefined
      let contents = readFileSync(args.path, 'utf8')
      if (!contents.includes('import.meta.url')) return undefined
      // A package required on first use (fast-glob for folders, robots-parser for crawls) becomes
      // one side file beside the bundle, required just as late, instead of its files in node_modules.
      const toBundle = relative(dirname(args.path), BUNDLE_DIR).split('\\').join('/')
      contents = contents.replace(/createRequire\(import\.meta\.url\)\('([a-z@][^'.]*)'\)/g, (_, name) => {
        REQUIRED_ON_FIRST_USE.add(name)
        return `createRequire(import.meta.url)(${JSON.stringify(`./${toBundle}/${sideFile(name)}`)})`
      })
      // A worker thread that is an entry of the bundle starts from its bundled file: loading dist/worker.js
      // and the ~480 modules behind it took a worker 0.4 s, once per run with a file over 128 KB.
      const bundledWorkers = []
      contents = contents.replace(/new URL\('([^']+\.js)', import\.meta\.url\)/g, (whole, target) => {
        const entry = Object.entries(WORKER_ENTRIES).find(([, file]) => join(dist, file) === join(dirname(args.path), target))
        if (!entry) return whole
        bundledWorkers.push(entry[0])
        return `__ECHT_BUNDLED_WORKER_${bundledWorkers.length - 1}__`
      })
      const fromBundle = relative(BUNDLE_DIR, args.path).split('\\').join('/')
      contents = contents.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`)
      contents = contents.replace(/__ECHT_BUNDLED_WORKER_(\d+)__/g, (_, i) => `new URL(${JSON.stringify(`./${bundledWorkers[Number(i)]}.js`)}, import.meta.url)`)
      return {
        contents,
        loader: 'js',
        resolveDir: dirname(args.path),
      }
    })
  },
}

/**
 * Worker threads bundled as entries of their own (name in dist/bundle: file in dist/), sharing the
 * CLI's chunks. Only the lint worker: the language server's worker is started by a long-lived process,
 * where its start-up does not count.
 */
const WORKER_ENTRIES = { worker: 'worker.js' }

/** Packages the CLI requires on first use, found while bundling: each becomes sideFile(name). */
const REQUIRED_ON_FIRST_USE = new Set()
const sideFile = (name) => `${name.replace(/[@/]/g, '_')}.cjs`

/**
 * Core reads Markdown, MDX and HTML synchronously, so it imports every parser up front; but most
 * runs never see an .mdx or .html file, and MDX's parser (with acorn) and HTML's (parse5) were a
 * third of the code a small check loaded. In the bundle each stands behind a stub that requires
 * its own file beside the bundle on first use: same parser, same output, loaded only when needed.
 */
const ON_FIRST_USE = { 'remark-mdx': 'remark-mdx.cjs', 'rehype-parse': 'rehype-parse.cjs' }

const loadOnFirstUse = {
  name: 'load-on-first-use',
  setup(context) {
    const names = new RegExp(`^(${Object.keys(ON_FIRST_USE).join('|')})$`)
    context.onResolve({ filter: names }, (args) => ({ path: args.path, namespace: 'on-first-use' }))
    context.onLoad({ filter: /.*/, namespace: 'on-first-use' }, (args) => ({
      // A unified plugin: `this` is the processor it is attached to.
      contents: `import { createRequire } from 'node:module'
let plugin
export default function (...options) {
  plugin ??= createRequire(import.meta.url)(${JSON.stringify(`./${ON_FIRST_USE[args.path]}`)}).default
  return plugin.apply(this, options)
}`,
      loader: 'js',
    }))
  },
}

/**
 * commander requires node:child_process (and with it net and the streams, some 8 ms) as it loads,
 * for subcommands that are separate executables, of which echt has none. In the bundle it gets a
 * stand-in that requires the real module on first use.
 */
const childProcessOnFirstUse = {
  name: 'child-process-on-first-use',
  setup(context) {
    context.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'child-process-on-first-use' } : undefined,
    )
    context.onLoad({ filter: /.*/, namespace: 'child-process-on-first-use' }, () => ({
      contents: "let loaded\nmodule.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:child_process'))[key] })",
      loader: 'js',
    }))
  },
}

/**
 * Each parser of ON_FIRST_USE, and each package of REQUIRED_ON_FIRST_USE, as one CommonJS file (so
 * a synchronous require loads it).
 */
async function bundleOnFirstUse() {
  const sides = [
    ...Object.entries(ON_FIRST_USE).map(([name, file]) => ({ contents: `export { default } from '${name}'`, resolveDir: join(packageRoot, '..', 'core'), file })),
    ...[...REQUIRED_ON_FIRST_USE].map((name) => ({ contents: `module.exports = require('${name}')`, resolveDir: packageRoot, file: sideFile(name) })),
  ]
  for (const { contents, resolveDir, file } of sides) {
    await build({
      stdin: { contents, resolveDir, loader: 'js' },
      outfile: join(BUNDLE_DIR, file),
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      minifyWhitespace: true,
      minifySyntax: true,
      logLevel: 'warning',
    })
  }
}

export async function bundleCli() {
  rmSync(BUNDLE_DIR, { recursive: true, force: true })
  const { metafile } = await build({
    entryPoints: { echt: join(dist, 'cli.js'), ...Object.fromEntries(Object.entries(WORKER_ENTRIES).map(([name, file]) => [name, join(dist, file)])) },
    // Paths in bundle.meta.json are relative to the package, wherever the build runs from.
    absWorkingDir: packageRoot,
    outdir: BUNDLE_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // CommonJS dependencies inside an ES module bundle still call require() for Node's built-ins,
    // and vscode-languageserver reads __filename (any existing file does for its case test).
    banner: {
      js: "import { createRequire as __echtCreateRequire } from 'node:module'; import { fileURLToPath as __echtFileURLToPath } from 'node:url'; const require = __echtCreateRequire(import.meta.url); const __filename = __echtFileURLToPath(import.meta.url);",
    },
    // Prefer a package's ES module build: jsonc-parser's main is a UMD file whose require('./impl/...')
    // calls a bundle cannot follow.
    mainFields: ['module', 'main'],
    // Less to read and parse at start-up; names are kept as they are (no identifier minification).
    minifyWhitespace: true,
    minifySyntax: true,
    plugins: [keepModuleAddresses, loadOnFirstUse, childProcessOnFirstUse],
    metafile: true,
    logLevel: 'warning',
  })
  await bundleOnFirstUse()
  // Which modules went into which file (dist/bundle/x.js: [input paths]): the start-up tests check what a run loads.
  const inputsOf = Object.fromEntries(Object.entries(metafile.outputs).map(([file, { inputs }]) => [file, Object.keys(inputs)]))
  writeFileSync(META_FILE, JSON.stringify(inputsOf))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundleCli()
