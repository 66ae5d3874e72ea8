import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { request } from 'node:http'
import type { Browser, Page } from 'playwright-core'
import type { Rule } from '@echt/core'
import { launchBrowser, repoRoot, startServe, type ServeProcess } from './browser.js'
import { startServer } from '../../dist/serve/server.js'
import { loadServeProfiles } from '../../dist/commands/serve.js'

const XSS = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'

/** A raw HTTP request: the path and Host header go out exactly as given, unnormalised. */
function rawRequest(url: string, options: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  const { hostname, port } = new URL(url)
  return new Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const req = request({ hostname, port, path: options.path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = ''
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

/** Waits until the page has shown the answer to a check of exactly the current draft. */
async function settled(page: Page) {
  await page.waitForFunction(() => document.getElementById('status')!.textContent === 'Checked')
}

let browser: Browser
let serve: ServeProcess
beforeAll(async () => {
  browser = await launchBrowser()
  serve = await startServe(['--config', 'examples/echt.config.yaml', '--date', '2026-11-23'])
})
afterAll(async () => {
  await serve?.stop()
  await browser?.close()
})

describe('echt serve (in Chromium)', () => {
  it('listens on 127.0.0.1 and shows the profile in use', async () => {
    expect(new URL(serve.url).hostname).toBe('127.0.0.1')
    const page = await browser.newPage()
    await page.goto(serve.url)
    await expect.poll(() => page.locator('#profile option').allTextContents()).toEqual(['Kaapstad Koffie (examples/echt.config.yaml)'])
    const profile = await page.locator('#profile-body').textContent()
    expect(profile).toContain('We roast fairly traded coffee in Utrecht')
    expect(profile).toContain('Fairness')
    expect(profile).toContain('freshest-in-utrecht')
    await page.close()
  })

  it('highlights a superlative in place as you type, with its reason and rewrites', async () => {
    const page = await browser.newPage()
    await page.goto(serve.url)
    await page.locator('#draft').pressSequentially('We are the best roaster in town.', { delay: 10 })
    await settled(page)
    const mark = page.locator('#highlights mark[data-rule="claims/superlative"]')
    await expect.poll(() => mark.allTextContents()).toEqual(['the best'])
    const card = page.locator('li.finding[data-rule="claims/superlative"]')
    expect(await card.locator('.message').textContent()).toContain('"the best" claims superiority without a basis')
    expect(await card.locator('.why').textContent()).toMatch(/CAP Code/)
    expect(await card.locator('.try li').count()).toBeGreaterThan(0)

    // The mark sits exactly over the words in the textarea: same box, same place.
    const [markBox, draftBox] = await Promise.all([mark.boundingBox(), page.locator('#draft').boundingBox()])
    expect(markBox!.x).toBeGreaterThan(draftBox!.x)
    expect(markBox!.y).toBeGreaterThan(draftBox!.y)

    // Clicking the finding selects the flagged words in the draft.
    await card.click()
    expect(await page.locator('#draft').evaluate((t: HTMLTextAreaElement) => t.value.slice(t.selectionStart, t.selectionEnd))).toBe('the best')

    // An approved claim from the profile is not flagged; editing the draft updates the marks.
    await page.locator('#draft').fill('We roast the freshest coffee in Utrecht.')
    await settled(page)
    expect(await page.locator('#highlights mark[data-rule="claims/superlative"]').count()).toBe(0)
    expect(await page.locator('#summary').textContent()).toContain('freshest-in-utrecht')

    // An offer whose conditions stand with it is not flagged, and the summary says what backs it.
    await page.locator('#draft').fill('Free delivery on orders over €25.')
    await settled(page)
    expect(await page.locator('#highlights mark').count()).toBe(0)
    expect(await page.locator('#summary').textContent()).toContain('an offer with its conditions stated on the page')
    await page.close()
  })

  it('pasted markup is shown as text and never runs', async () => {
    const page = await browser.newPage()
    await page.goto(serve.url)
    const draft = `${XSS}\n\nWe are the best roaster in town. ${XSS}`
    await page.locator('#draft').focus()
    await page.keyboard.insertText(draft) // what a paste does to a textarea
    await settled(page)
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
    expect(await page.locator('#highlights img, #highlights script, #findings img').count()).toBe(0)
    expect(await page.locator('#highlights').textContent()).toBe(`${draft}\n`)
    expect(await page.locator('#highlights mark[data-rule="claims/superlative"]').allTextContents()).toEqual(['the best'])
    await page.close()
  })

  it('answers only for localhost names and serves only its own files', async () => {
    const home = await rawRequest(serve.url, { path: '/' })
    expect(home.status).toBe(200)
    expect(home.headers['content-security-policy']).toMatch(/default-src 'self'/)
    expect(home.headers['content-security-policy']).not.toMatch(/unsafe-inline/)
    expect(home.headers['x-content-type-options']).toBe('nosniff')

    const port = new URL(serve.url).port
    for (const host of ['evil.example', `evil.example:${port}`, `192.168.1.20:${port}`, `localhost:${Number(port) + 1}`]) {
      expect((await rawRequest(serve.url, { path: '/', headers: { Host: host } })).status, host).toBe(403)
    }
    expect((await rawRequest(serve.url, { path: '/', headers: { Host: `localhost:${port}` } })).status).toBe(200)

    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/app.js/../../package.json', '/src/serve/server.ts', '/index.html/']) {
      const response = await rawRequest(serve.url, { path })
      expect(response.status, path).toBe(404)
      expect(response.body).not.toContain('"name"')
    }

    const lintBody = JSON.stringify({ text: 'We are the best.', language: 'en', profile: '0' })
    const fromOtherSite = await rawRequest(serve.url, { path: '/api/lint', method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' }, body: lintBody })
    expect(fromOtherSite.status).toBe(403)
    const asForm = await rawRequest(serve.url, { path: '/api/lint', method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: lintBody })
    expect(asForm.status).toBe(415)
    const ok = await rawRequest(serve.url, { path: '/api/lint', method: 'POST', headers: { 'Content-Type': 'application/json' }, body: lintBody })
    expect(ok.status).toBe(200)
    expect(JSON.parse(ok.body).messages.map((m: { actual: string }) => m.actual)).toContain('the best')
  })
})

describe('applying a rewrite', () => {
  // Today's rules give advice rather than replacements, so this rule stands in for one that
  // has a fix (brand/terminology) and for plain replacements in `expected` ("workforce").
  const plainWords: Rule = {
    meta: {
      id: 'test/plain-words',
      type: 'consistency',
      docs: { description: 'test rule', recommended: false, source: 'house style' },
      messages: { plain: 'Say "{replacement}" instead of "{actual}"' },
      schema: {},
      defaultOptions: {},
      defaultSeverity: 'warn',
      fixable: true,
    },
    create(context) {
      return {
        sentence(sentence) {
          for (const token of sentence.tokens) {
            if (token.normal === 'utilise') {
              context.report({ messageId: 'plain', data: { replacement: 'use' }, range: { start: token.start, end: token.end }, fix: { range: [token.start, token.end], text: 'use' } })
            }
            if (token.normal === 'manpower') {
              context.report({ messageId: 'plain', data: { replacement: 'workforce' }, range: { start: token.start, end: token.end }, expected: ['workforce', 'state what the team does instead: "12 roasters"'] })
            }
          }
        },
      }
    },
  }

  it('one click applies a fix or a plain replacement, and the finding goes', async () => {
    const profiles = loadServeProfiles(repoRoot, ['examples/echt.config.yaml'], '2026-11-23', () => {})
    const server = await startServer({ profiles, host: '127.0.0.1', port: 0, extraRules: [{ rule: plainWords, severity: 1, options: {} }] })
    const page = await browser.newPage()
    try {
      await page.goto(server.url)
      await page.locator('#draft').fill('We utilise our manpower to roast the best beans.')
      await settled(page)
      expect(await page.locator('#highlights mark').allTextContents()).toEqual(['utilise', 'manpower', 'the best'])

      await page.locator('li.finding[data-rule="test/plain-words"]').first().locator('button.apply').click()
      await settled(page)
      expect(await page.locator('#draft').inputValue()).toBe('We use our manpower to roast the best beans.')

      const manpower = page.locator('li.finding[data-rule="test/plain-words"]')
      expect(await manpower.locator('button.apply').allTextContents()).toEqual(['Replace with “workforce”'])
      await manpower.locator('button.apply').click()
      await settled(page)
      expect(await page.locator('#draft').inputValue()).toBe('We use our workforce to roast the best beans.')
      expect(await page.locator('#highlights mark').allTextContents()).toEqual(['the best'])

      // The rewrite is an ordinary edit: undo brings the words back.
      await page.keyboard.press('Control+z')
      expect(await page.locator('#draft').inputValue()).toBe('We use our manpower to roast the best beans.')
    } finally {
      await page.close()
      await server.close()
    }
  })
})
