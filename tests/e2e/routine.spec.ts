import type { Page } from '@playwright/test'
import { planById } from '../../src/content/plans'
import { HOUR_MS, installSkewableClock, setClockSkew } from './clock'
import { appReady, expect, test } from './fixtures'
import { dumpDb } from './idb'
import { axeViolations } from './axe'

const ROUTINE = '/routines/hamstring-stretch'

/** Counts speechSynthesis.speak calls in every page of the context (headless Chromium has no voices). */
const SPEAK_SPY = () => {
  const w = window as unknown as { __spoken: string[] }
  w.__spoken = []
  const synth = window.speechSynthesis as SpeechSynthesis | undefined
  if (synth) {
    const original = synth.speak.bind(synth)
    synth.speak = (u: SpeechSynthesisUtterance) => {
      w.__spoken.push(u.text)
      try {
        original(u)
      } catch {
        // no engine
      }
    }
  }
}

const spokenIn = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.length)

async function elapsedAndNow(page: Page): Promise<{ elapsed: number; now: number }> {
  return page.evaluate(() => ({
    elapsed: Number(document.querySelector('[data-run-elapsed-ms]')?.getAttribute('data-run-elapsed-ms')),
    now: Date.now(),
  }))
}

async function start(page: Page, url: string): Promise<number> {
  await page.goto(url + ROUTINE)
  await appReady(page)
  const t0 = await page.evaluate(() => Date.now())
  await page.locator('[data-action="start"]').click()
  await expect(page.locator('[data-run-elapsed-ms]')).toBeVisible()
  return t0
}

test('a reload in the middle of a hold resumes at the right step and time', async ({ page, server }) => {
  const t0 = await start(page, server.url)
  // Into the first hold (after the 5 s get-ready).
  await expect(page.locator('[data-step-kind]')).toHaveText('Hold', { timeout: 8000 })
  await page.waitForTimeout(2500)
  const stepBefore = await page.locator('[data-step-kind]').textContent()
  const sideBefore = await page.locator('[data-side]').textContent()
  const before = await elapsedAndNow(page)
  await page.reload()
  await expect(page.locator('[data-run-elapsed-ms]')).toBeVisible()
  await expect(page.locator('[aria-live="polite"]')).toContainText(/welcome back/i)
  const after = await elapsedAndNow(page)
  // Across the reload the run advanced exactly as the wall clock did (within a second): nothing lost or gained.
  expect(Math.abs(after.elapsed - before.elapsed - (after.now - before.now))).toBeLessThan(1000)
  // And it never ran ahead of the time since just before the Start tap.
  expect(after.elapsed).toBeLessThanOrEqual(after.now - t0)
  expect(await page.locator('[data-step-kind]').textContent()).toBe(stepBefore)
  expect(await page.locator('[data-side]').textContent()).toBe(sideBefore)
})

test('a pause survives a reload', async ({ page, server }) => {
  await start(page, server.url)
  await page.waitForTimeout(1500)
  await page.locator('[data-action="pause"]').click()
  await expect(page.locator('[data-action="resume"]')).toBeVisible()
  const frozen = (await elapsedAndNow(page)).elapsed
  await page.reload()
  await expect(page.locator('[data-action="resume"]')).toBeVisible()
  await page.waitForTimeout(1200)
  expect((await elapsedAndNow(page)).elapsed).toBe(frozen)
  await page.locator('[data-action="resume"]').click()
  await page.waitForTimeout(1000)
  expect((await elapsedAndNow(page)).elapsed).toBeGreaterThan(frozen + 500)
})

test('a finished routine is logged and shows in History', async ({ page, server }) => {
  await start(page, server.url)
  const title = (await page.locator('main h1').textContent())?.trim() ?? ''
  const skip = page.locator('[data-action="skip"]')
  while (await skip.isVisible()) await skip.click()
  await expect(page.locator('[data-run-finished="done"]')).toBeVisible()
  await expect(page.locator('[data-session-logged]')).toBeVisible()
  await page.locator('a[data-link="history"]').click()
  await expect(page).toHaveURL(/\/history$/)
  // History names the session by the routine's title, or by its plan's title where it groups by plan.
  const planTitle = planById('hamstring-stretch')?.title ?? title
  const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  await expect(page.locator('main')).toContainText(new RegExp(`${esc(title)}|${esc(planTitle)}`))
  await expect(page.locator('main')).toContainText(/1 session done/)
})

test('"this hurts" with a red flag raises the gate and stops the routine', async ({ page, server }) => {
  await start(page, server.url)
  await page.locator('[data-action="this-hurts"]').click()
  // One question first (issue 14), then the few signs for this routine.
  await page.locator('[data-answer="other"]').click()
  await page.locator('input[data-finding="pe_symptoms"]').check()
  await page.locator('[data-action="submit-hurt"]').click()
  await expect(page.locator('[data-gate="emergency"]').first()).toBeVisible()
  await expect(page.locator('[data-gate] a[href^="tel:"]').first()).toBeVisible()
  // The routine cannot be started again while the gate is up.
  await page.goto(server.url + ROUTINE)
  await page.locator('[data-action="continue"]').click()
  await expect(page.locator('[data-refused][data-refusal="gate"]')).toBeVisible()
  await expect(page.locator('[data-action="start"]')).toHaveCount(0)
})

