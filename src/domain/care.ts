/**
 * Pure rules for ice, heat, elevation, compression and calf massage, and the cautions that change them (contract
 * v3 "Plans and cautions"; the clinical brief, section 2). Instants are epoch ms; durations are ms.
 */
import { HOUR_MS, MINUTE_MS } from './day'

/** App default ice session (ms): inside the 5-30 min the sources give, and short enough to be safe wrapped. */
export const ICE_SESSION_MS = 15 * MINUTE_MS
/** Heat session (ms): sources say 10-15 min; the app uses the top. */
export const HEAT_SESSION_MS = 15 * MINUTE_MS
/** Ice and heat under `skin-check` (ms): skin that may feel less cannot warn of a burn, so keep it short. */
export const SKIN_CHECK_SESSION_MS = 10 * MINUTE_MS
/** Leg raised (ms): sources say 20-30 min; the app uses 20. */
export const ELEVATION_SESSION_MS = 20 * MINUTE_MS
/** At least this long between the end of one ice session and the start of the next (ms). */
export const ICE_GAP_MS = 2 * HOUR_MS
/**
 * No heat and no stretching of the strained muscle for this long after a strain (ms): NHS, the first 72 h. The same
 * 72 hours after onset bound the RICE plan and the ice schedule (src/domain/safety.ts).
 */
export const STRAIN_LOCK_MS = 72 * HOUR_MS

export type CareKind = 'ice' | 'heat' | 'elevation' | 'compression' | 'calf-massage'
/** A check the app must run before the session: the skin feels normal, or none of the clot signs. */
export type CareCheck = 'skin' | 'clot'

export const CARE_KINDS: readonly CareKind[] = ['ice', 'heat', 'elevation', 'compression', 'calf-massage']

/** The care timers that have their own player route (/routines/ice ...). */
export const TIMER_IDS = ['ice', 'heat', 'elevation'] as const satisfies readonly CareKind[]
export type TimerId = (typeof TIMER_IDS)[number]

export function isTimerId(id: string): id is TimerId {
  return (TIMER_IDS as readonly string[]).includes(id)
}

export interface CareOption {
  /** No caution forbids it. */
  allowed: boolean
  /** A matched plan uses it (RICE for ice, elevation and compression; cramps and sciatica for heat...). */
  suggested: boolean
  /** The cautions that forbid it (empty when allowed). */
  hiddenBy: string[]
  /** Checks to run before each session, in order. */
  checksFirst: CareCheck[]
}

export type CareAvailability = Record<CareKind, CareOption>

/** Which cautions hide which kinds of care, and why (the comments are the why). */
const HIDES: Record<string, readonly CareKind[]> = {
  // Reduced feeling in the feet: a burn or frostbite would not be felt, and compression could hurt unnoticed.
  'no-ice-no-heat': ['ice', 'heat', 'compression'],
  // Poor arterial flow: raising the leg, squeezing it, cooling or warming it all cut blood supply further.
  'poor-circulation': ['elevation', 'compression', 'ice', 'heat'],
  // Blood thinners: heat widens vessels and raises bleeding risk.
  'no-heat': ['heat'],
  // Possibly less feeling: compression could rub or squeeze unnoticed.
  'skin-check': ['compression'],
  // A clot could be loosened by rubbing the calf.
  'dvt-watch': ['calf-massage'],
}

/** Which plans make each kind of care worth suggesting. */
const SUGGESTED_BY: Record<CareKind, readonly string[]> = {
  ice: ['rice'],
  elevation: ['rice'],
  compression: ['rice'],
  heat: ['cramp-relief', 'sciatica-relief'],
  'calf-massage': ['cramp-relief'],
}

/**
 * Length of one ice session (ms): 15 min, or 10 min under `skin-check`.
 * Whether ice is allowed at all is `availableCare`'s job.
 */
export function iceSessionMs(cautions: readonly string[]): number {
  return cautions.includes('skin-check') ? SKIN_CHECK_SESSION_MS : ICE_SESSION_MS
}

/** Length of one heat session (ms): 15 min, or 10 min under `skin-check`. */
export function heatSessionMs(cautions: readonly string[]): number {
  return cautions.includes('skin-check') ? SKIN_CHECK_SESSION_MS : HEAT_SESSION_MS
}

/** Checks before one ice or heat session: skin first (a numb patch refuses it), then clot signs before heat. */
function checksFor(kind: CareKind, cautions: readonly string[]): CareCheck[] {
  const checks: CareCheck[] = []
  if ((kind === 'ice' || kind === 'heat') && cautions.includes('skin-check')) checks.push('skin')
  if (kind === 'heat' && cautions.includes('dvt-watch')) checks.push('clot')
  return checks
}

/**
 * Which of ice, heat, elevation, compression and calf massage the cautions allow, which the plans suggest,
 * and which checks come first. Unknown caution ids change nothing.
 */
export function availableCare(cautions: readonly string[], plans: readonly string[]): CareAvailability {
  const out = {} as CareAvailability
  for (const kind of CARE_KINDS) {
    const hiddenBy = cautions.filter((c) => HIDES[c]?.includes(kind) ?? false)
    const allowed = hiddenBy.length === 0
    out[kind] = {
      allowed,
      suggested: allowed && SUGGESTED_BY[kind].some((p) => plans.includes(p)),
      hiddenBy,
      checksFirst: allowed ? checksFor(kind, cautions) : [],
    }
  }
  return out
}

/** Earliest start of the next ice session (epoch ms): 2 h after the last one ended, so the skin warms back up. */
export function nextIceDue(lastIceEndedAt: number): number {
  return lastIceEndedAt + ICE_GAP_MS
}

export interface IceSlot {
  /** epoch ms */
  startAt: number
  /** epoch ms */
  endAt: number
}

/**
 * A day's ice sessions from `firstStart` until `dayEnd` (epoch ms; pass bedtime: never ice while asleep).
 * Each starts 2 h after the previous one ends, matching `nextIceDue`; a session that would run past `dayEnd`
 * is left out. Empty when a caution hides ice.
 */
export function iceSchedule(firstStart: number, dayEnd: number, cautions: readonly string[]): IceSlot[] {
  if (!availableCare(cautions, []).ice.allowed) return []
  const len = iceSessionMs(cautions)
  const slots: IceSlot[] = []
  for (let start = firstStart; start + len <= dayEnd; start = nextIceDue(start + len)) {
    slots.push({ startAt: start, endAt: start + len })
  }
  return slots
}
