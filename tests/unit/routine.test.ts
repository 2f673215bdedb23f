// @vitest-environment node
// The routine engine (src/domain/routine.ts): expansion, where a run is at any instant, pause/resume/skip/back,
// the end, and the instant of the next step change. Everything is derived from timestamps (architecture.md,
// convention 3), so every check is at an exact instant, with ±1 ms either side of each boundary.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BACK_GRACE_MS,
  DEFAULT_BETWEEN_MS,
  DEFAULT_GET_READY_MS,
  back,
  elapsedAt,
  expandRoutine,
  isPaused,
  nextBoundaryAt,
  pause,
  resume,
  simpleTimer,
  skip,
  startRun,
  stateAt,
  totalMsOf,
  type Routine,
  type RoutineDef,
  type Run,
  type Step,
} from '../../src/domain/routine'
import { getRoutine } from '../../src/content/routines'

const S = 1000
const T0 = Date.UTC(2025, 4, 6, 9, 0, 0)
const HOUR = 3_600_000

/** A small routine with every kind of step: get-ready, alternating holds with rests, reps, a timer. */
const DEF: RoutineDef = {
  id: 'test',
  title: 'Test',
  getReadyMs: 3 * S,
  betweenMs: 4 * S,
  items: [
    { exerciseId: 'a', name: 'A', sides: 'both', reps: 2, holdMs: 10 * S, restMs: 2 * S },
    { kind: 'reps', exerciseId: 'b', name: 'B', sides: 'none', reps: 2, count: 5, holdMs: 6 * S },
    { kind: 'timer', name: 'C', holdMs: 20 * S },
  ],
}
const R = expandRoutine(DEF)

function routineOf(id: string): Routine {
  const def = getRoutine(id)
  if (!def) throw new Error(`no routine ${id}`)
  return expandRoutine(def)
}

function at(routine: Routine, i: number): Step {
  const s = routine.steps[i]
  if (!s) throw new Error(`no step ${i}`)
  return s
}

/** The start and end instants of step i for a run started at T0 with no pauses or shifts. */
const startOf = (routine: Routine, i: number) => T0 + at(routine, i).startMs
const endOf = (routine: Routine, i: number) => T0 + at(routine, i).startMs + at(routine, i).durationMs

const brief = (s: Step) => [s.kind, s.side, s.rep, s.reps, s.durationMs]