test('"this hurts" answered yes, then the tab closed: the run is already stopped and logged, once', async ({ page, context, server }) => {
  await start(page, server.url)
  await page.locator('[data-action="this-hurts"]').click()
  await page.locator('[data-answer="sharp"]').click()
  await expect(page.locator('[data-stop-now]')).toBeVisible()
  await expect(page.locator('[data-run-status="stopped"]')).toBeVisible()
  // Saved as stopped with its session while the signs are still on screen, not after them.
  const runs = async () => ((await dumpDb(page)).runs as { status: string }[]).map((r) => r.status)
  await expect.poll(runs).toEqual(['stopped'])
  expect((await dumpDb(page)).sessions).toMatchObject([{ completed: false, routineId: 'hamstring-stretch' }])
  await expect(page.locator('[data-hurt-check] input[data-finding]').first()).toBeVisible()
  // The phone locks, or the tab is closed, before the signs are answered: it stays stopped, logged once.
  const reader = await context.newPage()
  await page.close()
  await reader.goto(server.url + ROUTINE)
  await appReady(reader)
  const db = await dumpDb(reader)
  expect((db.runs as { status: string }[]).map((r) => r.status)).toEqual(['stopped'])
  expect(db.sessions).toHaveLength(1)
  // Opened again, nothing is playing: the routine is ready to start afresh.
  await expect(reader.locator('[data-action="start"]')).toBeVisible()
  await expect(reader.locator('[data-run-elapsed-ms]')).toHaveCount(0)
})

test('a second tab shows the same step, and only one tab speaks', async ({ page, context, server }) => {
  await context.addInitScript(SPEAK_SPY)
  await start(page, server.url)
  const second = await context.newPage()
  await second.goto(server.url + ROUTINE)
  await expect(second.locator('[data-run-elapsed-ms]')).toBeVisible()
  await expect(second.locator('[data-cues-elsewhere]')).toBeVisible()
  // Through a step boundary (the get-ready ends after 5 s).
  await expect(page.locator('[data-step-kind]')).toHaveText('Hold', { timeout: 8000 })
  await expect(second.locator('[data-step-kind]')).toHaveText('Hold')
  const a = await elapsedAndNow(page)
  const b = await elapsedAndNow(second)
  expect(Math.abs(a.elapsed - a.now - (b.elapsed - b.now))).toBeLessThan(1000)
  // A pause in the second tab shows in the first.
  await second.locator('[data-action="pause"]').click()
  await expect(page.locator('[data-action="resume"]')).toBeVisible()
  await second.locator('[data-action="resume"]').click()
  await expect(page.locator('[data-action="pause"]')).toBeVisible()
  await second.locator('[data-action="skip"]').click()
  await page.waitForTimeout(800)
  expect(await spokenIn(page)).toBeGreaterThanOrEqual(2)
  expect(await spokenIn(second)).toBe(0)
})

test('the timer keeps counting when the device clock steps back, and the run never ends before it started', async ({ page, context, server }) => {
  await installSkewableClock(context)
  await start(page, server.url)
  await page.waitForTimeout(2000)
  const elapsed = async () => Number(await page.locator('[data-run-elapsed-ms]').getAttribute('data-run-elapsed-ms'))
  const before = await elapsed()
  expect(before).toBeGreaterThan(1000)
  // The clock is corrected by an hour, backwards, in the middle of the run.
  const t = Date.now()
  await setClockSkew(page, -HOUR_MS)
  await page.waitForTimeout(1500)
  const during = await elapsed()
  // It went on by the real time that passed: no drop to 0, no freeze for an hour.
  expect(during).toBeGreaterThanOrEqual(before + 1000)
  expect(during).toBeLessThanOrEqual(before + (Date.now() - t) + 400)
  await expect.poll(elapsed).toBeGreaterThan(during + 500)
  // A reload after the correction carries on from the same place (the run was re-based in storage).
  const beforeReload = await elapsed()
  const t2 = Date.now()
  await page.reload()
  await expect(page.locator('[data-run-elapsed-ms]')).toBeVisible()
  const afterReload = await elapsed()
  expect(afterReload).toBeGreaterThanOrEqual(beforeReload)
  expect(afterReload).toBeLessThanOrEqual(beforeReload + (Date.now() - t2) + 400)
  // Stopped now, it is logged with an end after its start.
  await page.locator('[data-action="stop"]').click()
  await page.locator('[data-action="confirm-stop"]').click()
  await expect(page.locator('[data-run-finished="stopped"]')).toBeVisible()
  await expect(page.locator('[data-session-logged]')).toBeVisible()
  const db = await dumpDb(page)
  const run = db.runs![0] as { startedAt: number; endedAt: number }
  const session = db.sessions![0] as { startedAt: number; endedAt: number }
  expect(run.endedAt).toBeGreaterThanOrEqual(run.startedAt)
  expect(session.endedAt).toBeGreaterThanOrEqual(session.startedAt)
  expect(session.endedAt - session.startedAt).toBeGreaterThan(4000)
})

for (const scheme of ['light', 'dark'] as const) {
  test(`the running player, the "this hurts" check and the finish pass axe at 320 px (${scheme})`, async ({ page, server }) => {
    await page.setViewportSize({ width: 320, height: 700 })
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
    await start(page, server.url)
    await expect(page.locator('[data-step-kind]')).toHaveText('Hold', { timeout: 8000 })
    const countdownPx = await page.locator('[data-countdown]').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    expect(countdownPx).toBeGreaterThanOrEqual(64)
    const noSideScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
    expect(await axeViolations(page)).toEqual([])
    expect(await noSideScroll()).toBe(true)
    await page.locator('[data-action="this-hurts"]').click()
    expect(await axeViolations(page)).toEqual([])
    await page.locator('[data-action="cancel-hurt"]').click()
    const skip = page.locator('[data-action="skip"]')
    while (await skip.isVisible()) await skip.click()
    await expect(page.locator('[data-run-finished="done"]')).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    expect(await noSideScroll()).toBe(true)
  })
}
