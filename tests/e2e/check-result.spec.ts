// The last result has its own address: it survives Back, a reload and a new tab; a new check and a change of answers
// are their own explicit actions; the banner never repeats a gate the result already shows.
import { appReady, expect, noneToTheEnd, test } from './fixtures'

test('a result survives Back from a plan and a reload; "Change my answers" keeps them, even after a reload', async ({ page, server }) => {
  await page.goto(server.url + '/check')
  await appReady(page)
  await noneToTheEnd(page, async (step) => {
    if (step === 3) await page.locator('input[data-finding="location_back_of_thigh"]').check()
  })
  await expect(page).toHaveURL(/\/check\/result$/)
  await expect(page.locator('[data-disposition="self-care"]')).toBeVisible()
  await page.locator('[data-result-plans] a').first().click()
  await expect(page).toHaveURL(/\/routines\//)
  await page.goBack()
  await expect(page.locator('[data-disposition="self-care"]')).toBeVisible()
  await page.reload()
  await appReady(page)
  await expect(page.locator('[data-disposition="self-care"]')).toBeVisible()
  await expect(page.locator('[data-result-plans] a').first()).toBeVisible()

  // After a reload the answers come back from the saved check, on the step it ended on.
  await page.locator('[data-action="back"]').click()
  await expect(page).toHaveURL(/\/check$/)
  await expect(page.locator('[data-step]')).toBeVisible()
  await page.locator('[data-action="back"]').click() // from "About you" back to the doctor signs
  await page.locator('[data-action="back"]').click() // and to where it hurts
  await expect(page.locator('input[data-finding="location_back_of_thigh"]')).toBeChecked()
  await expect(page.locator('[data-choice="both-legs"]')).toBeChecked()

  // "Start a new check" is explicit, and starts from nothing.
  await page.goto(server.url + '/check/result')
  await page.locator('[data-action="restart"]').click()
  await expect(page).toHaveURL(/\/check$/)
  await expect(page.locator('[data-screener-progress]')).toHaveText('Step 1 of 5')
  await expect(page.locator('main input[type="checkbox"]:checked')).toHaveCount(0)
})

test('one gate per screen: the result shows the gate, the banner does not repeat it; elsewhere the banner shows', async ({ page, server }) => {
  await page.goto(server.url + '/check')
  await appReady(page)
  await page.locator('input[data-finding="pe_symptoms"]').check()
  await page.locator('[data-action="next"]').click()
  await expect(page.locator('[data-disposition="emergency"]')).toBeVisible()
  await expect(page.locator('main [data-gate]')).toHaveCount(1)
  await page.reload()
  await appReady(page)
  await expect(page.locator('[data-disposition="emergency"]')).toBeVisible()
  await expect(page.locator('main [data-gate]')).toHaveCount(1)
  await page.goto(server.url + '/water')
  await expect(page.locator('main [data-gate="emergency"]')).toHaveCount(1) // the full gate at launch
  await page.locator('[data-action="continue"]').click()
  await expect(page.locator('main [data-gate="emergency"]')).toHaveCount(1) // now the banner alone
})

test('with no check yet, the result address says so and offers the check', async ({ page, server }) => {
  await page.goto(server.url + '/check/result')
  await appReady(page)
  await expect(page.locator('main')).toContainText('You have not checked your symptoms yet')
  await expect(page.locator('main a[href="/check"]')).toBeVisible()
})

test('Today leads with the last result and its next action, and says it again on a later visit', async ({ page, server }) => {
  await page.goto(server.url + '/')
  await appReady(page)
  await expect(page.locator('[data-today-result]')).toHaveCount(0)
  await expect(page.locator('main a[href="/check"][data-action="recheck"]')).toBeVisible()
  await page.goto(server.url + '/check')
  await noneToTheEnd(page, async (step) => {
    if (step === 4) await page.locator('input[data-finding="lump_behind_knee"]').check()
  })
  await expect(page.locator('[data-disposition="doctor"]')).toBeVisible()
  await page.goto(server.url + '/')
  const card = page.locator('[data-today-result="doctor"]')
  await expect(card).toBeVisible()
  await expect(card).toContainText('Book your GP')
  // It is the first thing on Today.
  const first = await page.locator('main section.card').first().getAttribute('data-today-result')
  expect(first).toBe('doctor')
  await card.locator('[data-action="see-result"]').click()
  await expect(page.locator('[data-disposition="doctor"]')).toBeVisible()
  await page.reload()
  await page.goto(server.url + '/')
  await expect(page.locator('[data-today-result="doctor"]')).toContainText('Book your GP')
})