describe('expandRoutine', () => {
  it('lays out get-ready, alternating sides with rests, the between rest, reps and the timer, back to back', () => {
    expect(R.steps.map(brief)).toEqual([
      ['get-ready', null, 1, 1, 3 * S],
      ['hold', 'left', 1, 2, 10 * S],
      ['rest', 'right', 1, 2, 2 * S],
      ['hold', 'right', 1, 2, 10 * S],
      ['rest', 'left', 2, 2, 2 * S],
      ['hold', 'left', 2, 2, 10 * S],
      ['rest', 'right', 2, 2, 2 * S],
      ['hold', 'right', 2, 2, 10 * S],
      ['rest', null, 1, 2, 4 * S],
      // B has no rest of its own: the zero-length rest between its reps is dropped.
      ['reps', null, 1, 2, 6 * S],
      ['reps', null, 2, 2, 6 * S],
      ['rest', null, 1, 1, 4 * S],
      ['timer', null, 1, 1, 20 * S],
    ])
    let startMs = 0
    for (const s of R.steps) {
      expect(s.startMs).toBe(startMs)
      expect(s.durationMs).toBeGreaterThan(0)
      startMs += s.durationMs
    }
    expect(totalMsOf(R)).toBe(startMs)
    // 3 get-ready + 4 holds × 10 + 3 rests × 2 + 4 between + 2 × 6 reps + 4 between + 20 timer = 89 s
    expect(totalMsOf(R)).toBe(89 * S)
  })

  it('labels steps in plain words and carries the exercise id and count', () => {
    expect(at(R, 0).label).toBe('Get ready: A')
    expect(at(R, 0).exerciseId).toBeUndefined()
    expect(at(R, 1)).toMatchObject({ exerciseId: 'a', label: 'A' })
    expect(at(R, 1).count).toBeUndefined()
    expect(at(R, 2).label).toBe('Rest. Next: right leg')
    expect(at(R, 2).exerciseId).toBeUndefined()
    expect(at(R, 8).label).toBe('Next: B')
    expect(at(R, 9)).toMatchObject({ exerciseId: 'b', count: 5, label: 'B: 5 times' })
    expect(at(R, 12)).toMatchObject({ kind: 'timer', label: 'C' })
    expect(at(R, 12).exerciseId).toBeUndefined()
  })

  it('every rest, between reps or between exercises, names the side and rep that come next', () => {
    const all = [R, ...['hamstring-stretch', 'calf-stretch', 'cramp-relief', 'sciatica-relief', 'sitting-relief', 'travel-circulation'].map(routineOf)]
    for (const r of all) {
      r.steps.forEach((s, i) => {
        if (s.kind !== 'rest') return
        const next = at(r, i + 1)
        expect([s.side, s.rep, s.reps], `${r.id} step ${i}`).toEqual(next.kind === 'timer' ? [null, 1, 1] : [next.side, next.rep, next.reps])
      })
    }
  })

  it("plays every rep on the left first with order 'one-side-first'", () => {
    const r = expandRoutine({
      id: 'x',
      title: 'X',
      getReadyMs: 0,
      items: [{ name: 'A', sides: 'both', reps: 3, holdMs: 5 * S, restMs: S, order: 'one-side-first' }],
    })
    expect(r.steps.filter((s) => s.kind === 'hold').map((s) => [s.side, s.rep])).toEqual([
      ['left', 1],
      ['left', 2],
      ['left', 3],
      ['right', 1],
      ['right', 2],
      ['right', 3],
    ])
    // A rest between every two holds, including the change of side; the rest names what comes next.
    expect(r.steps.map((s) => s.kind)).toEqual(['hold', 'rest', 'hold', 'rest', 'hold', 'rest', 'hold', 'rest', 'hold', 'rest', 'hold'])
    expect(r.steps[5]).toMatchObject({ kind: 'rest', side: 'right', rep: 1, label: 'Rest. Next: right leg' })
    expect(totalMsOf(r)).toBe(6 * 5 * S + 5 * S)
  })

  it('uses the defaults: 5 s get-ready, 10 s between items, one rep, no sides, alternate order', () => {
    const r = expandRoutine({
      id: 'x',
      title: 'X',
      items: [
        { name: 'A', holdMs: 7 * S },
        { name: 'B', sides: 'right', reps: 2, holdMs: 3 * S },
      ],
    })
    expect(r.getReadyMs).toBe(DEFAULT_GET_READY_MS)
    expect(r.steps.map(brief)).toEqual([
      ['get-ready', null, 1, 1, DEFAULT_GET_READY_MS],
      ['hold', null, 1, 1, 7 * S],
      ['rest', 'right', 1, 2, DEFAULT_BETWEEN_MS],
      ['hold', 'right', 1, 2, 3 * S],
      ['hold', 'right', 2, 2, 3 * S],
    ])
    expect(at(r, 2).label).toBe('Next: B')
  })

  it('treats a fractional or zero rep count as a whole number of at least 1', () => {
    const r = expandRoutine({ id: 'x', title: 'X', getReadyMs: 0, items: [{ name: 'A', reps: 0, holdMs: S }, { name: 'B', reps: 2.7, holdMs: S }] })
    expect(r.steps.filter((s) => s.kind === 'hold').map((s) => [s.rep, s.reps])).toEqual([
      [1, 1],
      [1, 2],
      [2, 2],
    ])
  })

  it('gives an empty routine only a get-ready (or nothing)', () => {
    expect(expandRoutine({ id: 'x', title: 'X', items: [] }).steps.map((s) => s.label)).toEqual(['Get ready'])
    const empty = expandRoutine({ id: 'x', title: 'X', getReadyMs: 0, items: [] })
    expect(empty.steps).toEqual([])
    expect(totalMsOf(empty)).toBe(0)
    const s = stateAt(empty, startRun(T0), T0)
    expect(s).toMatchObject({ stepIndex: -1, step: null, nextStep: null, done: true, elapsedMs: 0, totalMs: 0 })
    expect(nextBoundaryAt(empty, startRun(T0), T0)).toBeNull()
    expect(skip(empty, startRun(T0), T0).shifts).toEqual([])
    expect(back(empty, startRun(T0), T0).shifts).toEqual([])
  })

  it('simpleTimer is one timer step with no get-ready', () => {
    const t = simpleTimer('ice', 'Ice', 15 * 60 * S)
    expect(t).toMatchObject({ id: 'ice', title: 'Ice', getReadyMs: 0 })
    expect(t.steps).toEqual([{ kind: 'timer', side: null, rep: 1, reps: 1, durationMs: 15 * 60 * S, startMs: 0, label: 'Ice' }])
    expect(totalMsOf(t)).toBe(15 * 60 * S)
  })

  it('expands hamstring-stretch: get-ready, 2 alternating holds per side, between rest, 1 seated hold per side = 235 s', () => {
    const r = routineOf('hamstring-stretch')
    expect(r.steps.map((s) => [s.kind, s.exerciseId ?? null, s.side])).toEqual([
      ['get-ready', null, null],
      ['hold', 'hamstring-lying-towel', 'left'],
      ['rest', null, 'right'],
      ['hold', 'hamstring-lying-towel', 'right'],
      ['rest', null, 'left'],
      ['hold', 'hamstring-lying-towel', 'left'],
      ['rest', null, 'right'],
      ['hold', 'hamstring-lying-towel', 'right'],
      ['rest', null, 'left'],
      ['hold', 'hamstring-seated', 'left'],
      ['rest', null, 'right'],
      ['hold', 'hamstring-seated', 'right'],
    ])
    // 5 s get-ready + 6 holds × 30 s + 4 rests × 10 s between reps and sides + 10 s between the two stretches.
    expect(totalMsOf(r)).toBe(5 * S + 6 * 30 * S + 4 * 10 * S + 10 * S)
    expect(totalMsOf(r)).toBe(235 * S)
  })

  it('expands calf-stretch: 2 straight-knee and 2 bent-knee holds per side = 315 s', () => {
    const r = routineOf('calf-stretch')
    expect(r.steps).toHaveLength(1 + 7 + 1 + 7)
    expect(r.steps.filter((s) => s.kind === 'hold').map((s) => `${s.exerciseId}:${s.side}:${s.rep}`)).toEqual([
      'calf-wall-straight:left:1',
      'calf-wall-straight:right:1',
      'calf-wall-straight:left:2',
      'calf-wall-straight:right:2',
      'calf-wall-bent:left:1',
      'calf-wall-bent:right:1',
      'calf-wall-bent:left:2',
      'calf-wall-bent:right:2',
    ])
    expect(totalMsOf(r)).toBe(5 * S + 8 * 30 * S + 6 * 10 * S + 10 * S)
    expect(totalMsOf(r)).toBe(315 * S)
  })
})

