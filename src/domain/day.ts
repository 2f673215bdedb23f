/**
 * Local days and durations. A "day key" is a local calendar day written YYYY-MM-DD. Every entry stores its
 * instant (epoch ms), the IANA zone it was made in and the day key in that zone, so a traveller's entries keep the
 * day they were made on (architecture convention 4). Nothing here reads the clock or the device's zone: callers
 * pass `now` and `timeZone` (convention 2).
 */

/** One minute in ms. */
export const MINUTE_MS = 60_000
/** One hour in ms. */
export const HOUR_MS = 3_600_000
/** One nominal day in ms. A local day may be 23 or 25 h long (daylight saving); use `dayLengthMs` for the real one. */
export const DAY_MS = 86_400_000

const DAY_KEY_RE = /^(\d{4})-(\d{2})-(\d{2})$/

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

/** The two zone questions everything else here is built on. */
interface ZoneMath {
  /** The local day key of an instant (epoch ms, an integer) in an IANA zone. */
  dayKey(instant: number, timeZone: string): string
  /** The zone's offset from UTC at an instant, in whole seconds' worth of ms. */
  offsetMs(instant: number, timeZone: string): number
}

// en-US with 2-digit month and day formats as "MM/DD/YYYY" in every ICU we know of. We parse that fast path and fall
// back to formatToParts (about 2-3 times slower) if a runtime ever formats it differently.
const US_DATE_RE = /^(\d{2})\/(\d{2})\/(\d{4})$/

