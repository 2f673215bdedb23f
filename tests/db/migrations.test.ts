import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { readAllTables } from '../../src/db/backup'
import { createDb, setDb, type AppDb } from '../../src/db/db'
import { dexieUpgrade, migrateTables, UPGRADE_V2, UPGRADES, type PlainTables, type Upgrade } from '../../src/db/migrations'
import { getRun, updateRun } from '../../src/db/runs'
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_VERSIONS } from '../../src/db/schema'
import { addGateEvents, latestScreening, listGateEvents } from '../../src/db/screenings'
import { TABLE_NAMES, parseBackup, buildBackup, type Tables } from '../../src/domain/backup'
import { activeGate } from '../../src/domain/gate'
import type { GateEventRecord } from '../../src/domain/records'
import fixture from './fixtures/v1.json'

const V1_TABLES = fixture.tables as unknown as PlainTables

function dbName(): string {
  return `t-migrate-${Math.random()}`
}

/** A database exactly as version 1 of the app created it: only SCHEMA_V1, nothing newer. */
async function fillVersion1(name: string, tables: PlainTables): Promise<void> {
  const old = new Dexie(name)
  old.version(1).stores(SCHEMA_V1)
  await old.open()
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows)
  })
  old.close()
}

function keyOf(table: string, r: Record<string, unknown>): string {
  return String(table === 'settings' ? r.key : r.id)
}

async function readAll(db: AppDb): Promise<PlainTables> {
  const out: PlainTables = {}
  for (const name of TABLE_NAMES) {
    const rows = (await db.table(name).toArray()) as Record<string, unknown>[]
    out[name] = rows.sort((a, b) => keyOf(name, a).localeCompare(keyOf(name, b)))
  }
  return out
}

function sorted(tables: PlainTables): PlainTables {
  return Object.fromEntries(
    Object.entries(tables).map(([name, rows]) => [name, [...rows].sort((a, b) => keyOf(name, a).localeCompare(keyOf(name, b)))]),
  )
}

describe('shipped schema versions', () => {
  it('keeps version 1 exactly as it shipped', () => {
    // Browsers in the wild hold databases built from this; changing it would break their upgrade.
    expect(SCHEMA_V1).toEqual({
      settings: 'key',
      screenings: 'id, at, dayKey',
      gateEvents: 'id, at',
      runs: 'id, status, startedAt',
      sessions: 'id, at, dayKey, routineId',
      painEntries: 'id, at, dayKey',
      waterEntries: 'id, at, dayKey',
    })
    expect(SCHEMA_VERSIONS[0]).toEqual({ version: 1, stores: SCHEMA_V1 })
  })

  it('keeps version 2 as it shipped: write order indexed on screenings and gate events', () => {
    expect(SCHEMA_V2).toEqual({ ...SCHEMA_V1, screenings: 'id, at, dayKey, seq', gateEvents: 'id, at, seq' })
    expect(SCHEMA_VERSIONS[1]).toEqual({ version: 2, stores: SCHEMA_V2 })
    expect(UPGRADES[2]).toBe(UPGRADE_V2)
  })

  it('lists versions in increasing order, ending at the current one, with an upgrade for each after the first', () => {
    const versions = SCHEMA_VERSIONS.map((s) => s.version)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(new Set(versions).size).toBe(versions.length)
    expect(versions.at(-1)).toBe(CURRENT_SCHEMA_VERSION)
    for (const key of Object.keys(UPGRADES)) expect(versions).toContain(Number(key))
    expect(UPGRADES[1]).toBeUndefined()
  })

  it('the fixture is a realistic version-1 data set: every table has records, and they pass backup validation', async () => {
    for (const name of TABLE_NAMES) expect(V1_TABLES[name]?.length, name).toBeGreaterThan(0)
    const now = Date.UTC(2025, 5, 1)
    const text = JSON.stringify(await buildBackup({ tables: V1_TABLES as unknown as Tables, appVersion: '0.1.0', createdAt: now }))
    const parsed = await parseBackup(text, { now })
    expect(parsed.ok ? parsed.checked.leftOutReasons : parsed.errors).toEqual([])
  })
})

