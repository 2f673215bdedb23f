import { onScopeDispose, toValue, watch, type MaybeRefOrGetter } from 'vue'
import type { RunRecord } from '../domain/records'
import { nextBoundaryAt, stateAt, type Routine, type RoutineState } from '../domain/routine'
import { FINISHED_WORDS, stepAnnouncement } from '../domain/routineWords'
import { useCueLeader } from './useCueLeader'
import { useCues, type CueSwitches } from './useCues'

/** The Web Lock held by the one tab that gives a routine's cues. */
export const CUE_LOCK = 'leg-care-cues'

export interface UseRunCuesOptions {
  /** The Web Lock that picks the one tab giving cues (the app's is CUE_LOCK; tests give their own). */
  lockName: string
  switches: MaybeRefOrGetter<CueSwitches>
  /** Three short beeps before each boundary. */
  countdown: MaybeRefOrGetter<boolean>
  routine: MaybeRefOrGetter<Routine | null>
  run: MaybeRefOrGetter<RunRecord | null>
  /** While true this tab asks to be the one giving cues. */
  running: MaybeRefOrGetter<boolean>
  /** Reads the run clock (epoch ms), and `tick` brings the screen's copy of it up to date. */
  read: () => number
  tick: () => void
}

/**
 * The routine player's cues: voice, beep and vibration at each step boundary, from ONE setTimeout armed for the
 * next boundary (never a count of ticks), and the 3-2-1 beeps before it (useCues times them from the same arming),
 * in one tab only (the holder of a Web Lock). Each step is said once per run, however many times it is asked for.
 */
export function useRunCues(options: UseRunCuesOptions) {
  const cues = useCues({ switches: options.switches, countdown: options.countdown })
  const leader = useCueLeader({ name: options.lockName, want: options.running })
  let timer: ReturnType<typeof setTimeout> | null = null
  let saidKey = ''

  function disarm(): void {
    if (timer !== null) clearTimeout(timer)
    timer = null
    cues.cancelCountdown()
  }

  /** Plays the cue for where the run is (the step's words, or the end), unless already played for this run. */
  function say(s: RoutineState): void {
    const r = toValue(options.routine)
    const run = toValue(options.run)
    if (!r || !run) return
    const key = `${run.id}:${s.done ? 'end' : s.stepIndex}`
    if (key === saidKey) return
    saidKey = key
    cues.cue(s.done ? FINISHED_WORDS : stepAnnouncement(r, s.stepIndex), s.done ? 'end' : 'step')
  }

  /** Arms the one timeout for the next boundary (in the leading tab, while the run plays). */
  function arm(): void {
    disarm()
    const t = options.read()
    const r = toValue(options.routine)
    const run = toValue(options.run)
    if (!r || !run || run.status !== 'active' || !leader.isLeader.value) return
    // Armed late (a slow save on a busy phone, say) after a boundary this tab was timing: its cue is due now, or the
    // step would pass with no cue at all.
    const s = stateAt(r, run, t)
    const said = saidKey.startsWith(`${run.id}:`) ? Number(saidKey.slice(run.id.length + 1)) : NaN
    if (!s.paused && !s.done && s.stepIndex > said) say(s)
    const at = nextBoundaryAt(r, run, t)
    if (at === null) return
    const wait = Math.max(0, at - t)
    cues.scheduleCountdown(wait)
    timer = setTimeout(onBoundary, wait)
  }

  function onBoundary(): void {
    timer = null
    options.tick()
    const r = toValue(options.routine)
    const run = toValue(options.run)
    if (r && run?.status === 'active' && leader.isLeader.value) {
      const s = stateAt(r, run, options.read())
      if (s.stepIndex >= 0) say(s)
    }
    arm()
  }

  /** Forgets what has been said (so a skip or back says its step even if it was said before). */
  function forget(): void {
    saidKey = ''
  }

  watch(leader.isLeader, (on) => (on ? arm() : disarm()))
  // The 3-2-1 switch (or the beeps) turned on or off counts from now, not from the next step.
  watch([() => toValue(options.countdown), () => toValue(options.switches).beep], () => {
    if (timer !== null) arm()
  })
  onScopeDispose(disarm)

  return {
    isLeader: leader.isLeader,
    take: leader.take,
    drop: leader.drop,
    arm,
    disarm,
    say,
    forget,
    unlock: cues.unlock,
    silence: cues.silence,
  }
}
