import { readFileSync, writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { buildBackup, emptyTables, parseBackup, type Tables } from '../../src/domain/backup'
import { dayKey } from '../../src/domain/day'
import type { GateEventRecord, RunRecord, WaterRecord } from '../../src/domain/records'
import { appReady, expect, test } from './fixtures'
import { dumpDb } from './idb'
import { axeViolations } from './axe'

/**
 * What an import must never do to a person's safety, and what a person's own export must always do (bring their
 * data back). Each test here failed on the code before the import was hardened (see the commit message).
 */
const HOUR = 3_600_000
const DAY = 24 * HOUR
const importInput = 'input[type=file][data-action="import"]'
const question = '[data-import-gate-question]'

async function backupText(tables: Partial<Tables>, createdAt = Date.now() - 60_000): Promise<string> {
  return JSON.stringify(await buildBackup({ tables: { ...emptyTables(), ...tables }, appVersion: '0.1.0', createdAt }))
}

async function pick(page: Page, text: string, name = 'backup.json'): Promise<void> {
  await page.locator(importInput).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
  await expect(page.locator('[data-import-preview], [data-import-refused]').first()).toBeVisible()
}

/** Answers the screener with one emergency sign on the first step. */
async function raiseEmergency(page: Page, url: string): Promise<void> {
  await page.goto(url + '/check')
  await appReady(page)
  await page.locator('input[data-finding="pe_symptoms"]').check()
  await page.locator('[data-action="next"]').click()
  await expect(page.locator('[data-disposition="emergency"]')).toBeVisible()
}

/** Opens Settings, past the full gate screen when a warning is in force. */
async function openSettings(page: Page, url: string): Promise<void> {
  await page.goto(url + '/settings')
  await expect(page.locator('main h1').first()).toBeVisible()
  const go = page.locator('[data-action="continue"]')
  if (await go.isVisible()) await go.click()
  await expect(page.locator(importInput)).toBeVisible()
}

function gateEvent(id: string, at: number, kind: 'raise' | 'clear'): GateEventRecord {
  return {
    id,
    at,
    timeZone: 'UTC',
    kind,
    level: kind === 'raise' ? 'urgent' : null,
    source: kind === 'raise' ? 'pain-jump' : null,
    screeningId: null,
    reasons: kind === 'raise' ? ['Your pain jumped by 4 points.'] : [],
    findings: [],
    clearedBy: kind === 'clear' ? 'new-screening' : null,
    assessedOn: null,
  }
}

const drink = (id: string, at: number, ml = 250): WaterRecord => ({ id, at, timeZone: 'UTC', dayKey: dayKey(at, 'UTC'), ml })

test('2. a merge whose gate log ends in a clear dated 23 h ahead asks first, naming the warning; a new raise then shows at once', async ({
  page,
  server,
}) => {
  await raiseEmergency(page, server.url)
  await openSettings(page, server.url)
  const now = Date.now()
  const text = await backupText({ gateEvents: [gateEvent('old-raise', now - 2 * DAY, 'raise'), gateEvent('clear-ahead', now + 23 * HOUR, 'clear')] })
  await pick(page, text)
  // "Add to what is on this device" is the default, and it used to clear the warning with no question at all.
  await page.locator('[data-action="confirm-import"]').click()
  await expect(page.locator(question)).toBeVisible()
  await expect(page.locator(question)).toContainText('would end the "seek care now" warning you have now, "Call for help now"')
  expect((await dumpDb(page)).gateEvents).toHaveLength(1)
  await expect(page.locator('[data-gate="emergency"]').first()).toBeVisible()
  // The preview said how the clear comes in.
  await expect(page.locator('[data-import-changed]')).toContainText('ahead of this device’s clock; it is brought in dated now')

  // Cancel: the warning stays.
  await page.locator('[data-action="cancel-import"]').click()
  expect((await dumpDb(page)).gateEvents).toHaveLength(1)
  await expect(page.locator('[data-gate="emergency"]').first()).toBeVisible()

  // Agreed to (a clinician has checked them), the clear comes in dated now, not 23 hours ahead...
  await pick(page, text)
  await page.locator('[data-action="confirm-import"]').click()
  await expect(page.locator(question)).toBeVisible()
  await page.locator('[data-action="confirm-import"]').click()
  await expect(page.locator('[data-import-done]')).toContainText('Imported 2 records')
  await expect(page.locator('[data-gate]')).toHaveCount(0)
  const clear = (await dumpDb(page)).gateEvents!.find((e) => (e as GateEventRecord).id === 'clear-ahead') as GateEventRecord
  expect(clear.at).toBeLessThanOrEqual(Date.now())
  // ...so a new warning raised a moment later is in force at once (it used to stay hidden for 23 hours).
  await raiseEmergency(page, server.url)
  await page.goto(server.url + '/')
  await expect(page.locator('[data-gate="emergency"]').first()).toBeVisible()
})

test('3. settings in a backup cannot take away the call button: bad values are left out, and ones stored before are ignored', async ({
  page,
  server,
}) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await openSettings(page, server.url)
  await pick(
    page,
    await backupText({
      settings: [
        { key: 'region', value: 'constructor' },
        { key: 'water', value: null },
        { key: 'volumeUnit', value: 'floz' },
      ],
    }),
  )
  await page.locator('[data-action="confirm-import"]').click()
  await expect(page.locator('[data-import-done]')).toContainText('Imported')
  // Never merged: only the good setting is stored...
  expect((await dumpDb(page)).settings).toEqual([{ key: 'volumeUnit', value: 'floz' }])
  // ...and the others are listed with the reason.
  await expect(page.locator('[data-import-done]')).toContainText('Imported 1 record')
  const leftOut = page.locator('[data-import-done] [data-import-left-out]')
  await expect(leftOut).toContainText('Setting 1 ("region") is "constructor"')
  await expect(leftOut).toContainText('Setting 2 ("water") is empty (null)')

  // An emergency answer shows the call button, with its number.
  await raiseEmergency(page, server.url)
  const call = page.locator('main a[href^="tel:"]').first()
  await expect(call).toBeVisible()
  expect(await call.getAttribute('href')).toMatch(/^tel:\d+$/)
  await expect(call).toContainText(/\d{3}/)

  // Values an older version let in, already in the database: every screen still works and still has its call button.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('leg-care')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite')
          tx.objectStore('settings').put({ key: 'region', value: 'constructor' })
          tx.objectStore('settings').put({ key: 'water', value: null })
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
  )
  for (const path of ['/', '/water', '/settings']) {
    await page.goto(server.url + path)
    await appReady(page)
    const link = page.locator('a[href^="tel:"]').first()
    await expect(link, path).toBeVisible()
    expect(await link.getAttribute('href'), path).toMatch(/^tel:\d+$/)
    await expect(link, path).toContainText(/\d{3}/)
  }
  expect(errors).toEqual([])
})

