import { useDocumentVisibility } from '@vueuse/core'
import { liveQuery, type Subscription } from 'dexie'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { newId } from '../db/db'
import { activeRun, finishRun, getRun, saveRun, setPainAfter, updateRun } from '../db/runs'
import { routineText } from '../content/routineText'
import { getRoutine } from '../content/routines'
import { isTimerId } from '../domain/care'
import { dayKey } from '../domain/day'
import { adaptRoutine, type Refusal } from '../domain/safety'
import type { GateSource, RunRecord, SessionRecord } from '../domain/records'
import { raiseFromAnswers } from '../domain/triage'
import {
  back as backRun,
  elapsedAt,
  expandRoutine,
  nextBoundaryAt,
  pause as pauseRun,
  resume as resumeRun,
  simpleTimer,
  skip as skipRun,
  startRun,
  stateAt,
  type Routine,
  type RoutineState,
} from '../domain/routine'
import { FINISHED_WORDS, STOPPED_WORDS, stepAnnouncement, welcomeBack } from '../domain/routineWords'
import { useCues } from '../composables/useCues'
import { deviceTimeZone } from '../composables/useNow'
import { useAppStore } from './app'
import { useGateStore } from './gate'
import { useSafetyStore } from './safety'
import { useSettingsStore } from './settings'
import { useStorageStore } from './storage'

/** How often the screen re-reads the clock while a run is going (ms). The clock, not the ticks, is the truth. */
export const TICK_MS = 200
/** The Web Lock held by the one tab that gives cues. */
export const CUE_LOCK = 'leg-care-cues'

/** A monotone count of what has happened to a run, so a stale live-query answer never undoes a newer change. */
function revision(run: RunRecord): number {
  const open = run.pauses.filter((p) => p.until === null).length
  return run.pauses.length * 2 - open + run.shifts.length + (run.status === 'active' ? 0 : 1000) + (run.painAfter === null ? 0 : 1)
}

interface LockManagerLike {
  request(name: string, options: { signal?: AbortSignal }, cb: () => Promise<void>): Promise<unknown>
}


function lockManager(): LockManagerLike | null {
  const nav = typeof navigator === 'undefined' ? null : (navigator as Navigator & { locks?: LockManagerLike })
  return nav?.locks && typeof nav.locks.request === 'function' ? nav.locks : null
}

/**
 * The routine player's state. A run is saved on every change and read back through a live query, so another
 * tab shows the same step; where the run is comes from `stateAt(routine, run, Date.now())` only. One tab (the
 * holder of a Web Lock) plays cues, each at a step boundary from one setTimeout armed with `nextBoundaryAt`.
 */
