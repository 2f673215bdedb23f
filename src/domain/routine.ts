/**
 * The routine engine. A routine is plain data: a flat timeline of steps, each with a start offset and a length
 * (ms). A run is only `startedAt`, its pauses and its shifts; where the run is at any moment is derived from
 * those timestamps and `now`. Nothing here counts ticks, so a throttled background tab, a locked screen, a
 * reload or a crash cannot make the run drift: the next render asks `stateAt(routine, run, now)` and gets
 * the truth.
 *
 * All instants are epoch ms; all durations and offsets are ms.
 */
import type { RoutineDef } from '../content/routines'
import type { RunRecord } from './records'

export type { RoutineDef, RoutineItem, SidesSpec } from '../content/routines'

export type StepKind = 'get-ready' | 'hold' | 'reps' | 'rest' | 'timer'
export type Side = 'left' | 'right'

/** One step of the timeline. */
export interface Step {
  kind: StepKind
  /** The exercise this step belongs to (hold, reps, and timers tied to an exercise); absent for get-ready and rest. */
  exerciseId?: string
  /** Which leg, or null when the step is for both legs or none. For a rest: the side that comes next. */
  side: Side | null
  /** 1-based rep on this side ("2 of 3"); for a rest, the rep that comes next; 1 for get-ready and timers. */
  rep: number
  /** How many reps this exercise has on this side; 1 for get-ready and timers. */
  reps: number
  /** For 'reps' steps: how many movements to do in the time budget (e.g. 20 ankle pumps). */
  count?: number
  /** Length of the step (ms), always > 0. */
  durationMs: number
  /** Offset of the step from the start of the routine (ms), pauses excluded. */
  startMs: number
  /** Short plain words for the screen and the voice cue. */
  label: string
}

/** An expanded routine, ready to play. */
export interface Routine {
  id: string
  title: string
  /** Length of the opening get-ready step (ms); 0 means none. */
  getReadyMs: number
  /** Steps in order; each starts where the one before it ends. */
  steps: Step[]
}

/** The part of a RunRecord the engine needs. Pauses must not overlap (pause/resume keep it so). */
export type Run = Pick<RunRecord, 'startedAt' | 'pauses' | 'shifts'>

/** What the player shows at one moment. */
export interface RoutineState {
  /** Index of the current step; the last step once done; -1 for a routine with no steps. */
  stepIndex: number
  step: Step | null
  nextStep: Step | null
  /** Time left in the current step (ms); 0 once done. */
  timeLeftMs: number
  /** Time spent in the current step (ms). */
  stepElapsedMs: number
  /** Time into the routine (ms), pauses excluded, clamped to [0, totalMs]. */
  elapsedMs: number
  totalMs: number
  done: boolean
  paused: boolean
}

export const DEFAULT_GET_READY_MS = 5000
export const DEFAULT_BETWEEN_MS = 10_000
/** Pressing back within this long of a step's start goes to the step before (ms), like a music player. */
export const BACK_GRACE_MS = 2000

/**
 * Turn a definition into a flat timeline. Zero-length steps are dropped so every step can be shown.
 * Rests go between reps and sides of one item (its `restMs`) and between items (`betweenMs`).
 */
