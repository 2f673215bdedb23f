import type { PainRecord } from '../domain/records'
import { getDb } from './db'

/** Pain log entries. Reads use the `dayKey` index so that the window read for Today stays small. */

export async function addPain(entry: PainRecord): Promise<void> {
  const db = getDb()
  await db.transaction('rw', db.painEntries, () => db.painEntries.add(entry))
}

/** Changes an entry's score, place or note. Returns false when it no longer exists. */
export async function updatePain(id: string, patch: Partial<Pick<PainRecord, 'score' | 'where' | 'note'>>): Promise<boolean> {
  const db = getDb()
  return db.transaction('rw', db.painEntries, async () => (await db.painEntries.update(id, patch)) === 1)
}

export async function deletePain(id: string): Promise<void> {
  const db = getDb()
  await db.transaction('rw', db.painEntries, () => db.painEntries.delete(id))
}

/**
 * Entries from the local day `fromKey` on, newest first. Days later than today are included on purpose: an entry
 * logged in Tokyo can carry tomorrow's date for someone now in New York.
 */
export async function painFromDay(fromKey: string): Promise<PainRecord[]> {
  const list = await getDb().painEntries.where('dayKey').aboveOrEqual(fromKey).toArray()
  return list.sort((a, b) => b.at - a.at)
}

/** Entries whose day key lies from `fromKey` to `toKey`, both included, newest first. */
export async function painInDays(fromKey: string, toKey: string): Promise<PainRecord[]> {
  const list = await getDb().painEntries.where('dayKey').between(fromKey, toKey, true, true).toArray()
  return list.sort((a, b) => b.at - a.at)
}