/** Intl formatters, one of each kind per zone. */
function intlZoneMath(): ZoneMath {
  // Creating an Intl.DateTimeFormat costs far more than using one, and dayKey runs for every entry in a history
  // (tens of thousands), so keep them. There are only a few hundred zones, so the caches stay small.
  const dates = new Map<string, Intl.DateTimeFormat>()
  const dateTimes = new Map<string, Intl.DateTimeFormat>()
  const cached = (cache: Map<string, Intl.DateTimeFormat>, timeZone: string, options: Intl.DateTimeFormatOptions) => {
    let f = cache.get(timeZone)
    if (!f) {
      f = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', { timeZone, ...options })
      cache.set(timeZone, f)
    }
    return f
  }
  return {
    dayKey(instant, timeZone) {
      const f = cached(dates, timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' })
      const m = US_DATE_RE.exec(f.format(instant))
      if (m) return `${m[3]}-${m[1]}-${m[2]}`
      let y = ''
      let mo = ''
      let d = ''
      for (const part of f.formatToParts(instant)) {
        if (part.type === 'year') y = part.value
        else if (part.type === 'month') mo = part.value
        else if (part.type === 'day') d = part.value
      }
      return `${pad(Number(y), 4)}-${pad(Number(mo), 2)}-${pad(Number(d), 2)}`
    },
    offsetMs(instant, timeZone) {
      const f = cached(dateTimes, timeZone, {
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        hourCycle: 'h23',
      })
      let y = 0
      let mo = 1
      let d = 1
      let h = 0
      let mi = 0
      let s = 0
      for (const part of f.formatToParts(instant)) {
        const v = Number(part.value)
        switch (part.type) {
          case 'year': y = v; break
          case 'month': mo = v; break
          case 'day': d = v; break
          case 'hour': h = v; break
          case 'minute': mi = v; break
          case 'second': s = v; break
          default: break
        }
      }
      const wall = new Date(Date.UTC(2000, mo - 1, d, h, mi, s))
      wall.setUTCFullYear(y)
      return wall.getTime() - instant
    },
  }
}

const zones: ZoneMath = intlZoneMath()

/**
 * The local day (YYYY-MM-DD) that an instant falls on in a time zone.
 * @param instant epoch ms
 * @param timeZone IANA zone, e.g. 'Europe/London'
 * @throws RangeError for a non-finite instant or an unknown zone
 */
export function dayKey(instant: number, timeZone: string): string {
  if (!Number.isFinite(instant)) throw new RangeError(`dayKey: instant must be a finite number, got ${instant}`)
  return zones.dayKey(Math.floor(instant), timeZone)
}

/** Splits a day key into numbers, checking that it is a real calendar date. */
export function parseDayKey(key: string): { year: number; month: number; day: number } {
  const m = DAY_KEY_RE.exec(key)
  if (m) {
    const year = Number(m[1])
    const month = Number(m[2])
    const day = Number(m[3])
    const probe = new Date(Date.UTC(year, month - 1, day))
    if (probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day) {
      return { year, month, day }
    }
  }
  throw new RangeError(`Not a day key (YYYY-MM-DD): ${JSON.stringify(key)}`)
}

/** True when `key` is a real calendar date written YYYY-MM-DD. */
export function isDayKey(key: string): boolean {
  try {
    parseDayKey(key)
    return true
  } catch {
    return false
  }
}

/** Epoch ms of 00:00 UTC on the day key's date: calendar arithmetic only, not an instant in any local zone. */
function utcMidnight(key: string): number {
  const { year, month, day } = parseDayKey(key)
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not.
  const d = new Date(Date.UTC(2000, month - 1, day))
  d.setUTCFullYear(year)
  return d.getTime()
}

/** The day key (YYYY-MM-DD) of a calendar date; `month` counts from 1. */
export function keyOf(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

function keyFromUtcMidnight(ms: number): string {
  const d = new Date(ms)
  return keyOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
}

/**
 * The calendar day `n` days after (or before, for negative n) a day key. Pure calendar arithmetic: no zone.
 * @param n whole days
 */
export function addDays(key: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addDays: n must be a whole number, got ${n}`)
  return keyFromUtcMidnight(utcMidnight(key) + n * DAY_MS)
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS)
}

/**
 * The `n` day keys ending at `endDayKey` (included), oldest first. Empty for n <= 0.
 * @param n number of local days
 */
export function dayRange(endDayKey: string, n: number): string[] {
  if (!Number.isInteger(n)) throw new RangeError(`dayRange: n must be a whole number, got ${n}`)
  const end = utcMidnight(endDayKey)
  const out: string[] = []
  for (let i = n - 1; i >= 0; i--) out.push(keyFromUtcMidnight(end - i * DAY_MS))
  return out
}

/**
 * The zone's offset from UTC at an instant, in ms (local wall time minus UTC; +9 h for Tokyo).
 * Sub-second parts are dropped: offsets are whole seconds.
 */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  return zones.offsetMs(Math.floor(instant / 1000) * 1000, timeZone)
}

/**
 * The first instant of a local day: usually local midnight. Where midnight does not exist (a zone that springs
 * forward at 00:00) it is the instant the clocks jump; for a day a zone skipped entirely (Samoa, 2011-12-30) it is
 * the start of the next day that exists, so the skipped day has length 0.
 * @returns epoch ms
 */
export function startOfDay(key: string, timeZone: string): number {
  const u = utcMidnight(key)
  // Offset search: local midnight is u - offset, but the offset depends on the instant, so iterate. Twice is enough
  // unless midnight sits in a daylight-saving gap; the check below catches that.
  let t = u - zoneOffsetMs(u, timeZone)
  t = u - zoneOffsetMs(t, timeZone)
  if (dayKey(t, timeZone) === key && dayKey(t - 1, timeZone) !== key) return t
  const t2 = u - zoneOffsetMs(t, timeZone)
  if (dayKey(t2, timeZone) === key && dayKey(t2 - 1, timeZone) !== key) return t2
  // Fallback: the first instant whose day key is >= key, by bisection. Offsets lie within -12 h and +14 h, so the
  // local day is still earlier 15 h before u and has begun 13 h after it (historical offsets beyond those are rare;
  // widen generously).
  let lo = u - 26 * HOUR_MS
  let hi = u + 26 * HOUR_MS
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (dayKey(mid, timeZone) >= key) hi = mid
    else lo = mid
  }
  return hi
}

/**
 * How long a local day really is: 24 h on most days, 23 h when the clocks go forward, 25 h when they go back.
 * @returns ms
 */
export function dayLengthMs(key: string, timeZone: string): number {
  return startOfDay(addDays(key, 1), timeZone) - startOfDay(key, timeZone)
}

/**
 * A duration in plain words: '45 s' under a minute, '5 min', '1 h 20 min', '2 h'. Rounds to the nearest second
 * under a minute and to the nearest minute above it, because a countdown that says "1 h 20 min" is read at a glance;
 * seconds there would only flicker. Negative durations (something already due) show as '0 s'.
 * @param ms duration in ms
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return '0 s'
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.round(ms / 60_000)
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (h === 0) return `${m} min`
  return m === 0 ? `${h} h` : `${h} h ${m} min`
}
