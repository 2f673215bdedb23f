import type { Page } from '@playwright/test'
import { HOUR_MS, installSkewableClock, setClockSkew } from './clock'
import { appReady, expect, SCREENS, test, untilControlled } from './fixtures'
import { storedSetting } from './idb'

/** Answers the screener with one emergency sign on the first step. */
async function raiseEmergency(page: Page, url: string): Promise<void> {
  await page.goto(url + '/check')
  await page.locator('input[data-finding="pe_symptoms"]').check()
  await page.locator('[data-action="next"]').click()
  await expect(page.locator('[data-disposition="emergency"]')).toBeVisible()
}

async function setRegion(page: Page, url: string, region: string): Promise<void> {
  await page.goto(url + '/settings')
  await page.locator('select[data-setting="region"]').selectOption(region)
  await expect(page.locator('[data-emergency-number]')).toBeVisible()
  // Saved once its schema has checked it; the callers then load a new page, which would drop a change in flight.
  await expect.poll(() => storedSetting(page, 'region')).toBe(region)
}

interface StoredEvent {
  kind: string
  level: string | null
  source: string | null
  clearedBy: string | null
  assessedOn: string | null
  screeningId: string | null
  reasons: string[]
}

/** The gate events as IndexedDB holds them (what History reads). */
async function storedEvents(page: Page): Promise<StoredEvent[]> {
  return page.evaluate(
    () =>
      new Promise<StoredEvent[]>((resolve, reject) => {
        const open = indexedDB.open('leg-care')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const req = open.result.transaction('gateEvents').objectStore('gateEvents').getAll()
          req.onsuccess = () => {
            const list = (req.result as (StoredEvent & { at: number })[]).sort((a, b) => a.at - b.at)
            open.result.close()
            resolve(list)
          }
          req.onerror = () => reject(req.error)
        }
      }),
  )
}

test('an emergency answer raises a gate that survives offline reloads and new tabs, and clears only by the explicit act', async ({
  page,
  context,
  server,
}) => {
  await page.goto(server.url + '/')
  await appReady(page)
  await untilControlled(page)
  await setRegion(page, server.url, 'GB')

  await raiseEmergency(page, server.url)
  const inline = page.locator('[data-disposition="emergency"] [data-gate="emergency"]')
  await expect(inline.locator('a[href="tel:999"]')).toBeVisible()

  await server.close()
  await context.setOffline(true)

  // Reload offline on the screener: the banner keeps the gate on screen.
  await page.reload()
  await expect(page.locator('main [data-gate="emergency"] a[href="tel:999"]').first()).toBeVisible()

  // Launch again, offline: the full gate, with the call button, before anything else.
  await page.goto(server.url + '/')
  const full = page.locator('main [data-gate="emergency"]')
  await expect(page.getByRole('heading', { level: 1, name: 'Call for help now' })).toBeVisible()
  await expect(full.locator('a[href="tel:999"]').first()).toBeVisible()

  // A new tab sees it too.
  const tab = await context.newPage()
  await tab.goto(server.url + '/water')
  await expect(tab.locator('[data-gate="emergency"] a[href="tel:999"]').first()).toBeVisible()
  await tab.close()

  // Continuing into the app keeps the banner on every screen; navigating and reloading never clear it.
  await page.locator('[data-action="continue"]').click()
  for (const name of ['Water', 'History', 'Today']) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click()
    await expect(page.locator('[data-gate="emergency"] a[href="tel:999"]')).toBeVisible()
  }
  await page.reload()
  await expect(full.locator('a[href="tel:999"]').first()).toBeVisible()
  expect((await storedEvents(page)).map((e) => e.kind)).toEqual(['raise'])

  // Cancelling the clinician act keeps it.
  await page.locator('[data-action="clinician-cleared"]').click()
  await page.getByRole('button', { name: 'Cancel' }).click()
  await page.reload()
  await expect(full).toBeVisible()

  // The explicit act clears it, and both events are kept for History.
  await page.locator('[data-action="clinician-cleared"]').click()
  await page.locator('[data-action="confirm-clear-gate"]').click()
  await expect(page.locator('[data-gate]')).toHaveCount(0)
  await page.reload()
  await appReady(page)
  await expect(page.locator('[data-gate]')).toHaveCount(0)

  const events = await storedEvents(page)
  expect(events.map((e) => e.kind)).toEqual(['raise', 'clear'])
  expect(events[0]).toMatchObject({ level: 'emergency', source: 'screening' })
  expect(events[0]!.screeningId).not.toBeNull()
  expect(events[0]!.reasons.length).toBeGreaterThan(0)
  expect(events[1]).toMatchObject({ clearedBy: 'clinician' })
  expect(events[1]!.assessedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
})

test('the gate locks the plans', async ({ page, server }) => {
  await page.goto(server.url + '/')
  await appReady(page)
  await raiseEmergency(page, server.url)

  await page.goto(server.url + '/plans')
  await expect(page.locator('main [data-gate="emergency"]')).toBeVisible()
  await page.locator('[data-action="continue"]').click()
  await expect(page.locator('[data-gate="emergency"] a[href^="tel:"]')).toBeVisible()
  await expect(page.locator('[data-plans-locked]')).toBeVisible()
  await expect(page.locator('[data-action="start"]')).toHaveCount(0)
})

test('the call button follows the browser locale when no region is set and the time zone tells nothing', async ({ browser, server }) => {
  const context = await browser.newContext({ locale: 'en-AU', timezoneId: 'UTC' })
  try {
    const page = await context.newPage()
    await page.goto(server.url + '/')
    await appReady(page)
    await raiseEmergency(page, server.url)
    await expect(page.locator('[data-disposition] [data-gate="emergency"] a[href="tel:000"]')).toBeVisible()
    await page.reload()
    await expect(page.locator('main [data-gate="emergency"] a[href="tel:000"]').first()).toBeVisible()
  } finally {
    await context.close()
  }
})

