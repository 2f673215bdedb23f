import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { applyBackup, countAll, deleteAllData, readAllTables } from '../../src/db/backup'
import { createDb, setDb, type AppDb } from '../../src/db/db'
import { TABLE_NAMES, buildBackup, emptyTables, parseBackup, type Backup, type Tables } from '../../src/domain/backup'
import type { GateEventRecord, WaterRecord } from '../../src/domain/records'
import { sequenceByTime } from '../../src/domain/writeOrder'
import { useBackupStore } from '../../src/stores/backup'
import { useGateStore } from '../../src/stores/gate'
import { useSettingsStore } from '../../src/stores/settings'
import { useStorageStore } from '../../src/stores/storage'
import fixture from './fixtures/v1.json'

const FIXTURE = fixture.tables as unknown as Tables
const NOW = Date.UTC(2025, 5, 1, 12)

let db: AppDb

beforeEach(async () => {
  db = createDb('t-' + Math.random())
  setDb(db)
  setActivePinia(createPinia())
})

async function fill(tables: Tables): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const name of TABLE_NAMES) await db.table(name).bulkAdd(tables[name])
  })
}

function backupOf(tables: Tables): Backup {
  return buildBackup({ tables, appVersion: '0.1.0', createdAt: NOW })
}

function byKey<T>(rows: T[]): T[] {
  const key = (r: unknown) => String((r as { id?: string; key?: string }).id ?? (r as { key: string }).key)
  return [...rows].sort((a, b) => key(a).localeCompare(key(b)))
}

function normalise(t: Tables): Record<string, unknown[]> {
  return Object.fromEntries(TABLE_NAMES.map((n) => [n, byKey(t[n] as unknown[])]))
}

const water = (id: string, ml = 250): WaterRecord => ({ id, at: NOW - 3600e3, timeZone: 'Europe/London', dayKey: '2025-06-01', ml })

describe('export', () => {
  it('reads every table, and the file it makes parses back to the same records', async () => {
    await fill(FIXTURE)
    const tables = await readAllTables()
    expect(normalise(tables)).toEqual(normalise(FIXTURE))
    const parsed = parseBackup(JSON.stringify(backupOf(tables)), { now: NOW })
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(normalise(parsed.backup.tables)).toEqual(normalise(FIXTURE))
  })

  it('the store builds a dated .json file with the app version, schema version and checksum', async () => {
    await fill(FIXTURE)
    const file = await useBackupStore().exportBackup(NOW)
    expect(file.fileName).toMatch(/^leg-care-backup-\d{4}-\d{2}-\d{2}\.json$/)
    const data = JSON.parse(file.text) as Backup
    expect(data).toMatchObject({ format: 'leg-care-backup', schemaVersion: 1, createdAt: new Date(NOW).toISOString() })
    expect(data.appVersion).toEqual(expect.any(String))
    expect(data.checksum).toMatch(/^[0-9a-f]{64}$/)
    expect(file.count).toBe(TABLE_NAMES.reduce((s, n) => s + FIXTURE[n].length, 0))
  })
})

describe('import (one transaction)', () => {
  it('replace: the device ends up holding exactly the backup', async () => {
    await fill({ ...emptyTables(), waterEntries: [water('mine-1'), water('mine-2')] })
    const plan = await applyBackup(backupOf(FIXTURE), 'replace')
    expect(plan.counts.waterEntries.removed).toBe(2)
    // A backup made before write order was kept: its gate events and screenings are numbered by date.
    const expected = { ...FIXTURE, gateEvents: sequenceByTime(FIXTURE.gateEvents), screenings: sequenceByTime(FIXTURE.screenings) }
    expect(normalise(await readAllTables())).toEqual(normalise(expected))
  })

  it('a backup keeps the write order: a raise written after a clear still wins after a replace, whatever the dates', async () => {
    const H = 3_600_000
    const gate = useGateStore()
    await gate.load()
    // Raised and cleared while the clock was 2 hours fast, then raised again after it was put right.
    await gate.raise({ level: 'emergency', source: 'screening', reasons: ['first'], findings: ['pe_symptoms'] }, NOW + 2 * H)
    await gate.clear('clinician', '2025-06-01', NOW + 2 * H + 60_000)
    await gate.raise({ level: 'emergency', source: 'screening', reasons: ['new'], findings: ['pe_symptoms'] }, NOW + 60_000)
    expect(gate.active?.reasons).toEqual(['new'])
    const file = JSON.stringify(backupOf(await readAllTables()))
    const parsed = parseBackup(file, { now: NOW + 3 * H })
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    await deleteAllData({ keepGate: false })
    await applyBackup(parsed.backup, 'replace')
    await gate.load()
    expect(gate.active?.reasons).toEqual(['new'])
  })

  it('merge: adds what is new, keeps what is there, and importing twice adds no duplicates', async () => {
    const mine = water(FIXTURE.waterEntries[0]!.id, 999)
    await fill({ ...emptyTables(), waterEntries: [mine, water('mine-only')] })
    const first = await applyBackup(backupOf(FIXTURE), 'merge')
    expect(first.counts.waterEntries).toEqual({ added: FIXTURE.waterEntries.length - 1, skipped: 1, removed: 0 })
    const second = await applyBackup(backupOf(FIXTURE), 'merge')
    expect(second.counts.waterEntries.added).toBe(0)
    const after = await db.waterEntries.toArray()
    expect(after).toHaveLength(FIXTURE.waterEntries.length + 1)
    // The device's own version of a shared id wins.
    expect(after.find((w) => w.id === mine.id)?.ml).toBe(999)
    expect(await db.painEntries.count()).toBe(FIXTURE.painEntries.length)
  })

  it('a failure part-way leaves every table exactly as it was, even in replace mode', async () => {
    await fill(FIXTURE)
    const before = await readAllTables()
    // A record with no id cannot be stored: the last table's put fails after the clears and earlier puts ran.
    const bad = { ...backupOf(emptyTables()), tables: { ...emptyTables(), settings: [{ key: 'region', value: 'FR' }], waterEntries: [{ ml: 1 } as unknown as WaterRecord] } }
    await expect(applyBackup(bad, 'replace')).rejects.toThrow()
    expect(normalise(await readAllTables())).toEqual(normalise(before))
  })
})

