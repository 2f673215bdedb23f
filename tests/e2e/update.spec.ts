import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { serveDist } from './server'
import { appReady, expect, test, untilControlled } from './fixtures'

// Two real builds that differ only in their version. Built here, not in the shared setup: only this spec needs them.
const V1 = process.env.UPDATE_V1_DIR ?? 'dist-safety-v1'
const V2 = process.env.UPDATE_V2_DIR ?? 'dist-safety-v2'

function build(version: string, outDir: string): void {
  // UPDATE_VITE_CONFIG: another vite config for a local trial run; normally the project's own.
  const config = process.env.UPDATE_VITE_CONFIG ? ['--config', process.env.UPDATE_VITE_CONFIG] : []
  const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', ...config], {
    env: { ...process.env, APP_VERSION: version, OUT_DIR: outDir },
    encoding: 'utf8',
    stdio: 'pipe',
  })
  if (run.status !== 0) throw new Error(`vite build ${version} failed:\n${run.stdout}\n${run.stderr}`)
}

/**
 * The module scripts of a build, in order: which version a page is running. The libraries' chunk keeps its name from
 * one version to the next; the app's own first-screen chunk does not.
 */
function entryOf(dir: string): string {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const scripts = [...html.matchAll(/<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1])
  if (scripts.length === 0) throw new Error(`No entry script in ${dir}/index.html`)
  return scripts.join(' ')
}

async function runningEntry(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLScriptElement>('script[type="module"]')].map((s) => new URL(s.src).pathname).join(' '),
  )
}

/**
 * The entry script once the page stands still: a tab may reload twice on the way to the new version (after the
 * take-over reload, a stale page reloads once more, see pwa/register.ts), so a read cut off by a navigation
 * is polled again rather than failed.
 */
async function settledEntry(page: Page): Promise<string> {
  return runningEntry(page).catch((error: Error) => {
    if (/context was destroyed|navigat/i.test(error.message)) return '(reloading)'
    throw error
  })
}

async function marker(page: Page): Promise<number | undefined> {
  return page.evaluate(() => (window as unknown as { marker?: number }).marker)
}

test.beforeAll(() => {
  test.setTimeout(240_000)
  build('1.0.0', V1)
  build('2.0.0', V2)
})

test('an update accepted mid-routine waits for the routine to end, then reloads into the new version', async ({ page }) => {
  test.setTimeout(180_000)
  const v1Entry = entryOf(V1)
  const v2Entry = entryOf(V2)
  expect(v1Entry).not.toBe(v2Entry)

  let server = await serveDist(V1)
  const port = server.port
  try {
    await page.goto(server.url + '/settings')
    await appReady(page)
    await untilControlled(page)
    await expect(page.getByText('Version 1.0.0')).toBeVisible()

    // A routine is running.
    await page.goto(server.url + '/routines/calf-stretch')
    await appReady(page)
    await page.locator('[data-action="start"]').click()
    await expect(page.locator('[data-action="pause"]')).toBeVisible()
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1))

    // Version 2 is published on the same origin, and the app checks for it.
    await server.close()
    server = await serveDist(V2, port)
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      await registration?.update()
    })
    const apply = page.locator('[data-action="apply-update"]')
    await expect(apply).toBeVisible({ timeout: 30_000 })
    await expect(page.locator('[data-update-prompt]')).toContainText('wait until your routine ends')
    await apply.click()
    await expect(page.locator('[data-update-prompt]')).toContainText('applied when your routine ends')

    // Nothing reloads mid-routine: the page, the routine and version 1 are all still here.
    await page.waitForTimeout(1500)
    expect(await marker(page)).toBe(1)
    expect(await runningEntry(page)).toBe(v1Entry)
    await expect(page.locator('[data-action="pause"], [data-action="resume"]').first()).toBeVisible()

    // Skip to the end of the routine: then, and only then, the new version takes over.
    const reloaded = page.waitForEvent('load', { timeout: 60_000 })
    for (let i = 0; i < 200; i++) {
      if ((await page.locator('[data-run-finished]').count()) > 0 || (await marker(page).catch(() => undefined)) === undefined) break
      await page.locator('[data-action="skip"]').click({ timeout: 2000 }).catch(() => undefined)
    }
    await reloaded
    await appReady(page)
    expect(await marker(page)).toBeUndefined()
    await expect.poll(() => settledEntry(page)).toBe(v2Entry)
    await page.goto(server.url + '/settings')
    await expect(page.getByText('Version 2.0.0')).toBeVisible()
  } finally {
    await server.close()
  }
})

/** Publishes version 2 on the same origin and has the page check for it; resolves with the new server. */
async function publishV2(server: Awaited<ReturnType<typeof serveDist>>, page: Page): Promise<Awaited<ReturnType<typeof serveDist>>> {
  const port = server.port
  await server.close()
  const next = await serveDist(V2, port)
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration()
    await registration?.update()
  })
  return next
}

