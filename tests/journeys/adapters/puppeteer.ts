import type { Browser, Page } from 'puppeteer-core'
import type { Driver } from '../driver'
import { callSource } from './source'

/** Firefox ESR through puppeteer-core over WebDriver BiDi: a page (tab) of the one browser. */
export function puppeteerDriver(page: Page, browser: Browser, version: string): Driver {
  return {
    engine: 'firefox',
    version,
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
      // Into the middle of the screen first: at the bottom edge the fixed tab bar would take the click.
      await page.$eval(selector, (el) => el.scrollIntoView({ block: 'center', inline: 'center' }))
      await page.click(selector)
    },
    async fill(selector, value) {
      await page.focus(selector)
      await page.keyboard.down('Control')
      await page.keyboard.press('a')
      await page.keyboard.up('Control')
      await page.keyboard.press('Backspace')
      await page.keyboard.type(value)
    },
    async setFiles(selector, path) {
      const input = await page.$(selector)
      if (!input) throw new Error(`firefox: no ${selector} to pick a file in`)
      await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(path)
    },
    async viewport(width, height) {
      await page.setViewport({ width, height })
      return page.evaluate(() => window.innerWidth)
    },
    async newTab() {
      return puppeteerDriver(await browser.newPage(), browser, version)
    },
    async close() {
      await page.close()
    },
  }
}
