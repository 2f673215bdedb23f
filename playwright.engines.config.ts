import { defineConfig } from '@playwright/test'

// The journeys in the two other engines (`npm run test:engines`, run under `xvfb-run -a` for WebKit's window).
// One worker: one browser at a time on a 2-core machine; each engine's browser is reused by all its journeys.
export default defineConfig({
  testDir: 'tests/engines',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results/engines',
  globalSetup: './tests/engines/setup.ts',
  globalTeardown: './tests/engines/report.ts',
  projects: [{ name: 'firefox' }, { name: 'webkit' }],
})
