/**
 * What the routine player says, in plain English: the live region's text and the voice cue at each step, the
 * "welcome back" line when a run is picked up again, and how a stop is explained. One wording for the screen and
 * the voice, so what is heard is what is read.
 */
import { getExercise } from '../content/exercises'
import { timerDoing } from '../content/routineText'
import type { RunRecord } from './records'
import type { Routine, RoutineState, Step } from './routine'

/** Seconds, rounded up, as words: "30 seconds", "1 second", "2 minutes 30 seconds". */
export function secondsInWords(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const m = Math.floor(total / 60)
  const s = total % 60
  const parts: string[] = []
  if (m > 0) parts.push(`${m} ${m === 1 ? 'minute' : 'minutes'}`)
  if (s > 0 || m === 0) parts.push(`${s} ${s === 1 ? 'second' : 'seconds'}`)
  return parts.join(' ')
}

/** "left leg", "right leg", or null for a step on both legs or none. */
export function sideWords(step: Pick<Step, 'side'>): string | null {
  return step.side === 'left' ? 'left leg' : step.side === 'right' ? 'right leg' : null
}

/** What the live region and the voice say when a step starts: "Hold: left leg, rep 2 of 3, 30 seconds". */
export function stepAnnouncement(routine: Routine, index: number): string {
  const step = routine.steps[index]
  if (!step) return ''
  const secs = secondsInWords(step.durationMs)
  const side = sideWords(step)
  if (step.kind === 'get-ready') return `${step.label}. Starting in ${secs}.`
  if (step.kind === 'rest') return `${step.label}. Rest for ${secs}.`
  if (step.kind === 'timer') return `${step.label}: ${secs}.`
  const prev = routine.steps
    .slice(0, index)
    .reverse()
    .find((s) => s.kind === 'hold' || s.kind === 'reps')
  const name = step.exerciseId ? (getExercise(step.exerciseId)?.name ?? step.label) : step.label
  const intro = prev?.exerciseId !== step.exerciseId ? `${name}. ` : ''
  const what = step.kind === 'reps' && step.count !== undefined ? `${step.count} times` : 'Hold'
  const parts = [side, step.reps > 1 ? `rep ${step.rep} of ${step.reps}` : null, secs].filter((p): p is string => p !== null)
  return `${intro}${what}: ${parts.join(', ')}.`
}

/**
 * The word above the count for where a run is: "Hold", "Rest", "Do it 20 times", and for a timed block what it asks
 * ("Walk gently", "Cooling the leg"), never "Timer running".
 */
export function stepKindWords(routine: Pick<Routine, 'id'>, s: Pick<RoutineState, 'step' | 'done'>): string {
  const step = s.step
  if (!step) return ''
  if (s.done) return 'Finished'
  switch (step.kind) {
    case 'get-ready':
      return 'Get ready'
    case 'rest':
      return 'Rest'
    case 'hold':
      return 'Hold'
    case 'reps':
      return step.count !== undefined ? `Do it ${step.count} times` : 'Keep going'
    case 'timer':
      return timerDoing(routine.id, step.exerciseId)
  }
}

/** "Welcome back: you are on step 4 of 12, right leg, 12 s left." */
export function welcomeBack(routine: Routine, s: RoutineState): string {
  if (s.done) return 'Welcome back: the routine has finished.'
  const step = s.step
  if (!step) return ''
  const side = sideWords(step)
  const left = `${Math.ceil(s.timeLeftMs / 1000)} s left`
  const parts = [`you are on step ${s.stepIndex + 1} of ${routine.steps.length}`, side, left].filter(Boolean)
  return `Welcome back: ${parts.join(', ')}${s.paused ? ' (paused)' : ''}.`
}

/** Said when the clock reaches the end of a routine. */
export const FINISHED_WORDS = 'Routine finished. Well done.'
/** Said when the person stops a routine before its end. */
export const STOPPED_WORDS = 'Routine stopped. It is saved in your history.'
/** Said when a warning sign (here or in another tab or window) stopped the routine. */
export const STOPPED_BY_GATE_WORDS =
  'Routine stopped: a warning sign was reported, so routines wait until a clinician has checked you. It is saved in your history as stopped.'
/** Said when every record was deleted (here or in another tab or window) while the routine was open. */
export const DELETED_WORDS = 'All your data was deleted, so this routine was stopped and nothing of it was kept.'

/** What the live region says when a run ends: finished, stopped, or stopped by a warning sign. */
export function endWords(run: Pick<RunRecord, 'status' | 'stoppedBy'>): string {
  return run.stoppedBy === 'gate' ? STOPPED_BY_GATE_WORDS : run.status === 'done' ? FINISHED_WORDS : STOPPED_WORDS
}
