import { deviceDates } from '../../composables/useNow'
import { parseDayKey } from '../../domain/day'

/** "Mon 3" */
export function dayShort(key: string): string {
  return deviceDates().dayKey(key, { weekday: 'short' })
}
/** "Monday 3 March 2025" */
export function dayLong(key: string): string {
  return deviceDates().dayKey(key, { weekday: 'long', month: 'long', year: true })
}
/** "3 Mar" */
export function dayMedium(key: string): string {
  return deviceDates().dayKey(key, { month: 'short' })
}
/** Day of the month, for a crowded axis. */
export function dayOfMonth(key: string): string {
  return String(parseDayKey(key).day)
}