export const useRoutineStore = defineStore('routine', () => {
  const app = useAppStore()
  const settings = useSettingsStore()
  const safety = useSafetyStore()
  const storage = useStorageStore()
  const gate = useGateStore()

  const routineId = ref<string | null>(null)
  // Shallow: a run is replaced whole on every change, and a plain object (not a proxy) can go to IndexedDB as is.
  const run = shallowRef<RunRecord | null>(null)
  const loading = ref(false)
  const now = ref(Date.now())
  /** The live region's text: set on each step change, never each second. */
  const announcement = ref('')
  const countdown = ref(false)
  /** True while this tab holds the cue lock (or locks are unsupported). */
  const isCueOwner = ref(false)
  /** Whether the finished run's session has been written. */
  const logged = ref(false)
  /** Lateness of each boundary cue (ms), for the timing benchmark. */
  const boundaryLateness = shallowRef<number[]>([])

  const cues = useCues({ switches: () => settings.settings.cues, countdown: () => countdown.value })

  const info = computed(() => (routineId.value ? getRoutine(routineId.value) : undefined))
  /** The routine's words: what it is for, how much, what it should feel like, when to stop. */
  const text = computed(() => (routineId.value ? routineText(routineId.value) : undefined))
  /** What the safety core allows for this routine now: every start, resume and other tab goes through it. */
  const access = computed(() => (routineId.value ? safety.routine(routineId.value) : null))
  const cautions = computed(() => safety.safety.cautions.map((c) => c.id))

  const routine = computed<Routine | null>(() => {
    const def = info.value
    const id = routineId.value
    const a = access.value
    if (!def || !id || !a) return null
    // Ice and heat are shorter under skin-check: the safety core decides the length, not the content file.
    if (isTimerId(id)) return simpleTimer(id, def.title, a.sessionMs ?? def.items[0]?.holdMs ?? 0)
    // Exercises the rules leave out for this person are not played; some are swapped for a seated version.
    return expandRoutine(adaptRoutine(def, a))
  })

  /** Why this routine may not start (or go on) now, or null. */
  const refusal = computed<Refusal | null>(() => access.value?.refusal ?? null)

  /** The checks to answer before each start: skin feeling under skin-check, clot signs under dvt-watch. */
  const preChecks = computed(() => access.value?.checks ?? [])

  const state = computed<RoutineState | null>(() => (routine.value && run.value ? stateAt(routine.value, run.value, now.value) : null))
  const active = computed(() => run.value?.status === 'active')
  const ended = computed(() => run.value !== null && run.value.status !== 'active')
  const running = computed(() => active.value && state.value !== null && !state.value.done)
  const paused = computed(() => state.value?.paused ?? false)
  const elapsedMs = computed(() => Math.round(state.value?.elapsedMs ?? 0))

  // ---------- the clock ----------
  let interval: ReturnType<typeof setInterval> | null = null
  function tick(): void {
    now.value = Date.now()
  }
  watch(
    active,
    (on) => {
      if (on && interval === null) interval = setInterval(tick, TICK_MS)
      if (!on && interval !== null) {
        clearInterval(interval)
        interval = null
      }
    },
    { immediate: true },
  )

  watch(running, (on) => app.setBusy(on), { immediate: true })

  // ---------- cues: one timeout to the next boundary ----------
  let boundaryTimer: ReturnType<typeof setTimeout> | null = null
  let cuedKey = ''

  function disarm(): void {
    if (boundaryTimer !== null) clearTimeout(boundaryTimer)
    boundaryTimer = null
    cues.cancelCountdown()
  }

  function cueNow(s: RoutineState): void {
    const r = routine.value
    const current = run.value
    if (!r || !current) return
    const key = `${current.id}:${s.done ? 'end' : s.stepIndex}`
    if (key === cuedKey) return
    cuedKey = key
    if (s.done) cues.cue(FINISHED_WORDS, 'end')
    else cues.cue(stepAnnouncement(r, s.stepIndex), 'step')
  }

  function arm(): void {
    disarm()
    const r = routine.value
    const current = run.value
    if (!r || !current || current.status !== 'active' || !isCueOwner.value) return
    const t = Date.now()
    const at = nextBoundaryAt(r, current, t)
    if (at === null) return
    const wait = Math.max(0, at - t)
    const due = performance.now() + wait
    cues.scheduleCountdown(wait)
    boundaryTimer = setTimeout(() => onBoundary(due), wait)
  }

  function onBoundary(duePerf: number): void {
    boundaryTimer = null
    const lateMs = performance.now() - duePerf
    tick()
    const s = state.value
    if (s && s.stepIndex >= 0 && run.value?.status === 'active') {
      const key = `${run.value.id}:${s.done ? 'end' : s.stepIndex}`
      if (key !== cuedKey) {
        boundaryLateness.value = [...boundaryLateness.value, lateMs]
        // The timing benchmark reads these lines; they cost nothing when the console is closed.
        console.debug(`[leg-care] boundary step=${s.stepIndex} done=${s.done} lateMs=${lateMs.toFixed(2)}`)
      }
      if (isCueOwner.value) cueNow(s)
    }
    arm()
  }

  // ---------- one tab gives cues ----------
  let lockAbort: AbortController | null = null
  let lockRelease: (() => void) | null = null

  function takeCueLock(): void {
    if (lockAbort || isCueOwner.value) return
    const locks = lockManager()
    if (!locks) {
      isCueOwner.value = true
      return
    }
    const abort = new AbortController()
    lockAbort = abort
    locks
      .request(CUE_LOCK, { signal: abort.signal }, () => {
        isCueOwner.value = true
        return new Promise<void>((release) => {
          lockRelease = release
        })
      })
      .catch(() => undefined)
  }

  function dropCueLock(): void {
    lockAbort?.abort()
    lockAbort = null
    lockRelease?.()
    lockRelease = null
    isCueOwner.value = false
  }

  watch(running, (on) => (on ? takeCueLock() : dropCueLock()))
  watch(isCueOwner, (owner) => {
    if (owner) arm()
    else disarm()
  })

  // ---------- the live region ----------
  // Separate sources, so the watcher runs when one of them changes, not on every tick of the clock.
  watch(
    [() => run.value?.id, () => state.value?.stepIndex, () => state.value?.done],
    (cur, prev) => {
      const s = state.value
      const r = routine.value
      if (!s || !r || !run.value || run.value.status !== 'active') return
      if (cur[0] !== prev[0]) return // a new or freshly loaded run announces itself
      if (s.done) announcement.value = FINISHED_WORDS
      else announcement.value = stepAnnouncement(r, s.stepIndex)
    },
  )

  // Finished by the clock: log it (once, even with two tabs open).
  watch(
    () => state.value?.done === true && run.value?.status === 'active',
    (isDone) => {
      if (isDone) void finish(true)
    },
  )

  // A run the rules no longer allow (a gate raised here or in another tab, a new check, a run resumed after a reload)
  // stops at once and is logged as stopped: nothing plays under a gate.
  watch(
    () => refusal.value !== null && run.value?.status === 'active',
    (forbidden) => {
      if (forbidden) void stop(run.value?.painAfter ?? null)
    },
  )

  // A hidden tab or a locked screen catches up on return, and says where it is.
  const visibility = useDocumentVisibility()
  watch(visibility, (v) => {
    if (v !== 'visible') return
    tick()
    const s = state.value
    if (routine.value && s && active.value) {
      announcement.value = welcomeBack(routine.value, s)
      arm()
    }
  })

  // ---------- storage and other tabs ----------
  let sub: Subscription | null = null

  function subscribe(): void {
    sub?.unsubscribe()
    sub = null
    const id = routineId.value
    if (!id) return
    const ownId = run.value?.id ?? null
    sub = liveQuery(async () => ({
      active: (await activeRun(id)) ?? null,
      own: ownId ? ((await getRun(ownId)) ?? null) : null,
    })).subscribe({
      next: ({ active: act, own }) => {
        const local = run.value
        if (local && own && own.id === local.id) {
          if (revision(own) >= revision(local)) adopt(own)
          return
        }
        if (!local && act) {
          adopt(act)
          tick()
          subscribe()
        }
      },
      error: (e: unknown) => storage.reportFailure(e),
    })
  }

  function adopt(next: RunRecord): void {
    const before = run.value
    run.value = next
    const changed =
      !before ||
      before.id !== next.id ||
      before.status !== next.status ||
      before.pauses.length !== next.pauses.length ||
      before.pauses.some((p, i) => p.until !== next.pauses[i]?.until) ||
      before.shifts.length !== next.shifts.length
    if (changed) {
      tick()
      if (next.status !== 'active') {
        logged.value = true
        disarm()
      } else {
        // Another tab skipped or went back: the cue tab says the new step (the same step is not said twice).
        const s = state.value
        if (s && isCueOwner.value && !s.paused) cueNow(s)
        arm()
      }
    }
  }

  /** Opens the player for a routine: picks up its active run, if any, where the clock says it is. */
  async function open(id: string): Promise<void> {
    if (routineId.value === id && sub) return
    close()
    routineId.value = id
    run.value = null
    logged.value = false
    announcement.value = ''
    loading.value = true
    tick()
    try {
      const found = (await activeRun(id)) ?? null
      if (routineId.value !== id) return
      if (found) {
        run.value = found
        tick()
        if (routine.value && state.value) announcement.value = welcomeBack(routine.value, state.value)
      }
    } catch (e) {
      storage.reportFailure(e)
    } finally {
      loading.value = false
    }
    subscribe()
    arm()
  }

  /** Leaves the player: the run (if any) keeps its place in storage and resumes on return. */
  function close(): void {
    sub?.unsubscribe()
    sub = null
    disarm()
    cues.silence()
    dropCueLock()
    app.setBusy(false)
    routineId.value = null
    run.value = null
    cuedKey = ''
  }

  /** Start tap: unlocks sound in this tap, saves the run, and cues the get-ready at once. */
  async function start(painBefore: number | null): Promise<void> {
    const id = routineId.value
    const r = routine.value
    if (!id || !r || active.value || refusal.value) return
    cues.unlock()
    const t = Date.now()
    const record: RunRecord = {
      id: newId(),
      routineId: id,
      ...startRun(t),
      status: 'active',
      endedAt: null,
      painBefore,
      painAfter: null,
    }
    run.value = record
    logged.value = false
    now.value = t
    const s = state.value
    if (s) {
      announcement.value = stepAnnouncement(r, s.stepIndex)
      // Spoken inside the tap: some browsers only allow speech that a tap started.
      cueNow(s)
    }
    takeCueLock()
    try {
      await saveRun(record)
    } catch (e) {
      storage.reportFailure(e)
    }
    subscribe()
    arm()
  }

  async function change(fn: (r: RunRecord, at: number) => RunRecord, cueAfter: boolean): Promise<void> {
    const current = run.value
    if (!current || current.status !== 'active') return
    const t = Date.now()
    run.value = fn(current, t)
    now.value = t
    const s = state.value
    if (cueAfter && s && isCueOwner.value) {
      cuedKey = ''
      cueNow(s)
    }
    arm()
    try {
      const saved = await updateRun(current.id, (stored) => fn(stored, t))
      if (saved && run.value && saved.id === run.value.id && revision(saved) >= revision(run.value)) adopt(saved)
    } catch (e) {
      storage.reportFailure(e)
    }
  }

  const pause = () => change((r, t) => pauseRun(r, t), false).then(() => cues.silence())
  const resume = () => {
    cues.unlock()
    return change((r, t) => resumeRun(r, t), false)
  }
  const skip = () => {
    const r = routine.value
    return r ? change((x, t) => skipRun(r, x, t), true) : Promise.resolve()
  }
  const back = () => {
    const r = routine.value
    return r ? change((x, t) => backRun(r, x, t), true) : Promise.resolve()
  }

  /**
   * Ends the run and logs its session in one transaction: completed when the clock reached the end, or
   * stopped. A finished routine is dated when it really ended, even if the app was closed at the time.
   */
  async function finish(completed: boolean, painAfter: number | null = null): Promise<void> {
    const current = run.value
    const r = routine.value
    if (!current || !r || current.status !== 'active') return
    const t = Date.now()
    const total = r.steps.reduce((sum, s) => sum + s.durationMs, 0)
    const endedAt = completed ? Math.min(t, t - (elapsedAt(current, t) - total)) : t
    const final: RunRecord = {
      ...current,
      status: completed ? 'done' : 'stopped',
      endedAt,
      painAfter: painAfter ?? current.painAfter,
    }
    const timeZone = deviceTimeZone()
    const id = current.routineId
    const session: SessionRecord = {
      id: newId(),
      routineId: id,
      kind: isTimerId(id) ? id : 'routine',
      startedAt: current.startedAt,
      endedAt,
      at: endedAt,
      timeZone,
      dayKey: dayKey(endedAt, timeZone),
      completed,
      painBefore: current.painBefore,
      painAfter: final.painAfter,
      runId: current.id,
    }
    run.value = final
    disarm()
    if (completed && isCueOwner.value) {
      const s = state.value
      if (s) cueNow({ ...s, done: true })
    } else cues.silence()
    announcement.value = completed ? FINISHED_WORDS : STOPPED_WORDS
    try {
      const out = await finishRun(final, session)
      if (out.outcome !== 'deleted' && run.value?.id === out.run.id) run.value = out.run
      logged.value = true
    } catch (e) {
      storage.reportFailure(e)
    }
  }

  /** Stop before the end (from the stop button or the "this hurts" check). */
  const stop = (painAfter: number | null = null) => finish(false, painAfter)

  /** Pain after a finished run, saved on the run and its session. */
  async function savePainAfter(score: number | null): Promise<boolean> {
    const current = run.value
    if (!current) return false
    run.value = { ...current, painAfter: score }
    try {
      await setPainAfter(current, score)
      return true
    } catch (e) {
      storage.reportFailure(e)
      return false
    }
  }

  /**
   * A yes in the "this hurts" check or the clot-sign check: stops the run (logged as stopped) and raises the
   * gate with the level triage gives those answers (never below urgent: any yes here means "get seen").
   * @returns true when the gate was raised
   */
  async function raiseFromCheck(findings: string[], source: Extract<GateSource, 'routine-check' | 'clot-check'>): Promise<boolean> {
    const raise = raiseFromAnswers(findings)
    if (!raise) return false
    if (active.value) await stop(run.value?.painAfter ?? null)
    await gate.raise({ ...raise, source })
    return true
  }

  /** Back to the start screen after a finished run, ready for another go. */
  function startOver(): void {
    disarm()
    run.value = null
    logged.value = false
    cuedKey = ''
    announcement.value = ''
    subscribe()
  }

  return {
    routineId,
    run,
    loading,
    now,
    announcement,
    countdown,
    isCueOwner,
    logged,
    boundaryLateness,
    info,
    text,
    cautions,
    access,
    refusal,
    preChecks,
    routine,
    state,
    active,
    ended,
    running,
    paused,
    elapsedMs,
    cuesSupport: { speech: cues.speechSupported, vibrate: cues.vibrateSupported, audio: cues.audioSupported },
    open,
    close,
    start,
    pause,
    resume,
    skip,
    back,
    stop,
    finish,
    savePainAfter,
    raiseFromCheck,
    startOver,
    tick,
  }
})
