/**
 * The safety core: ONE pure function that answers, for the latest screening (or none), the gate in force, the fluid
 * limit saved in Settings and a moment in time, which plans are offered, which routines and timers may start, which
 * exercises inside them are hidden or swapped, which checks come first, and which cautions apply and why.
 *
 * Every door asks it: Plans, Today, a deep link to /routines/<id>, every timer, a run resumed after a reload, another
 * tab. A routine it refuses cannot start by any route. Contract v3 (tests/fixtures/clinical): "Plans and cautions",
 * "The gate". Instants are epoch ms.
 */
import { EXERCISE_KINDS, exerciseTags, type ExerciseTag } from '../content/exerciseTags'
import type { RoutineContent } from '../content/routines'
import { isFindingId, type FindingId } from '../content/vocabulary'
import {
  ELEVATION_SESSION_MS,
  STRAIN_LOCK_MS,
  availableCare,
  heatSessionMs,
  iceSessionMs,
  isTimerId,
  type CareCheck,
} from './care'
import type { GateLevel } from './records'
import { CAUTION_WHEN, allowedPlans, evaluate, strainedMuscles, type CautionId, type PlanId } from './rules'

/** What the safety core needs to know. */
export interface SafetyInput {
  /** The latest screening: its answers, when the pain started (null if not told) and when it was made. */
  screening: { findings: readonly string[]; onsetAt: number | null; at: number } | null
  /** The level of the gate in force, or null when none is up. */
  gate: GateLevel | null
  /** The daily fluid limit saved in Settings (ml), or null. */
  fluidLimitMl: number | null
  /** True when the clot-sign check was answered "none" earlier today (the travel exercises ask it once a day). */
  clotCheckedToday: boolean
  now: number
}

/** Why an exercise is left out or swapped. */
export type HideReason = 'nerve' | 'hip' | 'pregnancy' | 'strain'

/** Why a routine may not start now. */
export type Refusal =
  /** A "seek care now" gate is up: every plan waits until a clinician has checked the person. */
  | { kind: 'gate'; level: GateLevel }
  /** The home plans are for adults. */
  | { kind: 'child' }
  /** The saved answers hold ids this version does not know: check again rather than guess. */
  | { kind: 'unknown-answers' }
  /** A caution hides this timer (ice, heat, raising the leg). */
  | { kind: 'caution'; cautions: CautionId[] }
  /** The first 72 hours after a strain: no stretching of the strained muscle, no heat. */
  | { kind: 'strain'; unlocksAt: number }
  /** Every exercise of the routine is left out for this person. */
  | { kind: 'exercises'; because: HideReason[] }
  /** No such routine. */
  | { kind: 'unknown-routine' }

export interface HiddenExercise {
  exerciseId: string
  because: HideReason
  /** The seated version played instead, when there is one. */
  swappedFor?: { id: string; name: string }
}

export interface RoutineAccess {
  id: string
  /** Null when it may start now. */
  refusal: Refusal | null
  /** Exercises left out or swapped, with why. */
  hidden: HiddenExercise[]
  /** Checks to answer before each start, in order: skin feeling, then clot signs. */
  checks: CareCheck[]
  /** For the ice, heat and elevation timers: the session length (ms) the cautions allow. */
  sessionMs: number | null
}

export interface CautionUse {
  id: CautionId
  /** The answers that turned it on, and 'fluid-limit-setting' when a limit saved in Settings did. */
  because: (FindingId | 'fluid-limit-setting')[]
}

export interface Safety {
  /** The gate level locking every plan, or null. */
  locked: GateLevel | null
  cautions: CautionUse[]
  /** The plans offered now: the screening's plans, minus what time, the gate and the fluid limit take away. */
  plans: PlanId[]
  /** The strain the answers describe, with when stretching and heat may start (epoch ms); null when none. */
  strain: { muscles: ('hamstring' | 'calf')[]; unlocksAt: number } | null
  /** Ice follows a schedule only within 72 hours of onset; after that it is used when it helps. */
  iceOnSchedule: boolean
  /** Limit mode: no water goal, the clinician's limit is a ceiling (from the screener or Settings). */
  fluidLimit: boolean
  /** What one routine or timer may do now. */
  routine: (routine: RoutineContent | undefined, id: string) => RoutineAccess
}

/** Routines whose clot-sign check is asked once a day rather than every time (travel exercises). */
const CLOT_CHECK_DAILY: readonly string[] = ['travel-circulation']

/**
 * The safety rules for one person at one moment. Pure: the same input always gives the same answer.
 * An onset the person did not give counts as the time of the screening (the latest it can have been), so a
 * 72-hour lock is never cut short by a missing answer.
 */
