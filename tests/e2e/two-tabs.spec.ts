import type { Page } from '@playwright/test'
import { appReady, expect, test } from './fixtures'
import { dumpDb } from './idb'

const total = '[data-water-today-ml]'

test('two tabs stay in step without a reload: today’s water and the gate', async ({ context, server }) => {
  const a = await context.newPage()
  const b = await context.newPage()
  await a.goto(server.url + '/')
  await b.goto(server.url + '/water')
  await Promise.all([appReady(a), appReady(b)])
  await expect(b.locator(total).first()).toHaveAttribute('data-water-today-ml', '0')
  // A marker that a reload would wipe: B must update in place.
  await b.evaluate(() => ((window as unknown as { marker: number }).marker = 42))

  await a.locator('[data-action="add-water"][data-amount-ml="250"]').first().click()
  await expect(a.locator(total).first()).toHaveAttribute('data-water-today-ml', '250')
  await expect(b.locator(total).first()).toHaveAttribute('data-water-today-ml', '250')

  // And the other way round.
  await b.locator('[data-action="add-water"]').first().click()
  await expect.poll(async () => Number(await b.locator(total).first().getAttribute('data-water-today-ml'))).toBeGreaterThan(250)
  const bTotal = await b.locator(total).first().getAttribute('data-water-today-ml')
  await expect(a.locator(total).first()).toHaveAttribute('data-water-today-ml', bTotal!)

  // Tab A raises the gate through the screener; B shows it.
  await expect(b.locator('[data-gate]')).toHaveCount(0)
  await a.goto(server.url + '/check')
  await a.locator('input[data-finding="pe_symptoms"]').check()
  await a.locator('[data-action="next"]').click()
  await expect(a.locator('[data-gate="emergency"]').first()).toBeVisible()
  await expect(b.locator('[data-gate="emergency"]').first()).toBeVisible()
  await expect(b.locator('[data-gate="emergency"] a[href^="tel:"]').first()).toBeVisible()
  expect(await b.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42)

  // Past the full gate, B's banner keeps the gate and its water is still right.
  await b.locator('[data-action="continue"]').click()
  await expect(b.locator('[data-gate="emergency"]').first()).toBeVisible()
  await expect(b.locator(total).first()).toHaveAttribute('data-water-today-ml', bTotal!)
  expect(await b.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42)
})

const marker = (p: Page): Promise<number | undefined> => p.evaluate(() => (window as unknown as { marker?: number }).marker)
const setMarker = (p: Page): Promise<void> => p.evaluate(() => void ((window as unknown as { marker: number }).marker = 7))

test('settings stay in step between tabs: a fluid limit saved in one tab is never overwritten by the other', async ({ context, server }) => {
  const a = await context.newPage()
  const b = await context.newPage()
  await a.goto(server.url + '/settings')
  await b.goto(server.url + '/settings')
  await Promise.all([appReady(a), appReady(b)])
  await setMarker(b)
  const limitA = a.locator('input[data-setting="fluid-limit-ml"]')
  const limitB = b.locator('input[data-setting="fluid-limit-ml"]')
  await expect(limitB).toHaveValue('')

  // A saves the clinician's limit; B shows it at once, without a reload.
  await limitA.fill('1500')
  await a.locator('[data-action="save-fluid-limit"]').click()
  await expect(a.getByRole('status').filter({ hasText: 'Limit saved' })).toBeVisible()
  await expect(limitB).toHaveValue('1500')

  // B then saves another water setting (its own goal): the limit must survive it.
  await b.locator('#goal-input').fill('2500')
  await b.getByRole('button', { name: 'Save goal' }).click()
  await expect(b.getByRole('status').filter({ hasText: 'Goal saved' })).toBeVisible()
  await expect(limitB).toHaveValue('1500')
  await expect(a.locator('#goal-input')).toHaveValue('2500')
  expect(await marker(b)).toBe(7)

  // Both tabs save a different water field at the same moment: each write changes only its own field.
  await a.locator('#goal-input').fill('2000')
  await b.locator('#size-0').fill('200')
  await Promise.all([
    a.getByRole('button', { name: 'Save goal' }).click(),
    b.getByRole('button', { name: 'Save buttons' }).click(),
  ])
  await expect(a.locator('#size-0')).toHaveValue('200')
  await expect(b.locator('#goal-input')).toHaveValue('2000')

  // What is stored, read afresh: limit, goal and sizes all kept; limit mode is on.
  for (const p of [a, b]) {
    await p.reload()
    await appReady(p)
    await expect(p.locator('input[data-setting="fluid-limit-ml"]')).toHaveValue('1500')
    await expect(p.locator('#goal-input')).toHaveValue('2000')
    await expect(p.locator('#size-0')).toHaveValue('200')
  }
  await a.goto(server.url + '/water')
  await expect(a.locator('[data-water-mode]').first()).toHaveAttribute('data-water-mode', 'limit')
})

