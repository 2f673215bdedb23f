import { appReady, expect, test, noneToTheEnd } from './fixtures'

const HOUR = 3_600_000

test('after a self-care check for a calf strain, Plans shows RICE and calf stretches locked for 72 h, and the library starts another routine', async ({ page, server }) => {
  await page.goto(server.url + '/check')
  await appReady(page)
  await page.locator('[data-action="none"]').click() // emergency signs
  await page.locator('[data-action="none"]').click() // same-day signs
  await page.locator('[data-choice="both-legs"]').check()
  await page.locator('input[data-finding="pain_started_during_exercise"]').check()
  await page.locator('input[data-finding="location_calf"]').check()
  await page.locator('input[data-onset="last-hour"]').check()
  const before = await page.evaluate(() => Date.now())
  await page.locator('[data-action="next"]').click()
  await noneToTheEnd(page)
  await expect(page.locator('[data-disposition="self-care"]')).toBeVisible()
  const after = await page.evaluate(() => Date.now())

  await page.goto(server.url + '/plans')
  await appReady(page)
  const mine = page.locator('[data-your-plans]')
  await expect(mine.locator('[data-plan]')).toHaveCount(2)
  await expect(mine.locator('[data-plan="rice"]')).toBeVisible()
  const stretch = mine.locator('[data-plan="calf-stretch"] [data-routine="calf-stretch"]')
  await expect(stretch).toContainText(/you can start it from (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (morning|afternoon|evening|night)\./)
  await expect(stretch.locator('a')).toHaveCount(0)
  const unlocksAt = Number(await stretch.locator('[data-unlocks-at]').getAttribute('data-unlocks-at'))
  // "Within the last hour" counts as the moment of the check: the latest the answer allows.
  expect(unlocksAt).toBeGreaterThanOrEqual(before + 72 * HOUR)
  expect(unlocksAt).toBeLessThanOrEqual(after + 72 * HOUR)
  // Heat waits too; ice can start now.
  await expect(page.locator('main a[href="/routines/heat"]')).toHaveCount(0)
  await expect(page.locator('[data-plan="rice"] a[href="/routines/ice"]')).toBeVisible()
  await expect(page.locator('[data-library] a[href="/routines/calf-stretch"]')).toHaveCount(0)

  await page.locator('[data-library] summary').click()
  await page.locator('[data-library] a[href="/routines/hamstring-stretch"]').click()
  await expect(page).toHaveURL(/\/routines\/hamstring-stretch$/)
  await expect(page.locator('[data-action="start"]')).toBeVisible()
})

test('Today shows what is due next after the check, and Plans works at 320 px without sideways scroll', async ({ page, server }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto(server.url + '/check')
  await appReady(page)
  await page.locator('[data-action="none"]').click()
  await page.locator('[data-action="none"]').click()
  await page.locator('[data-choice="both-legs"]').check()
  await page.locator('input[data-finding="pain_started_during_exercise"]').check()
  await page.locator('input[data-finding="location_calf"]').check()
  await page.locator('input[data-onset="last-hour"]').check()
  await page.locator('[data-action="next"]').click()
  await noneToTheEnd(page)

  await page.goto(server.url + '/')
  const card = page.locator('[data-today-plan]')
  await expect(card.locator('[data-due="ice"]')).toContainText(/Ice/)
  await expect(card.locator('[data-due="calf-stretch"]')).toContainText(/: from (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (morning|afternoon|evening|night)$/)
  await expect(card.locator('[data-action="start-next"]')).toHaveAttribute('href', '/routines/ice')

  await page.goto(server.url + '/plans')
  await appReady(page)
  await expect(page.locator('[data-library]')).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})
