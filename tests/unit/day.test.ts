import { describe, expect, it } from 'vitest'
import {
  HOUR_MS,
  addDays,
  dayKey,
  dayLengthMs,
  dayRange,
  daysBetween,
  formatDuration,
  isDayKey,
  parseDayKey,
  startOfDay,
  zoneOffsetMs,
} from '../../src/domain/day'

const iso = (s: string) => Date.parse(s)

describe('dayKey', () => {
  // The same instant, 2026-01-15 12:00 UTC, lands on different local days around the world.
  it.each([
    ['UTC', '2026-01-15T12:00:00Z', '2026-01-15'],
    ['Europe/London', '2026-01-15T12:00:00Z', '2026-01-15'],
    ['America/New_York', '2026-01-15T12:00:00Z', '2026-01-15'],
    ['Asia/Tokyo', '2026-01-15T12:00:00Z', '2026-01-15'],
    ['Asia/Tokyo', '2026-01-15T15:00:00Z', '2026-01-16'],
    ['Australia/Sydney', '2026-01-15T12:00:00Z', '2026-01-15'],
    ['Australia/Sydney', '2026-01-15T13:00:00Z', '2026-01-16'],
    ['Pacific/Kiritimati', '2026-01-15T09:59:59.999Z', '2026-01-15'],
    ['Pacific/Kiritimati', '2026-01-15T10:00:00Z', '2026-01-16'],
    ['Pacific/Pago_Pago', '2026-01-15T10:59:59.999Z', '2026-01-14'],
    ['Pacific/Pago_Pago', '2026-01-15T11:00:00Z', '2026-01-15'],
    ['Asia/Kolkata', '2026-01-15T18:29:59.999Z', '2026-01-15'],
    ['Asia/Kolkata', '2026-01-15T18:30:00Z', '2026-01-16'],
  ])('%s at %s is %s', (zone, at, expected) => {
    expect(dayKey(iso(at), zone)).toBe(expected)
  })

  // The last and first millisecond of a local day, in each zone.
  it.each([
    ['UTC', '2026-06-30T23:59:59.999Z', '2026-06-30', '2026-07-01'],
    ['Europe/London', '2026-06-30T22:59:59.999Z', '2026-06-30', '2026-07-01'], // BST, +1
    ['Europe/London', '2026-12-31T23:59:59.999Z', '2026-12-31', '2027-01-01'], // GMT
    ['America/New_York', '2026-07-01T03:59:59.999Z', '2026-06-30', '2026-07-01'], // EDT, -4
    ['America/New_York', '2026-01-01T04:59:59.999Z', '2025-12-31', '2026-01-01'], // EST, -5
    ['Asia/Tokyo', '2026-06-30T14:59:59.999Z', '2026-06-30', '2026-07-01'],
    ['Australia/Sydney', '2026-06-30T13:59:59.999Z', '2026-06-30', '2026-07-01'], // AEST, +10
    ['Australia/Sydney', '2026-12-31T12:59:59.999Z', '2026-12-31', '2027-01-01'], // AEDT, +11
    ['Pacific/Kiritimati', '2026-06-30T09:59:59.999Z', '2026-06-30', '2026-07-01'],
    ['Pacific/Pago_Pago', '2026-07-01T10:59:59.999Z', '2026-06-30', '2026-07-01'],
    ['Asia/Kolkata', '2026-06-30T18:29:59.999Z', '2026-06-30', '2026-07-01'],
  ])('%s: midnight falls between %s and the next ms', (zone, lastMs, before, after) => {
    expect(dayKey(iso(lastMs), zone)).toBe(before)
    expect(dayKey(iso(lastMs) + 1, zone)).toBe(after)
  })

  it('keeps years before 1000 and after 2100 as four digits', () => {
    expect(dayKey(Date.UTC(2200, 1, 28, 12) + 86_400_000, 'UTC')).toBe('2200-03-01') // 2200 is not a leap year
    const year500 = new Date(Date.UTC(2000, 5, 15))
    year500.setUTCFullYear(500)
    expect(dayKey(year500.getTime(), 'UTC')).toBe('0500-06-15')
  })

  it('refuses an unknown zone and a non-finite instant', () => {
    expect(() => dayKey(0, 'Mars/Olympus')).toThrow(RangeError)
    expect(() => dayKey(Number.NaN, 'UTC')).toThrow(RangeError)
  })

  it('agrees with formatToParts every 3.5 h for a year in awkward zones', () => {
    for (const zone of ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu']) {
      const f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
      const mismatches: number[] = []
      // Every 3 h 30 min: steps through every time of day over the year, including the DST changes.
      for (let t = iso('2026-01-01T00:00:00Z'); t < iso('2027-01-01T00:00:00Z'); t += 1_800_000 * 7) {
        const p = Object.fromEntries(f.formatToParts(t).map((x) => [x.type, x.value]))
        if (dayKey(t, zone) !== `${p.year}-${p.month}-${p.day}`) mismatches.push(t)
      }
      expect(mismatches).toEqual([])
    }
  })
})

