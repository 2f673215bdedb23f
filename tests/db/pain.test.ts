import { beforeEach, describe, expect, it } from 'vitest'
import { createDb, setDb } from '../../src/db/db'
import { addPain, deletePain, painFromDay, painInDays, updatePain } from '../../src/db/pain'
import { completedSessionDayKeys, sessionsInDays } from '../../src/db/sessions-read'
import { getDb } from '../../src/db/db'
import type { PainRecord, SessionRecord } from '../../src/domain/records'

const pain = (id: string, dayKey: string, score: number, hour = 12): PainRecord => ({
  id,
  at: Date.parse(`${dayKey}T${String(hour).padStart(2, '0')}:00:00Z`),
  timeZone: 'UTC',
  dayKey,
  score,
  where: '',
  note: '',
})

describe('pain repository', () => {
  beforeEach(() => setDb(createDb('t-' + Math.random())))

  it('reads from a day on, newest first, including days later than today elsewhere', async () => {
    await addPain(pain('old', '2025-03-01', 2))
    await addPain(pain('a', '2025-03-09', 3))
    await addPain(pain('b', '2025-03-10', 4, 8))
    await addPain(pain('c', '2025-03-10', 6, 20))
    await addPain(pain('ahead', '2025-03-11', 5))
    expect((await painFromDay('2025-03-09')).map((e) => e.id)).toEqual(['ahead', 'c', 'b', 'a'])
    expect((await painInDays('2025-03-01', '2025-03-09')).map((e) => e.id)).toEqual(['a', 'old'])
  })

  it('changes the score, place and note, and deletes', async () => {
    await addPain(pain('a', '2025-03-10', 3))
    expect(await updatePain('a', { score: 7, where: 'Calf', note: 'stairs' })).toBe(true)
    expect((await painFromDay('2025-03-10'))[0]).toMatchObject({ score: 7, where: 'Calf', note: 'stairs' })
    await deletePain('a')
    expect(await painFromDay('2025-01-01')).toEqual([])
    expect(await updatePain('a', { score: 1 })).toBe(false)
  })
})

describe('sessions (read side)', () => {
  beforeEach(() => setDb(createDb('t-' + Math.random())))

  const session = (id: string, dayKey: string, completed: boolean): SessionRecord => ({
    id,
    routineId: 'calf-stretch',
    kind: 'routine',
    startedAt: Date.parse(`${dayKey}T10:00:00Z`),
    endedAt: Date.parse(`${dayKey}T10:10:00Z`),
    at: Date.parse(`${dayKey}T10:10:00Z`),
    timeZone: 'UTC',
    dayKey,
    completed,
    painBefore: null,
    painAfter: null,
    runId: null,
  })

  it('reads a range of days and the days with a completed session', async () => {
    const db = getDb()
    await db.transaction('rw', db.sessions, () =>
      db.sessions.bulkAdd([session('a', '2025-03-08', true), session('b', '2025-03-09', false), session('c', '2025-03-10', true)]),
    )
    expect((await sessionsInDays('2025-03-09', '2025-03-10')).map((s) => s.id)).toEqual(['b', 'c'])
    expect((await completedSessionDayKeys()).sort()).toEqual(['2025-03-08', '2025-03-10'])
  })
})
