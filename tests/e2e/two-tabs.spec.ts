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
