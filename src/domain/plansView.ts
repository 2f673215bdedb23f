/**
 * What Plans and Today show, from the safety core's answer, today's sessions and the clock. Pure, so it is tested as
 * a table. Every "may this start?" comes from `Safety.routine` (./safety.ts): this module only arranges the answers.
 */
import type { RoutineContent } from '../content/routines'
import { PLAN_IDS, type CautionId, type PlanId } from '../content/vocabulary'
import {
  ELEVATION_SESSION_MS,
  STRAIN_LOCK_MS,
  TIMER_IDS,
  availableCare,
  heatSessionMs,
  iceSessionMs,
  isTimerId,
  nextIceDue,
  type CareCheck,
  type IceSlot,
  type TimerId,
} from './care'
import { MINUTE_MS, dayKey } from './day'
import type { ScreeningRecord, SessionRecord } from './records'
import { iceSlots } from './iceTimes'
import { evaluate } from './rules'
import type { HiddenExercise, Refusal, Safety } from './safety'

export interface RoutineView {
  id: string
  title: string
  /** For the ice, heat and leg-raise timers: the session length the cautions allow, in words; else null. */
  sessionDosing: string | null
  /** How many sessions a day the routine asks for (null: as needed). */
  timesPerDay: number | null
  /** Sessions of it finished today (local day). */
  doneToday: number
  /** The player route. */
  to: string
  /** Null when it may start now. */
  refusal: Refusal | null
  /** Checks the player asks first: skin feeling (skin-check), clot signs (dvt-watch). */
  checks: CareCheck[]
  /** Exercises left out or swapped for this person. */
  hidden: HiddenExercise[]
}

export interface PlanView {
  id: PlanId
  /** The routines that carry the plan out (RICE: the ice and leg-raise timers), minus any a caution hides. */
  routines: RoutineView[]
  /** The plan's own routine, whose progress or wait the card shows (RICE: ice, or raising the leg without ice). */
  main: RoutineView | null
  /** The one routine the card's Start opens now, or null (a wait, or nothing to start). */
  start: RoutineView | null
  /** The plan's other routines, offered as plain links. */
  extras: RoutineView[]
  /** Cautions in force that change this plan. */
  cautions: CautionId[]
}

export interface IceView {
  allowed: boolean
  sessionMs: number
  /** Epoch ms the last ice session ended, or null. */
  lastEndedAt: number | null
  /** Epoch ms the next session may start (2 h after the last), or null when none has been logged. */
  nextDueAt: number | null
  /** The rest of today's sessions from the next one until bedtime; empty after the first 72 hours. */
  schedule: IceSlot[]
  /** Ice follows a schedule (the first 72 hours after onset). */
  onSchedule: boolean
  /** When the schedule ends (72 hours after onset), or null when not on a schedule. */
  until: number | null
  /** Ice sessions finished today. */
  doneToday: number
  /** Today's sessions: those finished plus those still in the schedule (null when not on a schedule). */
  plannedToday: number | null
  /** The first session the calendar reminders start from (epoch ms): now, or when the next one is due. */
  firstStart: number
}

export interface DueItem {
  id: string
  kind: 'ice-wait' | 'ice-now' | 'routine-progress' | 'routine-locked' | 'routine-done'
  title: string
  /** Epoch ms (ice-wait: when due; routine-locked: when it unlocks). */
  at: number | null
  done: number
  of: number | null
  to: string | null
}

/** Which cautions change which plan (what a plan shows, not whether it is offered: the safety core decides that). */
const CAUTIONS_FOR_PLAN: Record<PlanId, readonly CautionId[]> = {
  rice: ['skin-check', 'no-ice-no-heat', 'poor-circulation', 'no-nsaid'],
  'hamstring-stretch': ['hip-precautions', 'pregnancy-positions'],
  'calf-stretch': ['dvt-watch'],
  'cramp-relief': ['dvt-watch', 'skin-check', 'no-ice-no-heat', 'poor-circulation', 'no-heat'],
  hydration: ['fluid-limit'],
  'sciatica-relief': ['skin-check', 'no-ice-no-heat', 'poor-circulation', 'no-heat', 'no-nsaid', 'hip-precautions', 'pregnancy-positions'],
  'sitting-relief': ['hip-precautions'],
  'travel-circulation': ['dvt-watch', 'hip-precautions'],
}

