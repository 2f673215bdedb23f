/**
 * When an in-app reminder is due: drink reminders (with quiet hours) and travel-mode circulation reminders. Pure:
 * the time is a parameter. The composables in src/composables/useReminders.ts and useTravelReminder.ts run them
 * on the clock; the calendar reminders a plan exports are in ./reminderPlan.ts.
 */
import { MINUTE_MS } from './day'

export interface ReminderSettings {
  enabled: boolean
  /** Minutes between reminders. */
  intervalMin: number
  /** Quiet hours, local "HH:MM". */
  quietStart: string
  quietEnd: string
  /** Also show a system notification when the app is in the background and permission was given. */
  notify: boolean
}

/** Travel exercises every this many minutes (clinical brief: every 60 minutes), in the app and in the calendar. */
export const TRAVEL_EVERY_MIN = 60

/** "HH:MM" (or "H:MM") to minutes after midnight, or null for anything else. The one reading of a time of day. */
export function parseClock(hhmm: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm)
  if (!m) return null
  const h = Number(m[1])
  const min = Number(m[2])
  return h < 24 && min < 60 ? h * 60 + min : null
}

/**
 * Whether a local time falls in quiet hours. The span may cross midnight (22:00 to 08:00). Equal start and end
 * means no quiet hours. Unreadable times mean no quiet hours rather than silence all day.
 * @param minuteOfDay local minutes after midnight
 */
export function inQuietHours(minuteOfDay: number, start: string, end: string): boolean {
  const s = parseClock(start)
  const e = parseClock(end)
  if (s === null || e === null || s === e) return false
  return s < e ? minuteOfDay >= s && minuteOfDay < e : minuteOfDay >= s || minuteOfDay < e
}

/**
 * Whether a drink reminder is due: reminders are on, the person may be prompted (not under a fluid limit, goal not
 * yet reached), it is not quiet hours, and the interval has passed since the last drink or reminder.
 * @param now epoch ms
 * @param since epoch ms of the last drink, reminder or dismissal
 */
export function reminderDue(input: {
  settings: ReminderSettings
  now: number
  since: number
  minuteOfDay: number
  mayPrompt: boolean
}): boolean {
  const { settings, now, since, minuteOfDay, mayPrompt } = input
  if (!settings.enabled || !mayPrompt) return false
  if (!Number.isFinite(settings.intervalMin) || settings.intervalMin <= 0) return false
  if (inQuietHours(minuteOfDay, settings.quietStart, settings.quietEnd)) return false
  return now - since >= settings.intervalMin * MINUTE_MS
}

/**
 * Whether a travel reminder is due: travel mode is on, plans are not locked by the gate, and the interval has
 * passed since travel mode was switched on, the last reminder was dismissed, or the routine was last done.
 * @param now epoch ms
 * @param since epoch ms the interval counts from
 */
export function travelReminderDue(input: { on: boolean; locked: boolean; now: number; since: number; intervalMin?: number }): boolean {
  const interval = (input.intervalMin ?? TRAVEL_EVERY_MIN) * MINUTE_MS
  if (!input.on || input.locked) return false
  return input.now - input.since >= interval
}
