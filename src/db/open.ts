import { createDb, getDb, setDb } from './db'

export type OpenResult = { ok: true } | { ok: false; error: unknown }

/** How long to wait for the device database before treating it as unavailable (ms). */
const OPEN_TIMEOUT_MS = 8000

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The device database did not open in time.')), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })
}

/**
 * Opens the device database at startup, before any store reads it. When IndexedDB is missing or refuses to
 * open (some private modes, a broken profile), the app swaps in an in-memory database with the same schema, so
 * the screener, the gate and everything else still work for this visit; the caller tells the person that
 * nothing is being kept. The in-memory IndexedDB is only downloaded in that case.
 */
export async function openDatabase(name?: string): Promise<OpenResult> {
  const db = name === undefined ? getDb() : createDb(name)
  try {
    if (typeof indexedDB === 'undefined' || indexedDB === null) throw new Error('This browser has no IndexedDB.')
    await withTimeout(db.open(), OPEN_TIMEOUT_MS)
    if (name !== undefined) setDb(db)
    return { ok: true }
  } catch (error) {
    db.close()
    const { indexedDB: memory, IDBKeyRange } = await import('fake-indexeddb')
    const fallback = createDb(name ?? db.name, { indexedDB: memory, IDBKeyRange })
    await fallback.open()
    setDb(fallback)
    return { ok: false, error }
  }
}
