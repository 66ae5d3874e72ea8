#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli.js and everything it imports, engine, rules and parsers
// included) into dist/bundle/, which bin/echt.js runs. Node resolving, reading and compiling some
// 480 modules one by one was most of the start-up of `echt check` on one small file; the bundle
// is a few files. Commands and formats the CLI imports on demand stay separate chunks, loaded
// only by the runs that use them. dist/ itself stays as tsc wrote it: the package's library
// entry, the worker threads and the tests use it.
import { build } from 'esbuild'
import { readFileSync, rmSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const packageRoot = fileURLToPath(new URL('..', import.meta.url))
const dist = join(packageRoot, 'dist')
export const BUNDLE_DIR = join(dist, 'bundle')

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
      const contents = readFileSync(args.path, 'utf8')
      if (!contents.includes('import.meta.url')) return undefined
      const fromBundle = relative(BUNDLE_DIR, args.path).split('\\').join('/')
      return {
        contents: contents.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`),
        loader: 'js',
        resolveDir: dirname(args.path),
      }
    })
  },
}

export async function bundleCli() {
  rmSync(BUNDLE_DIR, { recursive: true, force: true })
  await build({
    entryPoints: { echt: join(dist, 'cli.js') },
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
    plugins: [keepModuleAddresses],
    logLevel: 'warning',
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundleCli()