describe('stateAt', () => {
  const run = startRun(T0)

  it('starts at the get-ready step', () => {
    expect(stateAt(R, run, T0)).toEqual({
      stepIndex: 0,
      step: at(R, 0),
      nextStep: at(R, 1),
      timeLeftMs: 3 * S,
      stepElapsedMs: 0,
      elapsedMs: 0,
      totalMs: 89 * S,
      done: false,
      paused: false,
    })
  })

  it('treats an instant before the start as the start', () => {
    expect(stateAt(R, run, T0 - 5 * S)).toMatchObject({ stepIndex: 0, elapsedMs: 0, stepElapsedMs: 0, timeLeftMs: 3 * S })
    expect(nextBoundaryAt(R, run, T0 - 5 * S)).toBe(endOf(R, 0))
  })

  it('changes step exactly at each boundary (steps are [start, end)), ±1 ms', () => {
    for (let i = 1; i < R.steps.length; i++) {
      const b = startOf(R, i)
      const before = stateAt(R, run, b - 1)
      expect(before).toMatchObject({ stepIndex: i - 1, timeLeftMs: 1, stepElapsedMs: at(R, i - 1).durationMs - 1, elapsedMs: b - 1 - T0 })
      expect(before.nextStep).toBe(at(R, i))
      const on = stateAt(R, run, b)
      expect(on).toMatchObject({ stepIndex: i, timeLeftMs: at(R, i).durationMs, stepElapsedMs: 0, elapsedMs: b - T0, done: false })
      expect(on.step).toBe(at(R, i))
      expect(on.nextStep).toBe(R.steps[i + 1] ?? null)
      const after = stateAt(R, run, b + 1)
      expect(after).toMatchObject({ stepIndex: i, timeLeftMs: at(R, i).durationMs - 1, stepElapsedMs: 1 })
    }
  })

  it('is done exactly at the end, not 1 ms before', () => {
    const end = T0 + totalMsOf(R)
    const last = R.steps.length - 1
    expect(stateAt(R, run, end - 1)).toMatchObject({ stepIndex: last, done: false, timeLeftMs: 1, nextStep: null })
    for (const t of [end, end + 1, end + 10 * S]) {
      const s = stateAt(R, run, t)
      expect(s).toMatchObject({ stepIndex: last, done: true, timeLeftMs: 0, elapsedMs: totalMsOf(R), nextStep: null })
      expect(s.step).toBe(at(R, last))
      expect(s.stepElapsedMs).toBe(at(R, last).durationMs)
      expect(nextBoundaryAt(R, run, t)).toBeNull()
    }
  })

  it('a run picked up hours later is done, with elapsed equal to the total', () => {
    const s = stateAt(R, run, T0 + 7 * HOUR)
    expect(s).toMatchObject({ done: true, elapsedMs: totalMsOf(R), timeLeftMs: 0, paused: false })
    expect(elapsedAt(run, T0 + 7 * HOUR, totalMsOf(R))).toBe(totalMsOf(R))
    expect(elapsedAt(run, T0 + 7 * HOUR)).toBe(7 * HOUR)
  })

  it('works on the real routines at every boundary', () => {
    const r = routineOf('calf-stretch')
    for (let i = 0; i < r.steps.length; i++) {
      expect(stateAt(r, run, startOf(r, i)).stepIndex).toBe(i)
      expect(stateAt(r, run, endOf(r, i) - 1).stepIndex).toBe(i)
    }
    expect(stateAt(r, run, T0 + 315 * S).done).toBe(true)
  })
})

