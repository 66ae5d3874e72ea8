import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { launchBrowser, startServe, type ServeProcess } from './browser.js'
import { scratchDir } from '../helpers.js'

// A Dutch energy supplier's profile: the draft page speaks Dutch, findings and all.
let browser: Browser
let serve: ServeProcess
beforeAll(async () => {
  const dir = scratchDir('echt-serve-nl-')
  writeFileSync(join(dir, 'echt.config.yaml'), 'brand:\n  name: Zonnewind\n  language: nl\n  voice:\n    address: je\n')
  browser = await launchBrowser()
  serve = await startServe(['--date', '2026-11-23'], dir)
})
afterAll(async () => {
  await serve?.stop()
  await browser?.close()
})

describe('echt serve with a Dutch profile (in Chromium)', () => {
  it('shows its own words, the findings and the try lines in Dutch', async () => {
    const page = await browser.newPage()
    await page.goto(serve.url)
    await expect.poll(() => page.locator('#findings-title').textContent()).toBe('Meldingen')
    expect(await page.locator('html').getAttribute('lang')).toBe('nl')
    expect(await page.locator('#draft').getAttribute('placeholder')).toContain('Plak of typ hier je tekst')
    await page.locator('#draft').fill('Wij zijn de goedkoopste energieleverancier van Nederland.')
    await page.waitForFunction(() => document.getElementById('status')!.textContent === 'Gecontroleerd')
    const card = page.locator('.finding[data-rule="claims/cheapest"]')
    expect(await card.locator('.message').textContent()).toContain('claimt lagere prijzen dan elke concurrent')
    expect(await card.locator('.why .tag').textContent()).toBe('Waarom')
    expect(await card.locator('.try .tag').textContent()).toBe('Probeer')
    expect(await page.locator('#summary').textContent()).toMatch(/^1 melding \(0 fouten, 1 waarschuwing\) · Nederlands/)
    await page.close()
  })
})