test('4. a replace confirmed after a warning was raised in another tab asks first, and keeps the warning', async ({
  page,
  context,
  server,
}) => {
  await openSettings(page, server.url)
  const now = Date.now()
  // An old backup, from before the warning: no gate events in it.
  await pick(page, await backupText({ waterEntries: [drink('old-1', now - 30 * DAY), drink('old-2', now - 29 * DAY)] }, now - 28 * DAY))
  await page.locator('[data-import-mode="replace"]').check()

  const other = await context.newPage()
  await raiseEmergency(other, server.url)
  await other.close()

  await page.bringToFront()
  // The warning reaches this tab too; past its full screen, the preview is still there.
  const go = page.locator('[data-action="continue"]')
  await expect(go).toBeVisible()
  await go.click()
  await page.locator('[data-import-mode="replace"]').check()
  await page.locator('[data-action="confirm-import"]').click()
  await expect(page.locator(question)).toBeVisible()
  await expect(page.locator(question)).toContainText('"Call for help now"')
  const db = await dumpDb(page)
  expect(db.gateEvents).toHaveLength(1)
  expect(db.waterEntries).toHaveLength(0)
  // The question reads at 320 px, with nothing to scroll sideways, and passes axe.
  await page.setViewportSize({ width: 320, height: 640 })
  expect(await axeViolations(page)).toEqual([])
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
  await page.locator('[data-action="cancel-import"]').click()
  await expect(page.locator('[data-gate="emergency"]').first()).toBeVisible()
  expect((await dumpDb(page)).gateEvents).toHaveLength(1)
})

test('5. a routine still playing in a backup comes in stopped: nothing plays under the warning in force', async ({ page, server }) => {
  await raiseEmergency(page, server.url)
  await openSettings(page, server.url)
  const playing: RunRecord = {
    id: 'run-playing',
    routineId: 'calf-stretch',
    startedAt: Date.now() - 60_000,
    pauses: [],
    shifts: [],
    status: 'active',
    endedAt: null,
    painBefore: null,
    painAfter: null,
  }
  await pick(page, await backupText({ runs: [playing] }))
  await page.locator('[data-action="confirm-import"]').click()
  await expect(page.locator('[data-import-done]')).toContainText('Imported 1 record')
  const run = (await dumpDb(page)).runs![0] as RunRecord
  expect(run.status).toBe('stopped')
  expect(run.endedAt).toBeGreaterThanOrEqual(run.startedAt)
  await expect(page.locator('[data-import-done]')).toContainText('Routine run 1 was still playing when the backup was made; it is brought in as stopped.')

  await page.goto(server.url + '/routines/calf-stretch')
  await expect(page.locator('main h1').first()).toBeVisible()
  await page.waitForTimeout(1500)
  await expect(page.locator('[data-run-elapsed-ms]')).toHaveCount(0)
  expect(((await dumpDb(page)).runs as RunRecord[]).filter((r) => r.status === 'active')).toEqual([])
})

