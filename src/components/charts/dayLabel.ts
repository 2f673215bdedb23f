import { deviceDates } from '../../composables/useNow'
import { parseDayKey } from '../../domain/day'
import { DAY_LONG } from '../../domain/dates'

/** "Monday 3 March 2025" */
export function dayLong(key: string): string {
  return deviceDates().dayKey(key, DAY_LONG)
}
/** Day of the month, for a crowded axis. */
export function dayOfMonth(key: string): string {
  return String(parseDayKey(key).day)
}