test('an urgent answer shows where to go and the non-emergency line', async ({ page, server }) => {
  await page.goto(server.url + '/')
  await appReady(page)
  await setRegion(page, server.url, 'GB')
  await page.goto(server.url + '/check')
  await page.locator('[data-action="none"]').click()
  await page.locator('input[data-finding="possible_fracture"]').check()
  await page.locator('[data-action="next"]').click()
  const gate = page.locator('[data-disposition="urgent"] [data-gate="urgent"]')
  await expect(gate).toContainText(/emergency department/i)
  // The first action matches the level: the advice line first, the emergency number beside it.
  const calls = gate.locator('a[href^="tel:"]')
  await expect(calls.first()).toHaveAttribute('data-call', 'non-emergency')
  await expect(calls.first()).toHaveAttribute('href', 'tel:111')
  await expect(gate.locator('a[data-call="emergency"][href="tel:999"]')).toBeVisible()
})

test('the emergency number is one tap away on every screen, from the time zone on first launch (an English phone in Spain gets 112)', async ({
  browser,
  server,
}) => {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Madrid' })
  try {
    const page = await context.newPage()
    for (const path of SCREENS) {
      await page.goto(server.url + path)
      await appReady(page)
      await expect(page.locator('header a[data-call="emergency"]'), path).toHaveAttribute('href', 'tel:112')
      await expect(page.locator('header a[data-call="emergency"]'), path).toBeInViewport()
    }
    await expect(page.locator('[data-region-suggestion]')).toHaveCount(0)
  } finally {
    await context.close()
  }
})

test('abroad, the app asks once whether to switch to the numbers where the person is', async ({ browser, server }) => {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Madrid' })
  try {
    const page = await context.newPage()
    await page.goto(server.url + '/')
    await appReady(page)
    await setRegion(page, server.url, 'GB') // saved at home, say; the phone is now in Spain
    const ask = page.locator('[data-region-suggestion]')
    await expect(ask).toContainText('Spain')
    await expect(page.locator('header a[data-call="emergency"]')).toHaveAttribute('href', 'tel:999')
    await ask.locator('[data-action="keep-region"]').click()
    await expect(ask).toHaveCount(0)
    await page.reload()
    await appReady(page)
    await expect(page.locator('header a[data-call="emergency"]')).toHaveAttribute('href', 'tel:999')
    await expect(ask).toHaveCount(0) // asked once only
  } finally {
    await context.close()
  }
  const toronto = await browser.newContext({ locale: 'en-GB', timezoneId: 'America/Toronto' })
  try {
    const page = await toronto.newPage()
    await page.goto(server.url + '/')
    await appReady(page)
    await setRegion(page, server.url, 'GB')
    await page.locator('[data-region-suggestion] [data-action="switch-region"]').click()
    await expect(page.locator('header a[data-call="emergency"]')).toHaveAttribute('href', 'tel:911')
    await expect(page.locator('select[data-setting="region"]')).toHaveValue('CA')
    await expect(page.locator('[data-region-suggestion]')).toHaveCount(0)
  } finally {
    await toronto.close()
  }
})

test('a clock correction never hides a new emergency: the raise written after a clear wins, whatever the dates say', async ({
  page,
  context,
  server,
}) => {
  await installSkewableClock(context)
  await page.goto(server.url + '/')
  await appReady(page)
  // The phone's clock is 2 hours fast: the first emergency and its clinician clear are dated 2 hours ahead.
  await setClockSkew(page, 2 * HOUR_MS)
  await raiseEmergency(page, server.url)
  await page.goto(server.url + '/')
  await page.locator('[data-action="clinician-cleared"]').click()
  await page.locator('[data-action="confirm-clear-gate"]').click()
  await expect(page.locator('[data-gate]')).toHaveCount(0)

  // The clock is put right; a new emergency answer is now dated before the clear.
  await setClockSkew(page, 0)
  await raiseEmergency(page, server.url)

  // Plans are behind the gate, and no routine starts, by any door.
  await page.goto(server.url + '/plans')
  await expect(page.locator('main [data-gate="emergency"]')).toBeVisible()
  await page.locator('[data-action="continue"]').click()
  await expect(page.locator('[data-plans-locked]')).toBeVisible()
  await expect(page.locator('[data-action="start"]')).toHaveCount(0)
  await page.goto(server.url + '/routines/calf-stretch')
  await page.locator('[data-action="continue"]').click()
  await expect(page.locator('[data-refused][data-refusal="gate"]')).toBeVisible()
  await expect(page.locator('[data-action="start"]')).toHaveCount(0)

  // The dates stay as the person's record: the new raise is dated before the clear it comes after.
  const events = await storedEvents(page)
  const raw = await page.evaluate(
    () =>
      new Promise<{ kind: string; at: number }[]>((resolve) => {
        const open = indexedDB.open('leg-care')
        open.onsuccess = () => {
          const req = open.result.transaction('gateEvents').objectStore('gateEvents').getAll()
          req.onsuccess = () => {
            open.result.close()
            resolve(req.result as { kind: string; at: number }[])
          }
        }
      }),
  )
  expect(events.map((e) => e.kind).sort()).toEqual(['clear', 'raise', 'raise'])
  const clear = raw.find((e) => e.kind === 'clear')!
  expect(raw.filter((e) => e.kind === 'raise' && e.at < clear.at)).toHaveLength(2)
})
