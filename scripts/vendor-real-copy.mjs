// Copies the real copy that packages/rules/test/real-copy.test.ts reads into fixtures/real-copy/,
// so the test runs on a clean clone without ../shared beside it. Run it again only to change the
// sample: `node scripts/vendor-real-copy.mjs [path to shared]` (default ../shared).
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const shared = resolve(repo, process.argv[2] ?? join('..', 'shared'))
const target = join(repo, 'fixtures', 'real-copy')

/** Every k-th page of the sorted list: about 200 English and 100 Dutch pages. */
const SAMPLE_EVERY = { pages: 37, 'pages.nl': 15 }
/** Pages outside the sample that hold a tagline claim: the rules must keep finding them. */
const KNOWN_CLAIMS = ['pages/common/gh.md', 'pages/common/piper.md', 'pages/common/ptpython.md', 'pages/common/whatweb.md', 'pages/linux/nala.md', 'pages.nl/common/ptpython.md']

const markdownFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []))

const tldr = join(shared, 'corpus', 'tldr')
const picked = new Set(KNOWN_CLAIMS)
for (const [folder, every] of Object.entries(SAMPLE_EVERY)) {
  markdownFiles(join(tldr, folder))
    .map((f) => relative(tldr, f).split('\\').join('/'))
    .sort()
    .forEach((f, i) => i % every === 0 && picked.add(f))
}

rmSync(target, { recursive: true, force: true })
for (const file of [...picked].sort()) {
  mkdirSync(dirname(join(target, 'tldr', file)), { recursive: true })
  copyFileSync(join(tldr, file), join(target, 'tldr', file))
}
copyFileSync(join(tldr, 'LICENSE.md'), join(target, 'tldr', 'LICENSE.md'))
mkdirSync(join(target, 'seeds'), { recursive: true })
for (const seed of readdirSync(join(shared, 'seeds')).filter((f) => f.endsWith('.txt'))) copyFileSync(join(shared, 'seeds', seed), join(target, 'seeds', seed))
writeFileSync(join(target, 'files.txt'), [...picked].sort().join('\n') + '\n')
console.log(`copied ${picked.size} tldr pages and the seeds into ${relative(repo, target)}`)
