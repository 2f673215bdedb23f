import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { latestScreening as readLatestScreening } from '../db/screenings'
import { lastSessionOf, sessionsInDays } from '../db/sessions-read'
import { PLAN_IDS, planById, type CautionId, type PlanId } from '../content/plans'
import {
  availableCare,
  heatAllowed,
  heatSessionMs,
  iceSchedule,
  iceSessionMs,
  isStrain,
  needsClotCheck,
  needsSkinCheck,
  nextIceDue,
  stretchAllowed,
  ELEVATION_SESSION_MS,
  type CareAvailability,
  type CareCheck,
  type IceSlot,
} from '../domain/care'
import { startOfDay } from '../domain/day'
import type { ScreeningRecord, SessionRecord } from '../domain/records'
import type { Disposition } from '../domain/triage'
import { useLiveQuery } from '../composables/useLiveQuery'
import { useGateStore } from './gate'
import { useSettingsStore } from './settings'
import { useKeyedLiveQuery, useToday } from './water'

/** What Plans needs of src/content/routines.ts. */
export interface RoutineMeta {
  title: string
  summary?: string
  dosing?: string
  timesPerDay?: number | null
}
export interface RoutinesModule {
  ROUTINE_IDS: readonly string[]
  getRoutine: (id: string) => RoutineMeta | undefined
}

/** The routine content module, loaded on demand so that the Today card stays out of the first-screen budget. */
export async function loadRoutines(): Promise<RoutinesModule> {
  return import('../content/routines')
}

/** Routines with their own player, from the plan ids (used until the routine content has loaded). */
const FALLBACK_ROUTINE_IDS: readonly string[] = PLAN_IDS.filter((p) => p !== 'rice' && p !== 'hydration')

/** The care timers that have their own player route (/routines/ice ...). */
export type CareRoutineId = 'ice' | 'heat' | 'elevation'
export const CARE_ROUTINE_IDS: readonly CareRoutineId[] = ['ice', 'heat', 'elevation']
/** Stretches that pull on a strained muscle: locked for 72 h after a strain when they are one of the person's plans. */
export const STRAIN_STRETCHES: readonly string[] = ['hamstring-stretch', 'calf-stretch']

/** Why a routine cannot be started from Plans right now. */
export type RoutineBlock =
  /** A caution forbids it (ice, heat, raising the leg). */
  | { kind: 'caution'; cautions: CautionId[] }
  /** The first 72 h after a strain; `unlocksAt` epoch ms, or null when the onset is not known. */
  | { kind: 'strain'; unlocksAt: number | null }
  /** Back-of-thigh stretching pulls on an irritated sciatic nerve. */
  | { kind: 'nerve' }
  /** The home plans are for adults. */
  | { kind: 'adult' }

export interface RoutineView {
  id: string
  title: string
  summary: string
  dosing: string
  /** How many sessions a day the routine asks for (null: as needed). */
  timesPerDay: number | null
  /** Sessions of it finished today (local day). */
  doneToday: number
  /** The player route. */
  to: string
  /** Null when it may start now. */
  block: RoutineBlock | null
  /** Checks the player asks first: skin feeling (skin-check), clot signs (dvt-watch). */
  checksFirst: CareCheck[]
}

export interface PlanView {
  id: PlanId
  /** The routines that carry the plan out (RICE: the ice and leg-raise timers), minus any a caution hides. */
  routines: RoutineView[]
  /** Cautions of the latest screening that change this plan. */
  cautions: CautionId[]
}

export interface IceView {
  allowed: boolean
  sessionMs: number
  /** Epoch ms the last ice session ended, or null. */
  lastEndedAt: number | null
  /** Epoch ms the next session may start (2 h after the last), or null when none has been logged. */
  nextDueAt: number | null
  /** The rest of today's sessions from the next one until bedtime. */
  schedule: IceSlot[]
  /** Ice sessions logged today. */
  doneToday: number
}