export function safetyFor(input: SafetyInput): Safety {
  const s = input.screening
  const known = s === null || s.findings.every(isFindingId)
  const findings = known && s ? (s.findings as FindingId[]) : []
  const e = evaluate(findings)
  const settingLimit = input.fluidLimitMl !== null

  const cautions: CautionUse[] = []
  for (const id of e.cautions) cautions.push({ id, because: CAUTION_WHEN[id].filter((f) => findings.includes(f)) })
  // A limit saved in Settings is the same fact as the screener's answer: fluid limit, and no anti-inflammatories.
  for (const id of ['fluid-limit', 'no-nsaid'] as const) {
    if (!settingLimit) continue
    const use = cautions.find((c) => c.id === id)
    if (use) use.because.push('fluid-limit-setting')
    else cautions.push({ id, because: ['fluid-limit-setting'] })
  }
  const cautionIds = cautions.map((c) => c.id)

  const onsetAt = s ? (s.onsetAt ?? s.at) : null
  const muscles = strainedMuscles(findings)
  const strain = muscles.length > 0 && onsetAt !== null ? { muscles, unlocksAt: onsetAt + STRAIN_LOCK_MS } : null
  const straining = strain !== null && input.now < strain.unlocksAt
  const withinDays = onsetAt !== null && input.now < onsetAt + STRAIN_LOCK_MS

  const locked = input.gate
  const child = findings.includes('under_16')
  let plans: PlanId[] = []
  if (locked === null && known) {
    plans = allowedPlans(e.plans, cautionIds).filter((p) => p !== 'rice' || withinDays)
  }

  const care = availableCare(cautionIds, plans)
  const hideRules: { tag: ExerciseTag; because: HideReason; on: boolean }[] = [
    { tag: 'stretches-hamstring', because: 'nerve', on: findings.includes('shooting_pain_below_knee') },
    { tag: 'hip-past-90', because: 'hip', on: cautionIds.includes('hip-precautions') },
    { tag: 'crosses-legs', because: 'hip', on: cautionIds.includes('hip-precautions') },
    { tag: 'stretches-hamstring', because: 'strain', on: straining && muscles.includes('hamstring') },
    { tag: 'stretches-calf', because: 'strain', on: straining && muscles.includes('calf') },
  ]
  /** Why an exercise is left out for this person, or null. Lying on the back is swapped, not refused (below). */
  const hideReason = (exerciseId: string): HideReason | null => {
    const tags = exerciseTags(exerciseId)
    return hideRules.find((r) => r.on && tags.includes(r.tag))?.because ?? null
  }
  const pregnancy = cautionIds.includes('pregnancy-positions')

  function routine(def: RoutineContent | undefined, id: string): RoutineAccess {
    const access = (refusal: Refusal | null, hidden: HiddenExercise[] = [], checks: CareCheck[] = [], sessionMs: number | null = null): RoutineAccess => ({
      id,
      refusal,
      hidden,
      checks,
      sessionMs,
    })
    if (!def) return access({ kind: 'unknown-routine' })
    if (locked !== null) return access({ kind: 'gate', level: locked })
    if (!known) return access({ kind: 'unknown-answers' })
    if (child) return access({ kind: 'child' })

    if (isTimerId(id)) {
      const timer = id
      const opt = care[timer]
      if (!opt.allowed) return access({ kind: 'caution', cautions: opt.hiddenBy as CautionId[] })
      if (timer === 'heat' && straining && strain) return access({ kind: 'strain', unlocksAt: strain.unlocksAt })
      const checks: CareCheck[] = [...opt.checksFirst]
      const sessionMs = timer === 'ice' ? iceSessionMs(cautionIds) : timer === 'heat' ? heatSessionMs(cautionIds) : ELEVATION_SESSION_MS
      return access(null, [], checks, sessionMs)
    }

    const hidden: HiddenExercise[] = []
    let playable = 0
    let calfWork = false
    for (const item of def.items) {
      const ex = item.exerciseId
      if (ex === undefined || (item.kind ?? 'hold') === 'timer') {
        playable++
        continue
      }
      let because = hideReason(ex)
      let playing = ex
      if (because === null && pregnancy && exerciseTags(ex).includes('lying-on-back')) {
        const seated = EXERCISE_KINDS[ex]?.seatedVersion
        if (seated !== undefined && hideReason(seated.id) === null) {
          hidden.push({ exerciseId: ex, because: 'pregnancy', swappedFor: seated })
          playing = seated.id
        } else because = 'pregnancy'
      }
      if (because !== null) {
        hidden.push({ exerciseId: ex, because })
        continue
      }
      playable++
      if (exerciseTags(playing).includes('stretches-calf')) calfWork = true
    }
    if (playable === 0) {
      const reasons = [...new Set(hidden.map((h) => h.because))]
      if (reasons.length === 1 && reasons[0] === 'strain' && strain) return access({ kind: 'strain', unlocksAt: strain.unlocksAt }, hidden)
      return access({ kind: 'exercises', because: reasons }, hidden)
    }
    const clot =
      cautionIds.includes('dvt-watch') && (calfWork || (CLOT_CHECK_DAILY.includes(id) && !input.clotCheckedToday))
    return access(null, hidden, clot ? ['clot'] : [])
  }

  return {
    locked,
    cautions,
    plans,
    strain,
    iceOnSchedule: withinDays && care.ice.allowed,
    fluidLimit: cautionIds.includes('fluid-limit'),
    routine,
  }
}

/**
 * A routine definition as this person plays it: exercises the safety core hides are left out, and those it swaps
 * are replaced by their seated version. Pure.
 */
export function adaptRoutine<D extends Pick<RoutineContent, 'items'>>(def: D, access: Pick<RoutineAccess, 'hidden'>): D {
  if (access.hidden.length === 0) return def
  const items = def.items.flatMap((item) => {
    const h = access.hidden.find((x) => x.exerciseId === item.exerciseId)
    if (!h) return [item]
    return h.swappedFor === undefined ? [] : [{ ...item, exerciseId: h.swappedFor.id, name: h.swappedFor.name }]
  })
  return { ...def, items }
}
