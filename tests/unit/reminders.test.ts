import { describe, expect, it } from 'vitest'
import { inQuietHours, parseClock, reminderDue, type ReminderSettings } from '../../src/domain/reminders'

const on: ReminderSettings = { enabled: true, intervalMin: 60, quietStart: '22:00', quietEnd: '08:00', notify: false }
const M = 60_000

describe('parseClock, the one reading of a time of day', () => {
  it.each([
    ['00:00', 0],
    ['7:30', 450],
    ['07:30', 450],
    ['23:59', 1439],
  ])('%s -> %i minutes', (text, minutes) => expect(parseClock(text)).toBe(minutes))
  it.each(['24:00', '12:60', '7:5', '1230', '', ' 07:30', '07:30 pm'])('refuses %j', (text) => expect(parseClock(text)).toBeNull())
})

describe('quiet hours', () => {
  it.each([
    [21 * 60 + 59, false],
    [22 * 60, true],
    [0, true],
    [7 * 60 + 59, true],
    [8 * 60, false],
  ])('22:00-08:00 at minute %i -> %s', (minute, quiet) => expect(inQuietHours(minute, '22:00', '08:00')).toBe(quiet))
  it('a span within one day, equal ends, and unreadable times', () => {
    expect(inQuietHours(13 * 60, '12:00', '14:00')).toBe(true)
    expect(inQuietHours(11 * 60, '12:00', '14:00')).toBe(false)
    expect(inQuietHours(3 * 60, '08:00', '08:00')).toBe(false)
    expect(inQuietHours(3 * 60, 'late', '08:00')).toBe(false)
  })
})

describe('reminderDue', () => {
  const base = { settings: on, now: 100 * M, since: 40 * M, minuteOfDay: 12 * 60, mayPrompt: true }
  it('is due once the interval has passed, outside quiet hours', () => {
    expect(reminderDue(base)).toBe(true)
    expect(reminderDue({ ...base, since: 41 * M })).toBe(false)
  })
  it('never under a fluid limit or once the goal is reached, in quiet hours, or when off', () => {
    expect(reminderDue({ ...base, mayPrompt: false })).toBe(false)
    expect(reminderDue({ ...base, minuteOfDay: 23 * 60 })).toBe(false)
    expect(reminderDue({ ...base, settings: { ...on, enabled: false } })).toBe(false)
    expect(reminderDue({ ...base, settings: { ...on, intervalMin: 0 } })).toBe(false)
  })
})
