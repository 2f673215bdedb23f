import { parseDayKey } from '../../domain/day'

// Day keys are calendar dates, not instants: format them at UTC midnight in UTC so no zone can shift the date.
const short = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', weekday: 'short', day: 'numeric' })
const long = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
const medium = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', day: 'numeric', month: 'short' })

function utcDate(key: string): Date {
  const { year, month, day } = parseDayKey(key)
  return new Date(Date.UTC(year, month - 1, day))
}

/** "Mon 3" */
export function dayShort(key: string): string {
  return short.format(utcDate(key))
}
/** "Monday 3 March 2025" */
export function dayLong(key: string): string {
  return long.format(utcDate(key))
}
/** "3 Mar" */
export function dayMedium(key: string): string {
  return medium.format(utcDate(key))
}
/** Day of the month, for a crowded axis. */
export function dayOfMonth(key: string): string {
  return String(parseDayKey(key).day)
}
