// Visible layout defects, measured in the page at 320 and 390 px, light and dark: no screen scrolls sideways, and no
// control, label or heading breaks a word in two ("Setting s", "emergenc y").
import type { Page } from '@playwright/test'
import { appReady, expect, SCREENS, test } from './fixtures'

/** Words inside controls, labels and headings drawn on more than one line. */
async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = []
    const els = document.querySelectorAll('button, a, label, h1, h2, h3, legend, summary, th, [role="button"]')
    for (const el of els) {
      if (!(el as HTMLElement).offsetParent) continue
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? ''
        for (const m of text.matchAll(/[A-Za-z0-9()]{2,}/g)) {
          const r = document.createRange()
          r.setStart(n, m.index!)
          r.setEnd(n, m.index! + m[0].length)
          const tops = new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)))
          if (tops.size > 1) out.push(`${el.tagName.toLowerCase()}: ${m[0]}`)
        }
      }
    }
    return out
  })
}

for (const width of [320, 390]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`no sideways scroll and no word broken in two at ${width} px (${scheme})`, async ({ browser, server }) => {
      const context = await browser.newContext({ viewport: { width, height: width === 320 ? 640 : 844 }, colorScheme: scheme })
      try {
        const page = await context.newPage()
        // A check first, so the result, Today's result card and the summary have something to show.
        await page.goto(server.url + '/check')
        await appReady(page)
        await page.locator('input[data-finding="pe_symptoms"]').check()
        await expect(page.locator('[data-step] [data-call="emergency"]')).toBeVisible()
        expect(await brokenWords(page), '/check with a tick').toEqual([])
        await page.locator('[data-action="next"]').click()
        await expect(page.locator('[data-disposition="emergency"]')).toBeVisible()
        for (const path of [...SCREENS, '/check/result', '/history/summary', '/water']) {
          await page.goto(server.url + path)
          await appReady(page)
          // The full gate shows at launch on most screens: past it, to the screen itself (it may already be gone).
          const continueButton = page.locator('[data-action="continue"]')
          if (await continueButton.isVisible()) await continueButton.click({ timeout: 5_000 }).catch(() => undefined)
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
          expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0)
          expect(await brokenWords(page), path).toEqual([])
        }
      } finally {
        await context.close()
      }
    })
  }
}
