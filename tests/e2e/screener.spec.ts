import { appReady, expect, test } from './fixtures'

test('with no warning sign, "None of these" on each step reaches a self-care result in at most six steps', async ({ page, server }) => {
  await page.goto(server.url + '/')
  await appReady(page)
  await page.locator('[data-action="recheck"]').click()
  await expect(page).toHaveURL(/\/check$/)

  let steps = 0
  while ((await page.locator('[data-disposition]').count()) === 0) {
    steps++
    expect(steps).toBeLessThanOrEqual(6)
    await expect(page.locator('[data-screener-progress]')).toHaveText(`Step ${steps} of 6`)
    await expect(page.getByRole('progressbar', { name: `Step ${steps} of 6` })).toBeVisible()
    await expect(page.locator('[data-action="back"]')).toBeVisible()
    // Focus is on the step's heading, for keyboard and screen-reader users.
    await expect(page.locator('[data-step] h2')).toBeFocused()
    await page.locator('[data-action="none"]').click()
  }
  expect(steps).toBe(6)
  const result = page.locator('[data-disposition]')
  await expect(result).toHaveAttribute('data-disposition', 'self-care')
  await expect(result.locator('[data-safety-net]')).toBeVisible()
  await expect(result.getByText(/not a diagnosis/i)).toBeVisible()
  await result.locator('a[href="/sources"]').click()
  await expect(page.getByRole('heading', { level: 1, name: /where the advice comes from/i })).toBeVisible()
})

test('home plans link from a self-care result, and a later clear screening lifts an earlier gate', async ({ page, server }) => {
  await page.goto(server.url + '/check')
  await page.locator('input[data-finding="pe_symptoms"]').check()
  await page.locator('[data-action="next"]').click()
  await expect(page.locator('[data-disposition="emergency"]')).toBeVisible()

  await page.locator('[data-action="restart"]').click()
  await page.locator('[data-action="none"]').click() // emergency signs
  await page.locator('[data-action="none"]').click() // same-day signs
  await page.locator('input[data-finding="location_calf"]').check()
  await page.locator('input[data-finding="pain_started_during_exercise"]').check()
  await page.locator('input[data-onset="yesterday"]').check()
  await page.locator('[data-action="next"]').click()
  for (let i = 0; i < 3; i++) await page.locator('[data-action="none"]').click()

  const result = page.locator('[data-disposition="self-care"]')
  await expect(result).toBeVisible()
  await expect(result.locator('a[href="/routines/rice"]')).toBeVisible()
  await expect(result.locator('a[href="/routines/calf-stretch"]')).toBeVisible()
  await expect(page.locator('[data-gate]')).toHaveCount(0)
  await page.reload()
  await appReady(page)
  await expect(page.locator('[data-gate]')).toHaveCount(0)
})
