import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from '@playwright/test'
import { CHROMIUM_ARGS } from '../../playwright.config'
import { appReady, expect, test, untilControlled } from './fixtures'
import { storedSetting } from './idb'

const today = '[data-water-today-ml]'
const add = (ml: number): string => `[data-action="add-water"][data-amount-ml="${ml}"]`

test('a drink logged with the quick-add button is still there after an offline reload', async ({ page, context, server }) => {
  await page.goto(server.url + '/')
  await appReady(page)
  await untilControlled(page)
  await expect(page.locator(today)).toHaveAttribute('data-water-today-ml', '0')
  await page.locator(add(250)).click()
  await expect(page.locator(today)).toHaveAttribute('data-water-today-ml', '250')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible()

  await context.setOffline(true)
  await page.reload()
  await appReady(page)
  await expect(page.locator(today)).toHaveAttribute('data-water-today-ml', '250')
  // And on the Water screen, reached by a deep link while offline.
  await page.goto(server.url + '/water')
  await expect(page.locator(today)).toHaveAttribute('data-water-today-ml', '250')
  await expect(page.getByRole('list', { name: 'Today’s drinks' }).getByRole('listitem')).toHaveCount(1)
})

test('undo, a custom amount, a bad amount, change and delete on the Water screen', async ({ page, server }) => {
  await page.goto(server.url + '/water')
  await appReady(page)
  await page.locator(add(500)).click()
  await expect(page.locator(today)).toHaveAttribute('data-water-today-ml', '500')
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.locator(today)).toHaveAttribute('data-water-today-ml', '0')

  const custom = page.getByLabel('Another amount (ml)')
  await custom.fill('2500')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(page.getByRole('alert')).toContainText('more than 2000 ml')
  await expect(custom).toHaveValue('2500')
  await expect(page.locator(today)).toHaveAttribute('data-water-today-ml', '0')
  await custom.fill('330')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(page.locator(today)).toHaveAttribute('data-water-today-ml', '330')
  await expect(custom).toHaveValue('')

  await page.getByRole('button', { name: /^Change 330 ml/ }).click()
  await page.getByLabel(/^Amount at/).fill('300')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.locator(today)).toHaveAttribute('data-water-today-ml', '300')
  await page.getByRole('button', { name: /^Delete 300 ml/ }).click()
  await expect(page.locator(today)).toHaveAttribute('data-water-today-ml', '0')
})

test('fluid ounces everywhere once chosen in Settings', async ({ page, server }) => {
  await page.goto(server.url + '/settings')
  await page.getByLabel('US fluid ounces (fl oz)').check()
  // Saved once its schema has checked it; loading another page at once would drop the change in flight.
  await expect.poll(() => storedSetting(page, 'volumeUnit')).toBe('floz')
  await page.goto(server.url + '/water')
  await expect(page.locator(add(250))).toHaveText(/8\.5 fl oz/)
  await page.getByLabel('Another amount (US fl oz)').fill('8')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(page.locator(today)).toHaveAttribute('data-water-today-ml', '237')
  await expect(page.locator(today)).toContainText('8 fl oz of 54 fl oz')
})

test('two tabs show the same total', async ({ context, server }) => {
  const a = await context.newPage()
  const b = await context.newPage()
  await a.goto(server.url + '/')
  await b.goto(server.url + '/water')
  await a.locator(add(250)).click()
  await expect(b.locator(today)).toHaveAttribute('data-water-today-ml', '250')
})

test('the same profile in another time zone shows the right "today"', async ({ server }) => {
  const dir = mkdtempSync(join(tmpdir(), 'water-tz-'))
  const open = async (timezoneId: string): Promise<BrowserContext> =>
    chromium.launchPersistentContext(dir, {
      timezoneId,
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      viewport: { width: 390, height: 844 },
    })
  // 20:00 UTC on 10 March: already 11 March (05:00) in Tokyo, still 10 March (16:00) in New York.
  const instant = new Date('2025-03-10T20:00:00Z')
  try {
    let ctx = await open('Asia/Tokyo')
    let page = ctx.pages()[0] ?? (await ctx.newPage())
    await page.clock.setFixedTime(instant)
    await page.goto(server.url + '/')
    await page.locator(add(250)).click()
    await expect(page.locator(today)).toHaveAttribute('data-water-today-ml', '250')
    await ctx.close()

    // Same instant, New York: the drink belongs to 11 March (Tokyo), so New York's 10 March has nothing yet.
    ctx = await open('America/New_York')
    page = ctx.pages()[0] ?? (await ctx.newPage())
    await page.clock.setFixedTime(instant)
    await page.goto(server.url + '/')
    await expect(page.locator(today)).toHaveAttribute('data-water-today-ml', '0')
    await page.locator(add(250)).click()
    await page.locator(add(250)).click()
    await expect(page.locator(today)).toHaveAttribute('data-water-today-ml', '500')
    // Next day in New York (11 March, noon): the Tokyo drink is on that day, the two New York ones are not.
    await page.clock.setFixedTime(new Date('2025-03-11T16:00:00Z'))
    await page.reload()
    await expect(page.locator(today)).toHaveAttribute('data-water-today-ml', '250')
    // The list names the zone a drink was logged in when it differs from the device's.
    await page.goto(server.url + '/water')
    await expect(page.getByRole('list', { name: 'Today’s drinks' })).toContainText('Asia/Tokyo')
    await ctx.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
