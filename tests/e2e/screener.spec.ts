import { appReady, expect, test, noneToTheEnd } from './fixtures'
import { axeViolations } from './axe'

test('with no warning sign, "None of these" on each step reaches a self-care result in five steps', async ({ page, server }) => {
  await page.goto(server.url + '/')
  await appReady(page)
  await page.locator('[data-action="recheck"]').click()
  await expect(page).toHaveURL(/\/check$/)

  let steps = 0
  const taps = await noneToTheEnd(page, async (step) => {
    steps++
    expect(step).toBe(steps)
    await expect(page.locator('[data-screener-progress]')).toHaveText(`Step ${steps} of 5`)
    await expect(page.getByRole('progressbar', { name: `Step ${steps} of 5` })).toBeVisible()
    await expect(page.locator('[data-action="back"]')).toBeVisible()
    // Focus is on the step's heading, for keyboard and screen-reader users.
    await expect(page.locator('[data-step] h2')).toBeFocused()
  })
  expect(taps).toBe(steps)
  expect(steps).toBe(5)
  const result = page.locator('[data-disposition]')
  await expect(result).toHaveAttribute('data-disposition', 'self-care')
  await expect(result.locator('[data-safety-net]')).toBeVisible()
  await expect(result.getByText(/not a diagnosis/i)).toBeVisible()
  await result.locator('a[href="/sources"]').click()
  await expect(page.getByRole('heading', { level: 1, name: /where the advice comes from/i })).toBeVisible()
})

test('home plans link from a self-care result, and a later clear screening lifts an earlier urgent gate', async ({ page, server }) => {
  await page.goto(server.url + '/check')
  await page.locator('[data-action="none"]').click() // emergency signs
  await page.locator('input[data-finding="dark_urine"]').check()
  await page.locator('[data-action="next"]').click()
  await expect(page.locator('[data-disposition="urgent"]')).toBeVisible()

  await page.locator('[data-action="restart"]').click()
  // First: is what raised the warning still happening?
  const recheck = page.locator('[data-recheck-gate]')
  await expect(recheck.locator('[data-still-happening="dark_urine"]')).toBeVisible()
  await recheck.getByLabel('No, not now').check()
  await recheck.locator('[data-action="next"]').click()
  await page.locator('[data-action="none"]').click() // emergency signs
  await page.locator('[data-action="none"]').click() // same-day signs
  await page.locator('[data-choice="both-legs"]').check()
  await page.locator('input[data-finding="location_calf"]').check()
  await page.locator('input[data-finding="pain_started_during_exercise"]').check()
  await page.locator('input[data-onset="yesterday"]').check()
  await page.locator('[data-action="next"]').click()
  for (let i = 0; i < 2; i++) await page.locator('[data-action="none"]').click() // doctor signs, about you

  const result = page.locator('[data-disposition="self-care"]')
  await expect(result).toBeVisible()
  await expect(result.locator('a[href="/routines/rice"]')).toBeVisible()
  await expect(result.locator('a[href="/routines/calf-stretch"]')).toBeVisible()
  await expect(page.locator('[data-gate]')).toHaveCount(0)
  await page.reload()
  await appReady(page)
  await expect(page.locator('[data-gate]')).toHaveCount(0)
})

for (const scheme of ['light', 'dark'] as const) {
  test(`steps, the onset question, results and the gate pass axe at 320 px (${scheme})`, async ({ page, server }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
    const check = async (what: string) => {
      expect(await axeViolations(page), what).toEqual([])
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, what).toBeLessThanOrEqual(0)
    }
    await page.goto(server.url + '/sources')
    await page.locator('details summary').first().click()
    await check('sources, a group open')

    await page.goto(server.url + '/check')
    await page.locator('input[data-finding="nerve_pain_both_legs"]').check()
    await check('step 1, ticked')
    await page.locator('input[data-finding="nerve_pain_both_legs"]').uncheck()
    await page.locator('[data-action="none"]').click()
    await page.locator('[data-action="none"]').click()
    await page.locator('[data-choice="both-legs"]').check()
    await page.locator('input[data-onset="exact"]').check()
    await page.locator('input[data-onset-exact]').fill('2999-01-01T10:00')
    await page.locator('[data-action="next"]').click()
    await expect(page.locator('#onset-error')).toContainText(/future/i)
    await check('onset with an error')
    await page.locator('input[data-onset="today"]').check()
    await page.locator('input[data-finding="location_calf"]').check()
    await page.locator('input[data-finding="cramp_comes_and_goes"]').check()
    await page.locator('[data-action="next"]').click()
    await page.locator('input[data-finding="lump_behind_knee"]').check()
    await page.locator('[data-action="next"]').click()
    await page.locator('input[data-finding="previous_clot"]').check()
    await page.locator('[data-action="next"]').click()
    await expect(page.locator('[data-disposition="doctor"]')).toBeVisible()
    await check('doctor result')

    await page.locator('[data-action="restart"]').click()
    await page.locator('[data-action="none"]').click()
    await page.locator('input[data-finding="one_leg_swollen"]').check()
    await page.locator('[data-action="next"]').click()
    await expect(page.locator('[data-disposition="urgent"]')).toBeVisible()
    await check('urgent result with banner')

    await page.goto(server.url + '/')
    await expect(page.locator('main [data-gate="urgent"]')).toBeVisible()
    await check('full gate')
    await page.locator('[data-action="clinician-cleared"]').click()
    await check('full gate, confirming')
    await page.locator('[data-action="continue"]').click()
    await check('banner on Today')
  })
}
