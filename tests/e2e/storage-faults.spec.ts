import type { Page } from '@playwright/test'
import { appReady, expect, test } from './fixtures'
import { dumpDb } from './idb'

const total = '[data-water-today-ml]'
const addWater = '[data-action="add-water"][data-amount-ml="250"]'
const notice = (page: Page) => page.getByRole('alert').filter({ hasText: 'Not saved.' })

/** What a person sees must never say "saved" while the device keeps nothing. */
async function expectNoSavedClaim(page: Page): Promise<void> {
  await expect(page.locator('main')).not.toContainText(/\bSaved\b/)
}

async function raiseEmergency(page: Page, url: string): Promise<void> {
  await page.goto(url + '/check')
  await page.locator('input[data-finding="pe_symptoms"]').check()
  await page.locator('[data-action="next"]').click()
  await expect(page.locator('[data-disposition="emergency"]')).toBeVisible()
  await expect(page.locator('[data-gate="emergency"]').first()).toBeVisible()
}

for (const [name, breakIt] of [
  [
    'IndexedDB missing (some private modes)',
    () => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }),
  ],
  [
    'IndexedDB refusing to open',
    () => {
      IDBFactory.prototype.open = function () {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError')
      }
    },
  ],
] as const) {
  test(`${name}: a clear message, and the screener, the gate and water still work in memory`, async ({ page, server }) => {
    await page.addInitScript(breakIt)
    await page.goto(server.url + '/')
    await appReady(page)
    await expect(notice(page)).toContainText('not letting the app save anything')

    // Water works for this visit.
    await page.locator(addWater).first().click()
    await expect(page.locator(total).first()).toHaveAttribute('data-water-today-ml', '250')

    // The screener raises the gate, and the gate stays up on other screens.
    await raiseEmergency(page, server.url)
    await page.locator('nav').getByRole('link', { name: /water/i }).first().click()
    await expect(page.locator('[data-gate="emergency"]').first()).toBeVisible()

    // Settings says so too, and no screen says "saved".
    await page.goto(server.url + '/settings')
    await appReady(page)
    await expect(page.locator('[data-storage-persisted]')).toContainText('Not available')
    await expectNoSavedClaim(page)
  })
}

test('storage full: a plain message, the entry stays on screen for now, and nothing claims to be saved', async ({ page, server }) => {
  // The disk fills up when the test says so (a flag that survives navigation): every IndexedDB write then fails
  // as a full disk makes it fail.
  await page.addInitScript(() => {
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method]
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
        if (sessionStorage.getItem('quotaFull')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        return original.apply(this, args)
      }
    }
  })
  await page.goto(server.url + '/')
  await appReady(page)
  await page.locator(addWater).first().click()
  await expect(page.locator(total).first()).toHaveAttribute('data-water-today-ml', '250')
  await expect(notice(page)).toHaveCount(0)

  await page.evaluate(() => sessionStorage.setItem('quotaFull', '1'))
  await page.locator(addWater).first().click()
  await expect(notice(page)).toContainText('storage is full')
  // Kept on screen for this visit...
  await expect(page.locator(total).first()).toHaveAttribute('data-water-today-ml', '500')

  // A pain entry: the card must not say "Saved".
  await page.locator('[data-action="log-pain"]').click()
  await page.locator('[data-pain-score="4"]').check()
  await page.locator('[data-action="save-pain"]').click()
  await expect(page.getByText('It is not saved on this device')).toBeVisible()
  await expectNoSavedClaim(page)

  // The gate still shows when its write fails.
  await raiseEmergency(page, server.url)
  await expect(page.getByText('This result could not be saved on this device')).toBeVisible()

  // ...but only what was really written is in the database, and a reload shows exactly that.
  const db = await dumpDb(page)
  expect(db.waterEntries).toHaveLength(1)
  expect(db.painEntries).toHaveLength(0)
  expect(db.gateEvents).toHaveLength(0)
  await page.evaluate(() => sessionStorage.removeItem('quotaFull'))
  await page.goto(server.url + '/')
  await appReady(page)
  await expect(page.locator(total).first()).toHaveAttribute('data-water-today-ml', '250')
})
