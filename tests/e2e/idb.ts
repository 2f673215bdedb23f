import type { Page } from '@playwright/test'

/**
 * Every record of every object store in the app's IndexedDB database, read with the raw IndexedDB API (not
 * through the app), sorted by key, so a test can compare the database before and after something.
 */
export async function dumpDb(page: Page, name = 'leg-care'): Promise<Record<string, unknown[]>> {
  return page.evaluate(async (dbName) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open(dbName)
      req.onsuccess = () => ok(req.result)
      req.onerror = () => fail(req.error)
    })
    const out: Record<string, unknown[]> = {}
    const names = [...db.objectStoreNames]
    if (names.length === 0) {
      db.close()
      return out
    }
    const tx = db.transaction(names, 'readonly')
    await Promise.all(
      names.map(
        (store) =>
          new Promise<void>((ok, fail) => {
            const req = tx.objectStore(store).getAll()
            req.onsuccess = () => {
              out[store] = req.result as unknown[]
              ok()
            }
            req.onerror = () => fail(req.error)
          }),
      ),
    )
    db.close()
    return out
  }, name)
}

/** The value of one setting as stored in the app's database (read as dumpDb does), or undefined if none is stored. */
export async function storedSetting(page: Page, key: string): Promise<unknown> {
  const rows = (await dumpDb(page)).settings as { key: string; value: unknown }[] | undefined
  return rows?.find((r) => r.key === key)?.value
}