/** Extra routines a plan uses besides its own: the timers it relies on. */
const PLAN_EXTRAS: Partial<Record<PlanId, readonly string[]>> = {
  rice: ['ice', 'elevation'],
  'cramp-relief': ['heat'],
  'sciatica-relief': ['heat'],
}

export interface PlansInput {
  safety: Safety
  screening: ScreeningRecord | null
  now: number
  /** The device's zone. */
  timeZone: string
  todaySessions: readonly SessionRecord[]
  lastIce: SessionRecord | null
  /** Waking time and bedtime, "HH:MM" (the end and start of quiet hours in Settings): ice only while awake. */
  wake: string
  bedtime: string
  /** Every routine with a player, in library order. */
  routines: readonly RoutineContent[]
}

/** Session length for the timers, which the cautions (not the content file) decide. */
function careDosing(id: string, cautions: readonly string[]): string | null {
  const min = (ms: number) => Math.round(ms / 60_000)
  if (id === 'ice') return `${min(iceSessionMs(cautions))} minutes, at least 2 hours apart`
  if (id === 'heat') return `${min(heatSessionMs(cautions))} minutes, up to 3 or 4 times a day`
  if (id === 'elevation') return `${min(ELEVATION_SESSION_MS)} to 30 minutes, a few times a day`
  return null
}

