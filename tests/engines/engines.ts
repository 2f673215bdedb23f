import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import puppeteer from 'puppeteer-core'
import { puppeteerDriver } from '../journeys/adapters/puppeteer'
import { WebDriverSession, webdriverDriver } from '../journeys/adapters/webdriver'
import type { Driver } from '../journeys/driver'

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'

/** One browser per engine, reused by every journey: `open` gives a tab for a journey, `reset` tidies up after it. */
export interface EngineBrowser {
  open(): Promise<Driver>
  reset(): Promise<void>
  close(): Promise<void>
}

export async function launchFirefox(): Promise<EngineBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'leg-care-firefox-'))
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      // Downloads go to the profile's own folder, never a dialog.
      'browser.download.dir': join(profile, 'downloads'),
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
    },
  })
  const version = await browser.version()
  return {
    async open() {
      const page = await browser.newPage()
      const d = puppeteerDriver(page, browser, version)
      await d.viewport(390, 844)
      return d
    },
    async reset() {
      // Keep the first tab (the browser closes with its last one), close every tab a journey opened.
      const pages = await browser.pages()
      for (const p of pages.slice(1)) await p.close().catch(() => undefined)
    },
    async close() {
      await browser.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

export async function launchWebKit(): Promise<EngineBrowser> {
  const session = await WebDriverSession.start()
  const main = await session.handle()
  return {
    async open() {
      const d = await webdriverDriver(session, main)
      await d.viewport(390, 844)
      return d
    },
    async reset() {
      const handles = await session.command<string[]>('GET', '/window/handles')
      for (const h of handles.filter((h) => h !== main)) {
        await session.use(h)
        await session.command('DELETE', '/window').catch(() => undefined)
      }
      await session.use(main)
      await session.command('POST', '/url', { url: 'about:blank' })
    },
    close: () => session.quit(),
  }
}
