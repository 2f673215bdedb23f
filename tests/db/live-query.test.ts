import { beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { useKeyedLiveQuery, useLiveQuery } from '../../src/composables/useLiveQuery'
import { createDb, newId, setDb, type AppDb } from '../../src/db/db'
import { addWater, waterForDay } from '../../src/db/water'
import type { WaterRecord } from '../../src/domain/records'

let db: AppDb
const tz = 'Europe/London'

function drink(day: string, ml: number): WaterRecord {
  const at = Date.parse(`${day}T12:00:00Z`)
  return { id: newId(), at, timeZone: tz, dayKey: day, ml }
}

/** Waits until `check` holds (live queries answer a few microtasks and timers later). */
async function until(check: () => boolean): Promise<void> {
  await vi.waitFor(() => expect(check()).toBe(true), { timeout: 2000, interval: 10 })
}

describe('live reads (src/composables)', () => {
  beforeEach(() => {
    db = createDb('t-' + Math.random())
    setDb(db)
  })

  it('useLiveQuery follows writes while its scope runs, and stops when the scope stops', async () => {
    const scope = effectScope()
    const live = scope.run(() => useLiveQuery(() => db.waterEntries.count(), -1))!
    await until(() => live.data.value === 0)
    await addWater(drink('2025-06-01', 250))
    await until(() => live.data.value === 1)
    scope.stop()
    await addWater(drink('2025-06-01', 250))
    await new Promise((ok) => setTimeout(ok, 100))
    expect(live.data.value).toBe(1)
  })

  it('useKeyedLiveQuery re-reads when its key changes, keeps the last answer meanwhile, and stops with its scope', async () => {
    await addWater(drink('2025-06-01', 250))
    await addWater(drink('2025-06-02', 500))
    const day = ref('2025-06-01')
    const errors: unknown[] = []
    const scope = effectScope()
    const live = scope.run(() => useKeyedLiveQuery(day, waterForDay, [] as WaterRecord[], (e) => errors.push(e)))!
    await until(() => live.loaded.value && live.data.value.length === 1)
    expect(live.data.value[0]!.ml).toBe(250)
    day.value = '2025-06-02'
    await nextTick()
    // Until the new day's answer comes, the old one stays on screen (nothing flickers to empty).
    expect(live.data.value.length).toBe(1)
    await until(() => live.data.value[0]?.ml === 500)
    scope.stop()
    await addWater(drink('2025-06-02', 100))
    await new Promise((ok) => setTimeout(ok, 100))
    expect(live.data.value).toHaveLength(1)
    expect(errors).toEqual([])
  })

  it('a failed read goes to onError', async () => {
    const errors: unknown[] = []
    const scope = effectScope()
    scope.run(() => useKeyedLiveQuery(ref(1), () => Promise.reject(new Error('disk gone')), null, (e) => errors.push(e)))
    await until(() => errors.length === 1)
    expect(String(errors[0])).toMatch(/disk gone/)
    scope.stop()
  })
})