/** Two tabs of version 1, both controlled by its service worker: A on Settings, B opened at `bPath`. */
async function twoTabs(context: import('@playwright/test').BrowserContext, url: string, bPath: string): Promise<[Page, Page]> {
  const a = await context.newPage()
  await a.goto(url + '/settings')
  await appReady(a)
  await untilControlled(a)
  const b = await context.newPage()
  await b.goto(url + bPath)
  await appReady(b)
  await expect.poll(() => b.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
  return [a, b]
}

const setMarker = (p: Page): Promise<void> => p.evaluate(() => void ((window as unknown as { marker: number }).marker = 1))

test('an update accepted in one tab waits while another tab runs a routine; the busy tab says so; then both reload into the new version', async ({ context }) => {
  test.setTimeout(180_000)
  const v1Entry = entryOf(V1)
  const v2Entry = entryOf(V2)
  expect(v1Entry).not.toBe(v2Entry)
  let server = await serveDist(V1)
  try {
    const [a, b] = await twoTabs(context, server.url, '/routines/calf-stretch')
    await b.locator('[data-action="start"]').click()
    await expect(b.locator('[data-action="pause"]')).toBeVisible()
    await Promise.all([setMarker(a), setMarker(b)])

    server = await publishV2(server, a)
    const apply = a.locator('[data-action="apply-update"]')
    await expect(apply).toBeVisible({ timeout: 30_000 })
    await expect(b.locator('[data-update-prompt]')).toContainText('wait until your routine ends', { timeout: 30_000 })

    // Tab A, which is not busy, accepts: it waits for B and says why; B says it will apply when its routine ends.
    await apply.click()
    await expect(a.locator('[data-update-prompt]')).toContainText('once no window has a routine or a check in progress')
    await expect(b.locator('[data-update-prompt]')).toContainText('applied when your routine ends')
    await b.waitForTimeout(2000)
    for (const p of [a, b]) {
      expect(await marker(p), 'no reload').toBe(1)
      expect(await runningEntry(p)).toBe(v1Entry)
    }
    await expect(b.locator('[data-action="pause"], [data-action="resume"]').first()).toBeVisible()
    expect(await b.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null), 'the new version still waits').toBe(true)

    // B's routine ends: then, and only then, both tabs reload into version 2.
    const reloads = [a.waitForEvent('load', { timeout: 60_000 }), b.waitForEvent('load', { timeout: 60_000 })]
    for (let i = 0; i < 200; i++) {
      if ((await b.locator('[data-run-finished]').count()) > 0 || (await marker(b).catch(() => undefined)) === undefined) break
      await b.locator('[data-action="skip"]').click({ timeout: 2000 }).catch(() => undefined)
    }
    await Promise.all(reloads)
    for (const p of [a, b]) {
      await appReady(p)
      expect(await marker(p)).toBeUndefined()
      await expect.poll(() => settledEntry(p)).toBe(v2Entry)
    }
  } finally {
    await server.close()
  }
})

test('an update accepted in one tab waits while another tab holds unsaved screener answers, which survive', async ({ context }) => {
  test.setTimeout(180_000)
  const v1Entry = entryOf(V1)
  const v2Entry = entryOf(V2)
  expect(v1Entry).not.toBe(v2Entry)
  let server = await serveDist(V1)
  try {
    const [a, b] = await twoTabs(context, server.url, '/check')
    // B is half-way through a check: past the first step, with a tick on the second.
    await b.locator('[data-action="none"]').click()
    await expect(b.locator('[data-screener-progress]')).toContainText('Step 2')
    const tick = b.locator('main [data-step] input[type="checkbox"][data-finding]').first()
    await tick.check()
    await Promise.all([setMarker(a), setMarker(b)])

    server = await publishV2(server, a)
    const apply = a.locator('[data-action="apply-update"]')
    await expect(apply).toBeVisible({ timeout: 30_000 })
    await expect(b.locator('[data-update-prompt]')).toContainText('wait until you finish the check', { timeout: 30_000 })
    await apply.click()
    await expect(b.locator('[data-update-prompt]')).toContainText('applied when you finish the check')
    await b.waitForTimeout(2000)
    for (const p of [a, b]) {
      expect(await marker(p), 'no reload').toBe(1)
      expect(await runningEntry(p)).toBe(v1Entry)
    }
    await expect(tick).toBeChecked()

    // B finishes the check (its result is saved): then both tabs take the new version.
    const reloads = [a.waitForEvent('load', { timeout: 60_000 }), b.waitForEvent('load', { timeout: 60_000 })]
    for (let i = 0; i < 12 && (await b.locator('[data-disposition]').count()) === 0; i++) {
      const none = b.locator('[data-action="none"]')
      if ((await b.locator('[data-choice="both-legs"]').count()) > 0) await b.locator('[data-choice="both-legs"]').check()
      await ((await none.count()) > 0 ? none : b.locator('main [data-step] [data-action="next"]')).click({ timeout: 5000 }).catch(() => undefined)
      if ((await marker(b).catch(() => undefined)) === undefined) break
    }
    await Promise.all(reloads)
    for (const p of [a, b]) {
      await appReady(p)
      await expect.poll(() => settledEntry(p)).toBe(v2Entry)
    }
  } finally {
    await server.close()
  }
})
