import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, ref } from 'vue'
import { CLOCK_JUMP_MS, useRunClock, type ClockJump } from '../../src/composables/useRunClock'

const T0 = Date.UTC(2025, 2, 1, 9, 0, 0)
const H = 3_600_000

beforeEach(() => {
  // Date and performance move together, as on a device; setSystemTime moves Date alone, as a clock change does.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] })
  vi.setSystemTime(T0)
})
afterEach(() => {
  vi.useRealTimers()
})

function setVisibility(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true })
  document.dispatchEvent(new Event('visibilitychange'))
}

function start(running = ref(true)) {
  const jumps: ClockJump[] = []
  const scope = effectScope()
  const clock = scope.run(() => useRunClock({ intervalMs: 200, running, onJump: (j) => jumps.push(j) }))!
  return { clock, jumps, scope, running }
}

describe('useRunClock', () => {
  afterEach(() => setVisibility('visible'))

  it('reads the device clock’s time while nothing jumps, and keeps `now` current while running', () => {
    const { clock, jumps, scope } = start()
    expect(clock.read()).toBe(T0)
    vi.advanceTimersByTime(1000)
    expect(clock.now.value).toBe(T0 + 1000)
    expect(clock.read()).toBe(Date.now())
    expect(jumps).toEqual([])
    scope.stop()
  })

  it('never steps back when the device clock is put back: it reports the jump as a correction, then follows', () => {
    const { clock, jumps, scope } = start()
    vi.advanceTimersByTime(5000)
    vi.setSystemTime(Date.now() - H)
    const t = clock.read()
    expect(jumps).toEqual([{ deltaMs: -H, isCorrection: true }])
    expect(t).toBe(T0 + 5000 - H)
    vi.advanceTimersByTime(1000)
    expect(clock.read()).toBe(T0 + 6000 - H)
    expect(jumps).toHaveLength(1)
    scope.stop()
  })

  it('a step forward while the page stays on screen is a correction; after the page was hidden it is time that passed', () => {
    const { clock, jumps, scope } = start()
    vi.advanceTimersByTime(1000)
    vi.setSystemTime(Date.now() + H)
    clock.read()
    expect(jumps.at(-1)).toEqual({ deltaMs: H, isCorrection: true })
    setVisibility('hidden')
    vi.setSystemTime(Date.now() + 2 * H) // a phone asleep: the wall clock runs on, the monotonic one does not
    setVisibility('visible')
    clock.read()
    expect(jumps.at(-1)).toEqual({ deltaMs: 2 * H, isCorrection: false })
    scope.stop()
  })

  it('ignores drift under the threshold', () => {
    const { clock, jumps, scope } = start()
    vi.setSystemTime(Date.now() + CLOCK_JUMP_MS - 1)
    clock.read()
    expect(jumps).toEqual([])
    scope.stop()
  })

  it('stops ticking when not running and when its scope is disposed', () => {
    const running = ref(true)
    const { clock, scope } = start(running)
    vi.advanceTimersByTime(400)
    expect(clock.now.value).toBe(T0 + 400)
    running.value = false
    return Promise.resolve().then(() => {
      vi.advanceTimersByTime(1000)
      expect(clock.now.value).toBe(T0 + 400)
      running.value = true
      return Promise.resolve().then(() => {
        vi.advanceTimersByTime(200)
        expect(clock.now.value).toBe(T0 + 1600)
        scope.stop()
        vi.advanceTimersByTime(1000)
        expect(clock.now.value).toBe(T0 + 1600)
        expect(vi.getTimerCount()).toBe(0)
      })
    })
  })
})