export interface DueItem {
  id: string
  /** Plain words, e.g. "Ice again in 1 h 20 min". Built by the component from the fields here. */
  kind: 'ice-wait' | 'ice-now' | 'routine-progress' | 'routine-locked' | 'routine-done'
  title: string
  /** Epoch ms (ice-wait: when due; routine-locked: when it unlocks). */
  at: number | null
  done: number
  of: number | null
  to: string | null
}

/** Which cautions change which plan (what a plan shows, not whether it is offered: triage decides that). */
const CAUTIONS_FOR_PLAN: Record<PlanId, readonly CautionId[]> = {
  rice: ['skin-check', 'no-ice-no-heat', 'poor-circulation', 'no-nsaid'],
  'hamstring-stretch': [],
  'calf-stretch': ['dvt-watch'],
  'cramp-relief': ['dvt-watch', 'skin-check', 'no-ice-no-heat', 'poor-circulation', 'no-heat'],
  hydration: ['fluid-limit'],
  'sciatica-relief': ['skin-check', 'no-ice-no-heat', 'poor-circulation', 'no-heat', 'no-nsaid'],
  'sitting-relief': [],
  'travel-circulation': ['dvt-watch'],
}

/** Extra routines a plan uses besides its own: the timers it relies on. */
const PLAN_EXTRAS: Partial<Record<PlanId, readonly string[]>> = {
  rice: ['ice', 'elevation'],
  'cramp-relief': ['heat'],
  'sciatica-relief': ['heat'],
}

const FALLBACK_TITLES: Record<CareRoutineId, string> = { ice: 'Ice pack', heat: 'Heat pack', elevation: 'Raise your leg' }

function isCareRoutine(id: string): id is CareRoutineId {
  return (CARE_ROUTINE_IDS as readonly string[]).includes(id)
}

/** Bedtime today as an instant: ice never while asleep. "HH:MM" before noon counts as after midnight. */
export function bedtimeAt(todayKey: string, timeZone: string, hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm)
  let minutes = m ? Number(m[1]) * 60 + Number(m[2]) : 22 * 60
  if (!Number.isFinite(minutes) || minutes >= 24 * 60) minutes = 22 * 60
  if (minutes < 12 * 60) minutes += 24 * 60
  return startOfDay(todayKey, timeZone) + minutes * 60_000
}

export interface PlansInput {
  screening: ScreeningRecord | null
  locked: boolean
  now: number
  todaySessions: readonly SessionRecord[]
  lastIce: SessionRecord | null
  bedtime: number
  /** The routine content, or null while it loads. */
  routines?: RoutinesModule | null
}

/** What may start, what is locked and why, for one routine, given the latest screening. Pure. */
export function routineBlock(id: string, s: ScreeningRecord | null, care: CareAvailability, now: number): RoutineBlock | null {
  if (!s) return null
  if (s.findings.includes('under_16')) return { kind: 'adult' }
  if (isCareRoutine(id)) {
    const opt = care[id]
    if (!opt.allowed) return { kind: 'caution', cautions: opt.hiddenBy as CautionId[] }
  }
  if (id === 'heat') {
    const lock = heatAllowed(s.onsetAt, now, isStrain(s.plans))
    if (!lock.allowed) return { kind: 'strain', unlocksAt: lock.unlocksAt }
  }
  // Only the stretch of the strained muscle (one of the person's plans) waits; the other stretch may go ahead.
  if (STRAIN_STRETCHES.includes(id) && s.plans.includes(id)) {
    const lock = stretchAllowed(s.plans, s.onsetAt, now)
    if (!lock.allowed) return { kind: 'strain', unlocksAt: lock.unlocksAt }
  }
  if (id === 'hamstring-stretch' && s.findings.includes('shooting_pain_below_knee')) return { kind: 'nerve' }
  return null
}

