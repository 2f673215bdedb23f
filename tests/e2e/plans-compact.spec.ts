import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { appReady, expect, noneToTheEnd, test } from './fixtures'
import { axeViolations } from './axe'

/** A runner's check: pain at the back of the thigh that started during exercise, one leg, within the last hour. */
async function runnerCheck(page: Page, url: string): Promise<void> {
  await page.goto(url + '/check')
  await appReady(page)
  await page.locator('[data-action="none"]').click() // emergency signs
  await page.locator('[data-action="none"]').click() // same-day signs
  await page.locator('input[data-finding="pain_one_leg_only"]').check()
  await page.locator('input[data-finding="pain_started_during_exercise"]').check()
  await page.locator('input[data-finding="location_back_of_thigh"]').check()
  await page.locator('input[data-onset="last-hour"]').check()
  await page.locator('[data-action="next"]').click()
  await noneToTheEnd(page)
  await expect(page.locator('[data-disposition="self-care"]')).toBeVisible()
}

async function openPlans(page: Page, url: string): Promise<void> {
  await page.goto(url + '/plans')
  await appReady(page)
  await expect(page.locator('[data-your-plans] [data-plan="rice"]')).toBeVisible()
  await expect(page.locator('[data-safety-net]')).toBeVisible()
}

/**
 * A zone where it is now mid-morning, so the pictures and the measure show a typical day (ice still to come, not
 * "no more today") whatever time the test runs.
 */
function morningZone(): string {
  const zones = [
    'Pacific/Kiritimati', 'Pacific/Tongatapu', 'Pacific/Fiji', 'Pacific/Noumea', 'Australia/Brisbane', 'Asia/Tokyo', 'Asia/Shanghai',
    'Asia/Bangkok', 'Asia/Dhaka', 'Asia/Karachi', 'Asia/Dubai', 'Europe/Moscow', 'Africa/Cairo', 'Africa/Lagos', 'UTC',
    'Atlantic/Cape_Verde', 'America/Noronha', 'America/Sao_Paulo', 'America/Santo_Domingo', 'America/Bogota', 'America/Costa_Rica',
    'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'Pacific/Pago_Pago',
  ]
  const hour = (zone: string) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' }).format(Date.now()))
  return zones.find((z) => hour(z) >= 9 && hour(z) < 12) ?? zones.find((z) => hour(z) >= 8 && hour(z) < 14) ?? 'UTC'
}

/** How many screens tall the page is. */
async function screenfuls(page: Page): Promise<{ height: number; screens: number }> {
  return page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    screens: document.documentElement.scrollHeight / window.innerHeight,
  }))
}

for (const [width, height] of [
  [390, 844],
  [320, 640],
] as const) {
  test(`after a runner's check, Plans fits in 3 screenfuls at ${width} x ${height}`, async ({ browser, server }, testInfo) => {
    const zone = morningZone()
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme, timezoneId: zone, locale: 'en-GB' })
      const page = await context.newPage()
      await runnerCheck(page, server.url)
      await openPlans(page, server.url)
      const size = await screenfuls(page)
      const figure = `${width} x ${height} ${colorScheme} (${zone}, mid-morning): ${size.height} px, ${size.screens.toFixed(2)} screenfuls`
      testInfo.annotations.push({ type: 'screenfuls', description: figure })
      console.log(`Plans after a runner's check, ${figure}`)
      // The whole page in one picture, with the fixed tab bar drawn at its foot (where it is at the end of a scroll).
      await page.locator('nav.app-nav').evaluate((nav) => {
        document.body.style.position = 'relative'
        Object.assign((nav as HTMLElement).style, { position: 'absolute', top: 'auto', bottom: '0' })
      })
      await page.screenshot({ path: testInfo.outputPath(`plans-${width}-${colorScheme}.png`), fullPage: true })
      expect(size.height, `${width} x ${height} ${colorScheme}`).toBeLessThanOrEqual(3 * height)
      // Nothing runs off sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
      await context.close()
    }
  })
}

