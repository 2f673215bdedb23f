import { applySettingsPatch, type SettingsPatch } from '../domain/settingsPatch'
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

/**
 * Writes only the fields in `patch`, reading what is stored and writing the merge in one transaction, so that two
 * tabs saving different fields at once both keep theirs. Returns every setting as stored after the write.
 */
export async function patchSettings(patch: SettingsPatch): Promise<Record<string, unknown>> {
  const db = getDb()
  // Plain JSON values only: reactive proxies cannot be cloned into IndexedDB (undefined fields drop out here).
  const plain = JSON.parse(JSON.stringify(patch)) as SettingsPatch
  return db.transaction('rw', db.settings, async () => {
    const keys = Object.keys(plain)
    const rows = await db.settings.bulkGet(keys)
    const before = Object.fromEntries(rows.flatMap((r) => (r ? [[r.key, r.value]] : [])))
    const after = applySettingsPatch(before, plain)
    await db.settings.bulkPut(keys.map((key) => ({ key, value: after[key] })))
    return Object.fromEntries((await db.settings.toArray()).map((r) => [r.key, r.value]))
  })
}