/** The whole Plans view model from its inputs. Pure, so it can be tested as a table. */
export function plansView(input: PlansInput) {
  const s = input.screening
  const cautions = s?.cautions ?? []
  const plans = (s?.plans ?? []) as PlanId[]
  const care = availableCare(cautions, plans)
  const completedToday = (id: string) => input.todaySessions.filter((x) => x.routineId === id && x.completed).length

  const getRoutine = (id: string): RoutineMeta | undefined => input.routines?.getRoutine(id) ?? undefined
  const ROUTINE_IDS = input.routines?.ROUTINE_IDS ?? FALLBACK_ROUTINE_IDS

  function routineView(id: string): RoutineView {
    const def = getRoutine(id)
    const checks: CareCheck[] = []
    if ((id === 'ice' || id === 'heat') && needsSkinCheck(id, cautions)) checks.push('skin')
    if (needsClotCheck(id, cautions)) checks.push('clot')
    return {
      id,
      title: def?.title ?? (isCareRoutine(id) ? FALLBACK_TITLES[id] : (planById(id)?.title ?? id)),
      summary: def?.summary ?? '',
      dosing: careDosing(id, cautions) ?? def?.dosing ?? '',
      timesPerDay: def?.timesPerDay ?? null,
      doneToday: completedToday(id),
      to: `/routines/${id}`,
      block: routineBlock(id, s, care, input.now),
      checksFirst: checks,
    }
  }

  const yourPlans: PlanView[] = PLAN_IDS.filter((p) => plans.includes(p)).map((id) => {
    const own = id === 'hydration' || id === 'rice' ? [] : [id]
    const ids = [...own, ...(PLAN_EXTRAS[id] ?? [])].filter((r) => !isCareRoutine(r) || care[r].allowed)
    return {
      id,
      routines: ids.map(routineView),
      cautions: cautions.filter((c): c is CautionId => (CAUTIONS_FOR_PLAN[id] as readonly string[]).includes(c)),
    }
  })

  // The library: every routine; the ones a caution forbids go to a "left out" list with the reason.
  const all = [...ROUTINE_IDS, ...CARE_ROUTINE_IDS.filter((c) => !ROUTINE_IDS.includes(c))]
  const views = all.map(routineView)
  const library = views.filter((r) => r.block?.kind !== 'caution' && !isCareRoutine(r.id))
  const leftOut = views.filter((r) => r.block?.kind === 'caution')
  const timers = Object.fromEntries(CARE_ROUTINE_IDS.map((id) => [id, routineView(id)])) as Record<CareRoutineId, RoutineView>

  const iceSessions = input.todaySessions.filter((x) => x.routineId === 'ice')
  const lastEndedAt = input.lastIce?.endedAt ?? null
  const nextDueAt = lastEndedAt === null ? null : nextIceDue(lastEndedAt)
  // Start the day's plan at the next whole minute from when the next session may start.
  const firstStart = Math.ceil(Math.max(input.now, nextDueAt ?? 0) / 60_000) * 60_000
  const ice: IceView = {
    allowed: care.ice.allowed,
    sessionMs: iceSessionMs(cautions),
    lastEndedAt,
    nextDueAt,
    schedule: iceSchedule(firstStart, input.bedtime, cautions),
    doneToday: iceSessions.length,
  }

  // What is due next, for Today.
  const due: DueItem[] = []
  if (s && !input.locked) {
    if (plans.includes('rice') && care.ice.allowed) {
      if (nextDueAt !== null && nextDueAt > input.now)
        due.push({ id: 'ice', kind: 'ice-wait', title: timers.ice.title, at: nextDueAt, done: ice.doneToday, of: null, to: null })
      else due.push({ id: 'ice', kind: 'ice-now', title: timers.ice.title, at: null, done: ice.doneToday, of: null, to: timers.ice.to })
    }
    for (const plan of yourPlans) {
      for (const r of plan.routines) {
        if (isCareRoutine(r.id) || due.some((d) => d.id === r.id)) continue
        if (r.block) {
          if (r.block.kind === 'strain')
            due.push({ id: r.id, kind: 'routine-locked', title: r.title, at: r.block.unlocksAt, done: r.doneToday, of: r.timesPerDay, to: null })
          continue
        }
        const finished = r.timesPerDay !== null && r.doneToday >= r.timesPerDay
        due.push({ id: r.id, kind: finished ? 'routine-done' : 'routine-progress', title: r.title, at: null, done: r.doneToday, of: r.timesPerDay, to: r.to })
      }
    }
  }
  const next = due.find((d) => d.kind === 'ice-now' || d.kind === 'routine-progress') ?? null

  return {
    hasScreening: s !== null,
    disposition: (s?.disposition ?? null) as Disposition | null,
    whileYouWait: s?.disposition === 'doctor',
    /** The last screening found a gate-level sign, but the gate has since been cleared: no plans from it. */
    gateLevelScreening: s?.disposition === 'urgent' || s?.disposition === 'emergency',
    under16: s?.findings.includes('under_16') ?? false,
    findings: s?.findings ?? [],
    onsetAt: s?.onsetAt ?? null,
    plans,
    cautions: cautions as CautionId[],
    care,
    yourPlans,
    library,
    leftOut,
    timers,
    ice,
    heat: { sessionMs: heatSessionMs(cautions), lock: timers.heat.block },
    elevationMs: ELEVATION_SESSION_MS,
    due,
    next,
  }
}

