import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, ref } from 'vue'

// The cues themselves (audio, speech, vibration) are the browser's; here only which cue is asked for, and when.
const cue = vi.fn()
vi.mock('../../src/composables/useCues', () => ({
  useCues: () => ({
    unlock: () => undefined,
    cue,
    scheduleCountdown: () => undefined,
    cancelCountdown: () => undefined,
    silence: () => undefined,
  }),
}))

import { useRunCues } from '../../src/composables/useRunCues'
import type { RunRecord } from '../../src/domain/records'
import { expandRoutine } from '../../src/domain/routine'
import { newRun } from '../../src/domain/runRecord'

const routine = expandRoutine({ id: 't', title: 'Test', getReadyMs: 5_000, items: [{ kind: 'timer', name: 'Hold it', holdMs: 30_000 }] })

afterEach(() => {
  cue.mockReset()
  vi.useRealTimers()
})

describe('useRunCues', () => {
  it('armed late, after a boundary it was timing (a slow save), says the step it missed at once, and only once', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const t0 = Date.now()
    const run = ref<RunRecord | null>(newRun('r1', 't', t0, null))
    const scope = effectScope()
    const cues = scope.run(() =>
      useRunCues({
        lockName: 'test-cues',
        switches: { voice: true, beep: true, vibration: true },
        countdown: false,
        routine,
        run,
        running: true,
        read: () => Date.now(),
        tick: () => undefined,
      }),
    )!
    cues.take() // no Web Locks here: this tab leads at once
    const getReady = routine.steps[0]!
    cues.say({ stepIndex: 0, paused: false, done: false } as never) // the Start tap says "get ready"
    expect(cue).toHaveBeenCalledTimes(1)
    // The save took longer than the get-ready step: the clock is past the boundary when the timer is first armed.
    vi.setSystemTime(t0 + getReady.durationMs + 2_000)
    cues.arm()
    expect(cue).toHaveBeenCalledTimes(2)
    expect(cue.mock.calls[1]![0]).toMatch(/Hold it/)
    cues.arm()
    expect(cue).toHaveBeenCalledTimes(2)
    // The next boundary (the end) still comes from the one timeout.
    vi.advanceTimersByTime(30_000)
    expect(cue).toHaveBeenCalledTimes(3)
    scope.stop()
  })
})
