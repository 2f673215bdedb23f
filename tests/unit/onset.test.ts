// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { exactOnsetError, onsetInstant, parseLocalDateTime } from '../../src/domain/onset'

const NOW = Date.UTC(2025, 5, 10, 12, 0)

describe('onsetInstant', () => {
  const tz = 'Europe/London'
  // 2025-06-10 12:00 UTC = 13:00 in London (BST)
  it.each([
    ['last-hour', NOW],
    ['today', NOW - 3_600_000],
    ['yesterday', Date.UTC(2025, 5, 9, 23, 0) - 1],
    ['2-3-days', Date.UTC(2025, 5, 8, 23, 0) - 1],
    ['4-7-days', Date.UTC(2025, 5, 6, 23, 0) - 1],
    ['over-week', Date.UTC(2025, 5, 2, 23, 0) - 1],
    ['exact', null],
  ] as const)('%s is the latest instant the answer allows', (choice, expected) => {
    expect(onsetInstant(choice, NOW, tz)).toBe(expected)
  })

  it('"today" never goes back before midnight', () => {
    const early = Date.UTC(2025, 5, 9, 23, 20) // 00:20 on the 10th in London
    expect(onsetInstant('today', early, tz)).toBe(Date.UTC(2025, 5, 9, 23, 0))
  })

  it('counts local days in the zone given, not UTC days', () => {
    // 2025-06-10 12:00 UTC is already 21:00 on the 10th in Tokyo; "yesterday" ends at Tokyo's midnight.
    expect(onsetInstant('yesterday', NOW, 'Asia/Tokyo')).toBe(Date.UTC(2025, 5, 9, 15, 0) - 1)
  })
})

describe('parseLocalDateTime', () => {
  it.each([
    ['2025-03-01T14:30', 'Europe/London', Date.UTC(2025, 2, 1, 14, 30)],
    ['2025-06-01T14:30', 'Europe/London', Date.UTC(2025, 5, 1, 13, 30)],
    ['2025-06-01T14:30:15', 'America/New_York', Date.UTC(2025, 5, 1, 18, 30, 15)],
    [' 2025-12-31T23:59 ', 'Asia/Tokyo', Date.UTC(2025, 11, 31, 14, 59)],
    // Skipped by the clocks going forward in London: read on by the length of the gap, as Date does.
    ['2025-03-30T01:30', 'Europe/London', Date.UTC(2025, 2, 30, 1, 30)],
  ])('reads %s in %s as wall time there', (text, zone, expected) => {
    expect(parseLocalDateTime(text, zone)).toBe(expected)
  })

  it.each(['2025-02-30T14:30', '2025-13-01T10:00', '2025-01-01T24:00', '2025-01-01T10:60', 'yesterday', '', '2025-01-01'])(
    'refuses %j',
    (text) => {
      expect(parseLocalDateTime(text, 'Europe/London')).toBeNull()
    },
  )
})

describe('exactOnsetError', () => {
  const tz = 'Europe/London'
  it('asks for a date and time when nothing is typed', () => {
    expect(exactOnsetError('  ', NOW, tz)).toMatch(/^Enter the date and time/)
  })
  it('refuses what is not a real date and time', () => {
    expect(exactOnsetError('2025-02-30T10:00', NOW, tz)).toMatch(/not a date and time we can read/)
    expect(exactOnsetError('yesterday', NOW, tz)).toMatch(/not a date and time we can read/)
  })
  it('refuses a time more than a minute from now, read in the zone given', () => {
    // NOW is 13:00 in London (BST).
    expect(exactOnsetError('2025-06-10T13:01', NOW, tz)).toBeNull()
    expect(exactOnsetError('2025-06-10T13:02', NOW, tz)).toMatch(/in the future/)
    expect(exactOnsetError('2025-06-10T13:02', NOW, 'UTC')).toMatch(/in the future/)
    expect(exactOnsetError('2025-06-10T12:00', NOW, 'America/New_York')).toMatch(/in the future/)
  })
  it('accepts a past date and time', () => {
    expect(exactOnsetError('2025-06-01T08:30', NOW, tz)).toBeNull()
  })
})
