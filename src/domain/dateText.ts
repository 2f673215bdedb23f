/**
 * Dates and clock times in words, in English like the rest of the app: "Mon 3 Mar", "Monday 3 March 2025", "14:05"
 * or "2:05 PM". Written here rather than with Intl.DateTimeFormat because the first Intl formatter a page builds
 * costs 40-80 ms on a fast desktop and several times that on a phone, and every screen shows a date or a time as
 * it opens. Month names make the day-month order unambiguous for every English reader; the clock follows the
 * 12- or 24-hour habit of the person's region (`hourCycleFor`).
 */
import { dayKey, parseDayKey, zoneOffsetMs } from './day'

export type HourCycle = 'h12' | 'h23'

/** Which parts a date shows besides the day of the month, and how long their words are. */
export interface DateParts {
  weekday?: 'short' | 'long'
  month?: 'short' | 'long'
  year?: boolean
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/** A Date whose UTC fields read the wall clock of `instant` in `timeZone`. */
function wallClock(instant: number, timeZone: string): Date {
  return new Date(instant + zoneOffsetMs(instant, timeZone))
}

function words(d: Date, parts: DateParts): string {
  const out: string[] = []
  const weekday = WEEKDAYS[d.getUTCDay()] ?? ''
  const month = MONTHS[d.getUTCMonth()] ?? ''
  if (parts.weekday) out.push(parts.weekday === 'long' ? weekday : weekday.slice(0, 3))
  out.push(String(d.getUTCDate()))
  if (parts.month) out.push(parts.month === 'long' ? month : month.slice(0, 3))
  if (parts.year) out.push(String(d.getUTCFullYear()))
  return out.join(' ')
}

/**
 * The local date of an instant in a zone: `dateText(at, 'Europe/London', { weekday: 'short', month: 'short' })`
 * gives "Mon 3 Mar".
 * @throws RangeError for an unknown zone
 */
export function dateText(instant: number, timeZone: string, parts: DateParts): string {
  return words(wallClock(instant, timeZone), parts)
}

/** A day key (YYYY-MM-DD) in words: a calendar date, so no zone can shift it. */
export function dayKeyText(key: string, parts: DateParts): string {
  const { year, month, day } = parseDayKey(key)
  const d = new Date(Date.UTC(2000, month - 1, day))
  d.setUTCFullYear(year)
  return words(d, parts)
}

/**
 * The local clock time of an instant in a zone: "14:05" (h23) or "2:05 PM" (h12).
 * @throws RangeError for an unknown zone
 */
export function timeText(instant: number, timeZone: string, cycle: HourCycle): string {
  const d = wallClock(instant, timeZone)
  return hourMinuteText(d.getUTCHours(), d.getUTCMinutes(), cycle)
}

/** A wall-clock time (hour 0-23, minute 0-59) on the person's dial: "09:05" (h23) or "9:05 AM" (h12). */
export function hourMinuteText(hour: number, minute: number, cycle: HourCycle): string {
  const m = String(minute).padStart(2, '0')
  if (cycle === 'h23') return `${String(hour).padStart(2, '0')}:${m}`
  return `${hour % 12 === 0 ? 12 : hour % 12}:${m} ${hour < 12 ? 'AM' : 'PM'}`
}

/**
 * When something happens, as read on a clock: "14:30" today, "Thursday 22 November, 14:30" on another day.
 * @param now epoch ms, to tell whether `instant` is today
 */
export function clockText(instant: number, now: number, timeZone: string, cycle: HourCycle): string {
  const time = timeText(instant, timeZone, cycle)
  if (dayKey(instant, timeZone) === dayKey(now, timeZone)) return time
  return `${dateText(instant, timeZone, { weekday: 'long', month: 'long' })}, ${time}`
}

// Regions whose clocks are usually read on a 12-hour dial (CLDR's preferred hour format is "h" there).
const TWELVE_HOUR_REGIONS = new Set([
  'US', 'CA', 'MX', 'AU', 'NZ', 'IN', 'PK', 'BD', 'PH', 'MY', 'SG', 'HK', 'TW', 'KR', 'EG', 'SA', 'AE', 'JO',
  'KW', 'QA', 'OM', 'BH', 'IQ', 'SY', 'LB', 'CO', 'VE', 'PA', 'PR', 'DO', 'JM', 'TT', 'BS', 'BB', 'GU', 'AS',
  'VI', 'MP', 'FJ', 'WS', 'TO', 'PG',
])
// A tag without a region stands for its most common one: "en" is read as en-US, as browsers do.
const DEFAULT_REGION: Record<string, string> = { en: 'US', ar: 'EG', ko: 'KR', hi: 'IN', ur: 'PK', bn: 'BD', es: 'ES' }

/**
 * The usual clock of a BCP 47 language tag such as navigator.language: "en-US" -> h12, "en-GB" -> h23, "en" -> h12.
 * An explicit "-u-hc-" extension wins.
 */
export function hourCycleFor(tag: string): HourCycle {
  const lower = tag.toLowerCase()
  const hc = /-u(?:-[a-z0-9]{2,8})*?-hc-(h11|h12|h23|h24)\b/.exec(lower)?.[1]
  if (hc) return hc === 'h11' || hc === 'h12' ? 'h12' : 'h23'
  const subtags = lower.split('-u-')[0]?.split(/[-_]/) ?? []
  const language = subtags[0] ?? ''
  const region = subtags.slice(1).find((s) => /^[a-z]{2}$/.test(s))?.toUpperCase() ?? DEFAULT_REGION[language] ?? ''
  return TWELVE_HOUR_REGIONS.has(region) ? 'h12' : 'h23'
}
