// Bundles the extension (CommonJS, as VS Code loads it) and echt's CLI as its language server
// (one ESM file, `echt lsp` and `echt report`), so the .vsix needs no node_modules and no network.
import { build } from 'esbuild'
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'

const here = dirname(fileURLToPath(import.meta.url))
const cli = dirname(createRequire(import.meta.url).resolve('@echt/cli/package.json'))
const dist = join(here, 'dist')
rmSync(dist, { recursive: true, force: true })

await build({
  entryPoints: [join(here, 'src', 'extension.ts')],
  outfile: join(dist, 'extension.js'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode'],
  logLevel: 'warning',
})

/**
 * The CLI loads a few files at run time through `createRequire(import.meta.url)` (its package.json
 * for the version, the config schema, ajv on first use), which a bundler cannot follow. This turns
 * each such call into a static import, so they land in the bundle.
 */
const inlineRuntimeRequires = {
  name: 'inline-runtime-requires',
  setup(context) {
    context.onLoad({ filter: /[\\/]cli[\\/]dist[\\/].*\.js$/ }, (args) => {
      let contents = readFileSync(args.path, 'utf8')
      if (!contents.includes('createRequire')) return undefined
      const imports = []
      contents = contents.replace(/(?:createRequire\(import\.meta\.url\)|\brequire)\(('[^']+')\)/g, (_, specifier) => {
        const name = `__echtRequired${imports.length}`
        imports.push(`import * as ${name} from ${specifier}`)
        return `(${name}.default ?? ${name})`
      })
      return { contents: `${imports.join('\n')}\n${contents}`, loader: 'js', resolveDir: dirname(args.path) }
    })
  },
}

const serverBuild = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS dependencies inside an ES module bundle still call require() for Node's built-ins.
  banner: { js: "import { createRequire as __echtCreateRequire } from 'node:module'; const require = __echtCreateRequire(import.meta.url);" },
  plugins: [inlineRuntimeRequires],
  // Prefer a package's ES module build: jsonc-parser's main is a UMD file whose require('./impl/...')
  // calls a bundle cannot follow.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
}

await build({
  ...serverBuild,
  stdin: {
    contents: `import { main } from './dist/cli.js'
const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text.endsWith('\\n') || text === '' ? text : text + '\\n'),
  stderr: (text) => process.stderr.write(text.endsWith('\\n') ? text : text + '\\n'),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
})
process.exitCode = code`,
    resolveDir: cli,
    loader: 'js',
  },
  outfile: join(dist, 'server', 'echt.mjs'),
})

// The server's background linter thread, found beside the server as `./lint-worker.js`.
await build({ ...serverBuild, entryPoints: [join(cli, 'dist', 'lsp', 'lint-worker.js')], outfile: join(dist, 'server', 'lint-worker.js') })

// The extension itself is CommonJS; the server's files are ES modules.
writeFileSync(join(dist, 'server', 'package.json'), '{ "type": "module" }\n')
mkdirSync(join(dist, 'schema'), { recursive: true })
copyFileSync(join(cli, 'schema', 'echt.config.schema.json'), join(dist, 'schema', 'echt.config.schema.json'))
