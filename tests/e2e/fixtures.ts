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
