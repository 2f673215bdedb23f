import { beforeEach, describe, expect, it } from 'vitest'
import { createDb, setDb, type AppDb } from '../../src/db/db'
import { activeRun, finishRun, getRun, lastRun, markStoppedByGate, rebaseStoredRun, saveRun, sessionOfRun, setPainAfter, updateRun } from '../../src/db/runs'
import { addGateEvents, latestScreening, listGateEvents, saveScreening } from '../../src/db/screenings'
import type { RunRecord, SessionRecord } from '../../src/domain/records'
import { expandRoutine, pause, resume, skip, stateAt } from '../../src/domain/routine'

let db: AppDb
beforeEach(() => {
  db = createDb('t-' + Math.random())
  setDb(db)
})

const T0 = Date.UTC(2025, 2, 1, 9, 0, 0)
const routine = expandRoutine({
  id: 'hamstring-stretch',
  title: 'Hamstring',
  items: [{ exerciseId: 'x', name: 'Stretch', sides: 'both', reps: 2, holdMs: 30_000 }],
})

function newRun(over: Partial<RunRecord> = {}): RunRecord {
  return {
    id: 'run-1',
    routineId: 'hamstring-stretch',
    startedAt: T0,
    pauses: [],
    shifts: [],
    status: 'active',
    endedAt: null,
    painBefore: 4,
    painAfter: null,
    ...over,
  }
}

function sessionFor(run: RunRecord, at: number, completed: boolean): SessionRecord {
  return {
    id: 's-' + run.id,
    routineId: run.routineId,
    kind: 'routine',
    startedAt: run.startedAt,
    endedAt: at,
    at,
    timeZone: 'UTC',
    dayKey: '2025-03-01',
    completed,
    painBefore: run.painBefore,
    painAfter: 2,
    runId: run.id,
  }
}

