// Browsers with Temporal (Chromium, Firefox) answer time-zone questions through it; Node 20 and Safari use Intl. This
// file runs every day-key test again with a Temporal polyfill installed before src/domain/day.ts loads, so both
// paths give the same answers, and checks that the Temporal path is the one taken.
import { describe, expect, it, vi } from 'vitest'

await vi.hoisted(async () => {
  const { Temporal } = await import('temporal-polyfill')
  Object.assign(globalThis, { Temporal })
})

import { dayKey, startOfDay, zoneOffsetMs } from '../../src/domain/day'
import './day.test'
import './dateText.test'

describe('with Temporal', () => {
  it('reads day keys and offsets through Temporal', () => {
    const spy = vi.spyOn(globalThis.Temporal.Instant, 'fromEpochMilliseconds')
    expect(dayKey(Date.parse('2026-03-29T00:30:00Z'), 'Europe/London')).toBe('2026-03-29')
    expect(zoneOffsetMs(Date.parse('2026-03-29T01:30:00Z'), 'Europe/London')).toBe(3_600_000)
    expect(startOfDay('2026-03-29', 'Europe/London')).toBe(Date.parse('2026-03-29T00:00:00Z'))
    expect(spy).toHaveBeenCalled()
  })

  it('still refuses an unknown zone', () => {
    expect(() => dayKey(0, 'Mars/Olympus_Mons')).toThrow(RangeError)
  })
})
