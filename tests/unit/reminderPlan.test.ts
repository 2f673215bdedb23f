// @vitest-environment node
// The reminders each plan offers as calendar events: ice while awake for the first 72 hours (2 hours between
// sessions), sitting breaks every 30 minutes through the working day, travel exercises every hour.
import { describe, expect, it } from 'vitest'
import { localStamp } from '../../src/domain/calendar'
import { ICE_GAP_MS, ICE_SESSION_MS, SKIN_CHECK_SESSION_MS, STRAIN_LOCK_MS } from '../../src/domain/care'
import { dayKey } from '../../src/domain/day'
import { bedtimeOf, iceSlots, wakeOf, wallClockAt } from '../../src/domain/iceTimes'
import { planReminders, type ReminderInput } from '../../src/domain/reminderPlan'

const iso = (s: string) => Date.parse(s)
const HOUR = 3_600_000
const LONDON = 'Europe/London'
// Tuesday 1 December 2026, 10:00 in London: the strain started then; the check is 30 minutes later.
const onset = iso('2026-12-01T10:00:00Z')
const now = onset + 30 * 60_000

const base: ReminderInput = {
  now,
  timeZone: LONDON,
  plans: ['rice', 'hamstring-stretch'],
  ice: { first: now, until: onset + STRAIN_LOCK_MS, sessionMs: ICE_SESSION_MS },
  cautions: [],
  wake: '08:00',
  bedtime: '22:00',
  appUrl: 'https://leg.example',
}

describe('wall-clock times', () => {
  it('finds a local time on a day, across a clock change', () => {
    expect(wallClockAt('2026-12-01', 9 * 60, LONDON)).toBe(iso('2026-12-01T09:00:00Z'))
    expect(wallClockAt('2026-07-01', 9 * 60, LONDON)).toBe(iso('2026-07-01T08:00:00Z'))
    // The day London springs forward: 9:00 is already summer time.
    expect(wallClockAt('2026-03-29', 9 * 60, LONDON)).toBe(iso('2026-03-29T08:00:00Z'))
    expect(wakeOf('2026-12-01', '07:30', 'America/New_York')).toBe(iso('2026-12-01T12:30:00Z'))
    // A bedtime after midnight belongs to the evening before.
    expect(bedtimeOf('2026-12-01', '00:30', LONDON)).toBe(iso('2026-12-02T00:30:00Z'))
    expect(bedtimeOf('2026-12-01', 'nonsense', LONDON)).toBe(iso('2026-12-01T22:00:00Z'))
  })
})

describe('ice', () => {
  const [ice] = planReminders(base)

  it('every 2 hours while awake, only in the first 72 hours, each with an alarm', () => {
    expect(ice?.kind).toBe('ice')
    const events = ice?.events ?? []
    expect(events.length).toBeGreaterThan(12)
    let prevEnd = -Infinity
    for (const e of events) {
      expect(e.end - e.start).toBe(ICE_SESSION_MS)
      expect(e.start).toBeGreaterThanOrEqual(now)
      expect(e.start - prevEnd).toBeGreaterThanOrEqual(ICE_GAP_MS)
      expect(e.end).toBeLessThanOrEqual(onset + STRAIN_LOCK_MS)
      const key = dayKey(e.start, LONDON)
      expect(e.start, 'awake').toBeGreaterThanOrEqual(wakeOf(key, '08:00', LONDON))
      expect(e.end, 'before bed').toBeLessThanOrEqual(bedtimeOf(key, '22:00', LONDON))
      expect(e.alarm?.text).toMatch(/ice/i)
      expect(e.summary).toBe('Ice: 15 minutes')
      expect(e.url).toBe('https://leg.example/routines/ice')
      prevEnd = e.end
    }
    // Today from now, then from 8:00 on Wednesday, Thursday and Friday until 10:00 (72 h after onset).
    expect(localStamp(events[0]?.start ?? 0, LONDON)).toBe('20261201T103000')
    const thursday = events.filter((e) => dayKey(e.start, LONDON) === '2026-12-03').map((e) => localStamp(e.start, LONDON).slice(9, 13))
    expect(thursday).toEqual(['0800', '1015', '1230', '1445', '1700', '1915', '2130'])
    const friday = events.filter((e) => dayKey(e.start, LONDON) === '2026-12-04')
    expect(friday.map((e) => localStamp(e.start, LONDON).slice(9, 13))).toEqual(['0800'])
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length)
  })

  it('10-minute sessions under the skin check', () => {
    const [set] = planReminders({ ...base, cautions: ['skin-check'], ice: { ...base.ice!, sessionMs: SKIN_CHECK_SESSION_MS } })
    for (const e of set?.events ?? []) expect(e.end - e.start).toBe(SKIN_CHECK_SESSION_MS)
  })

  it('the first one waits 2 hours after the last session; none before waking', () => {
    const first = now + 90 * 60_000
    const slots = iceSlots({ first, until: onset + STRAIN_LOCK_MS, timeZone: LONDON, wake: '08:00', bedtime: '22:00', cautions: [] })
    expect(slots[0]?.startAt).toBe(first)
    // Last session ended at 23:30: the next may start at 1:30, but nobody ices at night.
    const late = iso('2026-12-02T01:30:00Z')
    const night = iceSlots({ first: late, until: onset + STRAIN_LOCK_MS, timeZone: LONDON, wake: '08:00', bedtime: '22:00', cautions: [] })
    expect(localStamp(night[0]?.startAt ?? 0, LONDON)).toBe('20261202T080000')
  })

  it('none when ice is not on a schedule, or RICE is not offered, or a caution hides ice', () => {
    expect(planReminders({ ...base, ice: null })).toEqual([])
    expect(planReminders({ ...base, plans: ['hamstring-stretch'] })).toEqual([])
    expect(planReminders({ ...base, cautions: ['no-ice-no-heat'] })[0]?.events).toEqual([])
  })
})

describe('sitting breaks', () => {
  const [sitting] = planReminders({ ...base, plans: ['sitting-relief'], ice: null })

  it('every 30 minutes from 9:00 to 16:30 on weekdays, in the device zone, for 2 weeks', () => {
    expect(sitting?.kind).toBe('sitting')
    const events = sitting?.events ?? []
    expect(events.map((e) => localStamp(e.start, LONDON).slice(9, 13))).toEqual([
      '0900', '0930', '1000', '1030', '1100', '1130', '1200', '1230', '1300', '1330', '1400', '1430', '1500', '1530', '1600', '1630',
    ])
    for (const e of events) {
      expect(e.repeat?.byDay).toEqual(['MO', 'TU', 'WE', 'TH', 'FR'])
      expect(e.repeat?.until).toBe(iso('2026-12-15T00:00:00Z'))
      expect(e.alarm?.text).toMatch(/stand up/i)
      expect(dayKey(e.start, LONDON)).toBe('2026-12-01')
    }
  })

  it('on a Saturday the breaks start on Monday', () => {
    const [set] = planReminders({ ...base, now: iso('2026-12-05T12:00:00Z'), plans: ['sitting-relief'], ice: null })
    expect(dayKey(set?.events[0]?.start ?? 0, LONDON)).toBe('2026-12-07')
  })
})

describe('travel', () => {
  it('every hour for the next 12 hours', () => {
    const [travel] = planReminders({ ...base, plans: ['travel-circulation'], ice: null })
    const events = travel?.events ?? []
    expect(events).toHaveLength(12)
    events.forEach((e, i) => {
      expect(e.start).toBe(now + (i + 1) * HOUR)
      expect(e.repeat).toBeUndefined()
      expect(e.alarm?.text).toMatch(/travel exercises/)
    })
  })
})
