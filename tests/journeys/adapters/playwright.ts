import type { BrowserContext, Page } from '@playwright/test'
import type { Driver } from '../driver'
import { callSource } from './source'

/** Chromium through Playwright: a page of a browser context (one profile). */
export function playwrightDriver(page: Page, context: BrowserContext): Driver {
  return {
    engine: 'chromium',
    version: context.browser()?.version() ?? '?',
    async goto(url) {
      await page.goto(url)
    },
    async reload() {
      await page.reload()
    },
    evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> {
      return page.evaluate(callSource(fn as (...a: never[]) => unknown, args)) as Promise<T>
    },
    async click(selector) {
      await page.locator(selector).first().click()
    },
    async fill(selector, value) {
      await page.locator(selector).first().fill(value)
    },
    async setFiles(selector, path) {
      await page.locator(selector).first().setInputFiles(path)
    },
    async viewport(width, height) {
      await page.setViewportSize({ width, height })
      return page.evaluate(() => window.innerWidth)
    },
    async newTab() {
      return playwrightDriver(await context.newPage(), context)
    },
    async close() {
      await page.close()
    },
  }
}
