import chromium from './scripts/chromium.json' with { type: 'json' }
import { defineConfig } from '@playwright/test'

// The Chromium flags every browser run here uses (tests, size report, Lighthouse): one list in scripts/chromium.json.
export const CHROMIUM_ARGS: string[] = chromium.args

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    viewport: { width: 390, height: 844 },
    serviceWorkers: 'allow',
    trace: 'off',
  },
})