describe('pause and resume', () => {
  it('an open pause freezes elapsed, however long it lasts', () => {
    const p = pause(startRun(T0), T0 + 12_345)
    expect(isPaused(p)).toBe(true)
    for (const t of [T0 + 12_345, T0 + 12_346, T0 + 60 * S, T0 + 5 * HOUR]) {
      const s = stateAt(R, p, t)
      expect(s.elapsedMs).toBe(12_345)
      expect(s.paused).toBe(true)
      expect(s.done).toBe(false)
      expect(nextBoundaryAt(R, p, t)).toBeNull()
    }
  })

  it('a run paused for hours resumes at exactly the same point', () => {
    const p = pause(startRun(T0), T0 + 12_345)
    const before = stateAt(R, p, T0 + 12_345)
    const resumedAt = T0 + 12_345 + 9 * HOUR
    const r = resume(p, resumedAt)
    expect(isPaused(r)).toBe(false)
    const after = stateAt(R, r, resumedAt)
    expect({ ...after, paused: true }).toEqual(before)
    expect(stateAt(R, r, resumedAt + 1).elapsedMs).toBe(12_346)
    expect(nextBoundaryAt(R, r, resumedAt)).toBe(resumedAt + before.timeLeftMs)
  })

  it('several closed pauses subtract exactly', () => {
    let run = startRun(T0)
    run = pause(run, T0 + 1_000)
    run = resume(run, T0 + 4_000) // 3 000
    run = pause(run, T0 + 10_000)
    run = resume(run, T0 + 10_001) // 1
    run = pause(run, T0 + 20_000)
    run = resume(run, T0 + 20_000 + HOUR) // 1 h
    expect(run.pauses).toEqual([
      { at: T0 + 1_000, until: T0 + 4_000 },
      { at: T0 + 10_000, until: T0 + 10_001 },
      { at: T0 + 20_000, until: T0 + 20_000 + HOUR },
    ])
    expect(elapsedAt(run, T0 + 2_000)).toBe(1_000) // inside the first pause
    expect(elapsedAt(run, T0 + 4_000)).toBe(1_000)
    expect(elapsedAt(run, T0 + 10_000)).toBe(10_000 - 3_000)
    expect(elapsedAt(run, T0 + 10_001)).toBe(10_001 - 3_001)
    expect(elapsedAt(run, T0 + 30_000 + HOUR)).toBe(30_000 - 3_001)
    expect(stateAt(R, run, T0 + 30_000 + HOUR).elapsedMs).toBe(26_999)
  })

  it('pausing a paused run and resuming a running run change nothing', () => {
    const p = pause(startRun(T0), T0 + 5 * S)
    const pp = pause(p, T0 + 8 * S)
    expect(pp).toEqual(p)
    expect(pp).not.toBe(p)
    expect(stateAt(R, pp, T0 + 20 * S).elapsedMs).toBe(5 * S)

    const running = resume(p, T0 + 9 * S)
    const again = resume(running, T0 + 30 * S)
    expect(again).toEqual(running)
    expect(stateAt(R, again, T0 + 30 * S).elapsedMs).toBe(26 * S)
    expect(resume(startRun(T0), T0 + S)).toEqual(startRun(T0))
  })

  it('never changes the run it is given', () => {
    const run = startRun(T0)
    const frozen = JSON.stringify(run)
    pause(run, T0 + S)
    resume(pause(run, T0 + S), T0 + 2 * S)
    skip(R, run, T0 + S)
    back(R, run, T0 + S)
    expect(JSON.stringify(run)).toBe(frozen)
  })

  it('keeps the other fields of a stored run record', () => {
    const rec = { ...startRun(T0), id: 'r1', routineId: 'test' }
    expect(pause(rec, T0 + S)).toMatchObject({ id: 'r1', routineId: 'test' })
    expect(skip(R, rec, T0 + S)).toMatchObject({ id: 'r1', routineId: 'test' })
  })

  it('overlapping or pre-start pauses in a stored run never count time twice', () => {
    const run: Run = {
      startedAt: T0,
      pauses: [
        { at: T0 - 5 * S, until: T0 + S }, // only the 1 s after the start counts
        { at: T0 + 3 * S, until: T0 + 8 * S },
        { at: T0 + 6 * S, until: T0 + 10 * S }, // overlaps the one before: 3..10 s is 7 s, not 9
      ],
      shifts: [],
    }
    expect(elapsedAt(run, T0 + 20 * S)).toBe(20 * S - S - 7 * S)
    expect(elapsedAt(run, T0 + 7 * S)).toBe(2 * S)
  })

  it('a resume stamped before its pause (clock moved back) counts no paused time', () => {
    const run = resume(pause(startRun(T0), T0 + 10 * S), T0 + 5 * S)
    expect(run.pauses).toEqual([{ at: T0 + 10 * S, until: T0 + 10 * S }])
    expect(elapsedAt(run, T0 + 20 * S)).toBe(20 * S)
  })
})

