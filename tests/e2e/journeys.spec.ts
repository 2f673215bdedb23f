import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { playwrightDriver } from '../journeys/adapters/playwright'
import { REPORT_DIR } from '../journeys/capabilities'
import { JOURNEYS } from '../journeys/journeys'
import { test } from './fixtures'
import { serveDist } from './server'

// The journeys shared with Firefox and WebKit (`npm run test:engines`), here in Chromium through Playwright.
// Last run's Chromium results go first, so the features table never shows a stale measure.
test.beforeAll(() => rmSync(join(REPORT_DIR, 'chromium.json'), { force: true }))

for (const journey of JOURNEYS) {
  test(`chromium: ${journey.name}`, async ({ page, context }, testInfo) => {
    // As in the other engines (tests/engines/engines.spec.ts): the app may frame itself, for the 320 px frame.
    const server = await serveDist(undefined, 0, { frameable: true })
    try {
      await journey.run({ d: playwrightDriver(page, context), server, tmp: testInfo.outputPath() })
    } finally {
      await server.close()
    }
  })
}
