/**
 * Streaks and the adherence calendar. Everything works on stored local day keys (YYYY-MM-DD), so a session stays on
 * the day it was done even after the person changes time zone.
 */

import type { SessionRecord } from './records'
import { addDays, dayRange } from './day'

/**
 * Consecutive days with activity ending today, or ending yesterday when today has none yet: a streak is not
 * broken in the morning just because today's stretches are still to come.
 * @param todayKey today's local day key
 * @returns number of days, 0 when neither today nor yesterday has activity
 */
export function streak(dayKeysWithActivity: ReadonlySet<string>, todayKey: string): number {
  let day = dayKeysWithActivity.has(todayKey) ? todayKey : addDays(todayKey, -1)
  let count = 0
  while (dayKeysWithActivity.has(day)) {
    count++
    day = addDays(day, -1)
  }
  return count
}

/** The longest run of consecutive days with activity, ever. 0 for none. */
export function longestStreak(dayKeysWithActivity: Iterable<string>): number {
  const sorted = [...new Set(dayKeysWithActivity)].sort()
  let best = 0
  let run = 0
  let prev: string | null = null
  for (const day of sorted) {
    run = prev !== null && addDays(prev, 1) === day ? run + 1 : 1
    if (run > best) best = run
    prev = day
  }
  return best
}

/** The set of day keys that have at least one entry: the input to `streak` and `longestStreak`. */
export function activeDays(entries: Iterable<{ dayKey: string }>): Set<string> {
  const out = new Set<string>()
  for (const e of entries) out.add(e.dayKey)
  return out
}

/** Days in the adherence calendar: five whole weeks. */
export const CALENDAR_DAYS = 35

export interface AdherenceDay {
  dayKey: string
  /** Sessions completed that day. */
  count: number
  /** Sessions started but stopped early: shown as "tried", not counted as done. */
  stopped: number
}

/**
 * Sessions per local day for the `days` days ending at `endDayKey`, oldest first, for the history calendar.
 * @param days number of local days
 */
export function adherenceCalendar(
  sessions: Iterable<Pick<SessionRecord, 'dayKey' | 'completed'>>,
  endDayKey: string,
  days: number,
): AdherenceDay[] {
  const keys = dayRange(endDayKey, days)
  const byDay = new Map<string, AdherenceDay>(keys.map((dayKey) => [dayKey, { dayKey, count: 0, stopped: 0 }]))
  for (const s of sessions) {
    const d = byDay.get(s.dayKey)
    if (!d) continue
    if (s.completed) d.count++
    else d.stopped++
  }
  return keys.map((k) => byDay.get(k)!)
}