describe('skip', () => {
  it('from mid-step goes to the start of the next step', () => {
    const run = startRun(T0)
    const t = startOf(R, 1) + 4_321
    const s = skip(R, run, t)
    expect(stateAt(R, s, t)).toMatchObject({ stepIndex: 2, stepElapsedMs: 0, elapsedMs: at(R, 2).startMs })
    expect(stateAt(R, s, t + 1).elapsedMs).toBe(at(R, 2).startMs + 1)
    expect(nextBoundaryAt(R, s, t)).toBe(t + at(R, 2).durationMs)
  })

  it('from the very start of a step still goes to the next one', () => {
    const s = skip(R, startRun(T0), T0)
    expect(stateAt(R, s, T0).stepIndex).toBe(1)
  })

  it('at the last step ends the run', () => {
    const last = R.steps.length - 1
    const t = startOf(R, last) + 5 * S
    const s = skip(R, startRun(T0), t)
    expect(stateAt(R, s, t)).toMatchObject({ done: true, stepIndex: last, elapsedMs: totalMsOf(R), timeLeftMs: 0 })
    expect(nextBoundaryAt(R, s, t)).toBeNull()
  })

  it('once done changes nothing', () => {
    const t = T0 + 2 * HOUR
    const s = skip(R, startRun(T0), t)
    expect(s.shifts).toEqual([])
    expect(stateAt(R, s, t).done).toBe(true)
  })

  it('while paused moves the run and keeps it paused at the new point', () => {
    const p = pause(startRun(T0), startOf(R, 1) + 2 * S)
    const t = startOf(R, 1) + 30 * S
    const s = skip(R, p, t)
    expect(isPaused(s)).toBe(true)
    expect(stateAt(R, s, t)).toMatchObject({ stepIndex: 2, stepElapsedMs: 0, paused: true })
    expect(stateAt(R, s, t + HOUR)).toMatchObject({ stepIndex: 2, stepElapsedMs: 0 })
    const r = resume(s, t + HOUR)
    expect(stateAt(R, r, t + HOUR + 500)).toMatchObject({ stepIndex: 2, stepElapsedMs: 500, paused: false })
  })

  it('every skip in a row lands on the next step until the end', () => {
    let run = startRun(T0)
    let t = T0
    for (let i = 1; i < R.steps.length; i++) {
      t += 100
      run = skip(R, run, t)
      expect(stateAt(R, run, t)).toMatchObject({ stepIndex: i, stepElapsedMs: 0 })
    }
    t += 100
    run = skip(R, run, t)
    expect(stateAt(R, run, t).done).toBe(true)
  })
})

