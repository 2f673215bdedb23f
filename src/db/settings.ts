import { getDb } from './db'

/** Reads one setting, or the fallback when it was never set. */
export async function getSetting<T>(key: string, fallback: T): Promise<T> {
  const row = await getDb().settings.get(key)
  return row === undefined ? fallback : (row.value as T)
}

/** Reads every setting as a plain object. */
export async function getAllSettings(): Promise<Record<string, unknown>> {
  const rows = await getDb().settings.toArray()
  return Object.fromEntries(rows.map((r) => [r.key, r.value]))
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  const db = getDb()
  // Plain JSON values only: reactive proxies cannot be cloned into IndexedDB.
  const plain: unknown = value === undefined ? null : JSON.parse(JSON.stringify(value))
  await db.transaction('rw', db.settings, () => db.settings.put({ key, value: plain }))
}
