import { createPinia, setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createDb, setDb, type AppDb } from '../../src/db/db'
import { addWater } from '../../src/db/water'
import { dayKey } from '../../src/domain/day'
import { useStagedRender } from '../../src/composables/useStagedRender'
import { createAppRouter, WARM_WAIT_MS } from '../../src/router'
import { useHistoryStore } from '../../src/stores/history'
import { usePainStore } from '../../src/stores/pain'
import { useWaterStore } from '../../src/stores/water'

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone

/** Keeps a write transaction on the drinks open (as a long import would) until `ms` have passed. */
function holdDrinks(db: AppDb, ms: number): Promise<void> {
  const idb = db.backendDB()
  return new Promise((resolve) => {
    const tx = idb.transaction('waterEntries', 'readwrite')
    const store = tx.objectStore('waterEntries')
    const until = Date.now() + ms
    const spin = (): void => {
      if (Date.now() < until) store.count().onsuccess = spin
    }
    spin()
    tx.oncomplete = () => resolve()
  })
}

describe('moving between screens', () => {
  let db: AppDb
  // The screen's code already loaded, as it is from the service-worker cache: only the reads can hold it back.
  beforeAll(() => import('../../src/pages/HistoryPage.vue'))
  beforeEach(async () => {
    db = createDb('t-' + Math.random())
    setDb(db)
    await db.open()
    setActivePinia(createPinia())
    const at = Date.now()
    await addWater({ id: 'w1', at, timeZone: zone, dayKey: dayKey(at, zone), ml: 300 })
  })

  it('waits for the 30-day reads, so the screen opens with its charts filled in', async () => {
    const router = createAppRouter()
    await router.push('/')
    let loadedWhenShown: boolean | null = null
    router.afterEach((to) => {
      if (to.name === 'history') loadedWhenShown = useHistoryStore().loaded
    })
    await router.push('/history')
    expect(router.currentRoute.value.name).toBe('history')
    expect(loadedWhenShown).toBe(true)
    expect(useHistoryStore().waterSeries30.at(-1)).toEqual({ dayKey: dayKey(Date.now(), zone), value: 300 })
  })

  it('Today opens with its water total and pain trend read', async () => {
    const router = createAppRouter()
    await router.push('/history')
    let loadedWhenShown: boolean[] = []
    router.afterEach((to) => {
      if (to.name === 'today') loadedWhenShown = [useWaterStore().loaded, usePainStore().loaded]
    })
    await router.push('/')
    expect(loadedWhenShown).toEqual([true, true])
    expect(useWaterStore().todayTotalMl).toBe(300)
  })

  it('does not hold the screen back when the reads are slow: it opens and fills in after', async () => {
    const router = createAppRouter()
    await router.push('/')
    const held = holdDrinks(db, WARM_WAIT_MS * 4)
    const t0 = Date.now()
    await router.push('/history')
    const waited = Date.now() - t0
    expect(router.currentRoute.value.name).toBe('history')
    expect(useHistoryStore().loaded).toBe(false)
    expect(waited).toBeGreaterThanOrEqual(WARM_WAIT_MS - 5)
    expect(waited).toBeLessThan(WARM_WAIT_MS * 3)
    await held
    await expect.poll(() => useHistoryStore().loaded).toBe(true)
  })

  it('the first screen of a launch never waits for its reads', async () => {
    const router = createAppRouter()
    await holdDrinks(db, 0)
    const held = holdDrinks(db, WARM_WAIT_MS * 4)
    const t0 = Date.now()
    await router.push('/history')
    expect(Date.now() - t0).toBeLessThan(WARM_WAIT_MS)
    expect(useHistoryStore().loaded).toBe(false)
    await held
  })

  it('once a second screen opens, screens draw every section at once (staged drawing is for the launch only)', async () => {
    const router = createAppRouter()
    await router.push('/')
    await router.push('/history')
    expect(useStagedRender(3).value).toBe(3)
  })
})
