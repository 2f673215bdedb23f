/**
 * The reminders each plan offers, as calendar events (./calendar.ts) the phone's calendar fires with the app closed:
 * - ice every 2 hours (15 minutes on, at least 2 hours off) while awake, for the first 72 hours after onset (RICE);
 * - a sitting break every 30 minutes through the working day, on weekdays, for 2 weeks (sitting breaks);
 * - travel exercises every hour for the next 12 hours (a long journey).
 * The ice times are the same ones Plans lists for today (`iceSlots`, ./iceTimes.ts), so the calendar and the screen
 * agree. Pure. Loaded with Plans only.
 */
import type { CalendarEvent, Weekday } from './calendar'
import { utcStamp } from './calendar'
import { MINUTE_MS, addDays, dayKey, parseDayKey, startOfDay } from './day'
import { iceSlots, wallClockAt } from './iceTimes'
import { TRAVEL_EVERY_MIN } from './reminders'

/** A sitting break every this many minutes (clinical brief: every 30 minutes while sitting). */
export const SITTING_EVERY_MIN = 30
/** The working day the sitting breaks cover: 9:00 to 17:00 local, Monday to Friday. */
export const WORK_START_MIN = 9 * 60
export const WORK_END_MIN = 17 * 60
export const WORK_DAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR']
/** How long the sitting breaks repeat (days): the safety net asks for a new check after 2 weeks. */
export const SITTING_FOR_DAYS = 14
/** Travel exercises for this many hours (every TRAVEL_EVERY_MIN minutes). */
export const TRAVEL_FOR_HOURS = 12
/** How long a break or a set of travel exercises stands in the calendar. */
const SHORT_EVENT_MS = 5 * MINUTE_MS

export type ReminderKind = 'ice' | 'sitting' | 'travel'

export interface ReminderSet {
  kind: ReminderKind
  /** The routine each reminder opens. */
  routineId: string
  events: CalendarEvent[]
  /** epoch ms the reminders stop */
  until: number
}

export interface ReminderInput {
  now: number
  timeZone: string
  /** The plans offered now (the safety core's answer). */
  plans: readonly string[]
  /** Ice on a schedule (RICE, the first 72 hours, ice allowed), or null. */
  ice: { first: number; until: number; sessionMs: number } | null
  cautions: readonly string[]
  wake: string
  bedtime: string
  /** The app's address, for links back into it ("https://example.org"). */
  appUrl: string
}

const WEEKDAYS: readonly Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA']

function weekdayOf(key: string): Weekday {
  const { year, month, day } = parseDayKey(key)
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? 'MO'
}

function host(appUrl: string): string {
  try {
    return new URL(appUrl).host || 'leg-care'
  } catch {
    return 'leg-care'
  }
}

/** The reminders of each plan offered, as calendar events. Empty when no plan has timed reminders. */
export function planReminders(input: ReminderInput): ReminderSet[] {
  const sets: ReminderSet[] = []
  const at = host(input.appUrl)
  const link = (id: string) => `${input.appUrl}/routines/${id}`

  if (input.ice && input.plans.includes('rice')) {
    const { sessionMs, until } = input.ice
    const min = Math.round(sessionMs / MINUTE_MS)
    const slots = iceSlots({ first: input.ice.first, until, timeZone: input.timeZone, wake: input.wake, bedtime: input.bedtime, cautions: input.cautions })
    sets.push({
      kind: 'ice',
      routineId: 'ice',
      until,
      events: slots.map((s) => ({
        uid: `ice-${utcStamp(s.startAt)}@${at}`,
        start: s.startAt,
        end: s.endAt,
        summary: `Ice: ${min} minutes`,
        description: `Wrap the ice pack in a cloth and hold it on the sore area for ${min} minutes. Wait at least 2 hours before the next one. Never use ice while you sleep.`,
        url: link('ice'),
        alarm: { beforeMs: 0, text: `Time for ice: ${min} minutes, wrapped in a cloth.` },
      })),
    })
  }

  if (input.plans.includes('sitting-relief')) {
    let first = dayKey(input.now, input.timeZone)
    while (!WORK_DAYS.includes(weekdayOf(first))) first = addDays(first, 1)
    const until = startOfDay(addDays(first, SITTING_FOR_DAYS), input.timeZone)
    const events: CalendarEvent[] = []
    for (let m = WORK_START_MIN; m < WORK_END_MIN; m += SITTING_EVERY_MIN) {
      const start = wallClockAt(first, m, input.timeZone)
      const hhmm = `${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}`
      events.push({
        uid: `sitting-${first.replace(/-/g, '')}-${hhmm}@${at}`,
        start,
        end: start + SHORT_EVENT_MS,
        summary: 'Sitting break',
        description: 'Stand up and move for a minute. If you have time, do your sitting-break stretches.',
        url: link('sitting-relief'),
        alarm: { beforeMs: 0, text: 'Time to stand up and move.' },
        repeat: { byDay: WORK_DAYS, until },
      })
    }
    sets.push({ kind: 'sitting', routineId: 'sitting-relief', until, events })
  }

  if (input.plans.includes('travel-circulation')) {
    const base = Math.ceil(input.now / MINUTE_MS) * MINUTE_MS
    const events: CalendarEvent[] = []
    for (let k = 1; k <= (TRAVEL_FOR_HOURS * 60) / TRAVEL_EVERY_MIN; k++) {
      const start = base + k * TRAVEL_EVERY_MIN * MINUTE_MS
      events.push({
        uid: `travel-${utcStamp(start)}@${at}`,
        start,
        end: start + SHORT_EVENT_MS,
        summary: 'Travel exercises',
        description: 'In your seat: ankle pumps, ankle circles, calf raises and knee lifts. Walk about when you are allowed, and have a drink.',
        url: link('travel-circulation'),
        alarm: { beforeMs: 0, text: 'Time to move your legs: do your travel exercises.' },
      })
    }
    sets.push({ kind: 'travel', routineId: 'travel-circulation', until: base + TRAVEL_FOR_HOURS * 60 * MINUTE_MS, events })
  }
  return sets
}