describe('a traveller flying Tokyo to New York', () => {
  // Leaves Tokyo on the morning of 2 May (local), lands in New York on the evening of 1 May (local) after a
  // 13-hour flight: the later entries have an earlier day. Entries keep the day of the zone they were made in.
  const entries = [
    { at: iso('2026-05-01T23:00:00Z'), timeZone: 'Asia/Tokyo' }, // 08:00 on 2 May in Tokyo, before boarding
    { at: iso('2026-05-02T12:00:00Z'), timeZone: 'America/New_York' }, // 08:00 on 2 May in New York, after landing
    { at: iso('2026-05-02T00:30:00Z'), timeZone: 'America/New_York' }, // 20:30 on 1 May in New York
  ]
  it.each([
    [0, '2026-05-02'],
    [1, '2026-05-02'],
    [2, '2026-05-01'],
  ])('entry %i gets day %s from its own zone', (i, expected) => {
    const e = entries[i]!
    expect(dayKey(e.at, e.timeZone)).toBe(expected)
  })

  it('the same instant is a different day in the other zone', () => {
    const at = iso('2026-05-01T23:00:00Z')
    expect(dayKey(at, 'Asia/Tokyo')).toBe('2026-05-02')
    expect(dayKey(at, 'America/New_York')).toBe('2026-05-01')
  })
})

describe('day key arithmetic', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-03-29', 1, '2026-03-30'], // a DST day is still one calendar day
    ['2026-03-01', -365, '2025-03-01'],
    ['2026-05-10', 0, '2026-05-10'],
  ])('addDays(%s, %i) = %s', (key, n, expected) => {
    expect(addDays(key, n)).toBe(expected)
  })

  it.each([
    ['2026-03-02', 3, ['2026-02-28', '2026-03-01', '2026-03-02']],
    ['2026-01-01', 2, ['2025-12-31', '2026-01-01']],
    ['2026-01-01', 1, ['2026-01-01']],
    ['2026-01-01', 0, []],
    ['2026-01-01', -2, []],
  ])('dayRange(%s, %i)', (end, n, expected) => {
    expect(dayRange(end, n)).toEqual(expected)
  })

  it('dayRange gives 30 distinct days across a DST change, oldest first', () => {
    const r = dayRange('2026-04-10', 30)
    expect(r).toHaveLength(30)
    expect(new Set(r).size).toBe(30)
    expect(r[0]).toBe('2026-03-12')
    expect(r[29]).toBe('2026-04-10')
  })

  it.each([
    ['2026-01-01', '2026-01-31', 30],
    ['2026-03-01', '2026-02-01', -28],
    ['2026-03-28', '2026-03-30', 2],
  ])('daysBetween(%s, %s) = %i', (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n)
  })

  it.each(['2026-02-30', '2026-13-01', '2026-1-01', '26-01-01', '', '2026-01-01T00:00'])('rejects %j', (bad) => {
    expect(isDayKey(bad)).toBe(false)
    expect(() => parseDayKey(bad)).toThrow(RangeError)
    expect(() => addDays(bad, 1)).toThrow(RangeError)
  })

  it('rejects a fractional number of days', () => {
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError)
    expect(() => dayRange('2026-01-01', 1.5)).toThrow(RangeError)
  })
})

