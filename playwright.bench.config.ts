import { defineConfig } from '@playwright/test'
import base from './playwright.config'

// Benchmarks print figures; they run one at a time so that they do not disturb each other's timings.
export default defineConfig({
  ...base,
  testDir: 'tests/bench',
  testMatch: '**/*.bench.ts',
  timeout: 20 * 60_000,
  workers: 1,
})
