import { chromium } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROMIUM_ARGS } from '../../playwright.config'
import { SCREENS, appReady, expect, test, untilControlled } from './fixtures'

test('the service worker controls the page, and the app opens offline with the server stopped', async ({ page, context, server }) => {
  await page.goto(server.url + '/')
  await appReady(page)
  await untilControlled(page)

  await server.close()
  await context.setOffline(true)

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()

  await page.goto(server.url + '/water')
  await expect(page.locator('main h1')).toHaveText(/water/i)

  const tab = await context.newPage()
  await tab.goto(server.url + '/history')
  await expect(tab.locator('main h1')).toHaveText(/history/i)
  await expect(tab.locator('main')).toHaveCount(1)
})

test('every screen opens offline from a deep link once the app is installed', async ({ page, context, server }) => {
  await page.goto(server.url + '/')
  await untilControlled(page)
  await server.close()
  await context.setOffline(true)
  for (const path of SCREENS) {
    await page.goto(server.url + path)
    await expect(page.locator('main h1').first(), path).toBeVisible()
  }
})

test('once installed, the tab screens load from the offline cache while idle, so a tap fetches no code', async ({ page, server }) => {
  const scripts: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname)
  })
  // A first visit loads only the first screen's code: the service worker is downloading the rest for offline use.
  await page.goto(server.url + '/')
  await appReady(page)
  await page.waitForLoadState('networkidle')
  expect(scripts.filter((s) => /(History|Plans|Check|Water|Settings)Page-/.test(s))).toEqual([])

  await untilControlled(page)
  await page.goto(server.url + '/sources')
  await appReady(page)
  // The code of every tab's screen arrives without a tap.
  for (const name of ['CheckPage', 'PlansPage', 'WaterPage', 'HistoryPage', 'SettingsPage']) {
    await expect.poll(() => scripts.some((s) => s.includes(`/${name}-`)), name).toBe(true)
  }
  await page.waitForLoadState('networkidle')
  scripts.length = 0
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click()
  await expect(page.locator('main h1')).toHaveText('History')
  await expect(page.locator('[data-chart="water"]')).toBeVisible()
  // Neither the screen's code nor its store's was fetched on the tap (what sits below the charts loads after them).
  expect(scripts.filter((s) => /\/(HistoryPage|history)-/.test(s))).toEqual([])
})

test('the browser finds nothing stopping installation', async ({ server }) => {
  const dir = mkdtempSync(join(tmpdir(), 'leg-care-profile-'))
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(server.url + '/')
    await appReady(page)
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    const cdp = await context.newCDPSession(page)
    const manifest = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; url: string }
    expect(manifest.url).toContain('manifest.webmanifest')
    expect(manifest.errors).toEqual([])
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] }
    expect(installabilityErrors).toEqual([])
    await cdp.detach()
  } finally {
    await context.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('no request leaves the app’s own origin on any screen', async ({ page, server }) => {
  const foreign: string[] = []
  page.on('request', (req) => {
    const url = req.url()
    if (!url.startsWith(server.url) && !/^(data|blob):/.test(url)) foreign.push(url)
  })
  for (const path of SCREENS) {
    await page.goto(server.url + path)
    await expect(page.locator('main h1').first()).toBeVisible()
  }
  await page.waitForLoadState('networkidle')
  expect(foreign).toEqual([])
})

test('the manifest names the app, its icons and standalone display', async ({ page, server }) => {
  const res = await page.request.get(server.url + '/manifest.webmanifest')
  const manifest = (await res.json()) as Record<string, unknown> & { icons: { sizes: string; purpose?: string }[] }
  expect(manifest).toMatchObject({ name: expect.any(String), short_name: expect.any(String), id: '/', start_url: '/', scope: '/', display: 'standalone' })
  expect(manifest.theme_color).toMatch(/^#/)
  expect(manifest.background_color).toMatch(/^#/)
  const sizes = manifest.icons.map((i) => i.sizes)
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']))
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true)
  await page.goto(server.url + '/')
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', /apple-touch-icon/)
  const touch = await page.request.get(server.url + '/apple-touch-icon-180x180.png')
  expect(touch.headers()['content-type']).toBe('image/png')
})
