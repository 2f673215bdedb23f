/**
 * An iCalendar file (RFC 5545), made on the device: the plan's reminders as events with alarms, which the phone's own
 * calendar fires even when this app is closed (a web app cannot schedule that itself). Pure: the same input always
 * gives the same text.
 *
 * - Lines end in CRLF and are folded at 75 octets (UTF-8 bytes), never inside a character (3.1).
 * - TEXT values escape backslash, semicolon, comma and newlines (3.3.11).
 * - One-off events are written in UTC; repeating ones in the device's zone (TZID), with a VTIMEZONE that gives the
 *   zone's offsets and changes over the span of the events, so "9:00 on weekdays" stays 9:00 across a clock change.
 */
import { zoneOffsetMs } from './day'

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU'

export interface CalendarEvent {
  /** Globally unique and stable: exporting the same reminder twice updates it rather than adding a copy. */
  uid: string
  /** epoch ms */
  start: number
  /** epoch ms */
  end: number
  summary: string
  description?: string
  /** A link back into the app. */
  url?: string
  /** A reminder that pops up: `beforeMs` before the start (0 = at the start). */
  alarm?: { beforeMs: number; text: string }
  /** Repeats weekly on these days, at the same wall-clock time in the calendar's zone, until an instant (epoch ms). */
  repeat?: { byDay: readonly Weekday[]; until: number }
}

export interface CalendarInput {
  events: readonly CalendarEvent[]
  /** epoch ms: the file's DTSTAMP */
  now: number
  /** IANA zone for repeating events (the device's). */
  timeZone: string
  /** The calendar's name, shown by some calendar apps. */
  name: string
}

const CRLF = '\r\n'
const encoder = new TextEncoder()

/** Escapes a TEXT value: backslash, semicolon, comma, and any newline as \n. */
export function icsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/**
 * Folds one content line so no line is longer than 75 octets: continuation lines start with one space. Splits only
 * between characters, so a multi-byte character is never cut.
 */
export function foldLine(line: string): string {
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const size = encoder.encode(ch).length
    if (octets + size > 75) {
      out.push(current)
      current = ' '
      octets = 1
    }
    current += ch
    octets += size
  }
  out.push(current)
  return out.join(CRLF)
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** 20261201T150000Z */
export function utcStamp(instant: number): string {
  const d = new Date(Math.floor(instant / 1000) * 1000)
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
}

/** The wall-clock time of an instant in a zone, as a local DATE-TIME: 20261201T090000 */
export function localStamp(instant: number, timeZone: string, offsetMs = zoneOffsetMs(instant, timeZone)): string {
  return utcStamp(instant + offsetMs).slice(0, -1)
}

/** A UTC offset as +HHMM (or +HHMMSS). */
export function offsetText(ms: number): string {
  const sign = ms < 0 ? '-' : '+'
  const total = Math.round(Math.abs(ms) / 1000)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  return `${sign}${pad(h)}${pad(m)}${s ? pad(s) : ''}`
}

/** A duration before (negative) or after a start, for TRIGGER: -PT10M, PT0S, -PT1H30M. */
function durationText(ms: number): string {
  if (ms === 0) return 'PT0S'
  const sign = ms < 0 ? '-' : ''
  let s = Math.round(Math.abs(ms) / 1000)
  const h = Math.floor(s / 3600)
  s -= h * 3600
  const m = Math.floor(s / 60)
  s -= m * 60
  return `${sign}PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`
}

const DAY = 86_400_000

/** The instants in [from, to] where the zone's offset changes (found to the second), with the offsets either side. */
export function zoneChanges(timeZone: string, from: number, to: number): { at: number; before: number; after: number }[] {
  const changes: { at: number; before: number; after: number }[] = []
  let t = from
  let offset = zoneOffsetMs(t, timeZone)
  while (t < to) {
    const next = Math.min(t + DAY / 4, to)
    const nextOffset = zoneOffsetMs(next, timeZone)
    if (nextOffset !== offset) {
      let lo = t
      let hi = next
      while (hi - lo > 1000) {
        const mid = Math.floor((lo + hi) / 2000) * 1000
        if (mid <= lo) break
        if (zoneOffsetMs(mid, timeZone) === offset) lo = mid
        else hi = mid
      }
      changes.push({ at: hi, before: offset, after: nextOffset })
      offset = nextOffset
    }
    t = next
  }
  return changes
}

/**
 * A VTIMEZONE for the zone over [from, to]: the offset in force at `from`, and each change inside the span. Each
 * observance is DAYLIGHT when its offset is ahead of the zone's winter or summer offset that year, else STANDARD.
 */
export function vtimezone(timeZone: string, from: number, to: number): string[] {
  const year = new Date(from).getUTCFullYear()
  const standard = Math.min(zoneOffsetMs(Date.UTC(year, 0, 15), timeZone), zoneOffsetMs(Date.UTC(year, 6, 15), timeZone))
  const start = from - 7 * DAY
  const first = zoneOffsetMs(start, timeZone)
  const observance = (onset: number, before: number, after: number): string[] => {
    const kind = after > standard ? 'DAYLIGHT' : 'STANDARD'
    return [
      `BEGIN:${kind}`,
      // The onset is written in the local time in force before it (RFC 5545, 3.6.5).
      `DTSTART:${localStamp(onset, timeZone, before)}`,
      `TZOFFSETFROM:${offsetText(before)}`,
      `TZOFFSETTO:${offsetText(after)}`,
      `END:${kind}`,
    ]
  }
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    ...observance(start, first, first),
    ...zoneChanges(timeZone, start, to + 7 * DAY).flatMap((c) => observance(c.at, c.before, c.after)),
    'END:VTIMEZONE',
  ]
}

function eventLines(e: CalendarEvent, now: number, timeZone: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${utcStamp(now)}`]
  if (e.repeat) {
    lines.push(`DTSTART;TZID=${timeZone}:${localStamp(e.start, timeZone)}`, `DTEND;TZID=${timeZone}:${localStamp(e.end, timeZone)}`)
    lines.push(`RRULE:FREQ=WEEKLY;BYDAY=${e.repeat.byDay.join(',')};UNTIL=${utcStamp(e.repeat.until)}`)
  } else {
    lines.push(`DTSTART:${utcStamp(e.start)}`, `DTEND:${utcStamp(e.end)}`)
  }
  lines.push(`SUMMARY:${icsText(e.summary)}`)
  if (e.description) lines.push(`DESCRIPTION:${icsText(e.description)}`)
  if (e.url) lines.push(`URL:${e.url}`)
  lines.push('TRANSP:TRANSPARENT')
  if (e.alarm) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${icsText(e.alarm.text)}`, `TRIGGER:${durationText(-e.alarm.beforeMs)}`, 'END:VALARM')
  }
  lines.push('END:VEVENT')
  return lines
}

/** The whole .ics file: CRLF line ends, folded lines, one VTIMEZONE when any event repeats. */
export function icsCalendar(input: CalendarInput): string {
  const repeating = input.events.filter((e) => e.repeat)
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Leg care//Plan reminders//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${icsText(input.name)}`]
  if (repeating.length > 0) {
    const from = Math.min(...repeating.map((e) => e.start))
    const to = Math.max(...repeating.map((e) => e.repeat?.until ?? e.end))
    lines.push(...vtimezone(input.timeZone, from, to))
  }
  for (const e of input.events) lines.push(...eventLines(e, input.now, input.timeZone))
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join(CRLF) + CRLF
}
