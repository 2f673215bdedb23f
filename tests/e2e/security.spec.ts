import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { META_CSP } from '../../security-headers'
import { appReady, expect, SCREENS, test, untilControlled } from './fixtures'

const DIST = process.env.DIST ?? 'dist'

/** The CSP directives of the built index.html, as name -> sources. */
function builtCsp(): { html: string; directives: Map<string, string[]> } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8')
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)
  expect(meta, 'index.html has a CSP meta tag').not.toBeNull()
  expect(meta![1], 'the meta policy comes from security-headers.ts').toBe(META_CSP)
  const directives = new Map<string, string[]>()
  for (const part of meta![1]!.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) directives.set(name, sources)
  }
  return { html, directives }
}

test('the built index.html carries a strict Content-Security-Policy and no inline script', () => {
  const { html, directives } = builtCsp()
  expect(directives.get('default-src')).toEqual(["'self'"])
  expect(directives.get('script-src')).toEqual(["'self'"])
  expect(directives.get('connect-src')).toEqual(["'self'"])
  // The backup check's Web Worker comes from this origin only.
  expect(directives.get('worker-src')).toEqual(["'self'"])
  expect(directives.get('style-src')).toEqual(["'self'"])
  expect(directives.get('object-src')).toEqual(["'none'"])
  expect(directives.get('base-uri')).toEqual(["'self'"])
  for (const sources of directives.values()) {
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:']) expect(sources).not.toContain(unsafe)
  }
  // Every script is a file from this origin: no inline code, no other host.
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
  expect(scripts.length).toBeGreaterThan(0)
  for (const [, attrs, body] of scripts) {
    expect(attrs).toMatch(/\ssrc="\/[^/]/)
    expect(body!.trim()).toBe('')
  }
  expect(html).not.toMatch(/\s(?:src|href)="(?:https?:)?\/\//i)
})

/** Collects CSP violations (in the page), console errors and page errors, and every request's origin. */
function watch(page: Page, origin: string): { problems: string[]; foreign: string[] } {
  const problems: string[] = []
  const foreign: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.context().on('request', (r) => {
    const url = r.url()
    if (url.startsWith('data:') || url.startsWith('blob:')) return
    if (new URL(url).origin !== origin) foreign.push(url)
  })
  return { problems, foreign }
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)
}

test('no CSP violation, console error or request to another origin on any screen or main flow', async ({ page, server }) => {
  test.setTimeout(120_000)
  await page.addInitScript(() => {
    const list: string[] = []
    ;(window as unknown as { __csp: string[] }).__csp = list
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  const seen = watch(page, server.url)

  await page.goto(server.url + '/')
  await appReady(page)
  await untilControlled(page)
  for (const path of SCREENS) {
    await page.goto(server.url + path)
    await appReady(page)
    expect(await violations(page), path).toEqual([])
  }

  // The flows that do the most: a drink, a screening that raises the gate, a backup out and a file in.
  await page.goto(server.url + '/')
  await page.locator('[data-action="add-water"]').first().click()
  await page.goto(server.url + '/check')
  await page.locator('input[data-finding="pe_symptoms"]').check()
  await page.locator('[data-action="next"]').click()
  await expect(page.locator('[data-gate="emergency"]').first()).toBeVisible()
  expect(await violations(page), 'gate').toEqual([])
  await page.goto(server.url + '/settings')
  await page.locator('[data-action="continue"]').click()
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export"]').click()])
  const backup = readFileSync(await download.path(), 'utf8')
  // The file is checked in a Web Worker from this origin (CSP worker-src 'self'); a blocked worker would show here.
  const workers: string[] = []
  page.on('worker', (w) => workers.push(w.url()))
  await page.locator('input[type=file][data-action="import"]').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(backup) })
  await expect(page.locator('[data-action="confirm-import"]')).toBeVisible()
  expect(workers.map((u) => new URL(u).origin)).toEqual([server.url])
  await page.locator('input[type=file][data-action="import"]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{') })
  await expect(page.getByRole('alert').filter({ hasText: 'not imported' })).toBeVisible()
  expect(await violations(page), 'settings').toEqual([])

  // Offline, deep links still load with nothing from elsewhere.
  await page.context().setOffline(true)
  for (const path of ['/water', '/history']) {
    await page.goto(server.url + path)
    await appReady(page)
    expect(await violations(page), `${path} offline`).toEqual([])
  }
  await page.context().setOffline(false)

  expect(seen.problems).toEqual([])
  expect(seen.foreign).toEqual([])

  // The watcher itself works: an inline script is blocked and reported.
  await page.evaluate(() => {
    const s = document.createElement('script')
    s.textContent = 'window.inlineRan = true'
    document.body.append(s)
  })
  // Reported once by each policy: the header's (security-headers.ts) and the meta tag's, both enforced.
  await expect.poll(() => violations(page)).toEqual([expect.stringContaining('script-src'), expect.stringContaining('script-src')])
  expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false)
})
