import { getCurrentScope, onScopeDispose, readonly, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'

/*
 * The clock of running timers. The screens' clock is useNow (./useNow.ts): it follows the device clock at once,
 * which is what a date on screen needs. A running timer needs a count that never steps, so it reads this one. It
 * lives in its own module so the first screen, which runs no timer, does not load it.
 */

/** How far the device clock must move against the monotonic clock between two readings to count as a jump (ms). */
export const CLOCK_JUMP_MS = 1000

/** A step of the device clock, seen by {@link useRunClock}. */
export interface ClockJump {
  /** How far the device clock moved against real time (ms): negative when it was put back. */
  deltaMs: number
  /**
   * True when the jump is a change of the clock, not time that passed: always when it went back (real time never
   * does); forward only when the page stayed visible and its timer kept running since the last reading (a phone
   * asleep in a pocket stops the monotonic clock but not the wall clock: that jump is real time, and counts).
   */
  isCorrection: boolean
}

/**
 * How often the screen re-reads the clock while a run is going (ms), unless `intervalMs` says otherwise. The clock,
 * not the ticks, is the truth.
 */
export const TICK_MS = 200

export interface UseRunClockOptions {
  /** How often `now` is read while `running` (ms); TICK_MS unless given. */
  intervalMs?: number
  /** Whether `now` is kept current (the clock can be read at any time). */
  running?: MaybeRefOrGetter<boolean>
  /** Called on each jump, before the reading that saw it returns: move stored instants by `deltaMs` here. */
  onJump?: (jump: ClockJump) => void
}

/**
 * The clock of a running timer: epoch ms that never step. Between readings it is the monotonic clock
 * (performance.timeOrigin + performance.now(), which a change of the device clock does not move); at each reading it
 * compares itself with the device clock (Date.now()) and, when they have drifted apart by more than
 * {@link CLOCK_JUMP_MS}, reports the jump to `onJump` and follows the device clock from then on. Instants it gives
 * are on the device clock's scale, so they can be stored and read by other tabs and after a reload.
 */
export function useRunClock(options: UseRunClockOptions = {}) {
  const { intervalMs = TICK_MS, onJump } = options
  const mono = (): number => performance.timeOrigin + performance.now()
  let offset = Date.now() - mono()
  let lastMono = mono()
  let hiddenSince = typeof document !== 'undefined' && document.visibilityState === 'hidden'
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') hiddenSince = true
  }
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibility)

  /** Reads the clock (epoch ms), reporting a jump of the device clock first if there was one. */
  function read(): number {
    const m = mono()
    const drift = Date.now() - (m + offset)
    if (Math.abs(drift) > CLOCK_JUMP_MS) {
      const steady = !hiddenSince && m - lastMono < 5 * intervalMs + CLOCK_JUMP_MS
      offset += drift
      onJump?.({ deltaMs: drift, isCorrection: drift < 0 || steady })
    }
    lastMono = m
    hiddenSince = typeof document !== 'undefined' && document.visibilityState === 'hidden'
    return m + offset
  }

  const now = shallowRef(read())
  const tick = (): void => {
    now.value = read()
  }
  let timer: ReturnType<typeof setInterval> | null = null
  const stop = (): void => {
    if (timer !== null) clearInterval(timer)
    timer = null
  }
  watch(
    () => toValue(options.running ?? true),
    (on) => {
      if (on && timer === null) timer = setInterval(tick, intervalMs)
      if (!on) stop()
    },
    { immediate: true },
  )
  if (getCurrentScope()) {
    onScopeDispose(() => {
      stop()
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibility)
    })
  }
  return { now: readonly(now), read, tick }
}
