import { beforeEach, describe, expect, it } from 'vitest'
import { createDb, setDb } from '../../src/db/db'
import { addWater, deleteWater, updateWaterMl, waterDayKeys, waterForDay, waterInDays } from '../../src/db/water'
import type { WaterRecord } from '../../src/domain/records'

const entry = (id: string, dayKey: string, ml: number, at = Date.parse(`${dayKey}T12:00:00Z`)): WaterRecord => ({
  id,
  at,
  timeZone: 'UTC',
  dayKey,
  ml,
})

describe('water repository', () => {
  beforeEach(() => setDb(createDb('t-' + Math.random())))

  it('reads one local day by its stored key, oldest first, whatever the instant', async () => {
    // Logged in Tokyo on 11 March at 05:00 local: the instant is still 10 March in UTC.
    await addWater({ id: 'tokyo', at: Date.parse('2025-03-10T20:00:00Z'), timeZone: 'Asia/Tokyo', dayKey: '2025-03-11', ml: 250 })
    await addWater(entry('b', '2025-03-11', 300, Date.parse('2025-03-11T15:00:00Z')))
    await addWater(entry('c', '2025-03-10', 500))
    expect((await waterForDay('2025-03-11')).map((e) => e.id)).toEqual(['tokyo', 'b'])
    expect((await waterForDay('2025-03-10')).map((e) => e.id)).toEqual(['c'])
    expect(await waterForDay('2025-03-12')).toEqual([])
  })

  it('reads a range of days, both ends included', async () => {
    for (const [i, d] of ['2025-02-27', '2025-02-28', '2025-03-01', '2025-03-02'].entries()) await addWater(entry(`e${i}`, d, 100))
    const got = await waterInDays('2025-02-28', '2025-03-01')
    expect(got.map((e) => e.dayKey).sort()).toEqual(['2025-02-28', '2025-03-01'])
  })

  it('changes and deletes an entry, and says when it is gone', async () => {
    await addWater(entry('a', '2025-03-10', 250))
    expect(await updateWaterMl('a', 330)).toBe(true)
    expect((await waterForDay('2025-03-10'))[0]?.ml).toBe(330)
    await deleteWater('a')
    expect(await waterForDay('2025-03-10')).toEqual([])
    expect(await updateWaterMl('a', 100)).toBe(false)
  })

  it('refuses a second entry with the same id (nothing is silently overwritten)', async () => {
    await addWater(entry('a', '2025-03-10', 250))
    await expect(addWater(entry('a', '2025-03-10', 999))).rejects.toThrow()
    expect((await waterForDay('2025-03-10'))[0]?.ml).toBe(250)
  })

  it('lists each day with drinks once, in order', async () => {
    await addWater(entry('a', '2025-03-10', 250))
    await addWater(entry('b', '2025-03-10', 250))
    await addWater(entry('c', '2025-03-08', 250))
    expect(await waterDayKeys()).toEqual(['2025-03-08', '2025-03-10'])
  })
})
