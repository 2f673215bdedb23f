/**
 * When the pain started, from the screener's answer: a choice ("yesterday") or a typed local date and time. Instants
 * are epoch ms; days are the person's local days in the given IANA zone.
 */
import type { OnsetChoice } from '../content/onset'
import { HOUR_MS, addDays, dayKey, startOfDay, zoneOffsetMs } from './day'

export type { OnsetChoice }

/**
 * The instant (epoch ms) an onset choice stands for: the LATEST time the answer allows, so the 72-hour wait before
 * stretching a new strain is never cut short by a vague answer. "Yesterday" is the last moment of yesterday,
 * "2 to 3 days ago" the last moment of 2 days ago, and so on, in the person's local days.
 * @param now epoch ms
 * @param timeZone IANA zone of the device
 * @returns epoch ms, or null for 'exact' (the caller parses the date and time the person typed)
 */
export function onsetInstant(choice: Exclude<OnsetChoice, 'exact'>, now: number, timeZone: string): number
export function onsetInstant(choice: OnsetChoice, now: number, timeZone: string): number | null
export function onsetInstant(choice: OnsetChoice, now: number, timeZone: string): number | null {
  const today = dayKey(now, timeZone)
  const endOfDaysAgo = (n: number): number => startOfDay(addDays(today, 1 - n), timeZone) - 1
  switch (choice) {
    case 'last-hour':
      return now
    case 'today':
      return Math.max(startOfDay(today, timeZone), now - HOUR_MS)
    case 'yesterday':
      return endOfDaysAgo(1)
    case '2-3-days':
      return endOfDaysAgo(2)
    case '4-7-days':
      return endOfDaysAgo(4)
    case 'over-week':
      return endOfDaysAgo(8)
    case 'exact':
      return null
  }
}

/**
 * Reads a `datetime-local` value ("YYYY-MM-DDTHH:mm", seconds optional) as wall time in `timeZone`. A wall time the
 * clocks skipped (a spring-forward gap) reads as JavaScript's Date reads it: moved on by the length of the gap.
 * @param timeZone IANA zone of the device
 * @returns epoch ms, or null when it is not a real date and time
 */
export function parseLocalDateTime(value: string, timeZone: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim())
  if (!m) return null
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number]
  if (h > 23 || mi > 59 || s > 59) return null
  const wall = Date.UTC(y, mo - 1, d, h, mi, s)
  const check = new Date(wall)
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null
  // The offset depends on the instant, which depends on the offset: two rounds settle it except in a gap.
  let t = wall - zoneOffsetMs(wall, timeZone)
  t = wall - zoneOffsetMs(t, timeZone)
  return t
}

/**
 * What is wrong with a typed onset ("YYYY-MM-DDTHH:mm" as the person typed it), in plain words, or null when it is a
 * real date and time no later than a minute from now.
 * @param now epoch ms
 * @param timeZone IANA zone of the device
 */
export function exactOnsetError(value: string, now: number, timeZone: string): string | null {
  if (value.trim() === '') return 'Enter the date and time the pain started, or choose another answer.'
  const at = parseLocalDateTime(value, timeZone)
  if (at === null) return 'That is not a date and time we can read. Try again, for example 2025-03-01 at 14:30.'
  if (at > now + 60_000) return 'That time is in the future. Enter when the pain started.'
  return null
}
