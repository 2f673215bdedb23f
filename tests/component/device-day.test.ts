// @vitest-environment node
// Today's key without Intl: the Date object's local day must be the day Intl gives in the device's zone.
import { afterEach, describe, expect, it } from 'vitest'
import { deviceDayKey } from '../../src/composables/useNow'
import { dayKey } from '../../src/domain/day'

const zoneBefore = process.env.TZ

afterEach(() => {
  if (zoneBefore === undefined) delete process.env.TZ
  else process.env.TZ = zoneBefore
})

describe('deviceDayKey', () => {
  // Zones either side of UTC, with and without daylight saving, half and quarter hours, and the date line.
  const ZONES = ['UTC', 'Europe/London', 'America/New_York', 'America/St_Johns', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']

  it.each(ZONES)('agrees with dayKey in %s every 37 minutes through 2026, midnights and clock changes included', (zone) => {
    process.env.TZ = zone // Node follows a change of TZ at once, as a phone follows its zone
    const start = Date.UTC(2025, 11, 31)
    const end = Date.UTC(2027, 0, 2)
    let checked = 0
    for (let t = start; t < end; t += 37 * 60_000) {
      expect(deviceDayKey(t), new Date(t).toISOString()).toBe(dayKey(t, zone))
      checked++
    }
    expect(checked).toBeGreaterThan(14_000)
  })

  it('writes years before 1000 with four digits, as dayKey does', () => {
    process.env.TZ = 'UTC'
    const t = Date.UTC(2000, 0, 1) - 1500 * 365.25 * 86_400_000
    expect(deviceDayKey(t)).toBe(dayKey(t, 'UTC'))
  })
})