/** The whole Plans view model from its inputs. Pure. */
export function plansView(input: PlansInput) {
  const { safety } = input
  const s = input.screening
  const cautions = safety.cautions.map((c) => c.id)
  const plans = safety.plans
  const care = availableCare(cautions, plans)
  const completedToday = (id: string) => input.todaySessions.filter((x) => x.routineId === id && x.completed).length
  const byId = new Map(input.routines.map((r) => [r.id, r]))

  function routineView(id: string): RoutineView {
    const def = byId.get(id)
    const access = safety.routine(def, id)
    return {
      id,
      title: def?.title ?? id,
      sessionDosing: careDosing(id, cautions),
      timesPerDay: def?.timesPerDay ?? null,
      doneToday: completedToday(id),
      to: `/routines/${id}`,
      refusal: access.refusal,
      checks: access.checks,
      hidden: access.hidden,
    }
  }

  const lastEndedAt = input.lastIce?.endedAt ?? null
  const nextDueAt = lastEndedAt === null ? null : nextIceDue(lastEndedAt)
  // Start the day's plan at the next whole minute from when the next session may start.
  const firstStart = Math.ceil(Math.max(input.now, nextDueAt ?? 0) / MINUTE_MS) * MINUTE_MS
  const onsetAt = s ? (s.onsetAt ?? s.at) : null
  const until = safety.iceOnSchedule && onsetAt !== null ? onsetAt + STRAIN_LOCK_MS : null
  // Today's part of the same schedule the calendar reminders follow, so the screen and the calendar agree. (Days in
  // the zone are worked out only when there is a schedule: the first zone formatter of a page is slow to build.)
  const schedule = until === null ? [] : todaysIceSlots({ first: firstStart, until, timeZone: input.timeZone, wake: input.wake, bedtime: input.bedtime, cautions }, input.now)
  const iceDone = completedToday('ice')
  const ice: IceView = {
    allowed: care.ice.allowed,
    sessionMs: iceSessionMs(cautions),
    lastEndedAt,
    nextDueAt,
    schedule,
    onSchedule: safety.iceOnSchedule,
    until,
    doneToday: iceDone,
    plannedToday: until === null ? null : iceDone + schedule.length,
    firstStart,
  }

  const timers = Object.fromEntries(TIMER_IDS.map((id) => [id, routineView(id)])) as Record<TimerId, RoutineView>
  // The ice card counts against today's schedule, the same sessions Plans lists ("1 of 7" beside 6 times).
  timers.ice = { ...timers.ice, timesPerDay: ice.plannedToday }
  const viewOf = (id: string): RoutineView => (isTimerId(id) ? timers[id] : routineView(id))

  const yourPlans: PlanView[] = PLAN_IDS.filter((p) => plans.includes(p)).map((id) => {
    const own = id === 'hydration' || id === 'rice' ? [] : [id]
    const ids = [...own, ...(PLAN_EXTRAS[id] ?? [])].filter((r) => !isTimerId(r) || care[r].allowed)
    const routines = ids.map(viewOf)
    const main = routines[0] ?? null
    let start = main && !main.refusal ? main : null
    // While the skin warms up between ice sessions, the Start offers what can be done now: raising the leg.
    if (id === 'rice' && main?.id === 'ice' && nextDueAt !== null && nextDueAt > input.now) {
      start = routines.find((r) => r.id === 'elevation' && !r.refusal) ?? null
    }
    return {
      id,
      routines,
      main,
      start,
      extras: routines.filter((r) => r !== main && r !== start),
      cautions: cautions.filter((c) => CAUTIONS_FOR_PLAN[id].includes(c)),
    }
  })

  // The library: every routine, each once; the ones a caution forbids go to a "left out" list with the reason.
  const views = input.routines.map((r) => viewOf(r.id))
  const library = views.filter((r) => r.refusal?.kind !== 'caution')
  const leftOut = views.filter((r) => r.refusal?.kind === 'caution')

  // What is due next, for Today.
  const due: DueItem[] = []
  if (s && safety.locked === null) {
    if (plans.includes('rice') && safety.iceOnSchedule) {
      if (nextDueAt !== null && nextDueAt > input.now)
        due.push({ id: 'ice', kind: 'ice-wait', title: timers.ice.title, at: nextDueAt, done: ice.doneToday, of: ice.plannedToday, to: null })
      else due.push({ id: 'ice', kind: 'ice-now', title: timers.ice.title, at: null, done: ice.doneToday, of: ice.plannedToday, to: timers.ice.to })
    }
    for (const plan of yourPlans) {
      for (const r of plan.routines) {
        if (isTimerId(r.id) || due.some((d) => d.id === r.id)) continue
        if (r.refusal) {
          if (r.refusal.kind === 'strain')
            due.push({ id: r.id, kind: 'routine-locked', title: r.title, at: r.refusal.unlocksAt, done: r.doneToday, of: r.timesPerDay, to: null })
          continue
        }
        const finished = r.timesPerDay !== null && r.doneToday >= r.timesPerDay
        due.push({ id: r.id, kind: finished ? 'routine-done' : 'routine-progress', title: r.title, at: null, done: r.doneToday, of: r.timesPerDay, to: r.to })
      }
    }
  }
  const next = due.find((d) => d.kind === 'ice-now' || d.kind === 'routine-progress') ?? null
  const disposition = s && safety.locked === null ? safeDisposition(s.findings) : null

  return {
    hasScreening: s !== null,
    disposition,
    whileYouWait: disposition === 'doctor',
    /** The last screening found a gate-level sign, but the gate has since been cleared: no plans from it. */
    gateLevelScreening: disposition === 'urgent' || disposition === 'emergency',
    under16: s?.findings.includes('under_16') ?? false,
    findings: s?.findings ?? [],
    plans,
    cautions,
    care,
    yourPlans,
    library,
    leftOut,
    timers,
    ice,
    heat: { sessionMs: heatSessionMs(cautions), refusal: timers.heat.refusal },
    elevationMs: ELEVATION_SESSION_MS,
    due,
    next,
  }
}

export type PlansView = ReturnType<typeof plansView>

/** The disposition of saved answers, from the rules (never from a stored field a backup could have changed). */
function safeDisposition(findings: readonly string[]) {
  try {
    return evaluate(findings).disposition
  } catch {
    return null
  }
}

/** The slots of an ice schedule that fall on the local day of `now`. */
function todaysIceSlots(schedule: Parameters<typeof iceSlots>[0], now: number): ReturnType<typeof iceSlots> {
  const todayKey = dayKey(now, schedule.timeZone)
  return iceSlots(schedule).filter((slot) => dayKey(slot.startAt, schedule.timeZone) === todayKey)
}
