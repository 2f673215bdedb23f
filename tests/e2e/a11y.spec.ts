import { SCREENS, expect, test } from './fixtures'
import { axeViolations } from './axe'

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.1 A/AA violation on any screen (${scheme})`, async ({ page, server }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
    for (const path of SCREENS) {
      await page.goto(server.url + path)
      await expect(page.locator('main h1').first()).toBeVisible()
      expect(await axeViolations(page), `${path} (${scheme})`).toEqual([])
    }
  })
}

test('the layout holds at 320 px wide with no sideways scrolling', async ({ page, server }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  for (const path of SCREENS) {
    await page.goto(server.url + path)
    await expect(page.locator('main h1').first()).toBeVisible()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, path).toBeLessThanOrEqual(0)
  }
})