describe('opening a version-1 database with the current code', () => {
  it('loses nothing: every record of every table comes back unchanged', async () => {
    const name = dbName()
    await fillVersion1(name, V1_TABLES)
    const db = createDb(name)
    await db.open()
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
    const expected = sorted(migrateTables(V1_TABLES, 1, CURRENT_SCHEMA_VERSION))
    expect(await readAll(db)).toEqual(expected)
    db.close()
  })

  it('keeps the indexes the app reads by working (day keys, times, status)', async () => {
    const name = dbName()
    await fillVersion1(name, V1_TABLES)
    const db = createDb(name)
    const water = V1_TABLES.waterEntries as { dayKey: string }[]
    const day = water[0]!.dayKey
    expect(await db.waterEntries.where('dayKey').equals(day).count()).toBe(water.filter((w) => w.dayKey === day).length)
    expect(await db.runs.where('status').equals('active').count()).toBe(1)
    expect((await db.gateEvents.orderBy('at').first())?.kind).toBe('raise')
    expect(await db.sessions.where('routineId').equals('calf-stretch').count()).toBe(1)
    db.close()
  })
})

// A made-up upgrade from version 1, to prove the pattern end to end: waterEntries gain `source`, runs drop stale
// "active" ones.
const SAMPLE_V2 = { ...SCHEMA_V1, waterEntries: 'id, at, dayKey, source' } as const
const SAMPLE_UPGRADES: Record<number, Upgrade> = {
  2: {
    waterEntries: (r) => ({ ...r, source: 'manual' }),
    runs: (r) => (r.status === 'active' ? null : r),
  },
}

describe('the upgrade pattern (with a made-up version 2)', () => {
  it('migrateTables is pure and applies each step in order', () => {
    const before = structuredClone(V1_TABLES)
    const after = migrateTables(V1_TABLES, 1, 2, SAMPLE_UPGRADES)
    expect(V1_TABLES).toEqual(before)
    expect(after.waterEntries?.every((w) => w.source === 'manual')).toBe(true)
    expect(after.waterEntries).toHaveLength(V1_TABLES.waterEntries!.length)
    expect(after.runs?.map((r) => r.status)).toEqual(['done', 'stopped'])
    expect(after.painEntries).toEqual(V1_TABLES.painEntries)
  })

  it('migrateTables passes tables through when no step is registered, and refuses to go backwards', () => {
    expect(migrateTables(V1_TABLES, 1, 1)).toEqual(V1_TABLES)
    expect(migrateTables(V1_TABLES, 1, 3, SAMPLE_UPGRADES)).toEqual(migrateTables(V1_TABLES, 1, 2, SAMPLE_UPGRADES))
    expect(() => migrateTables(V1_TABLES, 2, 1)).toThrow(RangeError)
  })

  it('the same pure step upgrades a real version-1 database through Dexie', async () => {
    const name = dbName()
    await fillVersion1(name, V1_TABLES)
    const db = new Dexie(name)
    db.version(1).stores(SCHEMA_V1)
    db.version(2).stores(SAMPLE_V2).upgrade(dexieUpgrade(SAMPLE_UPGRADES[2]!))
    await db.open()
    const expected = sorted(migrateTables(V1_TABLES, 1, 2, SAMPLE_UPGRADES))
    for (const table of TABLE_NAMES) {
      const rows = (await db.table(table).toArray()) as Record<string, unknown>[]
      expect(sorted({ [table]: rows })[table], table).toEqual(expected[table])
    }
    expect(await db.table('waterEntries').where('source').equals('manual').count()).toBe(V1_TABLES.waterEntries!.length)
    db.close()
  })

  it('a failing upgrade leaves the version-1 database as it was', async () => {
    const name = dbName()
    await fillVersion1(name, V1_TABLES)
    const broken = new Dexie(name)
    broken.version(1).stores(SCHEMA_V1)
    broken.version(2).stores(SAMPLE_V2).upgrade(
      dexieUpgrade({
        waterEntries: (r) => {
          if (r.ml === 150) throw new Error('bad record')
          return { ...r, source: 'manual' }
        },
      }),
    )
    await expect(broken.open()).rejects.toThrow()
    broken.close()
    const db = new Dexie(name)
    db.version(1).stores(SCHEMA_V1)
    await db.open()
    expect(db.verno).toBe(1)
    expect(await readAll(db as AppDb)).toEqual(sorted(V1_TABLES))
    db.close()
  })
})

