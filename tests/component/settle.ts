import { flushPromises } from '@vue/test-utils'
import { vi } from 'vitest'

/**
 * Lets a component test's pending work finish: Dexie's transactions and live queries, then Vue's updates. Each round
 * flushes promises and lets `ms` of timer time pass: on the real clock, or on Vitest's fake clock when a test uses
 * fake timers (which must leave `setImmediate` real, or Dexie hangs on fake-indexeddb).
 */
export async function settle(ms = 5, rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await flushPromises()
    if (vi.isFakeTimers()) await vi.advanceTimersByTimeAsync(ms)
    else await new Promise((r) => setTimeout(r, ms))
  }
}
