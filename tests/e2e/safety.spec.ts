// Contract v3's safety core, tried through the doors a person uses: a deep link, the screener's own rules, each way a
// gate may (and may not) be lifted, and the pain log.
import type { Page } from '@playwright/test'
import { appReady, expect, noneToTheEnd, test } from './fixtures'

/** The screener's answers, step by step ("none" where a list is empty). */
interface Answers {
  emergency?: string[]
  sameDay?: string[]
  legs?: 'one' | 'both'
  where?: string[]
  onset?: string
  doctor?: string[]
  health?: string[]
  recent?: string[]
}

async function tickAndGo(page: Page, ids: string[] | undefined): Promise<void> {
  for (const id of ids ?? []) await page.locator(`input[data-finding="${id}"]`).check()
  const before = await page.locator('[data-screener-progress]').textContent()
  await page.locator(ids?.length ? 'main [data-step] [data-action="next"]' : '[data-action="none"]').click()
  const progress = page.locator('[data-screener-progress]')
  await expect(page.locator('[data-disposition]').or(progress.filter({ hasText: /^Step \d+/ }).filter({ hasNotText: before ?? '' })).first()).toBeVisible()
}

/** Answers a whole check from /check and waits for the result. */
async function screen(page: Page, url: string, a: Answers): Promise<void> {
  await page.goto(url + '/check')
  await appReady(page)
  const steps: [string[] | undefined, (() => Promise<void>)?][] = [
    [a.emergency],
    [a.sameDay],
    [
      a.where,
      async () => {
        await page.locator(a.legs === 'one' ? 'input[data-finding="pain_one_leg_only"]' : '[data-choice="both-legs"]').check()
        if (a.onset) await page.locator(`input[data-onset="${a.onset}"]`).check()
      },
    ],
    [a.doctor],
    // One step, "About you", asks the health background, the medicines and recent events.
    [[...(a.health ?? []), ...(a.recent ?? [])]],
  ]
  for (const [ids, before] of steps) {
    if (await page.locator('[data-disposition]').count()) break
    await before?.()
    await tickAndGo(page, ids)
  }
  await expect(page.locator('[data-disposition]')).toBeVisible()
}

const EVERY_ROUTINE = ['hamstring-stretch', 'calf-stretch', 'cramp-relief', 'sciatica-relief', 'sitting-relief', 'travel-circulation', 'ice', 'heat', 'elevation']

test('after a check with nerve pain below the knee, a deep link to the hamstring stretches is refused, with what to do instead', async ({ page, server }) => {
  await screen(page, server.url, { where: ['shooting_pain_below_knee', 'location_back_of_thigh'] })
  await expect(page.locator('[data-disposition="self-care"]')).toBeVisible()
  await page.goto(server.url + '/routines/hamstring-stretch')
  const refused = page.locator('[data-refused]')
  await expect(refused).toBeVisible()
  await expect(refused).toContainText(/nerve/)
  await expect(refused.locator('a[href="/routines/sciatica-relief"]')).toBeVisible()
  await expect(page.locator('[data-action="start"]')).toHaveCount(0)
  // Sitting relief still starts, without its standing hamstring stretch.
  await page.goto(server.url + '/routines/sitting-relief')
  await expect(page.locator('[data-changed-for-you]')).toContainText(/sciatic nerve/)
  await expect(page.locator('[data-action="start"]')).toBeVisible()
})

test('after a check for a child, no plan or timer starts by any deep link', async ({ page, server }) => {
  await screen(page, server.url, { where: ['location_calf'], health: ['under_16'] })
  await expect(page.locator('[data-disposition="doctor"]')).toBeVisible()
  for (const id of EVERY_ROUTINE) {
    await page.goto(server.url + '/routines/' + id)
    await expect(page.locator('[data-refused][data-refusal="child"]'), id).toBeVisible()
    await expect(page.locator('[data-action="start"]'), id).toHaveCount(0)
  }
})

test('after a hip replacement, the knee-to-chest and figure-4 stretches are left out of sciatica relief', async ({ page, server }) => {
  await screen(page, server.url, { where: ['shooting_pain_below_knee'], recent: ['joint_replacement_recent'] })
  await expect(page.locator('[data-disposition="doctor"]')).toBeVisible()
  await expect(page.locator('[data-disposition]')).toContainText(/surgical team/)
  await page.goto(server.url + '/routines/sciatica-relief')
  await expect(page.locator('[data-changed-for-you]')).toContainText(/right angle or cross the legs/)
  await page.locator('[data-action="start"]').click()
  // Step through the whole routine: nothing that bends the hip past a right angle or crosses the legs is played.
  const names: string[] = []
  for (let i = 0; i < 10 && (await page.locator('[data-action="skip"]').count()) > 0; i++) {
    names.push((await page.locator('#stage-title').textContent()) ?? '')
    await page.locator('[data-action="skip"]').click()
  }
  expect(names.join(' | ')).toMatch(/walk/i)
  expect(names.join(' | ')).not.toMatch(/knee to chest|figure-4/i)
})