describe('startOfDay and day length', () => {
  it.each([
    // zone, day, local midnight in UTC, day length in hours
    ['UTC', '2026-03-29', '2026-03-29T00:00:00Z', 24],
    ['Asia/Tokyo', '2026-05-02', '2026-05-01T15:00:00Z', 24],
    ['Asia/Kolkata', '2026-01-01', '2025-12-31T18:30:00Z', 24],
    ['Pacific/Kiritimati', '2026-01-01', '2025-12-31T10:00:00Z', 24],
    ['Pacific/Pago_Pago', '2026-01-01', '2026-01-01T11:00:00Z', 24],
    // Europe/London: clocks go forward at 01:00 GMT on 29 March, back at 02:00 BST on 25 October 2026.
    ['Europe/London', '2026-03-28', '2026-03-28T00:00:00Z', 24],
    ['Europe/London', '2026-03-29', '2026-03-29T00:00:00Z', 23],
    ['Europe/London', '2026-03-30', '2026-03-29T23:00:00Z', 24],
    ['Europe/London', '2026-10-25', '2026-10-24T23:00:00Z', 25],
    ['Europe/London', '2026-10-26', '2026-10-26T00:00:00Z', 24],
    // America/New_York: forward at 02:00 EST on 8 March, back at 02:00 EDT on 1 November 2026.
    ['America/New_York', '2026-03-08', '2026-03-08T05:00:00Z', 23],
    ['America/New_York', '2026-03-09', '2026-03-09T04:00:00Z', 24],
    ['America/New_York', '2026-11-01', '2026-11-01T04:00:00Z', 25],
    ['America/New_York', '2026-11-02', '2026-11-02T05:00:00Z', 24],
    // Southern hemisphere: Sydney goes back on 5 April and forward on 4 October 2026.
    ['Australia/Sydney', '2026-04-05', '2026-04-04T13:00:00Z', 25],
    ['Australia/Sydney', '2026-10-04', '2026-10-03T14:00:00Z', 23],
    // Lord Howe Island moves by half an hour.
    ['Australia/Lord_Howe', '2026-10-04', '2026-10-03T13:30:00Z', 23.5],
    // Chile springs forward at midnight: 00:00 on 6 September 2026 never happens, the day starts at 01:00 (-03).
    ['America/Santiago', '2026-09-06', '2026-09-06T04:00:00Z', 23],
    // Samoa skipped 30 December 2011 entirely: that day has no length and starts where 31 December does.
    ['Pacific/Apia', '2011-12-30', '2011-12-30T10:00:00Z', 0],
    ['Pacific/Apia', '2011-12-31', '2011-12-30T10:00:00Z', 24],
  ])('%s %s starts at %s and lasts %d h', (zone, key, start, hours) => {
    const s = startOfDay(key, zone)
    expect(new Date(s).toISOString()).toBe(new Date(iso(start)).toISOString())
    expect(dayLengthMs(key, zone)).toBe(hours * HOUR_MS)
  })

  it.each([
    ['Europe/London', '2026-03-29'],
    ['Europe/London', '2026-10-25'],
    ['America/New_York', '2026-03-08'],
    ['America/New_York', '2026-11-01'],
    ['America/Santiago', '2026-09-06'],
    ['Asia/Kolkata', '2026-07-04'],
  ])('%s %s: the start is the first instant with that day key', (zone, key) => {
    const s = startOfDay(key, zone)
    expect(dayKey(s, zone)).toBe(key)
    expect(dayKey(s - 1, zone)).toBe(addDays(key, -1))
  })

  it.each([
    ['Europe/London', '2026-01-15T12:00:00Z', 0],
    ['Europe/London', '2026-07-15T12:00:00Z', 1],
    ['Asia/Kolkata', '2026-07-15T12:00:00Z', 5.5],
    ['Pacific/Pago_Pago', '2026-07-15T12:00:00Z', -11],
    ['Pacific/Kiritimati', '2026-07-15T12:00:00Z', 14],
  ])('zoneOffsetMs in %s at %s is %d h', (zone, at, hours) => {
    expect(zoneOffsetMs(iso(at), zone)).toBe(hours * HOUR_MS)
  })
})

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [-5000, '0 s'],
    [Number.NaN, '0 s'],
    [400, '0 s'],
    [999, '1 s'],
    [45_000, '45 s'],
    [59_499, '59 s'],
    [59_500, '1 min'],
    [60_000, '1 min'],
    [89_999, '1 min'],
    [5 * 60_000, '5 min'],
    [59 * 60_000 + 29_999, '59 min'],
    [59 * 60_000 + 30_000, '1 h'],
    [HOUR_MS, '1 h'],
    [80 * 60_000, '1 h 20 min'],
    [2 * HOUR_MS + 5 * 60_000, '2 h 5 min'],
    [25 * HOUR_MS, '25 h'],
  ])('%d ms reads %s', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected)
  })
})