describe('back', () => {
  it('from mid-step goes to the start of the same step', () => {
    const t = startOf(R, 3) + BACK_GRACE_MS
    const b = back(R, startRun(T0), t)
    expect(stateAt(R, b, t)).toMatchObject({ stepIndex: 3, stepElapsedMs: 0, elapsedMs: at(R, 3).startMs })
    expect(nextBoundaryAt(R, b, t)).toBe(t + at(R, 3).durationMs)
  })

  it('within the first 2 s of a step goes to the start of the previous step', () => {
    for (const into of [0, 1, BACK_GRACE_MS - 1]) {
      const t = startOf(R, 3) + into
      const b = back(R, startRun(T0), t)
      expect(stateAt(R, b, t)).toMatchObject({ stepIndex: 2, stepElapsedMs: 0 })
    }
  })

  it('two quick presses go back two steps', () => {
    const t = startOf(R, 5) + 5 * S
    const once = back(R, startRun(T0), t)
    const twice = back(R, once, t + 300)
    expect(stateAt(R, once, t).stepIndex).toBe(5)
    expect(stateAt(R, twice, t + 300)).toMatchObject({ stepIndex: 4, stepElapsedMs: 0 })
  })

  it('at the first step stays at its start', () => {
    for (const t of [T0, T0 + 1, T0 + 2_500]) {
      const b = back(R, startRun(T0), t)
      expect(stateAt(R, b, t)).toMatchObject({ stepIndex: 0, elapsedMs: 0, stepElapsedMs: 0 })
    }
  })

  it('from the end goes to the start of the last step, even hours later', () => {
    const last = R.steps.length - 1
    const t = T0 + 3 * HOUR
    const b = back(R, startRun(T0), t)
    expect(stateAt(R, b, t)).toMatchObject({ stepIndex: last, stepElapsedMs: 0, done: false })
    expect(nextBoundaryAt(R, b, t)).toBe(t + at(R, last).durationMs)
  })

  it('while paused keeps the run paused at the new point', () => {
    const p = pause(startRun(T0), startOf(R, 1) + 7 * S)
    const t = startOf(R, 1) + 60 * S
    const b = back(R, p, t)
    expect(stateAt(R, b, t)).toMatchObject({ stepIndex: 1, stepElapsedMs: 0, paused: true })
  })

  it('after an open pause, measures the 2 s grace in routine time, not wall time', () => {
    // Paused 1 s into step 3, then pressed back much later: still within 2 s of the step's start.
    const p = pause(startRun(T0), startOf(R, 3) + S)
    const t = startOf(R, 3) + HOUR
    expect(stateAt(R, back(R, p, t), t).stepIndex).toBe(2)
  })
})

