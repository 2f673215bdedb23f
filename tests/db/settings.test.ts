import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createDb, setDb, type AppDb } from '../../src/db/db'
import { getAllSettings, patchSettings } from '../../src/db/settings'
import { useSettingsStore } from '../../src/stores/settings'

let db: AppDb

describe('settings repository: field-level patches', () => {
  beforeEach(() => {
    db = createDb('t-' + Math.random())
    setDb(db)
  })

  it('writes only the fields given, keeping the rest of the group as stored', async () => {
    await patchSettings({ water: { limitMl: 1500 } })
    const after = await patchSettings({ water: { goalMl: 2500 } })
    expect(after.water).toEqual({ limitMl: 1500, goalMl: 2500 })
    expect((await getAllSettings()).water).toEqual({ limitMl: 1500, goalMl: 2500 })
  })

  it('two writers at once, each with its own field: both kept', async () => {
    await Promise.all([patchSettings({ water: { limitMl: 1500 } }), patchSettings({ water: { goalMl: 2000 } }), patchSettings({ region: 'GB' })])
    expect(await getAllSettings()).toEqual({ water: { limitMl: 1500, goalMl: 2000 }, region: 'GB' })
  })
})

describe('settings store', () => {
  beforeEach(() => {
    db = createDb('t-' + Math.random())
    setDb(db)
    setActivePinia(createPinia())
  })

  it('a stale copy in one store never overwrites a field another saved', async () => {
    const tabA = useSettingsStore()
    await tabA.load()
    // Another tab saves a limit straight into storage; this store has not seen it yet.
    await patchSettings({ water: { limitMl: 1500 } })
    await tabA.update('water', { goalMl: 2500 })
    expect((await getAllSettings()).water).toEqual({ limitMl: 1500, goalMl: 2500 })
    expect(tabA.settings.water.limitMl).toBe(1500)
  })

  it('follows what another writer saves, without a reload', async () => {
    const store = useSettingsStore()
    await store.load()
    expect(store.settings.region).toBeNull()
    await db.transaction('rw', db.settings, () => db.settings.put({ key: 'region', value: 'GB' }))
    await vi.waitUntil(() => store.settings.region === 'GB', { timeout: 2000 })
  })

  it('keeps a change for this visit when storage refuses it, and says so', async () => {
    const store = useSettingsStore()
    await store.load()
    await db.delete()
    db.close()
    const ok = await store.update('cues', { voice: false })
    expect(ok).toBe(false)
    expect(store.settings.cues).toEqual({ voice: false, beep: true, vibration: true })
  })
})
