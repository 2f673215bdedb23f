import { CURRENT_SCHEMA_VERSION } from '../../src/db/schema'
import Dexie from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { getDb } from '../../src/db/db'
import { openDatabase } from '../../src/db/open'

const water = { id: 'w-1', at: Date.UTC(2025, 5, 1), timeZone: 'UTC', dayKey: '2025-06-01', ml: 250 }

const realDeps = { ...Dexie.dependencies }
afterEach(() => {
  vi.unstubAllGlobals()
  Object.assign(Dexie.dependencies, realDeps)
})

describe('openDatabase', () => {
  it('opens the device database when IndexedDB works', async () => {
    const result = await openDatabase('t-open-' + Math.random())
    expect(result.ok).toBe(true)
    expect(getDb().isOpen()).toBe(true)
  })

  it('falls back to a working in-memory database when IndexedDB is missing', async () => {
    vi.stubGlobal('indexedDB', undefined)
    const result = await openDatabase('t-open-' + Math.random())
    expect(result.ok).toBe(false)
    const db = getDb()
    await db.transaction('rw', db.waterEntries, () => db.waterEntries.add(water))
    expect(await db.waterEntries.toArray()).toEqual([water])
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
  })

  it('falls back when IndexedDB refuses to open (a private mode)', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError')
      },
    }
    // Dexie keeps the IndexedDB it found when it loaded, as a browser's would be.
    Dexie.dependencies.indexedDB = refusing as unknown as IDBFactory
    const result = await openDatabase('t-open-' + Math.random())
    expect(result.ok).toBe(false)
    if (!result.ok) expect(String(result.error)).toMatch(/mutation|InvalidState/)
    const db = getDb()
    await db.transaction('rw', db.gateEvents, () =>
      db.gateEvents.add({ id: 'g', at: 1, timeZone: 'UTC', kind: 'raise', level: 'urgent', source: 'screening', screeningId: null, reasons: [], findings: [], clearedBy: null, assessedOn: null }),
    )
    expect(await db.gateEvents.count()).toBe(1)
  })
})
