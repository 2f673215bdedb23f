import { useDocumentVisibility } from '@vueuse/core'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { newId } from '../db/db'
import { activeRun, finishRun, lastRun, markStoppedByGate, saveRun, setPainAfter, updateRun } from '../db/runs'
import { routineText } from '../content/routineText'
import { getRoutine } from '../content/routines'
import { playableRoutine } from '../domain/playable'
import type { Refusal } from '../domain/safety'
import type { RunRecord } from '../domain/records'
import * as engine from '../domain/routine'
import type { Routine, RoutineState } from '../domain/routine'
import { endRun, newRun } from '../domain/runRecord'
import { DELETED_WORDS, FINISHED_WORDS, endWords, stepAnnouncement, welcomeBack } from '../domain/routineWords'
import { deviceTimeZone } from '../composables/useNow'
import { TICK_MS, useRunClock } from '../composables/useRunClock'
import { CUE_LOCK, useRunCues } from '../composables/useRunCues'
import { useRunSync } from '../composables/useRunSync'
import { useAppStore } from './app'
import { useGateStore } from './gate'
import { useSafetyStore } from './safety'
import { useSettingsStore } from './settings'
import { useStorageStore } from './storage'

/** Why the player has no run to show although one was playing. */
type RunNotice = 'deleted' | null

/**
 * The routine player's state. A run is saved on every change and kept in step with other tabs by its stored
 * revision (useRunSync); where the run is comes from `stateAt(routine, run, now)` only, with `now` from the run clock
 * (monotonic; a device clock jump moves the run instead of its count). One tab plays the cues (useRunCues). A run
 * ends by its clock, a stop, a warning sign (here or in another tab: the raise stops it in storage, and the player
 * says why), or a delete all (then it is gone, nothing writes it back, and the player says so).
 */