describe('nextBoundaryAt', () => {
  it('is the instant the step changes, for every step of an undisturbed run', () => {
    const run = startRun(T0)
    for (let i = 0; i < R.steps.length; i++) {
      for (const t of [startOf(R, i), startOf(R, i) + 1, endOf(R, i) - 1]) {
        const b = nextBoundaryAt(R, run, t)
        expect(b).toBe(endOf(R, i))
        expect(stateAt(R, run, (b as number) - 1).stepIndex).toBe(i)
        const after = stateAt(R, run, b as number)
        expect(after.stepIndex === i + 1 || after.done).toBe(true)
      }
    }
  })

  it('accounts for closed pauses and shifts', () => {
    let run: Run = startRun(T0)
    run = pause(run, T0 + S)
    run = resume(run, T0 + 61 * S) // 60 s paused during get-ready
    run = skip(R, run, T0 + 62 * S) // to step 1 at T0 + 62 s
    const b = nextBoundaryAt(R, run, T0 + 65 * S)
    expect(b).toBe(T0 + 62 * S + at(R, 1).durationMs)
    expect(stateAt(R, run, (b as number) - 1).stepIndex).toBe(1)
    expect(stateAt(R, run, b as number).stepIndex).toBe(2)
  })

  it('is null while paused and after the end', () => {
    const p = pause(startRun(T0), T0 + S)
    expect(nextBoundaryAt(R, p, T0 + S)).toBeNull()
    expect(nextBoundaryAt(R, startRun(T0), T0 + totalMsOf(R))).toBeNull()
  })
})

