/**
 * Dates and clock times in words, through the platform's Intl: the words stay English like the rest of the app,
 * while the order of day and month and the 12- or 24-hour clock follow the device's own locale ("Thursday 6 March,
 * 14:05" in Britain, "Thursday, March 6, 2:05 PM" in the US, 24-hour English for a French-Canadian phone).
 * Formatters are built once per locale, zone and shape, and can be warmed while the browser is idle (`warm`).
 */
import { MINUTE_MS, dayKey, daysBetween, parseDayKey, zoneOffsetMs } from './day'

/** Which parts a date shows besides the day of the month, and how long their words are. */
export interface DateParts {
  weekday?: 'short' | 'long'
  month?: 'short' | 'long'
  year?: boolean
}

export interface DateWords {
  /** The device locale these words follow, such as 'fr-CA'. */
  device: string
  /** The English locale used for words and order, such as 'en-CA'. */
  locale: string
  /** The device's clock: 'h12' (2:05 PM) or 'h23' (14:05). */
  hourCycle: 'h12' | 'h23'
  /** The local date of an instant in a zone: "Mon 3 Mar" (en-GB, short weekday and month). */
  date(instant: number, timeZone: string, parts: DateParts): string
  /** A day key (YYYY-MM-DD) in words: a calendar date, so no zone can shift it. */
  dayKey(key: string, parts: DateParts): string
  /** The local clock time of an instant in a zone: "14:05" or "2:05 PM". */
  time(instant: number, timeZone: string): string
  /** The English name of the local weekday of an instant in a zone: "Friday". */
  weekday(instant: number, timeZone: string): string
  /** A wall-clock time on the person's dial (hour 0-23, minute 0-59). */
  hourMinute(hour: number, minute: number): string
  /** When something happens, as read on a clock: "14:30" today, "Thursday 22 November, 14:30" on another day. */
  clock(instant: number, now: number, timeZone: string): string
  /** Builds the formatters a screen needs first, so the first one to show a date does not pay for them. */
  warm(timeZone: string): void
}

/**
 * The English locale that writes dates in the order of the device's region: 'fr-CA' -> 'en-CA', 'de' -> 'en-DE',
 * 'en' -> 'en-US'. Falls back to 'en' where the platform knows no English for that region.
 */
export function englishFor(deviceLocale: string): string {
  try {
    const region = new Intl.Locale(deviceLocale).maximize().region
    if (!region) return 'en'
    return Intl.DateTimeFormat.supportedLocalesOf([`en-${region}`])[0] ?? 'en'
  } catch {
    return 'en'
  }
}

/** The device's clock for a locale: 'h12' or 'h23'. */
export function hourCycleOf(deviceLocale: string): 'h12' | 'h23' {
  try {
    const hc = new Intl.DateTimeFormat(deviceLocale, { hour: 'numeric' }).resolvedOptions().hourCycle
    return hc === 'h11' || hc === 'h12' ? 'h12' : 'h23'
  } catch {
    return 'h23'
  }
}

/** The shape of a day in the charts' tables and the calendar (History and Water): "Monday 3 March 2025". */
export const DAY_LONG: Readonly<DateParts> = { weekday: 'long', month: 'long', year: true }

const WEEKDAYS_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const

/**
 * The English short name of a day key's weekday ("Mon"), for a chart's axis. One word has no order and no clock to
 * follow, so it needs no `Intl` formatter: the first one a page builds costs 40-60 ms while the screen opens.
 */
export function weekdayShort(key: string): string {
  // 2000-01-02 was a Sunday.
  return WEEKDAYS_SHORT[(((daysBetween('2000-01-02', key) % 7) + 7) % 7)]!
}

