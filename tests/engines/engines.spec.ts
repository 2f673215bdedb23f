import { test as base } from '@playwright/test'
import { serveDist, type StaticServer } from '../e2e/server'
import { JOURNEYS } from '../journeys/journeys'
import { launchFirefox, launchWebKit, type EngineBrowser } from './engines'

/**
 * The shared journeys in Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK (MiniBrowser through
 * WebKitWebDriver). One browser per engine for the whole run; each journey gets a new tab on its own origin.
 */
const test = base.extend<{ server: StaticServer }, { engine: EngineBrowser }>({
  engine: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture list from this pattern
    async ({}, use, workerInfo) => {
      const name = workerInfo.project.name
      const engine = name === 'firefox' ? await launchFirefox() : name === 'webkit' ? await launchWebKit() : null
      if (!engine) throw new Error(`No engine called ${name}`)
      await use(engine)
      await engine.close()
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture list from this pattern
  server: async ({}, use) => {
    const server = await serveDist(undefined, 0, { frameable: true })
    await use(server)
    await server.close()
  },
})

for (const journey of JOURNEYS) {
  test(journey.name, async ({ engine, server }, testInfo) => {
    const d = await engine.open()
    try {
      await journey.run({ d, server, tmp: testInfo.outputPath() })
    } finally {
      await engine.reset()
    }
  })
}
