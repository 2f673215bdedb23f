import { test as base, expect, type Page } from '@playwright/test'
import { serveDist, type StaticServer } from './server'

export const SCREENS = ['/', '/check', '/plans', '/routines/calf-stretch', '/water', '/history', '/settings', '/sources']

/** Each test gets the production build on its own origin. */
export const test = base.extend<{ server: StaticServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture list from this pattern
  server: async ({}, use) => {
    const server = await serveDist()
    await use(server)
    await server.close()
  },
})

export { expect }

/** Waits until the service worker controls the page (with registerType 'prompt' that takes one reload). */
export async function untilControlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload()
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
  }
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
}

/** The app has mounted its screen into the one main landmark. */
export async function appReady(page: Page): Promise<void> {
  await expect(page.locator('main h1').first()).toBeVisible()
}

/**
 * Answers "None of these" on every remaining screener step until the result shows (choosing "both legs" where the
 * one-leg-or-both question is asked, and Continue on a step that already has a tick); returns how many steps that
 * took. After each tap it waits for the next step or the result, so it never taps a step twice while saving.
 */
export async function noneToTheEnd(page: Page, onStep?: (step: number) => Promise<void>): Promise<number> {
  const result = page.locator('[data-disposition]')
  const progress = page.locator('[data-screener-progress]')
  let taps = 0
  while ((await result.count()) === 0) {
    const before = await progress.textContent()
    const step = Number(/Step (\d+)/.exec(before ?? '')?.[1] ?? NaN)
    await onStep?.(step)
    const both = page.locator('[data-choice="both-legs"]')
    if ((await both.count()) > 0 && !(await page.locator('input[name="legs"]:checked').count())) await both.check()
    const none = page.locator('[data-action="none"]')
    await ((await none.count()) > 0 ? none : page.locator('main [data-step] [data-action="next"]')).click()
    taps++
    expect(taps, 'more taps than the screener has steps').toBeLessThanOrEqual(6)
    await expect(result.or(progress.filter({ hasText: /^Step \d+/ }).filter({ hasNotText: before ?? '' })).first()).toBeVisible()
  }
  return taps
}
