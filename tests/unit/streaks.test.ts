import { describe, expect, it } from 'vitest'
import { activeDays, adherenceCalendar, longestStreak, streak } from '../../src/domain/streaks'

const TODAY = '2026-03-02'

describe('streak', () => {
  it.each([
    ['nothing', [], 0],
    ['today only', ['2026-03-02'], 1],
    ['yesterday only: today not done yet', ['2026-03-01'], 1],
    ['the day before yesterday only', ['2026-02-28'], 0],
    ['today and the two days before, across the month end', ['2026-02-28', '2026-03-01', '2026-03-02'], 3],
    ['ending yesterday', ['2026-02-27', '2026-02-28', '2026-03-01'], 3],
    ['a gap stops the count', ['2026-02-26', '2026-02-28', '2026-03-01', '2026-03-02'], 3],
    ['future days do not count', ['2026-03-02', '2026-03-03', '2026-03-04'], 1],
  ])('%s -> %i', (_label, days, n) => {
    expect(streak(new Set(days), TODAY)).toBe(n)
  })

  it('crosses a year end and a leap day', () => {
    expect(streak(new Set(['2027-12-31', '2028-01-01']), '2028-01-01')).toBe(2)
    expect(streak(new Set(['2028-02-28', '2028-02-29', '2028-03-01']), '2028-03-01')).toBe(3)
  })
})

describe('longestStreak', () => {
  it.each([
    ['nothing', [], 0],
    ['one day', ['2026-01-10'], 1],
    ['duplicates count once', ['2026-01-10', '2026-01-10'], 1],
    ['unsorted input', ['2026-01-12', '2026-01-10', '2026-01-11'], 3],
    ['the longest of several runs', ['2026-01-01', '2026-01-02', '2026-01-05', '2026-01-06', '2026-01-07', '2026-01-09'], 3],
    ['across the month end', ['2026-02-27', '2026-02-28', '2026-03-01'], 3],
  ])('%s -> %i', (_label, days, n) => {
    expect(longestStreak(days)).toBe(n)
    expect(longestStreak(new Set(days))).toBe(n)
  })
})

describe('activeDays', () => {
  it('collects the day keys of entries', () => {
    expect(activeDays([{ dayKey: '2026-01-01' }, { dayKey: '2026-01-03' }, { dayKey: '2026-01-01' }])).toEqual(
      new Set(['2026-01-01', '2026-01-03']),
    )
  })
})

describe('adherenceCalendar', () => {
  it('counts completed and stopped sessions per day, oldest first, zero for quiet days', () => {
    const sessions = [
      { dayKey: '2026-02-28', completed: true },
      { dayKey: '2026-03-02', completed: true },
      { dayKey: '2026-03-02', completed: true },
      { dayKey: '2026-03-02', completed: false },
      { dayKey: '2026-02-01', completed: true }, // outside the window
      { dayKey: '2026-03-03', completed: true }, // after the end
    ]
    expect(adherenceCalendar(sessions, TODAY, 3)).toEqual([
      { dayKey: '2026-02-28', count: 1, stopped: 0 },
      { dayKey: '2026-03-01', count: 0, stopped: 0 },
      { dayKey: '2026-03-02', count: 2, stopped: 1 },
    ])
  })

  it('gives one entry per day for a 30-day calendar and none for 0 days', () => {
    expect(adherenceCalendar([], TODAY, 30)).toHaveLength(30)
    expect(adherenceCalendar([], TODAY, 0)).toEqual([])
  })
})
