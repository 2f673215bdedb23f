import { cautionById } from '../../content/cautions'
import type { CautionId } from '../../content/vocabulary'
import { formatDuration } from '../../domain/day'
import { deviceDates } from '../../composables/useNow'
import { whenWords } from '../../domain/dates'

/** A time of day in the person's zone, in their 12- or 24-hour habit ("14:30", or "Thursday 22 November, 14:30"). */
export function clockText(at: number, now: number, timeZone: string): string {
  return deviceDates().clock(at, now, timeZone)
}

/** "in 1 h 20 min" */
export function inText(at: number, now: number): string {
  return `in ${formatDuration(at - now)}`
}

/** The titles of the cautions, joined for a sentence. */
export function cautionTitles(ids: readonly CautionId[]): string {
  return ids.map((id) => cautionById(id)?.title ?? id).join('; ')
}

/** Short "from Friday morning" words for Today. */
export function unlockShort(at: number | null, now: number, timeZone: string): string {
  return at === null ? 'not yet after a strain' : `from ${whenWords(at, now, timeZone, deviceDates())}`
}