describe('version 2: write order for gate events and screenings, a revision counter for runs', () => {
  const byAt = (rows: PlainTables[string] = []) => [...rows].sort((a, b) => (a.at as number) - (b.at as number))

  it('as a pure step: numbers gate events and screenings by date (the only order version 1 knew), runs start at revision 1', () => {
    const before = structuredClone(V1_TABLES)
    const after = migrateTables(V1_TABLES, 1, 2)
    expect(V1_TABLES).toEqual(before)
    for (const table of ['gateEvents', 'screenings']) {
      const rows = after[table]!
      expect(rows.map((r) => r.seq), table).toEqual(rows.map((_, i) => i + 1))
      expect(rows.map((r) => r.id), table).toEqual(byAt(V1_TABLES[table]).map((r) => r.id))
      expect(rows.map(({ seq: _seq, ...rest }) => rest), table).toEqual(byAt(V1_TABLES[table]))
    }
    expect(after.runs!.map((r) => [r.rev, r.clockEpoch])).toEqual(V1_TABLES.runs!.map(() => [1, 0]))
    for (const table of ['settings', 'sessions', 'painEntries', 'waterEntries']) expect(after[table], table).toEqual(V1_TABLES[table])
  })

  it('a table step sees the whole table and is given the rows in any order: the same numbers come out', () => {
    const shuffled = { ...V1_TABLES, gateEvents: [...V1_TABLES.gateEvents!].reverse() }
    expect(sorted(migrateTables(shuffled, 1, 2)).gateEvents).toEqual(sorted(migrateTables(V1_TABLES, 1, 2)).gateEvents)
  })

  it('opening a version-1 database from the fixture: the gate and the latest screening read as before, and new writes follow on', async () => {
    const name = dbName()
    await fillVersion1(name, V1_TABLES)
    const db = createDb(name)
    setDb(db)
    await db.open()
    expect(db.verno).toBe(2)
    const events = await listGateEvents()
    expect(events.map((e) => e.id)).toEqual(byAt(V1_TABLES.gateEvents).map((r) => r.id))
    // The fixture's last event is a raise after a clinician clear: the same gate is in force after the upgrade.
    const v1Gate = activeGate(byAt(V1_TABLES.gateEvents) as unknown as GateEventRecord[])
    expect(v1Gate).not.toBeNull()
    expect(activeGate(events)?.raises.map((r) => r.id)).toEqual(v1Gate?.raises.map((r) => r.id))
    expect((await latestScreening())?.id).toBe(byAt(V1_TABLES.screenings).at(-1)!.id)
    // Every record is in the new index.
    expect(await db.gateEvents.orderBy('seq').count()).toBe(V1_TABLES.gateEvents!.length)
    expect(await db.screenings.orderBy('seq').count()).toBe(V1_TABLES.screenings!.length)

    // A clear written now, dated before everything, still comes last and clears the gate.
    const clear = { ...(events.at(-1) as GateEventRecord), id: 'g-new-clear', kind: 'clear' as const, level: null, source: null, clearedBy: 'clinician' as const, at: 0 }
    const [written] = await addGateEvents([clear])
    expect(written?.seq).toBe(V1_TABLES.gateEvents!.length + 1)
    expect(activeGate(await listGateEvents())).toBeNull()

    // The active run carries on its revision counter.
    const active = (V1_TABLES.runs as { id: string; status: string }[]).find((r) => r.status === 'active')!
    expect((await getRun(active.id))?.rev).toBe(1)
    expect((await updateRun(active.id, (r) => ({ ...r, shifts: [...r.shifts, 1000] })))?.rev).toBe(2)
    db.close()
  })

  it('the upgraded data still makes a backup that passes validation', async () => {
    const name = dbName()
    await fillVersion1(name, V1_TABLES)
    const db = createDb(name)
    setDb(db)
    await db.open()
    const now = Date.UTC(2025, 5, 1)
    const tables = await readAllTables()
    expect(tables.gateEvents.every((e) => typeof e.seq === 'number')).toBe(true)
    const parsed = await parseBackup(JSON.stringify(await buildBackup({ tables, appVersion: '0.2.0', createdAt: now })), { now })
    expect(parsed.ok ? [] : parsed.errors).toEqual([])
    db.close()
  })
})
