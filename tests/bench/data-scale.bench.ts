import type { Page } from '@playwright/test'
import { appReady, expect, test } from '../e2e/fixtures'
import { clearIdbReads, idbReads, installObservers, type IdbRead } from './outside'

/**
 * Five years of data (20,000 drinks, 3,000 sessions, 2,000 pain entries), seeded straight into the app's
 * IndexedDB, then: how long the Today summary (today's water and the pain window) and the 30-day charts take to
 * load, as the app does it. Figures, all measured from outside the app (tests/bench/outside.ts): its IndexedDB reads
 * (from the app's request to its result, timed around the IndexedDB calls the app makes) and the time from a tap to
 * the rendered screen. Printed as median and worst of several runs.
 */

const RUNS = 7
const YEARS_DAYS = 5 * 365

async function seed(page: Page): Promise<{ todayMl: number }> {
  return page.evaluate(
    async ({ days }) => {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
      const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
      const key = (t: number): string => fmt.format(t)
      const now = Date.now()
      const todayKey = key(now)
      const D = 86_400_000
      const water: object[] = []
      const sessions: object[] = []
      const pain: object[] = []
      let todayMl = 0
      // Spread over the 5 years, newest at "now minus a minute": today always has some drinks.
      for (let i = 0; i < 20_000; i++) {
        const at = now - 60_000 - Math.floor((i / 20_000) * days * D)
        const ml = 100 + (i % 5) * 50
        const dayKey = key(at)
        if (dayKey === todayKey) todayMl += ml
        water.push({ id: `w${i}`, at, timeZone: zone, dayKey, ml })
      }
      for (let i = 0; i < 3_000; i++) {
        const at = now - 120_000 - Math.floor((i / 3_000) * days * D)
        sessions.push({ id: `s${i}`, routineId: i % 2 ? 'calf-stretch' : 'hamstring-stretch', kind: 'routine', startedAt: at - 600_000, endedAt: at, at, timeZone: zone, dayKey: key(at), completed: i % 7 !== 0, painBefore: 4, painAfter: 3, runId: null })
      }
      for (let i = 0; i < 2_000; i++) {
        const at = now - 180_000 - Math.floor((i / 2_000) * days * D)
        pain.push({ id: `p${i}`, at, timeZone: zone, dayKey: key(at), score: i % 11, where: 'Calf', note: '' })
      }
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open('leg-care')
        req.onsuccess = () => ok(req.result)
        req.onerror = () => fail(req.error)
      })
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction(['waterEntries', 'sessions', 'painEntries'], 'readwrite')
        for (const r of water) tx.objectStore('waterEntries').put(r)
        for (const r of sessions) tx.objectStore('sessions').put(r)
        for (const r of pain) tx.objectStore('painEntries').put(r)
        tx.oncomplete = () => ok()
        tx.onerror = () => fail(tx.error)
      })
      db.close()
      return { todayMl }
    },
    { days: YEARS_DAYS },
  )
}

/** Taps a control and resolves with the ms until `selector` is in the document. */
async function tapUntil(page: Page, tap: string, selector: string): Promise<number> {
  return page.evaluate(
    ({ tap, selector }) =>
      new Promise<number>((ok, fail) => {
        const t0 = performance.now()
        const done = (): boolean => {
          if (!document.querySelector(selector)) return false
          observer.disconnect()
          ok(performance.now() - t0)
          return true
        }
        const observer = new MutationObserver(done)
        observer.observe(document.body, { subtree: true, childList: true, attributes: true })
        setTimeout(() => fail(new Error(`timed out waiting for ${selector}`)), 10_000)
        ;(document.querySelector(tap) as HTMLElement).click()
        done()
      }),
    { tap, selector },
  )
}

/**
 * Waits until the page has nothing left to do from its launch (the service worker installed, the tab screens' code
 * loaded in idle time, an idle moment), as when a person taps a few seconds after the screen is up: a tap measured
 * mid-launch would time the launch too.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    // Until half a second passes without the page fetching anything.
    let seen = -1
    while (performance.getEntriesByType('resource').length !== seen) {
      seen = performance.getEntriesByType('resource').length
      await new Promise((ok) => setTimeout(ok, 500))
    }
    for (let i = 0; i < 2; i++) await new Promise((ok) => requestIdleCallback(ok, { timeout: 1000 }))
  })
}

/** The app's first read of `store` by `index` among `reads`, request to result (ms), or NaN if none answered. */
function firstRead(reads: IdbRead[], store: string, index: string): number {
  const r = reads.find((x) => x.store === store && x.index === index && !Number.isNaN(x.t1))
  return r ? r.t1 - r.t0 : Number.NaN
}

