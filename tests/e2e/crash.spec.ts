import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from '@playwright/test'
import { CHROMIUM_ARGS } from '../../playwright.config'
import { appReady, expect, test } from './fixtures'
import { dumpDb } from './idb'

const total = '[data-water-today-ml]'
const ML = 250

function launch(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 390, height: 844 },
  })
}

/** The browser process this test launched on `dir` (its command line names the profile), killed outright. */
function killBrowser(dir: string): number {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n')
  const main = lines.find((l) => l.includes(`--user-data-dir=${dir}`) && !l.includes('--type='))
  if (!main) throw new Error(`No browser process found for ${dir}`)
  const pid = Number(main.trim().split(/\s+/)[0])
  process.kill(pid, 'SIGKILL')
  return pid
}

test('killing the browser in the middle of a burst of writes loses none that reported success', async ({ server }) => {
  test.setTimeout(120_000)
  const dir = mkdtempSync(join(tmpdir(), 'leg-care-crash-'))
  try {
    let ctx = await launch(dir)
    let page = ctx.pages()[0] ?? (await ctx.newPage())
    await page.goto(server.url + '/')
    await appReady(page)
    await expect(page.locator(total).first()).toHaveAttribute('data-water-today-ml', '0')

    // The page reports every total it shows; a total is only shown once its write has committed.
    const reported: number[] = []
    page.on('console', (m) => {
      const match = /^water-total (\d+)$/.exec(m.text())
      if (match) reported.push(Number(match[1]))
    })
    await page.evaluate((selector) => {
      const el = document.querySelector(selector)!
      new MutationObserver(() => console.log(`water-total ${el.getAttribute('data-water-today-ml')}`)).observe(el, {
        attributes: true,
        attributeFilter: ['data-water-today-ml'],
      })
    }, total)

    // A burst of quick-add taps, not waiting for each to finish; the browser dies part-way through.
    const button = page.locator(`[data-action="add-water"][data-amount-ml="${ML}"]`).first()
    const burst = (async () => {
      for (let i = 0; i < 200; i++) await button.click({ timeout: 5000 })
    })().catch(() => undefined)
    await expect.poll(() => Math.max(0, ...reported), { timeout: 60_000 }).toBeGreaterThanOrEqual(ML * 15)
    killBrowser(dir)
    await burst
    await ctx.close().catch(() => undefined)

    const succeeded = Math.max(...reported)
    expect(succeeded % ML).toBe(0)
    expect(succeeded).toBeLessThan(ML * 200) // it really was cut short

    // The same profile again: the database opens, with every reported write in it.
    ctx = await launch(dir)
    page = ctx.pages()[0] ?? (await ctx.newPage())
    await page.goto(server.url + '/')
    await appReady(page)
    await expect(page.getByRole('alert').filter({ hasText: 'Not saved.' })).toHaveCount(0)
    const stored = (await dumpDb(page)).waterEntries ?? []
    // What the screen shows (once its query has answered) is what the database holds.
    await expect(page.locator(total).first()).toHaveAttribute('data-water-today-ml', String(stored.length * ML))
    const shown = Number(await page.locator(total).first().getAttribute('data-water-today-ml'))
    expect(shown).toBeGreaterThanOrEqual(succeeded)
    console.log(`crash: ${succeeded / ML} writes reported success before the kill; ${stored.length} found after reopening`)
    await ctx.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