/** Date and time words for a device locale (such as navigator.language). */
export function dateWords(deviceLocale: string): DateWords {
  const locale = englishFor(deviceLocale)
  const hourCycle = hourCycleOf(deviceLocale)
  const cache = new Map<string, Intl.DateTimeFormat>()
  const formatter = (timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
    const key = `${timeZone}|${JSON.stringify(options)}`
    let f = cache.get(key)
    if (!f) {
      f = new Intl.DateTimeFormat(locale, { ...options, timeZone })
      cache.set(key, f)
    }
    return f
  }
  const dateOptions = (parts: DateParts): Intl.DateTimeFormatOptions => ({
    day: 'numeric',
    ...(parts.weekday ? { weekday: parts.weekday } : {}),
    ...(parts.month ? { month: parts.month } : {}),
    ...(parts.year ? { year: 'numeric' } : {}),
  })
  // A 24-hour clock reads "08:30", a 12-hour one "8:30 AM".
  const timeOptions: Intl.DateTimeFormatOptions = { hour: hourCycle === 'h23' ? '2-digit' : 'numeric', minute: '2-digit', hourCycle }

  const words: DateWords = {
    device: deviceLocale,
    locale,
    hourCycle,
    date: (instant, timeZone, parts) => formatter(timeZone, dateOptions(parts)).format(instant),
    dayKey: (key, parts) => {
      const { year, month, day } = parseDayKey(key)
      const d = new Date(Date.UTC(2000, month - 1, day))
      d.setUTCFullYear(year)
      return formatter('UTC', dateOptions(parts)).format(d)
    },
    time: (instant, timeZone) => formatter(timeZone, timeOptions).format(instant),
    weekday: (instant, timeZone) => formatter(timeZone, { weekday: 'long' }).format(instant),
    hourMinute: (hour, minute) => formatter('UTC', timeOptions).format(Date.UTC(2000, 0, 1, hour, minute)),
    clock: (instant, now, timeZone) => {
      const time = words.time(instant, timeZone)
      if (dayKey(instant, timeZone) === dayKey(now, timeZone)) return time
      return `${words.date(instant, timeZone, { weekday: 'long', month: 'long' })}, ${time}`
    },
    warm: (timeZone) => {
      words.time(0, timeZone)
      words.date(0, timeZone, { weekday: 'long', month: 'long' })
      // The days in the charts' tables and the calendar: a tap on History or Water would otherwise build this while
      // the screen opens.
      words.dayKey('2000-01-01', DAY_LONG)
    },
  }
  return words
}

/** When something happened, for a record: "today at 14:30", or "Thursday 22 November, 14:30" on another day. */
export function sayWhen(instant: number, now: number, timeZone: string, words: DateWords): string {
  const time = words.clock(instant, now, timeZone)
  return dayKey(instant, timeZone) === dayKey(now, timeZone) ? `today at ${time}` : time
}

export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night'

/** The part of the day a local hour (0-23) falls in: morning before 12, afternoon before 17, evening before 21, then night. */
export function partOfDay(hour: number): PartOfDay {
  return hour < 12 ? 'morning' : hour < 17 ? 'afternoon' : hour < 21 ? 'evening' : 'night'
}

/** A local clock time as people say it: "3 pm", "3:20 pm", "noon", "midnight" (12-hour), or "15:00" (24-hour). */
export function spokenTime(hour: number, minute: number, hourCycle: 'h12' | 'h23'): string {
  const mm = String(minute).padStart(2, '0')
  if (hourCycle === 'h23') return `${String(hour).padStart(2, '0')}:${mm}`
  if (minute === 0 && hour === 0) return 'midnight'
  if (minute === 0 && hour === 12) return 'noon'
  const h = hour % 12 === 0 ? 12 : hour % 12
  return `${h}${minute === 0 ? '' : `:${mm}`} ${hour < 12 ? 'am' : 'pm'}`
}

/**
 * When a wait lifts, in the words people use, for "from ...": "3 pm today", "12:30 am tonight" (the small hours of
 * the next day), "tomorrow evening", "Friday morning", and for a week or more away "Friday 11 December, morning".
 * The local day and hour are the device's zone's; the time is rounded up to the minute, never down, so the words
 * never name a moment before the wait is over. "now" when it is already over.
 * @param at epoch ms the wait lifts
 * @param now epoch ms
 * @param timeZone IANA zone of the device
 */
export function whenWords(at: number, now: number, timeZone: string, words: Pick<DateWords, 'hourCycle' | 'weekday' | 'date'>): string {
  const t = Math.ceil(at / MINUTE_MS) * MINUTE_MS
  if (t <= now) return 'now'
  const days = daysBetween(dayKey(now, timeZone), dayKey(t, timeZone))
  const wall = new Date(t + zoneOffsetMs(t, timeZone))
  const hour = wall.getUTCHours()
  const minute = wall.getUTCMinutes()
  if (days <= 0) return `${spokenTime(hour, minute, words.hourCycle)} today`
  if (days === 1 && hour < 5) return `${spokenTime(hour, minute, words.hourCycle)} tonight`
  const part = partOfDay(hour)
  if (days === 1) return `tomorrow ${part}`
  if (days < 7) return `${words.weekday(t, timeZone)} ${part}`
  return `${words.date(t, timeZone, { weekday: 'long', month: 'long' })}, ${part}`
}
