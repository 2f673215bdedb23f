import type { Page } from '@playwright/test'
import { appReady, expect, test } from './fixtures'
import { axeViolations } from './axe'

/** Writes records straight into the app's IndexedDB (after the app has created it), then reloads. */
async function seed(page: Page, tables: Record<string, object[]>): Promise<void> {
  await page.evaluate(async (data) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('leg-care')
      req.onsuccess = () => ok(req.result)
      req.onerror = () => fail(req.error)
    })
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction(Object.keys(data), 'readwrite')
      for (const [name, rows] of Object.entries(data)) for (const row of rows) tx.objectStore(name).put(row)
      tx.oncomplete = () => ok()
      tx.onerror = () => fail(tx.error)
    })
    db.close()
  }, tables)
  await page.reload()
  await appReady(page)
}

function dayKeyUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

test('history shows checks, alerts with how they were cleared, sessions, pain and water, and prints a summary', async ({ page, server }) => {
  const now = Date.now()
  const H = 3_600_000
  const D = 24 * H
  await page.goto(server.url + '/history')
  await appReady(page)
  const zone = 'UTC'
  await seed(page, {
    screenings: [
      { id: 's1', at: now - 3 * D, timeZone: zone, dayKey: dayKeyUtc(now - 3 * D), findings: ['calf_swelling_one_side'], disposition: 'urgent', plans: [], cautions: [], onsetAt: null },
    ],
    gateEvents: [
      { id: 'g1', at: now - 3 * D, timeZone: zone, kind: 'raise', level: 'urgent', source: 'screening', screeningId: 's1', reasons: ['One calf is swollen'], findings: [], clearedBy: null, assessedOn: null },
      { id: 'g2', at: now - 2 * D, timeZone: zone, kind: 'clear', level: null, source: null, screeningId: null, reasons: [], findings: [], clearedBy: 'clinician', assessedOn: '2025-01-02' },
    ],
    sessions: [
      { id: 'x1', routineId: 'calf-stretch', kind: 'routine', startedAt: now - D, endedAt: now - D + 600_000, at: now - D, timeZone: zone, dayKey: dayKeyUtc(now - D), completed: true, painBefore: 4, painAfter: 3, runId: null },
    ],
    painEntries: [
      { id: 'p1', at: now - 2 * D, timeZone: zone, dayKey: dayKeyUtc(now - 2 * D), score: 3, where: 'Calf', note: 'after a walk' },
      { id: 'p2', at: now - 1 * D, timeZone: zone, dayKey: dayKeyUtc(now - 1 * D), score: 5, where: '', note: '' },
    ],
    waterEntries: [{ id: 'w1', at: now - D, timeZone: zone, dayKey: dayKeyUtc(now - D), ml: 1200 }],
  })

  const checks = page.locator('[data-screening]')
  await expect(checks).toHaveCount(1)
  await expect(checks.first()).toContainText('Urgent')
  await expect(page.locator('[data-gate-event="raise"]')).toContainText('One calf is swollen')
  await expect(page.locator('[data-gate-event="clear"]')).toContainText('checked you on 2025-01-02')
  await expect(page.locator('[data-plans-followed]')).toContainText('1 done')
  await expect(page.getByRole('heading', { name: 'Pain log' })).toBeVisible()
  await expect(page.getByText('after a walk')).toBeVisible()

  const painChart = page.locator('[data-chart="pain"] svg[role="img"]')
  await expect(painChart).toHaveAttribute('aria-label', /latest 5/)
  const waterChart = page.locator('[data-chart="water"] svg[role="img"]')
  await expect(waterChart).toHaveAttribute('aria-label', /logged on 1 days?/)
  await page.getByRole('button', { name: '30 days' }).click()
  await expect(waterChart).toHaveAttribute('aria-label', /last 30 days/)
  const toggle = page.locator('[data-chart="water"]').getByRole('button', { name: 'Show as a table' })
  await toggle.click()
  await expect(page.locator('[data-chart="water"] table')).toContainText('1200 ml')

  const violations = await axeViolations(page)
  expect(violations).toEqual([])

  // The clinician summary: its own page, opened by the print control, printed on the device.
  await page.evaluate(() => {
    ;(window as unknown as { printed: boolean }).printed = false
    window.print = () => {
      ;(window as unknown as { printed: boolean }).printed = true
    }
  })
  await page.locator('[data-action="print"]').click()
  await expect(page).toHaveURL(/\/history\/summary/)
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true)
  const summary = page.locator('[data-clinician-summary]')
  await expect(summary.locator('h1')).toHaveText(/summary for a clinician/i)
  await expect(summary).toContainText('Not a diagnosis')
  await expect(summary.locator('[data-summary-section="screening"]')).toContainText('Urgent')
  await expect(summary.locator('[data-summary-section="gate"]')).toContainText(/checked them on Thu,? (2 Jan|Jan 2),? 2025/)
  // Routine scores count with the pain log (the routine's day is also a pain-log day): 4 before and 3 after the calf stretches.
  await expect(summary.locator('[data-summary-section="pain"]')).toContainText('Scored on 2 days')
  await expect(summary.locator('[data-summary-section="pain"]')).toContainText('4 before, 3 after')
  await expect(summary.locator('[data-summary-section="adherence"]')).toContainText('1 time done')
  await expect(summary.locator('[data-summary-section="water"]')).toContainText('Logged on 1 day,')
  // No advice for the person, no charts, no empty sections, no "1 days".
  await expect(summary).not.toContainText(/1 days|Not logged|Log your pain|Tap |Print this page/)
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('nav').first()).toBeHidden()
  await expect(page.locator('header').first()).toBeHidden()
  await expect(summary.locator('button')).toHaveCount(2)
  await expect(summary.locator('button').first()).toBeHidden()
  // One or two printed pages.
  const pdf = await page.pdf({ format: 'A4' })
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
  expect(pages).toBeGreaterThanOrEqual(1)
  expect(pages).toBeLessThanOrEqual(2)
  await page.emulateMedia({ media: 'screen' })

  // The same facts as a text file, made on the device.
  const download = page.waitForEvent('download')
  await summary.locator('[data-action="download-summary"]').click()
  const file = await download
  const text = await (await import('node:fs/promises')).readFile((await file.path())!, 'utf8')
  expect(file.suggestedFilename()).toMatch(/^leg-care-summary-\d{4}-\d{2}-\d{2}\.txt$/)
  expect(text).toContain('Leg care: summary for a clinician')
  expect(text).toContain('4 before, 3 after')
})

test('a pain jump of 3 points prompts a symptom re-check on Today', async ({ page, server }) => {
  await page.goto(server.url + '/')
  await appReady(page)
  await page.locator('[data-action="log-pain"]').click()
  await page.getByRole('radio', { name: '2' }).check()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Latest: 2 out of 10')).toBeVisible()
  await page.locator('[data-action="log-pain"]').click()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('alert')).toContainText('0 to 10')
  await page.getByRole('radio', { name: '6' }).check()
  await page.getByRole('button', { name: 'Save' }).click()
  const link = page.locator('[data-action="pain-recheck"]')
  await expect(link).toBeVisible()
  await expect(page.locator('[data-recheck="jump-24h"]')).toContainText('from 2 to 6')
  await link.click()
  await expect(page).toHaveURL(/\/check$/)
})