export type PlansView = ReturnType<typeof plansView>

/** Session length for the timers, which the cautions (not the content file) decide. */
function careDosing(id: string, cautions: readonly string[]): string | null {
  const min = (ms: number) => Math.round(ms / 60_000)
  if (id === 'ice') return `${min(iceSessionMs(cautions))} minutes, at least 2 hours apart`
  if (id === 'heat') return `${min(heatSessionMs(cautions))} minutes, up to 3 or 4 times a day`
  if (id === 'elevation') return `${min(ELEVATION_SESSION_MS)} to 30 minutes, a few times a day`
  return null
}

/**
 * Plans: the latest screening, the gate, today's sessions and the clock, turned into what Plans and Today show.
 * Reads the latest screening straight from the database (not through the screener store) so the Today card stays
 * light: the screener and its questions load only with the Check screen.
 */
export const usePlansStore = defineStore('plans', () => {
  const gate = useGateStore()
  const settings = useSettingsStore()
  const { now, timeZone, todayKey } = useToday(30_000)
  const { data: screening, ready: screeningReady } = useLiveQuery(async () => (await readLatestScreening()) ?? null, null as ScreeningRecord | null)
  const today = useKeyedLiveQuery(todayKey, (k) => sessionsInDays(k, k), [] as SessionRecord[])
  const { data: lastIce } = useLiveQuery(async () => (await lastSessionOf('ice')) ?? null, null as SessionRecord | null)
  const routines = shallowRef<RoutinesModule | null>(null)
  void loadRoutines().then((m) => (routines.value = m))

  const locked = computed(() => gate.plansLocked)
  const gateLevel = computed(() => gate.level)
  const bedtime = computed(() => bedtimeAt(todayKey.value, timeZone.value, settings.settings.reminders.quietStart))
  const view = computed(() =>
    plansView({
      screening: screening.value,
      locked: locked.value,
      now: now.value,
      todaySessions: today.data.value,
      lastIce: lastIce.value,
      bedtime: bedtime.value,
      routines: routines.value,
    }),
  )
  const travelMode = computed(() => settings.settings.travelMode)
  async function setTravelMode(on: boolean): Promise<boolean> {
    return settings.update('travelMode', on)
  }

  /** Everything the view depends on has answered once, so it can be shown whole (nothing jumps as it loads). */
  const ready = computed(() => routines.value !== null && screeningReady.value && today.loaded.value)
  return { now, timeZone, todayKey, screening, routines, todaySessions: today.data, loaded: today.loaded, ready, locked, gateLevel, view, travelMode, setTravelMode }
})
