/**
 * Waking hours and the ice times that fit in them: each day from waking to bedtime (the end and start of quiet hours
 * in Settings), each session 2 hours after the last one ended, for the first 72 hours. Plans lists today's part of
 * these times and the calendar reminders (./reminderPlan.ts) use all of them, so the two agree. Pure, and small: Today
 * loads it.
 */
import { iceSchedule, type IceSlot } from './care'
import { MINUTE_MS, addDays, dayKey, startOfDay, zoneOffsetMs } from './day'

/** "HH:MM" to minutes after midnight; `fallback` for anything else. */
function minutesOf(hhmm: string, fallback: number): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm)
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN
  return Number.isFinite(minutes) && minutes < 24 * 60 ? minutes : fallback
}

/**
 * The instant a local day reaches a wall-clock time (minutes after midnight; past 24 h runs into the next day). On a
 * day the clocks change, the offset of the moment itself is used.
 */
export function wallClockAt(key: string, minutes: number, timeZone: string): number {
  const midnight = startOfDay(key, timeZone)
  const guess = midnight + minutes * MINUTE_MS
  return guess - (zoneOffsetMs(guess, timeZone) - zoneOffsetMs(midnight, timeZone))
}

/** Bedtime of a local day: "HH:MM" before noon counts as after midnight. Default 22:00. */
export function bedtimeOf(key: string, hhmm: string, timeZone: string): number {
  let minutes = minutesOf(hhmm, 22 * 60)
  if (minutes < 12 * 60) minutes += 24 * 60
  return wallClockAt(key, minutes, timeZone)
}

/** Waking time of a local day. Default 08:00. */
export function wakeOf(key: string, hhmm: string, timeZone: string): number {
  return wallClockAt(key, minutesOf(hhmm, 8 * 60), timeZone)
}

export interface IceSlotsInput {
  /** epoch ms the next session may start (now, or 2 h after the last one ended) */
  first: number
  /** epoch ms the ice schedule ends: 72 h after onset */
  until: number
  timeZone: string
  /** Waking time, "HH:MM" (Settings: the end of quiet hours). */
  wake: string
  /** Bedtime, "HH:MM" (Settings: the start of quiet hours). Never ice while asleep. */
  bedtime: string
  cautions: readonly string[]
}

/**
 * Every ice session from `first` until the schedule ends, each day from waking (or `first`, if later) to bedtime,
 * each one 2 hours after the last ended (`iceSchedule`). A session that would run past bedtime or past the end of
 * the schedule is left out: never ice while asleep.
 */
export function iceSlots(input: IceSlotsInput): IceSlot[] {
  const slots: IceSlot[] = []
  const firstDay = dayKey(input.first, input.timeZone)
  const lastDay = dayKey(input.until, input.timeZone)
  for (let key = firstDay, i = 0; key <= lastDay && i < 10; key = addDays(key, 1), i++) {
    const from = Math.max(input.first, wakeOf(key, input.wake, input.timeZone))
    const to = Math.min(bedtimeOf(key, input.bedtime, input.timeZone), input.until)
    slots.push(...iceSchedule(Math.ceil(from / MINUTE_MS) * MINUTE_MS, to, input.cautions))
  }
  return slots
}
