import { playwrightDriver } from '../journeys/adapters/playwright'
import { JOURNEYS } from '../journeys/journeys'
import { test } from './fixtures'

// The journeys shared with Firefox and WebKit (`npm run test:engines`), here in Chromium through Playwright.
for (const journey of JOURNEYS) {
  test(`chromium: ${journey.name}`, async ({ page, context, server }, testInfo) => {
    await journey.run({ d: playwrightDriver(page, context), server, tmp: testInfo.outputPath() })
  })
}
