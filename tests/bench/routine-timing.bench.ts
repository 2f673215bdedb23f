import type { Browser, Page } from '@playwright/test'
import { expect, test } from '../e2e/fixtures'

/**
 * Routine timing, in real Chromium with the real build and real time (nothing sped up):
 *  1. Boundary lateness: ~10 minutes of routines played back to back while visible; each boundary cue logs how
 *     late its one setTimeout fired against the boundary the engine scheduled (console.debug from the store).
 *  2. Freeze: a 20-minute elevation timer in its own browser context (its own renderer process) whose script is
 *     stopped for 5 minutes with the debugger (CDP Debugger.pause), then resumed; data-run-elapsed-ms is
 *     compared with the wall clock.
 * Both run at the same time, so the bench takes about 10.5 minutes. It prints figures; it asserts no timings.
 */

const PLAY_MS = 10 * 60_000
const FREEZE_MS = 5 * 60_000
const ROUTINES = ['hamstring-stretch', 'calf-stretch', 'sciatica-relief', 'sitting-relief', 'travel-circulation', 'cramp-relief']

test.setTimeout(16 * 60_000)

function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1) + 0.5))]!
}

async function playFor(page: Page, base: string, ms: number): Promise<number[]> {
  const late: number[] = []
  page.on('console', (msg) => {
    const m = /\[leg-care\] boundary .*lateMs=(-?[\d.]+)/.exec(msg.text())
    if (m) late.push(Number(m[1]))
  })
  const until = Date.now() + ms
  let i = 0
  while (Date.now() < until) {
    const id = ROUTINES[i++ % ROUTINES.length]!
    await page.goto(`${base}/routines/${id}`)
    const startBtn = page.locator('[data-action="start"]')
    // A routine that needs a check first, or is refused, or missing, is passed over: the bench has no screening.
    if (!(await startBtn.waitFor({ timeout: 5000 }).then(() => true, () => false))) continue
    await startBtn.click()
    // Play until the routine ends or the time is up.
    await page
      .locator('[data-run-finished]')
      .waitFor({ timeout: Math.max(1000, until - Date.now()) })
      .catch(() => undefined)
  }
  return late
}

async function freeze(browser: Browser, base: string): Promise<{ diffMs: number; afterMs: number }> {
  const ctx = await browser.newContext()
  const page = await ctx.newPage()
  await page.goto(`${base}/routines/elevation`)
  await page.locator('[data-action="start"]').click()
  await expect(page.locator('[data-run-elapsed-ms]')).toBeVisible()
  await page.waitForTimeout(3000)
  const read = () =>
    page.evaluate(() => ({
      elapsed: Number(document.querySelector('[data-run-elapsed-ms]')?.getAttribute('data-run-elapsed-ms')),
      now: Date.now(),
    }))
  const before = await read()
  const cdp = await ctx.newCDPSession(page)
  await cdp.send('Debugger.enable')
  await cdp.send('Debugger.pause')
  // Make sure the pause has taken hold: the page's script runs at least once more and stops.
  void page.evaluate(() => 1).catch(() => undefined)
  await new Promise((r) => setTimeout(r, FREEZE_MS))
  await cdp.send('Debugger.resume')
  await cdp.send('Debugger.disable')
  // One tick (200 ms) for the screen to read the clock again.
  await page.waitForTimeout(400)
  const after = await read()
  const expected = before.elapsed + (after.now - before.now)
  await ctx.close()
  return { diffMs: after.elapsed - expected, afterMs: after.elapsed }
}

test('routine timing: boundary lateness while visible, and a 5-minute freeze', async ({ page, browser, server }) => {
  const [late, frozen] = await Promise.all([playFor(page, server.url, PLAY_MS), freeze(browser, server.url)])
  const sorted = [...late].sort((a, b) => a - b)
  console.log(`[bench] boundary cues: ${late.length} over ${PLAY_MS / 60_000} min`)
  console.log(`[bench] boundary lateness ms: median ${pct(sorted, 0.5).toFixed(1)}, p95 ${pct(sorted, 0.95).toFixed(1)}, worst ${(sorted.at(-1) ?? NaN).toFixed(1)} (target worst < 100)`)
  console.log(`[bench] after a ${FREEZE_MS / 60_000}-min freeze: data-run-elapsed-ms off the wall clock by ${frozen.diffMs} ms (elapsed ${frozen.afterMs} ms; target: exact to the second)`)
})
