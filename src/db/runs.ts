import type { RunRecord, SessionRecord } from '../domain/records'
import { rebaseRun } from '../domain/runRecord'
import { getDb } from './db'

/**
 * Routine runs and the sessions they log. A run is saved on every change (start, pause, resume, skip, back, a clock
 * re-base), each in its own transaction that adds one to its `rev`, so tabs keep the newest copy by that number;
 * finishing writes the run's final status and its session together, so a run can never end without its session, nor
 * a session exist for a run that still looks active. A run missing from the database was deleted (delete all, or a
 * replacing import): nothing here writes it back.
 */

const nextRev = (stored: RunRecord | undefined): number => (stored?.rev ?? 0) + 1

/** Saves a new run (revision 1). @returns the run as saved */
export async function saveRun(run: RunRecord): Promise<RunRecord> {
  const db = getDb()
  return db.transaction('rw', db.runs, async () => {
    const saved = { ...run, rev: nextRev(await db.runs.get(run.id)) }
    await db.runs.put(saved)
    return saved
  })
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

/** The run of `routineId` that started last, whatever its status, or undefined. */
export async function lastRun(routineId: string): Promise<RunRecord | undefined> {
  return getDb().runs.orderBy('startedAt').reverse().filter((r) => r.routineId === routineId).first()
}

/**
 * Changes an active run by reading it, applying `change` and writing it back in one transaction, so two tabs
 * pressing at once both land (pause in one, skip in the other) instead of the last write winning.
 * @returns the run as saved, or the stored run unchanged when it has already ended, or undefined when it is gone
 */
export async function updateRun(id: string, change: (run: RunRecord) => RunRecord): Promise<RunRecord | undefined> {
  const db = getDb()
  return db.transaction('rw', db.runs, async () => {
    const stored = await db.runs.get(id)
    if (!stored || stored.status !== 'active') return stored
    const next = { ...change(stored), rev: nextRev(stored) }
    await db.runs.put(next)
    return next
  })
}

/**
 * Moves an active run onto a corrected device clock (see rebaseRun), once: only when it has not been moved for this
 * jump already, that is when its `clockEpoch` is still `fromEpoch`. Another tab that saw the same jump finds the
 * epoch already moved on and leaves the run alone.
 * @returns the run as stored after the call, or undefined when it is gone
 */
export async function rebaseStoredRun(id: string, fromEpoch: number, deltaMs: number): Promise<RunRecord | undefined> {
  const db = getDb()
  return db.transaction('rw', db.runs, async () => {
    const stored = await db.runs.get(id)
    if (!stored || stored.status !== 'active' || (stored.clockEpoch ?? 0) !== fromEpoch) return stored
    const next = { ...rebaseRun(stored, deltaMs), rev: nextRev(stored) }
    await db.runs.put(next)
    return next
  })
}

export type FinishResult =
  /** This call ended the run and logged its session. */
  | { outcome: 'logged'; run: RunRecord }
  /** Another tab ended it first: nothing was written. */
  | { outcome: 'already-ended'; run: RunRecord }
  /** It is no longer in the database (deleted): nothing was written, and it stays deleted. */
  | { outcome: 'deleted' }

/**
 * Ends a run: writes its final status and its session in ONE transaction. If the run has already ended (another
 * tab finished it first) or has been deleted, nothing is written, so a run is logged once and never comes back.
 */
export async function finishRun(run: RunRecord, session: SessionRecord): Promise<FinishResult> {
  const db = getDb()
  return db.transaction('rw', db.runs, db.sessions, async (): Promise<FinishResult> => {
    const stored = await db.runs.get(run.id)
    if (!stored) return { outcome: 'deleted' }
    if (stored.status !== 'active') return { outcome: 'already-ended', run: stored }
    const saved = { ...run, rev: nextRev(stored) }
    await db.runs.put(saved)
    await db.sessions.add(session)
    return { outcome: 'logged', run: saved }
  })
}

/**
 * Says why a run the person had already stopped ended: a warning sign reported just after the stop (the "this hurts"
 * check stops the run at its first yes, then asks the signs). The run stays as it ended; only `stoppedBy` is added.
 * @returns the run as stored after the call, or undefined when it is gone
 */
export async function markStoppedByGate(id: string): Promise<RunRecord | undefined> {
  const db = getDb()
  return db.transaction('rw', db.runs, async () => {
    const stored = await db.runs.get(id)
    if (!stored || stored.status !== 'stopped' || stored.stoppedBy === 'gate') return stored
    const next: RunRecord = { ...stored, stoppedBy: 'gate', rev: nextRev(stored) }
    await db.runs.put(next)
    return next
  })
}

/** Records the pain score after a finished run, on the run and its session, in one transaction. */
export async function setPainAfter(run: Pick<RunRecord, 'id' | 'routineId'>, painAfter: number | null): Promise<void> {
  const db = getDb()
  await db.transaction('rw', db.runs, db.sessions, async () => {
    const stored = await db.runs.get(run.id)
    if (!stored) return
    await db.runs.put({ ...stored, painAfter, rev: nextRev(stored) })
    const sessions = await db.sessions.where('routineId').equals(run.routineId).filter((s) => s.runId === run.id).toArray()
    for (const s of sessions) await db.sessions.update(s.id, { painAfter })
  })
}

/** The session a run logged, if any. */
export async function sessionOfRun(run: Pick<RunRecord, 'id' | 'routineId'>): Promise<SessionRecord | undefined> {
  return getDb().sessions.where('routineId').equals(run.routineId).filter((s) => s.runId === run.id).first()
}
