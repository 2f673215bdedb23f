import { describe, expect, it } from 'vitest'
import { inQuietHours, reminderDue, type ReminderSettings } from '../../src/composables/useReminders'

const on: ReminderSettings = { enabled: true, intervalMin: 60, quietStart: '22:00', quietEnd: '08:00', notify: false }
const M = 60_000

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
