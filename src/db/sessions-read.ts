import type { SessionRecord } from '../domain/records'
import { getDb } from './db'

/**
 * Read-only queries of logged sessions, for the history calendar, streaks and the clinician summary.
 * Sessions are written by the routine player (src/db/runs.ts); nothing here writes.
 */

/** Sessions whose local day lies from `fromKey` to `toKey`, both included, oldest first. */
export async function sessionsInDays(fromKey: string, toKey: string): Promise<SessionRecord[]> {
  const list = await getDb().sessions.where('dayKey').between(fromKey, toKey, true, true).toArray()
  return list.sort((a, b) => a.at - b.at)
}

/** Every local day with at least one completed session, oldest first. */
export async function completedSessionDayKeys(): Promise<string[]> {
  const keys = new Set<string>()
  // A key cursor over the index would skip stopped sessions only by reading them, so read the records: a few
  // thousand small objects is a few milliseconds.
  await getDb().sessions.orderBy('dayKey').each((s) => {
    if (s.completed) keys.add(s.dayKey)
  })
  return [...keys]
}

/** The latest logged session of one routine (`'ice'`, say), by when it ended; undefined when there is none. */
export async function lastSessionOf(routineId: string): Promise<SessionRecord | undefined> {
  const list = await getDb().sessions.where('routineId').equals(routineId).toArray()
  return list.reduce<SessionRecord | undefined>((last, s) => (!last || s.endedAt > last.endedAt ? s : last), undefined)
}