describe('runs repository', () => {
  it('a run resumes from storage at the step and time the clock says', async () => {
    await saveRun(newRun())
    // Pause 10 s into the first hold, 20 s pause, then resumed: as saved by the player.
    await updateRun('run-1', (r) => pause(r, T0 + 15_000))
    await updateRun('run-1', (r) => resume(r, T0 + 35_000))
    // A reload: nothing in memory, only what storage holds.
    const loaded = await activeRun('hamstring-stretch')
    expect(loaded?.id).toBe('run-1')
    const s = stateAt(routine, loaded!, T0 + 40_000)
    expect(s.elapsedMs).toBe(20_000)
    expect(s.step?.kind).toBe('hold')
    expect(s.step?.side).toBe('left')
    expect(s.timeLeftMs).toBe(15_000)
  })

  it('markStoppedByGate says why on a stopped run only, once, and changes nothing else', async () => {
    const stopped = newRun({ status: 'stopped', endedAt: T0 + 9_000, painAfter: 6 })
    await saveRun(stopped)
    const marked = await markStoppedByGate('run-1')
    expect(marked).toEqual({ ...stopped, stoppedBy: 'gate', rev: 2 })
    expect(await markStoppedByGate('run-1')).toEqual(marked)
    await saveRun(newRun({ id: 'playing' }))
    expect(await markStoppedByGate('playing')).toMatchObject({ status: 'active', rev: 1 })
    expect((await getRun('playing'))?.stoppedBy).toBeUndefined()
    await saveRun(newRun({ id: 'done', status: 'done', endedAt: T0 + 100_000 }))
    expect((await markStoppedByGate('done'))?.stoppedBy).toBeUndefined()
    expect(await markStoppedByGate('gone')).toBeUndefined()
  })

  it('a pause survives a reload: the run stays paused and frozen', async () => {
    await saveRun(newRun())
    await updateRun('run-1', (r) => pause(r, T0 + 8_000))
    const loaded = (await activeRun())!
    expect(stateAt(routine, loaded, T0 + 600_000)).toMatchObject({ paused: true, elapsedMs: 8_000 })
  })

  it('activeRun picks the newest active run of the routine asked for, and ignores ended ones', async () => {
    await saveRun(newRun({ id: 'old', startedAt: T0 - 10_000 }))
    await saveRun(newRun({ id: 'new', startedAt: T0 }))
    await saveRun(newRun({ id: 'done', startedAt: T0 + 5, status: 'done', endedAt: T0 + 100 }))
    await saveRun(newRun({ id: 'calf', routineId: 'calf-stretch', startedAt: T0 + 10 }))
    expect((await activeRun('hamstring-stretch'))?.id).toBe('new')
    expect((await activeRun())?.id).toBe('calf')
    expect(await activeRun('cramp-relief')).toBeUndefined()
  })

  it('updateRun reads the stored run inside the transaction, so two tabs both land', async () => {
    await saveRun(newRun())
    // Tab A pauses, tab B (holding an older copy) skips: both changes are kept.
    await updateRun('run-1', (r) => pause(r, T0 + 10_000))
    await updateRun('run-1', (r) => skip(routine, r, T0 + 12_000))
    const stored = (await getRun('run-1'))!
    expect(stored.pauses).toHaveLength(1)
    expect(stored.shifts).toHaveLength(1)
  })

  it('updateRun leaves an ended run alone', async () => {
    await saveRun(newRun({ status: 'stopped', endedAt: T0 + 1 }))
    const out = await updateRun('run-1', (r) => pause(r, T0 + 10))
    expect(out?.pauses).toEqual([])
  })

  it('finishRun writes the final run and its session in ONE transaction', async () => {
    const final = { ...newRun(), status: 'done' as const, endedAt: T0 + 95_000, painAfter: 2 }
    let seen: string[][] = []
    // Record every read-write transaction (middleware goes on before the database opens).
    db = createDb('t-' + Math.random())
    setDb(db)
    db.use({
      stack: 'dbcore',
      name: 'spy',
      create: (down) => ({
        ...down,
        transaction: (stores, mode, opts) => {
          if (mode === 'readwrite') seen.push([...stores].sort())
          return down.transaction(stores, mode, opts)
        },
      }),
    })
    await saveRun(newRun())
    seen = []
    const out = await finishRun(final, sessionFor(final, T0 + 95_000, true))
    expect(out.outcome).toBe('logged')
    expect(seen).toEqual([['runs', 'sessions']])
    expect((await getRun('run-1'))?.status).toBe('done')
    expect(await db.sessions.count()).toBe(1)
    expect(await sessionOfRun(final)).toMatchObject({ completed: true, painBefore: 4, painAfter: 2, runId: 'run-1' })
    expect(await activeRun()).toBeUndefined()
  })

  it('finishRun rolls back the run when the session cannot be written', async () => {
    await saveRun(newRun())
    const final = { ...newRun(), status: 'stopped' as const, endedAt: T0 + 5_000 }
    await db.sessions.add(sessionFor(final, T0, false)) // same id: the add will fail
    await expect(finishRun(final, sessionFor(final, T0 + 5_000, false))).rejects.toThrow()
    expect((await getRun('run-1'))?.status).toBe('active')
  })

  it('a run is logged once, even when two tabs finish it', async () => {
    await saveRun(newRun())
    const final = { ...newRun(), status: 'done' as const, endedAt: T0 + 95_000 }
    const a = await finishRun(final, { ...sessionFor(final, T0 + 95_000, true), id: 'a' })
    const b = await finishRun(final, { ...sessionFor(final, T0 + 95_000, true), id: 'b' })
    expect([a.outcome, b.outcome]).toEqual(['logged', 'already-ended'])
    expect(await db.sessions.count()).toBe(1)
  })

  it('setPainAfter updates the run and its session together', async () => {
    await saveRun(newRun())
    const final = { ...newRun(), status: 'done' as const, endedAt: T0 + 95_000 }
    await finishRun(final, sessionFor(final, T0 + 95_000, true))
    await setPainAfter(final, 1)
    expect((await getRun('run-1'))?.painAfter).toBe(1)
    expect((await sessionOfRun(final))?.painAfter).toBe(1)
  })

  it('every write adds one to the stored revision, so tabs keep the newest copy by that number alone', async () => {
    expect((await saveRun(newRun())).rev).toBe(1)
    expect((await updateRun('run-1', (r) => pause(r, T0 + 1000)))?.rev).toBe(2)
    expect((await updateRun('run-1', (r) => resume(r, T0 + 2000)))?.rev).toBe(3)
    const final = { ...newRun(), status: 'done' as const, endedAt: T0 + 95_000 }
    const out = await finishRun(final, sessionFor(final, T0 + 95_000, true))
    expect(out.outcome === 'logged' && out.run.rev).toBe(4)
    await setPainAfter(final, 3)
    expect((await getRun('run-1'))?.rev).toBe(5)
  })

  it('delete all wins: a run missing from the database is never written back, by a change or by finishing it', async () => {
    await saveRun(newRun())
    await db.runs.clear()
    expect(await updateRun('run-1', (r) => pause(r, T0 + 10))).toBeUndefined()
    const final = { ...newRun(), status: 'stopped' as const, endedAt: T0 + 5_000 }
    expect(await finishRun(final, sessionFor(final, T0 + 5_000, false))).toEqual({ outcome: 'deleted' })
    await setPainAfter(final, 2)
    expect(await rebaseStoredRun('run-1', 0, -1000)).toBeUndefined()
    expect(await db.runs.count()).toBe(0)
    expect(await db.sessions.count()).toBe(0)
  })

  it('a clock re-base moves the stored run once, however many tabs saw the jump', async () => {
    await saveRun({ ...newRun(), clockEpoch: 0, pauses: [{ at: T0 + 1000, until: T0 + 3000 }] })
    const a = await rebaseStoredRun('run-1', 0, -3_600_000)
    expect(a).toMatchObject({ startedAt: T0 - 3_600_000, pauses: [{ at: T0 + 1000 - 3_600_000, until: T0 + 3000 - 3_600_000 }], clockEpoch: 1, rev: 2 })
    // A second tab that saw the same jump (from epoch 0) finds it applied.
    const b = await rebaseStoredRun('run-1', 0, -3_600_000)
    expect(b).toEqual(a)
    expect((await getRun('run-1'))?.startedAt).toBe(T0 - 3_600_000)
  })

  it('lastRun is the run of that routine that started last, whatever its status', async () => {
    await saveRun(newRun({ id: 'a', startedAt: T0, status: 'stopped', endedAt: T0 + 1 }))
    await saveRun(newRun({ id: 'b', startedAt: T0 + 10, status: 'done', endedAt: T0 + 20 }))
    await saveRun(newRun({ id: 'c', routineId: 'calf-stretch', startedAt: T0 + 30 }))
    expect((await lastRun('hamstring-stretch'))?.id).toBe('b')
    expect(await lastRun('ice')).toBeUndefined()
  })
})

