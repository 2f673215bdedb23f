import { deviceDates } from '../../composables/useNow'
import { parseDayKey } from '../../domain/day'
import { DAY_LABEL } from '../../domain/dates'

/** "Mon 3" */
export function dayShort(key: string): string {
  return deviceDates().dayKey(key, DAY_LABEL.short)
}
/** "Monday 3 March 2025" */
export function dayLong(key: string): string {
  return deviceDates().dayKey(key, DAY_LABEL.long)
}
/** "3 Mar" */
export function dayMedium(key: string): string {
  return deviceDates().dayKey(key, DAY_LABEL.medium)
}
/** Day of the month, for a crowded axis. */
export function dayOfMonth(key: string): string {
  return String(parseDayKey(key).day)
}