test('Plans after a runner\'s check: one card per plan with one Start, each routine named once, the library folded, the wait in words', async ({ page, server }) => {
  await runnerCheck(page, server.url)
  await openPlans(page, server.url)
  const mine = page.locator('[data-your-plans]')
  await expect(mine.locator('[data-plan]')).toHaveCount(2)
  for (const card of await mine.locator('[data-plan]').all()) expect(await card.locator('.button.primary').count()).toBeLessThanOrEqual(1)
  await expect(mine.locator('[data-plan="rice"] [data-start-routine]')).toHaveAttribute('href', '/routines/ice')
  const stretch = mine.locator('[data-plan="hamstring-stretch"]')
  await expect(stretch.locator('[data-unlocks-at]')).toHaveText(
    /^Not yet: you can start it from (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (morning|afternoon|evening|night)\. Until then: rest, ice and gentle walking\.$/,
  )
  // The library is folded: its routines are not on screen until asked for.
  const library = page.locator('[data-library]')
  await expect(library.locator('[data-routine="calf-stretch"]')).toBeHidden()
  await library.locator('summary').click()
  await expect(library.locator('[data-routine="calf-stretch"] a')).toBeVisible()
  // Heat waits too, in heat's words.
  await expect(library.locator('[data-routine="heat"]')).toContainText(/ice instead/)
  // Every visible name of a routine is its one name.
  const visibleTexts = await page.locator('main').innerText()
  expect(visibleTexts).not.toMatch(/Hamstring stretches|Raise the leg|Raising the leg/)
})

test('the reminders download as a calendar file with alarms (data-action=export-calendar)', async ({ page, server }) => {
  await runnerCheck(page, server.url)
  await openPlans(page, server.url)
  const button = page.locator('[data-action="export-calendar"]')
  await expect(button).toBeVisible()
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  expect(download.suggestedFilename()).toMatch(/\.ics$/)
  const path = await download.path()
  const text = readFileSync(path, 'utf8')
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
  const events = text.match(/BEGIN:VEVENT/g) ?? []
  expect(events.length).toBeGreaterThan(0)
  expect((text.match(/BEGIN:VALARM/g) ?? []).length).toBe(events.length)
  expect(text).toMatch(/SUMMARY:Ice: 15 minutes/)
  expect(text).toMatch(/UID:ice-\d{8}T\d{6}Z@/)
  expect(text).toMatch(/DTSTAMP:\d{8}T\d{6}Z/)
  // The first ice reminder is the first time Plans lists for today (when any are left today).
  const firstListed = await page.locator('[data-ice-schedule] li').count()
  expect(text.split('BEGIN:VEVENT').length - 1).toBeGreaterThanOrEqual(firstListed)
  await expect(page.locator('[data-reminders] [role="status"]')).toContainText('.ics')
})

test('axe finds no WCAG 2.1 A/AA violation on Plans after a check, with every fold open (light and dark)', async ({ page, server }) => {
  await runnerCheck(page, server.url)
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
    await openPlans(page, server.url)
    for (const summary of await page.locator('main details > summary').all()) await summary.click()
    const violations = await axeViolations(page)
    expect(violations, scheme).toEqual([])
  }
  // The folds and links are reachable by keyboard and at least 44 px tall.
  for (const el of await page.locator('main details > summary, main [data-plan] a, main [data-action="export-calendar"]').all()) {
    const box = await el.boundingBox()
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44)
  }
})

test('the web manifest has a shortcut that opens cramp relief straight away, with its icon', async ({ page, server }) => {
  const res = await page.request.get(server.url + '/manifest.webmanifest')
  const manifest = (await res.json()) as { shortcuts?: { name: string; url: string; icons?: { src: string; sizes: string; type: string }[] }[] }
  const cramp = manifest.shortcuts?.find((s) => s.url === '/routines/cramp-relief')
  expect(cramp?.name).toBe('Cramp relief')
  expect(cramp?.icons?.length).toBeGreaterThan(0)
  for (const icon of cramp?.icons ?? []) {
    const png = await page.request.get(new URL(icon.src, server.url + '/manifest.webmanifest').href)
    expect(png.status(), icon.src).toBe(200)
    const bytes = await png.body()
    // A PNG, as wide and tall as the manifest says (the IHDR chunk holds width and height).
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
    const [w, h] = icon.sizes.split('x').map(Number)
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([w, h])
  }
  // Chromium reads the manifest without errors, and the shortcut's address opens the routine ready to start.
  const cdp = await page.context().newCDPSession(page)
  await page.goto(server.url + '/')
  await appReady(page)
  const read = (await cdp.send('Page.getAppManifest')) as { errors: unknown[] }
  expect(read.errors).toEqual([])
  await page.goto(server.url + cramp!.url)
  await expect(page.locator('main h1')).toHaveText('Cramp relief')
  await expect(page.locator('[data-action="start"]')).toBeVisible()
})