export function expandRoutine(def: RoutineDef): Routine {
  const getReadyMs = def.getReadyMs ?? DEFAULT_GET_READY_MS
  const betweenMs = def.betweenMs ?? DEFAULT_BETWEEN_MS
  const steps: Step[] = []
  let at = 0
  const push = (s: Omit<Step, 'startMs'>): void => {
    if (!(s.durationMs > 0)) return
    steps.push({ ...s, startMs: at })
    at += s.durationMs
  }

  const firstName = def.items[0]?.name
  push({
    kind: 'get-ready',
    side: null,
    rep: 1,
    reps: 1,
    durationMs: getReadyMs,
    label: firstName ? `Get ready: ${firstName}` : 'Get ready',
  })

  def.items.forEach((item, itemIndex) => {
    const kind = item.kind ?? 'hold'
    if (itemIndex > 0) {
      // Like every rest, it names the side and rep that come next, so the user gets into position on the right leg.
      const next = kind === 'timer' ? null : (item.sides ?? 'none')
      const side: Side | null = next === 'both' || next === 'left' ? 'left' : next === 'right' ? 'right' : null
      const reps = kind === 'timer' ? 1 : Math.max(1, Math.floor(item.reps ?? 1))
      push({ kind: 'rest', side, rep: 1, reps, durationMs: betweenMs, label: `Next: ${item.name}` })
    }
    if (kind === 'timer') {
      push({
        kind: 'timer',
        ...(item.exerciseId === undefined ? {} : { exerciseId: item.exerciseId }),
        side: null,
        rep: 1,
        reps: 1,
        durationMs: item.holdMs,
        label: item.name,
      })
      return
    }
    const reps = Math.max(1, Math.floor(item.reps ?? 1))
    const spec = item.sides ?? 'none'
    const sides: (Side | null)[] = spec === 'both' ? ['left', 'right'] : spec === 'none' ? [null] : [spec]
    const order: { side: Side | null; rep: number }[] = []
    if ((item.order ?? 'alternate') === 'alternate') {
      for (let rep = 1; rep <= reps; rep++) for (const side of sides) order.push({ side, rep })
    } else {
      for (const side of sides) for (let rep = 1; rep <= reps; rep++) order.push({ side, rep })
    }
    order.forEach(({ side, rep }, i) => {
      if (i > 0) {
        const label = side === null ? 'Rest' : `Rest. Next: ${side} leg`
        push({ kind: 'rest', side, rep, reps, durationMs: item.restMs ?? 0, label })
      }
      push({
        kind,
        ...(item.exerciseId === undefined ? {} : { exerciseId: item.exerciseId }),
        side,
        rep,
        reps,
        ...(kind === 'reps' && item.count !== undefined ? { count: item.count } : {}),
        durationMs: item.holdMs,
        label: kind === 'reps' && item.count !== undefined ? `${item.name}: ${item.count} times` : item.name,
      })
    })
  })

  return { id: def.id, title: def.title, getReadyMs, steps }
}

/** A routine of one 'timer' step with no get-ready: the ice, heat and elevation timers. */
export function simpleTimer(id: string, title: string, durationMs: number): Routine {
  return expandRoutine({ id, title, getReadyMs: 0, items: [{ kind: 'timer', name: title, holdMs: durationMs }] })
}

/** Length of the whole routine (ms). */
export function totalMsOf(routine: Routine): number {
  const last = routine.steps[routine.steps.length - 1]
  return last ? last.startMs + last.durationMs : 0
}

/** A new run starting at `now` (epoch ms). */
export function startRun(now: number): Run {
  return { startedAt: now, pauses: [], shifts: [] }
}

/** True while the run has an open pause. */
export function isPaused(run: Run): boolean {
  return run.pauses.some((p) => p.until === null)
}

/**
 * Time spent paused between `startedAt` and `now` (ms). An open pause runs to `now`. Intervals are clipped to
 * [startedAt, now] and merged, so a stray overlap or a clock that moved back cannot count time twice.
 */
function pausedMs(run: Run, now: number): number {
  const spans = run.pauses
    .map((p) => [Math.max(p.at, run.startedAt), Math.min(p.until ?? now, now)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0])
  let sum = 0
  let curA = -Infinity
  let curB = -Infinity
  for (const [a, b] of spans) {
    if (a > curB) {
      if (curB > curA) sum += curB - curA
      curA = a
      curB = b
    } else if (b > curB) {
      curB = b
    }
  }
  if (curB > curA) sum += curB - curA
  return sum
}

/** Elapsed before clamping; skip and back shift relative to this so a late press still lands exactly. */
function rawElapsed(run: Run, now: number): number {
  const shifts = run.shifts.reduce((s, x) => s + x, 0)
  return now - run.startedAt - pausedMs(run, now) + shifts
}

/**
 * Time into the routine at `now` (ms): now − startedAt − paused time + Σ shifts, clamped to [0, totalMs].
 * @param now epoch ms
 * @param totalMs the routine's length (ms); leave out for no upper clamp
 */
export function elapsedAt(run: Run, now: number, totalMs: number = Infinity): number {
  return Math.min(Math.max(rawElapsed(run, now), 0), totalMs)
}