export const useRoutineStore = defineStore('routine', () => {
  const app = useAppStore()
  const settings = useSettingsStore()
  const safety = useSafetyStore()
  const storage = useStorageStore()
  const gate = useGateStore()
  const report = (e: unknown): void => storage.reportFailure(e)

  const routineId = ref<string | null>(null)
  // Shallow: a run is replaced whole on every change, and a plain object (not a proxy) can go to IndexedDB as is.
  const run = shallowRef<RunRecord | null>(null)
  const loading = ref(false)
  /** The live region's text: set on each step change, never each second. */
  const announcement = ref('')
  const countdown = ref(false)
  /** Whether the finished run's session has been written. */
  const logged = ref(false)
  const notice = ref<RunNotice>(null)

  const active = computed(() => run.value?.status === 'active')
  const clock = useRunClock({ intervalMs: TICK_MS, running: active, onJump: (j) => j.isCorrection && sync.rebase(j.deltaMs) })

  const info = computed(() => (routineId.value ? getRoutine(routineId.value) : undefined))
  /** The routine's words: what it is for, how much, what it should feel like, when to stop. */
  const text = computed(() => (routineId.value ? routineText(routineId.value) : undefined))
  /** What the safety core allows for this routine now: every start, resume and other tab goes through it. */
  const access = computed(() => (routineId.value ? safety.routine(routineId.value) : null))
  const cautions = computed(() => safety.safety.cautions.map((c) => c.id))
  const routine = computed<Routine | null>(() => (info.value && access.value ? playableRoutine(info.value, access.value) : null))
  /** Why this routine may not start (or go on) now, or null. */
  const refusal = computed<Refusal | null>(() => access.value?.refusal ?? null)
  /** The checks to answer before each start: skin feeling under skin-check, clot signs under dvt-watch. */
  const preChecks = computed(() => access.value?.checks ?? [])

  const state = computed<RoutineState | null>(() => (routine.value && run.value ? engine.stateAt(routine.value, run.value, clock.now.value) : null))
  const ended = computed(() => run.value !== null && run.value.status !== 'active')
  const running = computed(() => active.value && state.value !== null && !state.value.done)
  const paused = computed(() => state.value?.paused ?? false)
  const elapsedMs = computed(() => Math.round(state.value?.elapsedMs ?? 0))
  watch(running, (on) => app.setBusy('routine', on), { immediate: true })

  const cues = useRunCues({ lockName: CUE_LOCK, switches: () => settings.settings.cues, countdown, routine, run, running, read: clock.read, tick: clock.tick })

  const sync = useRunSync({
    routineId,
    run,
    tick: clock.tick,
    now: clock.read,
    onChange(before, next) {
      if (next.status !== 'active') {
        logged.value = true
        cues.disarm()
        cues.silence()
        if (before.status === 'active' || before.stoppedBy !== next.stoppedBy) announcement.value = endWords(next)
        return
      }
      // Another tab skipped or went back: the cue tab says the new step (the same step is not said twice).
      if (state.value && cues.isLeader.value && !state.value.paused) cues.say(state.value)
      cues.arm()
    },
    onGone() {
      cues.disarm()
      cues.silence()
      run.value = null
      logged.value = false
      notice.value = 'deleted'
      announcement.value = DELETED_WORDS
    },
    onFound: (found) => !loading.value && show(found),
    onError: report,
  })

  // The live region: separate sources, so the watcher runs when one of them changes, not on every tick of the clock.
  watch([() => run.value?.id, () => state.value?.stepIndex, () => state.value?.done], (cur, prev) => {
    const s = state.value
    if (!s || !routine.value || !active.value || cur[0] !== prev[0]) return // a new or freshly loaded run announces itself
    announcement.value = s.done ? FINISHED_WORDS : stepAnnouncement(routine.value, s.stepIndex)
  })

  // The end by the clock is logged once, even with two tabs open. A run the rules no longer allow (a gate raised
  // here or kept only in memory, a new check, a run resumed after a reload) stops at once and is logged as stopped,
  // never as completed: nothing plays under a gate.
  watch(
    () => (active.value ? (refusal.value ? 'refused' : state.value?.done ? 'done' : null) : null),
    (why) => {
      if (why === 'done') void finish(true)
      if (why === 'refused') void finish(false, run.value?.painAfter ?? null, refusal.value?.kind === 'gate' ? 'gate' : undefined)
    },
  )

  // A hidden tab or a locked screen catches up on return, and says where it is.
  watch(useDocumentVisibility(), (v) => {
    if (v !== 'visible') return
    clock.tick()
    if (routine.value && state.value && active.value) {
      announcement.value = welcomeBack(routine.value, state.value)
      cues.arm()
    }
  })

  /** Shows a stored run where the clock says it is. */
  function show(found: RunRecord): void {
    sync.show(found)
    clock.tick()
    logged.value = found.status !== 'active'
    if (routine.value && state.value && found.status === 'active') announcement.value = welcomeBack(routine.value, state.value)
    cues.arm()
  }

  /** Opens the player for a routine: picks up its active run, if any, where the clock says it is. */
  async function open(id: string): Promise<void> {
    if (routineId.value === id) return
    close()
    routineId.value = id
    loading.value = true
    try {
      const found = (await activeRun(id)) ?? (refusal.value?.kind === 'gate' ? await lastRun(id) : undefined)
      // Under a gate, the run this gate's warning stopped is shown with why; any other ended run is history.
      const since = gate.active?.since ?? Infinity
      const stoppedByThisGate = found?.stoppedBy === 'gate' && (found.endedAt ?? 0) >= since - 60_000
      if (routineId.value === id && found && (found.status === 'active' || stoppedByThisGate)) show(found)
    } catch (e) {
      report(e)
    } finally {
      loading.value = false
    }
  }

  /** Leaves the player: the run (if any) keeps its place in storage and resumes on return. */
  function close(): void {
    cues.silence()
    cues.drop()
    app.setBusy('routine', false)
    routineId.value = null
    startOver()
  }

  /** Start tap: unlocks sound in this tap, saves the run, and cues the get-ready at once. */
  async function start(painBefore: number | null): Promise<void> {
    const id = routineId.value
    const r = routine.value
    if (!id || !r || active.value || refusal.value) return
    cues.unlock()
    const record = newRun(newId(), id, clock.read(), painBefore)
    sync.forget()
    run.value = record
    logged.value = false
    notice.value = null
    clock.tick()
    if (state.value) {
      announcement.value = stepAnnouncement(r, state.value.stepIndex)
      // Spoken inside the tap: some browsers only allow speech that a tap started.
      cues.say(state.value)
    }
    cues.take()
    try {
      sync.adopt(await saveRun(record))
    } catch (e) {
      report(e)
    }
    cues.arm()
  }

  async function change(fn: (r: RunRecord, at: number) => RunRecord, cueAfter: boolean): Promise<void> {
    const t = clock.read()
    const current = run.value
    if (!current || current.status !== 'active') return
    // Our copy is one write ahead of storage until the write comes back, so an older answer cannot undo it.
    run.value = { ...fn(current, t), rev: (current.rev ?? 0) + 1 }
    clock.tick()
    if (cueAfter && state.value && cues.isLeader.value) {
      cues.forget()
      cues.say(state.value)
    }
    cues.arm()
    try {
      const saved = await updateRun(current.id, (stored) => fn(stored, t))
      if (saved) sync.adopt(saved)
      else if (sync.isPersisted()) sync.gone()
    } catch (e) {
      report(e)
    }
  }

  const pause = () => change((r, t) => engine.pause(r, t), false).then(() => cues.silence())
  const resume = () => {
    cues.unlock()
    return change((r, t) => engine.resume(r, t), false)
  }
  const skip = () => (routine.value ? change((x, t) => engine.skip(routine.value!, x, t), true) : Promise.resolve())
  const back = () => (routine.value ? change((x, t) => engine.back(routine.value!, x, t), true) : Promise.resolve())

  /**
   * Ends the run and logs its session in one transaction: completed when the clock reached the end (dated when it
   * really ended, even if the app was closed then), or stopped. A run deleted in the meantime stays deleted.
   */
  async function finish(completed: boolean, painAfter: number | null = null, stoppedBy?: 'gate'): Promise<void> {
    const t = clock.read()
    const current = run.value
    const r = routine.value
    if (!current || !r || current.status !== 'active') return
    const endedAt = completed ? engine.completedAt(r, current, t) : t
    const out = endRun(current, { endedAt, completed, painAfter, timeZone: deviceTimeZone(), sessionId: newId(), ...(stoppedBy ? { stoppedBy } : {}) })
    run.value = { ...out.run, rev: (current.rev ?? 0) + 1 }
    cues.disarm()
    if (completed && cues.isLeader.value && state.value) cues.say({ ...state.value, done: true })
    else cues.silence()
    announcement.value = endWords(out.run)
    try {
      const saved = await finishRun(run.value, out.session)
      if (saved.outcome === 'deleted') return sync.gone()
      sync.adopt(saved.run)
      logged.value = true
    } catch (e) {
      report(e)
    }
  }

  /** Stop before the end (from the stop button, or at once on a yes in the "this hurts" check). */
  const stop = (painAfter: number | null = null) => finish(false, painAfter)

  /** A warning sign reported just after a stop (the "this hurts" signs): the stopped run says the warning ended it. */
  async function stoppedByGate(): Promise<void> {
    const current = run.value
    if (current?.status === 'stopped' && current.stoppedBy !== 'gate') await markStoppedByGate(current.id).then(sync.adopt, report)
  }

  /** Pain after a finished run, saved on the run and its session. */
  async function savePainAfter(score: number | null): Promise<boolean> {
    const current = run.value
    if (!current) return false
    run.value = { ...current, painAfter: score }
    try {
      await setPainAfter(current, score)
      return true
    } catch (e) {
      report(e)
      return false
    }
  }

  /** Back to the start screen after a finished run, ready for another go. */
  function startOver(): void {
    cues.disarm()
    cues.forget()
    sync.forget()
    run.value = null
    logged.value = false
    notice.value = null
    announcement.value = ''
  }

  // prettier-ignore
  return {
    routineId, run, loading, now: clock.now, announcement, countdown, isCueOwner: cues.isLeader, logged, notice,
    info, text, cautions, access, refusal, preChecks, routine, state, active, ended, running, paused, elapsedMs,
    open, close, start, pause, resume, skip, back, stop, finish, stoppedByGate, savePainAfter,
    startOver,
  }
})
