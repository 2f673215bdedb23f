// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { getRoutine } from '../../src/content/routines'
import { playableRoutine } from '../../src/domain/playable'
import type { RunRecord } from '../../src/domain/records'
import { completedAt, elapsedAt, expandRoutine, pause, resume, simpleTimer, skip, stateAt, totalMsOf } from '../../src/domain/routine'
import { endRun, futureSkewMs, newRun, rebaseRun } from '../../src/domain/runRecord'

const T0 = Date.UTC(2025, 4, 6, 9, 0, 0)
const H = 3_600_000

describe('newRun', () => {
  it('is active, unpaused, never moved by the clock', () => {
    expect(newRun('r1', 'calf-stretch', T0, 4)).toEqual({
      id: 'r1', routineId: 'calf-stretch', startedAt: T0, pauses: [], shifts: [], status: 'active', endedAt: null,
      painBefore: 4, painAfter: null, clockEpoch: 0,
    })
  })
})

describe('endRun', () => {
  const run = newRun('r1', 'calf-stretch', T0, 4)

  it('ends the run and builds its session, dated when it ended, on the local day of that zone', () => {
    const out = endRun(run, { endedAt: T0 + 95_000, completed: true, painAfter: 2, timeZone: 'Asia/Tokyo', sessionId: 's1' })
    expect(out.run).toMatchObject({ status: 'done', endedAt: T0 + 95_000, painAfter: 2 })
    expect(out.run.stoppedBy).toBeUndefined()
    expect(out.session).toEqual({
      id: 's1', routineId: 'calf-stretch', kind: 'routine', startedAt: T0, endedAt: T0 + 95_000, at: T0 + 95_000,
      timeZone: 'Asia/Tokyo', dayKey: '2025-05-06', completed: true, painBefore: 4, painAfter: 2, runId: 'r1',
    })
  })

  it('a stop by a warning sign says so; a timer logs its own kind; no pain given keeps the run’s own', () => {
    const ice = { ...newRun('r2', 'ice', T0, null), painAfter: 3 }
    const out = endRun(ice, { endedAt: T0 + 1000, completed: false, painAfter: null, timeZone: 'UTC', sessionId: 's2', stoppedBy: 'gate' })
    expect(out.run).toMatchObject({ status: 'stopped', stoppedBy: 'gate', painAfter: 3 })
    expect(out.session).toMatchObject({ kind: 'ice', completed: false, painAfter: 3 })
  })

  it('never ends before it started, whatever the device clock says', () => {
    const out = endRun(run, { endedAt: T0 - H, completed: false, painAfter: null, timeZone: 'UTC', sessionId: 's3' })
    expect(out.run.endedAt).toBe(T0)
    expect(out.session.endedAt).toBeGreaterThanOrEqual(out.session.startedAt)
  })
})

describe('completedAt', () => {
  const routine = simpleTimer('ice', 'Ice', 10 * 60_000)
  it('a run that reached its end while the app was closed is dated at its real end', () => {
    const run = pause(newRun('r', 'ice', T0, null), T0 + 60_000)
    const resumed = resume(run, T0 + 120_000)
    // 10 min of ice, with a 1 min pause: it really ended at 11 min.
    expect(completedAt(routine, resumed, T0 + 3 * H)).toBe(T0 + 11 * 60_000)
    expect(completedAt(routine, resumed, T0 + 11 * 60_000)).toBe(T0 + 11 * 60_000)
  })
})

describe('rebaseRun', () => {
  const routine = expandRoutine(getRoutine('hamstring-stretch')!)

  it('keeps the time into the routine across a clock jump, and counts the move', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -48 * H, max: 48 * H }),
        fc.integer({ min: 0, max: 20 * 60_000 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 })), { maxLength: 4 }),
        fc.boolean(),
        (delta, into, gaps, skipOnce) => {
          let run: RunRecord = newRun('r', 'hamstring-stretch', T0, null)
          let t = T0
          for (const [play, rest] of gaps) {
            t += play
            run = pause(run, t)
            t += rest
            run = resume(run, t)
          }
          if (skipOnce) run = skip(routine, run, t)
          const now = t + into
          const moved = rebaseRun(run, delta)
          expect(elapsedAt(moved, now + delta)).toBe(elapsedAt(run, now))
          expect(stateAt(routine, moved, now + delta).stepIndex).toBe(stateAt(routine, run, now).stepIndex)
          expect(moved.clockEpoch).toBe(1)
          expect(rebaseRun(moved, -delta).startedAt).toBe(run.startedAt)
        },
      ),
    )
  })

  it('moves an open pause’s start and leaves it open', () => {
    const run = pause(newRun('r', 'x', T0, null), T0 + 5000)
    expect(rebaseRun(run, -H).pauses).toEqual([{ at: T0 + 5000 - H, until: null }])
  })
})

describe('futureSkewMs', () => {
  it('is 0 for a run in the past, and moves a run from the future back to now', () => {
    const run = resume(pause(newRun('r', 'x', T0, null), T0 + 5000), T0 + 9000)
    expect(futureSkewMs(run, T0 + 10_000)).toBe(0)
    expect(futureSkewMs(run, T0 + 9000)).toBe(0)
    // The clock was put back 2 h while no tab was open: the latest instant it holds becomes now.
    expect(futureSkewMs(run, T0 + 9000 - 2 * H)).toBe(-2 * H)
  })
})

describe('playableRoutine', () => {
  it('plays a timer as one step of the length the cautions allow', () => {
    const ice = getRoutine('ice')!
    const r = playableRoutine(ice, { id: 'ice', hidden: [], sessionMs: 10 * 60_000 })
    expect(r.steps).toHaveLength(1)
    expect(totalMsOf(r)).toBe(10 * 60_000)
  })

  it('leaves out the exercises hidden for this person, and swaps in the seated version where there is one', () => {
    const def = getRoutine('hamstring-stretch')!
    const first = def.items[0]!.exerciseId!
    const all = playableRoutine(def, { id: def.id, hidden: [], sessionMs: null })
    const without = playableRoutine(def, { id: def.id, hidden: [{ exerciseId: first, because: 'hip' }], sessionMs: null })
    expect(without.steps.some((s) => s.exerciseId === first)).toBe(false)
    expect(totalMsOf(without)).toBeLessThan(totalMsOf(all))
    const swapped = playableRoutine(def, { id: def.id, hidden: [{ exerciseId: first, because: 'hip', swappedFor: { id: 'hamstring-seated', name: 'Seated' } }], sessionMs: null })
    expect(swapped.steps.some((s) => s.exerciseId === 'hamstring-seated')).toBe(true)
  })
})
