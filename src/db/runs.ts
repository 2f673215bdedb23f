import type { RunRecord, SessionRecord } from '../domain/records'
import { getDb } from './db'

/**
 * Routine runs and the sessions they log. A run is saved on every change (start, pause, resume, skip, back),
 * each in its own transaction; finishing writes the run's final status and its session together, so a run can
 * never end without its session, nor a session exist for a run that still looks active.
 */

/** Saves a new or changed run. */
export async function saveRun(run: RunRecord): Promise<void> {
  const db = getDb()
  await db.transaction('rw', db.runs, () => db.runs.put(run))
}

export async function getRun(id: string): Promise<RunRecord | undefined> {
  return getDb().runs.get(id)
}

/** The newest active run (of one routine when `routineId` is given), or undefined. */
export async function activeRun(routineId?: string): Promise<RunRecord | undefined> {
  const list = await getDb().runs.where('status').equals('active').toArray()
  return list
    .filter((r) => routineId === undefined || r.routineId === routineId)
    .sort((a, b) => b.startedAt - a.startedAt)[0]
}

/**
 * Changes an active run by reading it, applying `change` and writing it back in one transaction, so two tabs
 * pressing at once both land (pause in one, skip in the other) instead of the last write winning.
 * @returns the run as saved, or the stored run unchanged when it has already ended (or undefined if missing)
 */
export async function updateRun(id: string, change: (run: RunRecord) => RunRecord): Promise<RunRecord | undefined> {
  const db = getDb()
  return db.transaction('rw', db.runs, async () => {
    const stored = await db.runs.get(id)
    if (!stored || stored.status !== 'active') return stored
    const next = change(stored)
    await db.runs.put(next)
    return next
  })
}

/**
 * Ends a run: writes its final status and its session in ONE transaction. If the run has already ended (another
 * tab finished it first), nothing is written and the stored run is returned, so a run is logged once.
 * @returns the stored run after the call, and whether this call logged the session
 */
export async function finishRun(run: RunRecord, session: SessionRecord): Promise<{ run: RunRecord; logged: boolean }> {
  const db = getDb()
  return db.transaction('rw', db.runs, db.sessions, async () => {
    const stored = await db.runs.get(run.id)
    if (stored && stored.status !== 'active') return { run: stored, logged: false }
    await db.runs.put(run)
    await db.sessions.add(session)
    return { run, logged: true }
  })
}

/** Records the pain score after a finished run, on the run and its session, in one transaction. */
export async function setPainAfter(run: Pick<RunRecord, 'id' | 'routineId'>, painAfter: number | null): Promise<void> {
  const db = getDb()
  await db.transaction('rw', db.runs, db.sessions, async () => {
    await db.runs.update(run.id, { painAfter })
    const sessions = await db.sessions.where('routineId').equals(run.routineId).filter((s) => s.runId === run.id).toArray()
    for (const s of sessions) await db.sessions.update(s.id, { painAfter })
  })
}

/** The session a run logged, if any. */
export async function sessionOfRun(run: Pick<RunRecord, 'id' | 'routineId'>): Promise<SessionRecord | undefined> {
  return getDb().sessions.where('routineId').equals(run.routineId).filter((s) => s.runId === run.id).first()
}