function stats(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b)
  const median = s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
  return `median ${median.toFixed(1)} ms, worst ${s[s.length - 1]!.toFixed(1)} ms (n=${s.length})`
}

test('Today summary and 30-day charts with five years of data', async ({ page, context, server }) => {
  await installObservers(context)
  await page.goto(server.url + '/')
  await appReady(page)
  const t = Date.now()
  const { todayMl } = await seed(page)
  console.log(`seeded 20,000 drinks, 3,000 sessions, 2,000 pain entries in ${Date.now() - t} ms; today ${todayMl} ml`)

  const todayWater: number[] = []
  const todayPain: number[] = []
  const todayTap: number[] = []
  const historyQuery: number[] = []
  const historyTap: number[] = []
  const chart30Tap: number[] = []
  const todayColdTap: number[] = []
  const historyColdTap: number[] = []
  for (let run = 0; run < RUNS; run++) {
    // From a screen that uses none of these stores: a tap on Today creates them, queries and draws.
    await page.goto(server.url + '/sources')
    await appReady(page)
    await settled(page)
    todayColdTap.push(await tapUntil(page, 'nav a[href="/"]', `[data-water-today-ml="${todayMl}"] ~ p, [data-water-today-ml="${todayMl}"]`))
    await page.goto(server.url + '/sources')
    await appReady(page)
    await settled(page)
    historyColdTap.push(await tapUntil(page, 'nav a[href="/history"]', '[data-chart="water"] svg[aria-label*="logged on"]'))

    // A cold start of the Today screen: its reads by day (today's drinks, the pain window), request to result.
    await page.goto(server.url + '/')
    await expect(page.locator('[data-water-today-ml]')).toHaveAttribute('data-water-today-ml', String(todayMl))
    await expect.poll(async () => firstRead(await idbReads(page), 'painEntries', 'dayKey')).not.toBeNaN()
    const launch = await idbReads(page)
    todayWater.push(firstRead(launch, 'waterEntries', 'dayKey'))
    todayPain.push(firstRead(launch, 'painEntries', 'dayKey'))
    await settled(page)

    // History from the tab bar: the 30 days of water and pain read, the chart drawn.
    await clearIdbReads(page)
    historyTap.push(await tapUntil(page, 'nav a[href="/history"]', '[data-chart="water"] svg[aria-label*="logged on"]'))
    const reads = await idbReads(page)
    historyQuery.push(Math.max(firstRead(reads, 'waterEntries', 'dayKey'), firstRead(reads, 'painEntries', 'dayKey')))
    // Switching to the 30-day view.
    await settled(page)
    chart30Tap.push(await tapUntil(page, '[data-range="30"]', '[data-chart="water"] svg[aria-label*="last 30 days"]'))
    await settled(page)

    // Back to Today inside the app (stores already warm, so this is the re-render).
    todayTap.push(await tapUntil(page, 'nav a[href="/"]', `[data-water-today-ml="${todayMl}"]`))
  }
  const raw = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const req = indexedDB.open('leg-care')
      req.onsuccess = () => ok(req.result)
    })
    const to = new Date().toISOString().slice(0, 10)
    const from = new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10)
    const t0 = performance.now()
    const rows = await new Promise<unknown[]>((ok) => {
      const req = db.transaction('waterEntries').objectStore('waterEntries').index('dayKey').getAll(IDBKeyRange.bound(from, to))
      req.onsuccess = () => ok(req.result)
    })
    const ms = performance.now() - t0
    db.close()
    return { ms, n: rows.length }
  })
  console.log(`raw IndexedDB, 30 days of drinks by the dayKey index: ${raw.ms.toFixed(1)} ms for ${raw.n} rows`)
  console.log(`Today summary, tap Today from another screen to total shown (stores created cold): ${stats(todayColdTap)}`)
  console.log(`30-day charts, tap History from another screen to chart drawn (stores created cold): ${stats(historyColdTap)}`)
  console.log(`Today summary, water read, request to result (cold load): ${stats(todayWater)}`)
  console.log(`Today summary, pain window read, request to result (cold load): ${stats(todayPain)}`)
  console.log(`Today summary, tap Today to total shown (warm): ${stats(todayTap)}`)
  console.log(`30-day charts, water+pain range reads, request to result: ${stats(historyQuery)}`)
  console.log(`30-day charts, tap History to chart drawn: ${stats(historyTap)}`)
  console.log(`30-day charts, tap "30 days" to chart redrawn: ${stats(chart30Tap)}`)
})
