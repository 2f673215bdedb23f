import { describe, expect, it } from 'vitest'
import { clockText, dateText, dayKeyText, hourCycleFor, timeText } from '../../src/domain/dateText'

const iso = (s: string) => Date.parse(s)

describe('dateText', () => {
  const at = iso('2025-03-03T14:05:00Z') // a Monday

  it.each([
    [{}, '3'],
    [{ weekday: 'short' as const }, 'Mon 3'],
    [{ month: 'short' as const }, '3 Mar'],
    [{ weekday: 'short' as const, month: 'short' as const }, 'Mon 3 Mar'],
    [{ weekday: 'short' as const, month: 'short' as const, year: true }, 'Mon 3 Mar 2025'],
    [{ weekday: 'long' as const, month: 'long' as const }, 'Monday 3 March'],
    [{ month: 'long' as const, year: true }, '3 March 2025'],
  ])('shows %o as %s', (parts, text) => {
    expect(dateText(at, 'Europe/London', parts)).toBe(text)
  })

  it('reads the date in the zone it is given', () => {
    const lateInLondon = iso('2025-03-03T23:30:00Z')
    expect(dateText(lateInLondon, 'Europe/London', { weekday: 'short', month: 'short' })).toBe('Mon 3 Mar')
    expect(dateText(lateInLondon, 'Asia/Tokyo', { weekday: 'short', month: 'short' })).toBe('Tue 4 Mar')
    expect(dateText(lateInLondon, 'America/Los_Angeles', { weekday: 'long', month: 'long' })).toBe('Monday 3 March')
  })

  it('refuses an unknown zone', () => {
    expect(() => dateText(at, 'Nowhere/Special', {})).toThrow(RangeError)
  })
})

describe('dayKeyText', () => {
  it.each([
    ['2025-03-03', { weekday: 'short' as const }, 'Mon 3'],
    ['2025-03-03', { weekday: 'long' as const, month: 'long' as const, year: true }, 'Monday 3 March 2025'],
    ['2024-02-29', { month: 'short' as const }, '29 Feb'],
    ['2026-12-31', { weekday: 'long' as const, month: 'long' as const, year: true }, 'Thursday 31 December 2026'],
  ])('shows %s with %o as %s', (key, parts, text) => {
    expect(dayKeyText(key, parts)).toBe(text)
  })

  it('refuses what is not a day key', () => {
    expect(() => dayKeyText('2025-02-30', {})).toThrow(RangeError)
  })
})

describe('timeText', () => {
  it.each([
    ['2025-03-03T00:00:00Z', '00:00', '12:00 AM'],
    ['2025-03-03T00:59:00Z', '00:59', '12:59 AM'],
    ['2025-03-03T09:05:00Z', '09:05', '9:05 AM'],
    ['2025-03-03T12:00:00Z', '12:00', '12:00 PM'],
    ['2025-03-03T14:05:59Z', '14:05', '2:05 PM'],
    ['2025-03-03T23:59:59.999Z', '23:59', '11:59 PM'],
  ])('reads %s in UTC as %s or %s', (s, h23, h12) => {
    expect(timeText(iso(s), 'UTC', 'h23')).toBe(h23)
    expect(timeText(iso(s), 'UTC', 'h12')).toBe(h12)
  })

  it('follows the zone, across a daylight-saving change and a half-hour offset', () => {
    expect(timeText(iso('2026-03-29T00:30:00Z'), 'Europe/London', 'h23')).toBe('00:30')
    expect(timeText(iso('2026-03-29T01:30:00Z'), 'Europe/London', 'h23')).toBe('02:30')
    expect(timeText(iso('2026-11-01T05:30:00Z'), 'America/New_York', 'h12')).toBe('1:30 AM')
    expect(timeText(iso('2026-11-01T06:30:00Z'), 'America/New_York', 'h12')).toBe('1:30 AM')
    expect(timeText(iso('2026-01-15T12:00:00Z'), 'Asia/Kolkata', 'h23')).toBe('17:30')
  })
})

describe('clockText', () => {
  const now = iso('2025-03-03T10:00:00Z')
  it('gives only the time for later today', () => {
    expect(clockText(iso('2025-03-03T14:05:00Z'), now, 'Europe/London', 'h23')).toBe('14:05')
  })
  it('names the day for another day', () => {
    expect(clockText(iso('2025-03-06T14:05:00Z'), now, 'Europe/London', 'h12')).toBe('Thursday 6 March, 2:05 PM')
  })
  it("decides what is today in the zone's own days", () => {
    // 23:30 UTC is still Monday in London but already Tuesday in Tokyo, where `now` is Monday 19:00.
    expect(clockText(iso('2025-03-03T23:30:00Z'), now, 'Europe/London', 'h23')).toBe('23:30')
    expect(clockText(iso('2025-03-03T23:30:00Z'), now, 'Asia/Tokyo', 'h23')).toBe('Tuesday 4 March, 08:30')
  })
})

describe('hourCycleFor', () => {
  it.each([
    ['en-US', 'h12'],
    ['en', 'h12'],
    ['en-AU', 'h12'],
    ['en-CA', 'h12'],
    ['en-IN', 'h12'],
    ['en-GB', 'h23'],
    ['en-IE', 'h23'],
    ['en-ZA', 'h23'],
    ['de-DE', 'h23'],
    ['fr', 'h23'],
    ['es', 'h23'],
    ['es-MX', 'h12'],
    ['ko', 'h12'],
    ['zh-Hant-TW', 'h12'],
    ['zh-Hans-CN', 'h23'],
    ['en_US', 'h12'],
    ['en-US-u-hc-h23', 'h23'],
    ['en-GB-u-hc-h12', 'h12'],
    ['', 'h23'],
  ] as const)('%s reads the clock as %s', (tag, cycle) => {
    expect(hourCycleFor(tag)).toBe(cycle)
  })
})