describe('delete all', () => {
  it('empties every table', async () => {
    await fill(FIXTURE)
    await deleteAllData({ keepGate: false })
    expect(Object.values(await countAll())).toEqual(TABLE_NAMES.map(() => 0))
  })

  it('can keep the gate events and nothing else', async () => {
    await fill(FIXTURE)
    await deleteAllData({ keepGate: true })
    const counts = await countAll()
    expect(counts.gateEvents).toBe(FIXTURE.gateEvents.length)
    expect({ ...counts, gateEvents: 0 }).toEqual(Object.fromEntries(TABLE_NAMES.map((n) => [n, 0])))
  })
})

function fileOf(text: string, name = 'backup.json'): File {
  return new File([text], name, { type: 'application/json' })
}

const raise = (id: string, at: number): GateEventRecord => ({
  id,
  at,
  timeZone: 'Europe/London',
  kind: 'raise',
  level: 'urgent',
  source: 'screening',
  screeningId: null,
  reasons: ['A reason'],
  findings: ['one_leg_swollen'],
  clearedBy: null,
  assessedOn: null,
})

describe('backup store with the gate and settings stores', () => {
  it('a refused file changes nothing and gives reasons', async () => {
    await fill(FIXTURE)
    const before = await readAllTables()
    const store = useBackupStore()
    expect(await store.checkFile(fileOf('{"format":"leg-care-backup","schemaVersion":1,'), NOW)).toBe(false)
    expect(store.phase).toBe('refused')
    expect(store.errors[0]).toMatch(/cut off|damaged/)
    expect(await store.confirmImport('replace')).toBe(false)
    expect(normalise(await readAllTables())).toEqual(normalise(before))
  })

  it('refuses a file over the size limit from its size alone, without reading it', async () => {
    const store = useBackupStore()
    const file = fileOf('x'.repeat(2000))
    const text = vi.spyOn(file, 'text')
    expect(await store.checkFile(file, NOW, 1000)).toBe(false)
    expect(text).not.toHaveBeenCalled()
    expect(store.errors[0]).toMatch(/too large/)
  })

  it('previews, then a replace import shows the backup’s gate and settings at once', async () => {
    const gate = useGateStore()
    const settings = useSettingsStore()
    await Promise.all([gate.load(), settings.load()])
    expect(gate.active).toBeNull()
    const store = useBackupStore()
    expect(await store.checkFile(fileOf(JSON.stringify(backupOf(FIXTURE))), NOW)).toBe(true)
    expect(store.preview?.counts.waterEntries).toBe(FIXTURE.waterEntries.length)
    expect(store.plans?.merge.counts.painEntries.added).toBe(FIXTURE.painEntries.length)
    expect(await db.waterEntries.count()).toBe(0) // a preview writes nothing
    expect(await store.confirmImport('replace')).toBe(true)
    // The fixture's last gate event is a raise after a clinician clear: a gate is in force.
    expect(gate.active?.level).toBe('urgent')
    expect(settings.settings.volumeUnit).toBe('floz')
  })

  it('delete all (second confirmation given) clears the gate; keeping it leaves the gate in force', async () => {
    const gate = useGateStore()
    await gate.load()
    await gate.raise({ level: 'emergency', source: 'screening', reasons: ['r'], findings: ['pe_symptoms'] }, NOW)
    const store = useBackupStore()
    expect(await store.deleteAll({ keepGate: true })).toBe(true)
    expect(gate.active?.level).toBe('emergency')
    expect(await store.deleteAll({ keepGate: false })).toBe(true)
    expect(gate.active).toBeNull()
    expect(await db.gateEvents.count()).toBe(0)
  })

  it('the gate follows the event log through its live query when another tab imports', async () => {
    const gate = useGateStore()
    await gate.load()
    await applyBackup(backupOf({ ...emptyTables(), gateEvents: [raise('g-1', NOW - 1000)] }), 'merge')
    await vi.waitFor(() => expect(gate.active?.level).toBe('urgent'))
    await deleteAllData({ keepGate: false })
    await vi.waitFor(() => expect(gate.active).toBeNull())
  })

  it('warns before a replace that would take away a warning in force', async () => {
    const gate = useGateStore()
    await gate.load()
    await gate.raise({ level: 'urgent', source: 'pain-jump', reasons: ['r'], findings: [] }, NOW)
    const store = useBackupStore()
    await store.checkFile(fileOf(JSON.stringify(backupOf({ ...emptyTables(), waterEntries: [water('w-1')] }))), NOW)
    expect(store.replaceClearsGate).toBe(true)
  })

  it('an import that fails to write says nothing changed and reports the storage fault', async () => {
    await fill(FIXTURE)
    const before = await readAllTables()
    const store = useBackupStore()
    await store.checkFile(fileOf(JSON.stringify(backupOf({ ...emptyTables(), waterEntries: [water('w-new')] }))), NOW)
    // The disk fills up as the water entries are written.
    db.waterEntries.hook('creating', () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError')
    })
    expect(await store.confirmImport('merge')).toBe(false)
    expect(store.errors.join(' ')).toMatch(/Nothing on this device was changed/)
    expect(useStorageStore().problem).toMatch(/full/)
    expect(normalise(await readAllTables())).toEqual(normalise(before))
  })
})