test('"None of these" only while nothing is ticked, and one leg or both is a required choice', async ({ page, server }) => {
  await page.goto(server.url + '/check')
  await appReady(page)
  const none = page.locator('[data-action="none"]')
  await page.locator('input[data-finding="pe_symptoms"]').check()
  await expect(none).toHaveCount(0)
  // The emergency number is offered beside the ticked sign at once.
  await expect(page.locator('[data-step] a[href^="tel:"][data-call="emergency"]').first()).toBeVisible()
  await page.locator('input[data-finding="pe_symptoms"]').uncheck()
  await expect(none).toBeVisible()
  await none.click()
  await none.click()
  await expect(page.locator('[data-step="how-it-started"]')).toBeVisible()
  await none.click()
  await expect(page.locator('[data-step="how-it-started"]')).toBeVisible()
  await expect(page.locator('#legs-error')).toContainText(/one leg or both/)
  await page.locator('input[data-finding="pain_one_leg_only"]').check()
  await expect(none).toBeVisible()
  await none.click()
  await expect(page.locator('[data-step="doctor"]')).toBeVisible()
})

test('an emergency gate is lifted only by a clinician’s dated check, never by a new clear check', async ({ page, server }) => {
  await screen(page, server.url, { emergency: ['sudden_severe_leg_pain_numb_foot'] })
  await expect(page.locator('[data-disposition="emergency"]')).toBeVisible()
  await page.locator('[data-action="restart"]').click()
  await expect(page.locator('[data-emergency-gate-stays]')).toBeVisible()
  await expect(page.locator('[data-recheck-gate]')).toHaveCount(0)
  await noneToTheEnd(page)
  await expect(page.locator('[data-disposition="self-care"]')).toBeVisible()
  await expect(page.locator('[data-gate-still-up]')).toBeVisible()
  await page.goto(server.url + '/')
  const gate = page.locator('main [data-gate="emergency"]').first()
  await expect(gate).toBeVisible()
  await page.locator('[data-action="clinician-cleared"]').click()
  await page.locator('[data-action="confirm-clear-gate"]').click()
  await expect(page.locator('[data-gate]')).toHaveCount(0)
  await page.reload()
  await appReady(page)
  await expect(page.locator('[data-gate]')).toHaveCount(0)
})

test('an urgent gate stays after a doctor result, and after a check where the sign is still happening', async ({ page, server }) => {
  await screen(page, server.url, { sameDay: ['one_leg_swollen'] })
  await expect(page.locator('[data-disposition="urgent"]')).toBeVisible()

  // Still happening: the sign goes back into the check, which ends urgent again.
  await page.locator('[data-action="restart"]').click()
  const recheck = page.locator('[data-recheck-gate]')
  await recheck.getByLabel('Yes, still happening').check()
  await recheck.locator('[data-action="next"]').click()
  await noneToTheEnd(page)
  await expect(page.locator('[data-disposition="urgent"]')).toBeVisible()

  // Not happening, but a doctor-level sign: a doctor result never lifts a gate.
  await page.locator('[data-action="restart"]').click()
  await recheck.getByLabel('No, not now').check()
  await recheck.locator('[data-action="next"]').click()
  await noneToTheEnd(page, async (step) => {
    if (step === 4) await page.locator('input[data-finding="lump_behind_knee"]').check()
  })
  await expect(page.locator('[data-disposition="doctor"]')).toBeVisible()
  await page.goto(server.url + '/plans')
  await expect(page.locator('main [data-gate="urgent"]').first()).toBeVisible()
})

test('a pain score of 9 asks the warning signs in the pain log, and a yes raises the gate', async ({ page, server }) => {
  await page.goto(server.url + '/')
  await appReady(page)
  await page.locator('[data-action="log-pain"]').click()
  await page.locator('[data-pain-score="9"]').check()
  await page.locator('[data-action="save-pain"]').click()
  const check = page.locator('[data-warning-check]')
  await expect(check).toBeVisible()
  await check.locator('input[data-finding="calf_tender_no_injury"]').check()
  await check.locator('[data-action="next"]').click()
  await expect(page.locator('main [data-gate="urgent"]').first()).toBeVisible()
  await page.goto(server.url + '/routines/calf-stretch')
  // A new launch shows the full gate first; past it, the routine is refused.
  await page.locator('[data-action="continue"]').click()
  await expect(page.locator('[data-refused][data-refusal="gate"]')).toBeVisible()
})