test('7. the app’s own export always imports: a tiny drink, a routine stopped after the clock stepped back, a drink logged while the clock ran ahead', async ({
  page,
  server,
}) => {
  test.setTimeout(90_000)
  await page.clock.install()
  await page.goto(server.url + '/water')
  await appReady(page)
  // Half a millilitre: kept as a whole millilitre (it was saved as 0.5 ml, which the import then refused).
  await page.locator('#custom-amount').fill('0.5')
  await page.locator('[data-action="add-water-custom"]').click()
  await expect(page.locator('[data-water-today-ml]').first()).toHaveAttribute('data-water-today-ml', '1')

  // A routine stopped after the device's clock stepped back an hour.
  await page.goto(server.url + '/routines/hamstring-stretch')
  await appReady(page)
  await page.locator('[data-action="start"]').click()
  await expect(page.locator('[data-run-elapsed-ms]')).toBeVisible()
  await page.clock.setSystemTime(Date.now() - HOUR)
  await page.locator('[data-action="stop"]').click()
  await page.locator('[data-action="confirm-stop"]').click()
  await expect(page.locator('[data-run-finished="stopped"]')).toBeVisible()

  // A drink logged while the clock ran three days ahead, then the clock put right.
  await page.clock.setSystemTime(Date.now() + 3 * DAY)
  await page.goto(server.url + '/water')
  await appReady(page)
  await page.locator('[data-action="add-water"]').first().click()
  await expect(page.locator('[data-water-today-ml]').first()).not.toHaveAttribute('data-water-today-ml', '0')
  await page.clock.setSystemTime(Date.now())

  const stored = await dumpDb(page)
  const run = stored.runs![0] as RunRecord
  expect(run.endedAt).toBeGreaterThanOrEqual(run.startedAt)
  expect((stored.waterEntries as WaterRecord[]).every((w) => Number.isInteger(w.ml))).toBe(true)

  await page.goto(server.url + '/settings')
  await appReady(page)
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export"]').click()])
  const text = readFileSync(await download.path(), 'utf8')
  const parsed = await parseBackup(text, { now: Date.now() })
  expect(parsed.ok ? parsed.checked.leftOutReasons : parsed.errors).toEqual([])

  await pick(page, text)
  await page.locator('[data-import-mode="replace"]').check()
  await page.locator('[data-action="confirm-import"]').click()
  await expect(page.locator('[data-import-done]')).toContainText('Imported')
  await expect(page.locator('[data-import-done] [data-import-left-out]')).toHaveCount(0)
  const after = await dumpDb(page)
  expect(after.waterEntries).toHaveLength(2)
  expect(after.runs).toHaveLength(1)
  expect(after.sessions).toHaveLength(1)
  // The drink dated ahead is now dated no later than now.
  expect((after.waterEntries as WaterRecord[]).every((w) => w.at <= Date.now() + 60_000)).toBe(true)
})

test('a 100,000-record file is checked in a worker, with a labelled progress bar, and the page keeps responding', async ({ page, server }, testInfo) => {
  test.setTimeout(120_000)
  const now = Date.now()
  const drinks = Array.from({ length: 100_000 }, (_, i) => drink(`w-${i}`, now - HOUR - i * 60_000))
  const file = testInfo.outputPath('big.json')
  writeFileSync(file, await backupText({ waterEntries: drinks }))
  await openSettings(page, server.url)
  const workers: string[] = []
  page.on('worker', (w) => workers.push(w.url()))
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number; __progress: string[] }
    w.__longest = 0
    w.__progress = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration)
    }).observe({ type: 'longtask', buffered: false })
    // What the progress display offers while it is up: its label, and what its live region says.
    new MutationObserver(() => {
      const bar = document.querySelector('[data-import-progress] progress')
      if (!bar) return
      const label = bar.id ? document.querySelector(`label[for="${bar.id}"]`)?.textContent : null
      const live = document.querySelector('[data-import-progress] [aria-live="polite"]')?.textContent
      w.__progress.push(`${label} | ${live}`)
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
  })
  await page.locator(importInput).setInputFiles(file)
  await expect(page.locator('[data-import-preview] [data-count="waterEntries"]')).toHaveText('100000', { timeout: 60_000 })
  const { longest, seen } = await page.evaluate(() => {
    const w = window as unknown as { __longest: number; __progress: string[] }
    return { longest: w.__longest, seen: w.__progress }
  })
  testInfo.annotations.push({ type: 'longest main-thread task (ms)', description: String(Math.round(longest)) })
  // Checked on the main thread, this file held it for over a second at once (1343 ms here). In the worker, with the
  // checked records sent back in one message, copying them onto the page took one task of 145-158 ms on a quiet
  // machine and up to 954 ms while the rest of the suite loaded both cores; sent in parts of 5,000, the longest task
  // is 55-65 ms on a quiet machine.
  expect(longest).toBeLessThan(800)
  expect(workers.some((u) => /backupCheck\.worker/.test(u))).toBe(true)
  expect(seen.length).toBeGreaterThan(0)
  expect(seen.every((x) => x.startsWith('Checking the file | '))).toBe(true)
  expect(seen.some((x) => /Checking each record… \d+% done\./.test(x))).toBe(true)
})