/** When a run that has reached the end really ended (epoch ms): `now` less the time past the end, never after `now`. */
export function completedAt(routine: Routine, run: Run, now: number): number {
  return Math.min(now, now - (rawElapsed(run, now) - totalMsOf(routine)))
}

/** Index of the step holding `elapsed` (ms): steps are half-open [start, start + duration). */
function stepIndexAt(steps: readonly Step[], elapsed: number): number {
  let lo = 0
  let hi = steps.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    const s = steps[mid]
    if (s && s.startMs <= elapsed) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** Where the run is at `now` (epoch ms). Once done, the last step is reported with 0 ms left. */
export function stateAt(routine: Routine, run: Run, now: number): RoutineState {
  const totalMs = totalMsOf(routine)
  const elapsedMs = elapsedAt(run, now, totalMs)
  const paused = isPaused(run)
  const done = elapsedMs >= totalMs
  if (routine.steps.length === 0) {
    return { stepIndex: -1, step: null, nextStep: null, timeLeftMs: 0, stepElapsedMs: 0, elapsedMs, totalMs, done, paused }
  }
  const stepIndex = done ? routine.steps.length - 1 : stepIndexAt(routine.steps, elapsedMs)
  const step = routine.steps[stepIndex] ?? null
  const nextStep = done ? null : (routine.steps[stepIndex + 1] ?? null)
  const stepElapsedMs = step ? elapsedMs - step.startMs : 0
  const timeLeftMs = step ? step.durationMs - stepElapsedMs : 0
  return { stepIndex, step, nextStep, timeLeftMs, stepElapsedMs, elapsedMs, totalMs, done, paused }
}

/** Pause at `now` (epoch ms). Returns a new run; an already paused run comes back unchanged (copied). */
export function pause<R extends Run>(run: R, now: number): R {
  if (isPaused(run)) return { ...run, pauses: [...run.pauses] }
  return { ...run, pauses: [...run.pauses, { at: now, until: null }] }
}

/** Resume at `now` (epoch ms): closes the open pause. Returns a new run; a running run comes back unchanged. */
export function resume<R extends Run>(run: R, now: number): R {
  return {
    ...run,
    pauses: run.pauses.map((p) => (p.until === null ? { at: p.at, until: Math.max(now, p.at) } : p)),
  }
}

/** A new run whose elapsed time at `now` is exactly `targetMs`. */
function shiftTo<R extends Run>(run: R, now: number, targetMs: number): R {
  const delta = targetMs - rawElapsed(run, now)
  if (delta === 0) return { ...run, shifts: [...run.shifts] }
  return { ...run, shifts: [...run.shifts, delta] }
}

/**
 * Skip to the start of the next step (or to the end, from the last step). Adds a shift, so a paused run stays
 * paused at the new point. Returns a new run.
 */
export function skip<R extends Run>(routine: Routine, run: R, now: number): R {
  const s = stateAt(routine, run, now)
  if (s.done) return { ...run, shifts: [...run.shifts] }
  const target = s.nextStep ? s.nextStep.startMs : s.totalMs
  return shiftTo(run, now, target)
}

/**
 * Go back to the start of the current step, or to the start of the previous step when pressed within the
 * first 2 s of this one (so two quick presses go back two steps). From the end, back goes to the last step.
 */
export function back<R extends Run>(routine: Routine, run: R, now: number): R {
  const s = stateAt(routine, run, now)
  if (!s.step) return { ...run, shifts: [...run.shifts] }
  const prev = routine.steps[s.stepIndex - 1]
  const target = !s.done && s.stepElapsedMs < BACK_GRACE_MS && prev ? prev.startMs : s.step.startMs
  return shiftTo(run, now, target)
}

/**
 * When the current step ends (epoch ms), so the caller can set one timeout instead of ticking.
 * Null when paused (nothing will change until resume) or done.
 */
export function nextBoundaryAt(routine: Routine, run: Run, now: number): number | null {
  const s = stateAt(routine, run, now)
  if (s.paused || s.done || !s.step) return null
  // From the raw value, so a run whose clock says "before the start" still gets the right instant.
  return now + (s.step.startMs + s.step.durationMs - rawElapsed(run, now))
}