test('a region changed in one tab changes the emergency number the other tab offers, and a later save there keeps it', async ({ context, server }) => {
  const a = await context.newPage()
  const b = await context.newPage()
  await a.goto(server.url + '/settings')
  await b.goto(server.url + '/settings')
  await Promise.all([appReady(a), appReady(b)])
  await setMarker(b)
  await expect(b.locator('[data-emergency-number] strong').first()).toHaveText('911') // en-US: the locale's guess

  await a.locator('select[data-setting="region"]').selectOption('GB')
  await expect(a.locator('[data-emergency-number] strong').first()).toHaveText('999')
  await expect(b.locator('[data-emergency-number] strong').first()).toHaveText('999')
  await expect(b.locator('select[data-setting="region"]')).toHaveValue('GB')
  expect(await marker(b)).toBe(7)

  // B raises the gate: its call button offers the new region's number.
  await b.goto(server.url + '/check')
  await b.locator('input[data-finding="pe_symptoms"]').check()
  await b.locator('[data-action="next"]').click()
  await expect(b.locator('[data-gate="emergency"] a[href="tel:999"]').first()).toBeVisible()

  // A, which loaded before any of this, saves an unrelated setting: the region stays.
  await a.locator('[data-action="continue"]').click()
  await a.locator('input[type="radio"][value="floz"]').check()
  await b.reload()
  await appReady(b)
  await b.goto(server.url + '/settings')
  await b.locator('[data-action="continue"]').click()
  await expect(b.locator('select[data-setting="region"]')).toHaveValue('GB')
  await expect(b.locator('input[type="radio"][value="floz"]')).toBeChecked()
})

const ROUTINE = '/routines/hamstring-stretch'

interface StoredRun {
  status: string
  startedAt: number
  endedAt: number | null
}

test('an emergency raised in another tab stops the routine playing here at once: stopped, not completed, and the player says why', async ({
  context,
  server,
}) => {
  const player = await context.newPage()
  const other = await context.newPage()
  await player.goto(server.url + ROUTINE)
  await appReady(player)
  await player.locator('[data-action="start"]').click()
  await expect(player.locator('[data-step-kind]')).toHaveText('Hold', { timeout: 8000 })

  await other.goto(server.url + '/check')
  await other.locator('input[data-finding="pe_symptoms"]').check()
  await other.locator('[data-action="next"]').click()
  await expect(other.locator('[data-disposition="emergency"]')).toBeVisible()

  // The playing tab shows the gate, and its run is ended as stopped in the same moment, with its session.
  await expect(player.locator('[data-gate="emergency"]').first()).toBeVisible()
  await expect.poll(async () => ((await dumpDb(player)).runs as StoredRun[]).map((r) => r.status), { timeout: 3000 }).toEqual(['stopped'])
  const db = await dumpDb(player)
  expect(db.sessions).toHaveLength(1)
  expect(db.sessions![0]).toMatchObject({ completed: false, routineId: 'hamstring-stretch' })

  // Past the gate, the player says it was stopped and why; nothing plays on.
  if (await player.locator('[data-action="continue"]').isVisible()) await player.locator('[data-action="continue"]').click()
  await expect(player).toHaveURL(new RegExp(ROUTINE + '$'))
  const why = player.locator('[data-run-stopped-by="gate"]')
  await expect(why).toBeVisible()
  await expect(why).toContainText(/warning sign/i)
  await expect(player.locator('[data-action="pause"]')).toHaveCount(0)
  await expect(player.locator('[data-refused][data-refusal="gate"]')).toBeVisible()
  // Long after the routine's time would have run out, it is still logged as stopped, once.
  await player.waitForTimeout(1500)
  const after = await dumpDb(player)
  expect((after.runs as StoredRun[]).map((r) => r.status)).toEqual(['stopped'])
  expect(after.sessions).toHaveLength(1)
})

test('delete all in another tab wins over a routine playing here: it is never written back, and the tab says so', async ({
  context,
  server,
}) => {
  const player = await context.newPage()
  const settings = await context.newPage()
  await player.goto(server.url + ROUTINE)
  await appReady(player)
  await player.locator('[data-action="start"]').click()
  await expect(player.locator('[data-run-elapsed-ms]')).toBeVisible()
  await expect.poll(async () => ((await dumpDb(player)).runs ?? []).length).toBe(1)

  await settings.goto(server.url + '/settings')
  await settings.locator('[data-action="delete-all"]').click()
  await settings.locator('[data-action="confirm-delete"]').click()
  await expect(settings.getByText('Everything was deleted from this device.')).toBeVisible()
  expect((await dumpDb(settings)).runs).toEqual([])

  // The playing tab's attack: press stop (as a person who had not looked would), or let the clock end it.
  const stop = player.locator('[data-action="stop"]')
  if (await stop.isVisible()) {
    await stop.click()
    await player.locator('[data-action="confirm-stop"]').click()
  }
  await player.waitForTimeout(1000)
  const db = await dumpDb(player)
  expect(db.runs).toEqual([])
  expect(db.sessions).toEqual([])
  await expect(player.locator('[data-run-deleted]')).toBeVisible()
  await expect(player.locator('[data-run-deleted]')).toContainText(/deleted/i)
  await expect(player.locator('[data-action="pause"]')).toHaveCount(0)
})
