import type { WaterRecord } from '../domain/records'
import { getDb } from './db'

/**
 * Water entries. Every read goes through the `dayKey` index (a day, or a range of days), so a five-year log of
 * tens of thousands of entries costs no more to read for today or a month than a week-old one.
 */

export async function addWater(entry: WaterRecord): Promise<void> {
  const db = getDb()
  await db.transaction('rw', db.waterEntries, () => db.waterEntries.add(entry))
}

/** Changes an entry's amount (ml). Returns false when the entry no longer exists (deleted in another tab). */
export async function updateWaterMl(id: string, ml: number): Promise<boolean> {
  const db = getDb()
  return db.transaction('rw', db.waterEntries, async () => (await db.waterEntries.update(id, { ml })) === 1)
}

export async function deleteWater(id: string): Promise<void> {
  const db = getDb()
  await db.transaction('rw', db.waterEntries, () => db.waterEntries.delete(id))
}

/** One local day's entries, oldest first. */
export async function waterForDay(dayKey: string): Promise<WaterRecord[]> {
  const list = await getDb().waterEntries.where('dayKey').equals(dayKey).toArray()
  return list.sort((a, b) => a.at - b.at)
}

/** Entries whose day key lies from `fromKey` to `toKey`, both included (YYYY-MM-DD sorts as text). */
export async function waterInDays(fromKey: string, toKey: string): Promise<WaterRecord[]> {
  return getDb().waterEntries.where('dayKey').between(fromKey, toKey, true, true).toArray()
}

/** Every local day with at least one entry, oldest first: read from the index alone, not the records. */
export async function waterDayKeys(): Promise<string[]> {
  return (await getDb().waterEntries.orderBy('dayKey').uniqueKeys()) as string[]
}