describe('properties', () => {
  type Act = 'pause' | 'resume' | 'skip' | 'back' | 'none'
  const anyAct = fc.constantFrom<Act>('pause', 'resume', 'skip', 'back', 'none')
  // Gaps from 0 ms (two presses at once) to past the whole routine, so boundaries, grace and the end all come up.
  const anyGap = fc.oneof(fc.integer({ min: 0, max: 3 * S }), fc.integer({ min: 0, max: 120 * S }), fc.constantFrom(0, 1, BACK_GRACE_MS - 1, BACK_GRACE_MS))
  const anySteps = fc.array(fc.tuple(anyGap, anyAct), { minLength: 1, maxLength: 40 })
  const anyRoutine = fc.constantFrom(R, routineOf('hamstring-stretch'), routineOf('travel-circulation'), simpleTimer('ice', 'Ice', 15 * 60 * S))

  const apply = (routine: Routine, run: Run, act: Act, t: number): Run => {
    switch (act) {
      case 'pause':
        return pause(run, t)
      case 'resume':
        return resume(run, t)
      case 'skip':
        return skip(routine, run, t)
      case 'back':
        return back(routine, run, t)
      case 'none':
        return run
    }
  }

  it('elapsed never falls except on back, never passes the total, and equals step start + step elapsed', () => {
    fc.assert(
      fc.property(anyRoutine, anySteps, (routine, acts) => {
        const total = totalMsOf(routine)
        let run = startRun(T0)
        let t = T0
        let prev = 0
        for (const [gap, act] of acts) {
          t += gap
          const before = stateAt(routine, run, t)
          // Time passing alone never takes elapsed backwards.
          expect(before.elapsedMs).toBeGreaterThanOrEqual(prev)
          run = apply(routine, run, act, t)
          const after = stateAt(routine, run, t)
          if (act === 'back') expect(after.elapsedMs).toBeLessThanOrEqual(before.elapsedMs)
          else expect(after.elapsedMs).toBeGreaterThanOrEqual(before.elapsedMs)
          if (act === 'pause' || act === 'resume' || act === 'none') expect(after.elapsedMs).toBe(before.elapsedMs)
          for (const s of [before, after]) {
            expect(s.elapsedMs).toBeGreaterThanOrEqual(0)
            expect(s.elapsedMs).toBeLessThanOrEqual(total)
            expect(s.totalMs).toBe(total)
            expect(s.step).not.toBeNull()
            expect(s.elapsedMs).toBe((s.step as Step).startMs + s.stepElapsedMs)
            expect(s.timeLeftMs).toBe(s.done ? 0 : (s.step as Step).durationMs - s.stepElapsedMs)
            expect(s.stepElapsedMs).toBeGreaterThanOrEqual(0)
            expect(s.timeLeftMs).toBeGreaterThanOrEqual(0)
            expect(s.done).toBe(s.elapsedMs === total)
          }
          expect(after.paused).toBe(isPaused(run))
          if (act === 'pause') expect(after.paused).toBe(true)
          if (act === 'resume') expect(after.paused).toBe(false)
          // Skip and back land on the start of a step, or on the end.
          if ((act === 'skip' || act === 'back') && !after.done) expect(after.stepElapsedMs).toBe(0)
          prev = after.elapsedMs
        }
      }),
      { numRuns: 500 },
    )
  })

  it('nextBoundaryAt is the first instant the step (or done) changes, when nothing else happens', () => {
    fc.assert(
      fc.property(anyRoutine, anySteps, fc.integer({ min: 0, max: 100 * S }), (routine, acts, wait) => {
        let run = startRun(T0)
        let t = T0
        for (const [gap, act] of acts) {
          t += gap
          run = apply(routine, run, act, t)
        }
        t += wait
        const now = stateAt(routine, run, t)
        const b = nextBoundaryAt(routine, run, t)
        if (now.paused || now.done) {
          expect(b).toBeNull()
          return
        }
        expect(b).not.toBeNull()
        const at = b as number
        expect(at).toBe(t + now.timeLeftMs)
        expect(stateAt(routine, run, at - 1)).toMatchObject({ stepIndex: now.stepIndex, done: false })
        const then = stateAt(routine, run, at)
        expect(then.stepIndex !== now.stepIndex || then.done).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('a pause of any length shifts every later instant by exactly that length', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 * S }),
        fc.integer({ min: 0, max: 48 * HOUR }),
        fc.integer({ min: 0, max: 100 * S }),
        (pauseAt, length, later) => {
          const run = resume(pause(startRun(T0), T0 + pauseAt), T0 + pauseAt + length)
          const t = T0 + pauseAt + length + later
          expect(stateAt(R, run, t)).toEqual(stateAt(R, startRun(T0), t - length))
        },
      ),
    )
  })
})