describe('gate events and screenings: write order', () => {
  const raise = (id: string, at: number) => ({
    id, at, timeZone: 'UTC', kind: 'raise' as const, level: 'emergency' as const, source: 'screening' as const,
    screeningId: null, reasons: ['r'], findings: ['pe_symptoms'], clearedBy: null, assessedOn: null,
  })
  const screening = (id: string, at: number) => ({
    id, at, timeZone: 'UTC', dayKey: '2025-03-01', findings: [], disposition: 'self-care' as const, plans: [], cautions: [], onsetAt: null,
  })

  it('numbers each write after the last, in the same transaction, whatever the dates say', async () => {
    const first = await saveScreening(screening('s1', T0 + 7_200_000), [raise('g1', T0 + 7_200_000)])
    expect(first.screening.seq).toBe(1)
    expect(first.gateEvents.map((e) => e.seq)).toEqual([1])
    const more = await addGateEvents([raise('g2', T0), raise('g3', T0 - 1)])
    expect(more.map((e) => e.seq)).toEqual([2, 3])
    const second = await saveScreening(screening('s2', T0), [])
    expect(second.screening.seq).toBe(2)
    // The screening written last is the latest, though dated 2 hours before the first.
    expect((await latestScreening())?.id).toBe('s2')
    expect((await listGateEvents()).map((e) => e.id)).toEqual(['g1', 'g2', 'g3'])
  })
})
