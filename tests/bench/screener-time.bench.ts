import { test } from '../e2e/fixtures'

/**
 * How long the symptom check takes a person with no warning sign, end to end in Chromium on the real build:
 * every step is answered as such a person would (both legs, "None of these" everywhere else), and the time is the
 * reading time of every word the check shows on the way (at 200 words a minute, a typical adult's reading speed
 * for plain text on a phone) plus 2 s per tap (a choice or a button), plus the app's own time between taps.
 * It prints figures; it asserts nothing.
 */
const WORDS_PER_MINUTE = 200
const SECONDS_PER_TAP = 2

test('the symptom check, for a person with no warning sign', async ({ page, server }) => {
  await page.goto(server.url + '/check')
  await page.waitForSelector('[data-step]')
  const rows: { step: string; words: number; taps: number }[] = []
  const started = Date.now()
  for (let i = 0; i < 8 && (await page.locator('[data-disposition]').count()) === 0; i++) {
    const step = page.locator('main [data-step]')
    const id = (await step.getAttribute('data-step')) ?? '?'
    const text = await page.locator('main').innerText()
    const words = text.split(/\s+/).filter((w) => /\w/.test(w)).length
    let taps = 1
    const both = page.locator('[data-choice="both-legs"]')
    if (await both.count()) {
      await both.check()
      taps++
    }
    const none = page.locator('[data-action="none"]')
    await ((await none.count()) ? none : step.locator('[data-action="next"]')).click()
    await page.waitForFunction(
      (before) => document.querySelector('[data-disposition]') || document.querySelector('main [data-step]')?.getAttribute('data-step') !== before,
      id,
    )
    rows.push({ step: id, words, taps })
  }
  await page.waitForSelector('[data-disposition]')
  const appMs = Date.now() - started
  const words = rows.reduce((n, r) => n + r.words, 0)
  const taps = rows.reduce((n, r) => n + r.taps, 0)
  const readS = (words / WORDS_PER_MINUTE) * 60
  const total = readS + taps * SECONDS_PER_TAP + appMs / 1000
  console.log('Symptom check, no warning sign (reading at 200 words/min, 2 s a tap):')
  for (const r of rows) console.log(`  ${r.step.padEnd(30)} ${String(r.words).padStart(4)} words  ${r.taps} tap(s)`)
  console.log(`  total: ${rows.length} steps, ${words} words, ${taps} taps, app time ${(appMs / 1000).toFixed(1)} s`)
  console.log(`  estimated time: ${Math.floor(total / 60)} min ${Math.round(total % 60)} s`)
})
