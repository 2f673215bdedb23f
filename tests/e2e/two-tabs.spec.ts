import { appReady, expect, test } from './fixtures'

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
