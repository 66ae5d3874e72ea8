import { describe, it, expect } from 'vitest'
import { spawnSync } from 'node:child_process'
import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { project } from './helpers.js'
import { ECHT_BIN } from './lsp-client.js'

const NVIM = process.env.ECHT_NVIM ?? 'nvim'
const SCRIPT = fileURLToPath(new URL('./neovim/quick-fix.lua', import.meta.url))

function nvimVersion(): string | undefined {
  const result = spawnSync(NVIM, ['--version'], { encoding: 'utf8' })
  return result.status === 0 ? result.stdout.split('\n')[0] : undefined
}

describe('echt lsp in Neovim (built-in LSP client, headless)', () => {
  it('shows the diagnostic at the exact range, applies the quick fix, and the diagnostic goes', () => {
    const version = nvimVersion()
    if (!version) {
      throw new Error(`Neovim not found (${NVIM}): pnpm test installs it as root with apt-get (scripts/ensure-neovim.sh); otherwise run sudo apt-get install neovim, or set ECHT_NVIM to its path`)
    }
    const dir = project({
      'echt.config.yaml': 'brand:\n  name: Kaapstad Koffie\n  voice:\n    prefer: { e-mail: email }\n',
      'page.md': '# Coffee\n\nWe sell the best coffee in town. Send us an e-mail.\n',
    })
    const out = join(dir, 'nvim-result.json')
    const run = spawnSync(NVIM, ['--headless', '--clean', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${SCRIPT}`], {
      cwd: dir,
      env: { ...process.env, ECHT_NVIM_OUT: out, ECHT_NVIM_ROOT: dir, ECHT_NVIM_PAGE: join(dir, 'page.md'), ECHT_NODE: process.execPath, ECHT_BIN },
      encoding: 'utf8',
      timeout: 150_000,
    })
    expect(existsSync(out), `${version} wrote nothing (exit ${run.status}); stderr: ${run.stderr}`).toBe(true)
    const result = JSON.parse(readFileSync(out, 'utf8'))
    expect(result.error).toBeUndefined()
    const terminology = result.before.find((d: any) => d.code === 'brand/terminology')
    // Line 3, the words "e-mail": columns 44 to 50, zero-based as Neovim counts them.
    expect(terminology).toMatchObject({ lnum: 2, col: 44, end_lnum: 2, end_col: 50 })
    const superlative = result.before.find((d: any) => d.code === 'claims/superlative')
    expect(superlative).toMatchObject({ lnum: 2, col: 8, end_col: 16 })
    expect(result.action).toBe('Replace "e-mail" with "email"')
    expect(result.line).toBe('We sell the best coffee in town. Send us an email.')
    expect(result.after.map((d: any) => d.code)).toEqual(['claims/superlative'])
    expect(run.status).toBe(0)
  }, 180_000)
})
