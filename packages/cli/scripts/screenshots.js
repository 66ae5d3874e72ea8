#!/usr/bin/env node
// `pnpm screenshots`: the README's pictures of `echt report` and `echt serve`, taken from the
// example site with Debian's chromium (apt-get install chromium). Run `pnpm build` first.
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { main } from '../dist/cli.js'
import { startServer } from '../dist/serve/server.js'
import { loadServeProfiles } from '../dist/commands/serve.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const outDir = join(root, 'docs/screenshots')
const date = '2026-11-23'
const quiet = { cwd: root, stdout: () => {}, stderr: (text) => process.stderr.write(`${text}\n`), env: {}, isTTY: false }

mkdirSync(outDir, { recursive: true })
const browser = await chromium.launch({
  executablePath: process.env.ECHT_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})
try {
  const reportFile = join(mkdtempSync(join(tmpdir(), 'echt-shots-')), 'report.html')
  const code = await main(['report', 'examples', '--config', 'examples/echt.config.yaml', '--date', date, '-o', reportFile], quiet)
  if (code !== 0) throw new Error(`echt report exited with ${code}`)
  const report = await browser.newPage({ viewport: { width: 1100, height: 1400 }, deviceScaleFactor: 1 })
  await report.goto(pathToFileURL(reportFile).href)
  await report.screenshot({ path: join(outDir, 'report.png') })
  await report.close()

  const profiles = loadServeProfiles(root, ['examples/echt.config.yaml'], date, () => {})
  const server = await startServer({ profiles, host: '127.0.0.1', port: 0 })
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 }, deviceScaleFactor: 1 })
  await page.goto(server.url)
  await page.locator('#draft').fill(
    '# Fresh from Utrecht\n\nWe are the best roaster in the Netherlands and the market leader in fair coffee.\n\n' +
      'We roast the freshest coffee in Utrecht, and every bag pays the farmer a living income.\n\n' +
      'Our eco-friendly bags are delivered carbon neutral. Hurry: only 3 left!',
  )
  await page.waitForFunction(() => document.getElementById('status').textContent === 'Checked')
  await page.screenshot({ path: join(outDir, 'serve.png') })
  await page.close()
  await server.close()
  process.stdout.write(`wrote ${join('docs/screenshots', 'report.png')} and ${join('docs/screenshots', 'serve.png')}\n`)
} finally {
  await browser.close()
}
