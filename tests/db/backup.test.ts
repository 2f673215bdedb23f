import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { applyBackup, countAll, deleteAllData, readAllTables } from '../../src/db/backup'
import { createDb, setDb, type AppDb } from '../../src/db/db'
import { GateChangeError, TABLE_NAMES, buildBackup, emptyTables, gateEffect, parseBackup, type Backup, type Tables } from '../../src/domain/backup'
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

function backupOf(tables: Tables): Promise<Backup> {
  return buildBackup({ tables, appVersion: '0.1.0', createdAt: NOW })
}

async function fileText(tables: Tables): Promise<string> {
  return JSON.stringify(await backupOf(tables))
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
    const parsed = await parseBackup(await fileText(tables), { now: NOW })
    expect(parsed.ok && parsed.checked.leftOutReasons).toEqual([])
    if (!parsed.ok) return
    // The one run still playing comes back stopped; everything else exactly as it was.
    const active = FIXTURE.runs.find((r) => r.status === 'active')!
    const back = parsed.backup.tables.runs.find((r) => r.id === active.id)!
    expect(back).toMatchObject({ status: 'stopped', startedAt: active.startedAt })
    expect(back.endedAt).toBeGreaterThanOrEqual(active.startedAt)
    const withoutActive = (t: Tables): Tables => ({ ...t, runs: t.runs.filter((r) => r.id !== active.id) })
    expect(normalise(withoutActive(parsed.backup.tables))).toEqual(normalise(withoutActive(FIXTURE)))
  })

  it('the store builds a dated .json file with the app version, schema version and checksum', async () => {
    await fill(FIXTURE)
    const file = await useBackupStore().exportBackup(NOW)
    expect(file.leftOut).toEqual([])
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
    const plan = await applyBackup(FIXTURE, 'replace')
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
    const file = JSON.stringify(await backupOf(await readAllTables()))
    const parsed = await parseBackup(file, { now: NOW + 3 * H })
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    await deleteAllData({ keepGate: false })
    await applyBackup(parsed.backup.tables, 'replace')
    await gate.load()
    expect(gate.active?.reasons).toEqual(['new'])
  })

  it('merge: adds what is new, keeps what is there, and importing twice adds no duplicates', async () => {
    const mine = water(FIXTURE.waterEntries[0]!.id, 999)
    await fill({ ...emptyTables(), waterEntries: [mine, water('mine-only')] })
    const first = await applyBackup(FIXTURE, 'merge')
    expect(first.counts.waterEntries).toEqual({ added: FIXTURE.waterEntries.length - 1, updated: 0, skipped: 1, removed: 0 })
    const second = await applyBackup(FIXTURE, 'merge')
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
    const bad = { ...emptyTables(), settings: [{ key: 'region', value: 'FR' }], waterEntries: [{ ml: 1 } as unknown as WaterRecord] }
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
    expect(await store.confirmImport('replace')).toBe('failed')
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
    expect(await store.checkFile(fileOf(await fileText(FIXTURE)), NOW)).toBe(true)
    expect(store.summary?.inFile.waterEntries).toBe(FIXTURE.waterEntries.length)
    expect(store.previews?.merge.tables.painEntries.added).toBe(FIXTURE.painEntries.length)
    expect(await db.waterEntries.count()).toBe(0) // a preview writes nothing
    expect(await store.confirmImport('replace')).toBe('done')
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
    await applyBackup({ ...emptyTables(), gateEvents: [raise('g-1', NOW - 1000)] }, 'merge')
    await vi.waitFor(() => expect(gate.active?.level).toBe('urgent'))
    await deleteAllData({ keepGate: false })
    await vi.waitFor(() => expect(gate.active).toBeNull())
  })

  it('warns before a replace that would take away a warning in force', async () => {
    const gate = useGateStore()
    await gate.load()
    await gate.raise({ level: 'urgent', source: 'pain-jump', reasons: ['r'], findings: [] }, NOW)
    const store = useBackupStore()
    await store.checkFile(fileOf(await fileText({ ...emptyTables(), waterEntries: [water('w-1')] })), NOW)
    expect(store.previews?.replace.gate?.kind).toBe('ends')
    expect(store.previews?.merge.gate).toBeNull()
  })

  it('an import that fails to write says nothing changed and reports the storage fault', async () => {
    await fill(FIXTURE)
    const before = await readAllTables()
    const store = useBackupStore()
    await store.checkFile(fileOf(await fileText({ ...emptyTables(), waterEntries: [water('w-new')] })), NOW)
    // The disk fills up as the water entries are written.
    db.waterEntries.hook('creating', () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError')
    })
    expect(await store.confirmImport('merge')).toBe('failed')
    expect(store.errors.join(' ')).toMatch(/Nothing on this device was changed/)
    expect(useStorageStore().problem).toMatch(/full/)
    expect(normalise(await readAllTables())).toEqual(normalise(before))
  })
})

const clearEvent = (id: string, at: number): GateEventRecord => ({
  ...raise(id, at),
  kind: 'clear',
  level: null,
  source: null,
  reasons: [],
  findings: [],
  clearedBy: 'new-screening',
})

describe('an import cannot lower the gate without asking', () => {
  it('inside the write: a merge that would clear the gate in force writes nothing and names the change', async () => {
    await fill({ ...emptyTables(), gateEvents: [raise('r-1', NOW - 1000)] })
    const incoming = { ...emptyTables(), gateEvents: [clearEvent('c-1', NOW)], waterEntries: [water('w-1')] }
    const error = await applyBackup(incoming, 'merge').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GateChangeError)
    expect((error as GateChangeError).effect.kind).toBe('ends')
    expect(await db.waterEntries.count()).toBe(0)
    expect(await db.gateEvents.count()).toBe(1)
    // Agreed to exactly this change, it is written.
    await applyBackup(incoming, 'merge', { acceptGate: (error as GateChangeError).effect.key })
    expect(await db.gateEvents.count()).toBe(2)
  })

  it('inside the write: a "yes" given before a new raise does not cover it (the raise lands between confirm and write)', async () => {
    await fill({ ...emptyTables(), gateEvents: [raise('r-1', NOW - 1000)] })
    const agreed = gateEffect([raise('r-1', NOW - 1000)], [])!.key
    await db.gateEvents.add(raise('r-2', NOW))
    await expect(applyBackup(emptyTables(), 'replace', { acceptGate: agreed })).rejects.toBeInstanceOf(GateChangeError)
    expect(await db.gateEvents.count()).toBe(2)
  })

  it('merge: a file whose gate log ends in a clear dated 23 h ahead asks first; agreed, the clear is dated now and a new raise shows', async () => {
    const gate = useGateStore()
    await gate.load()
    await gate.raise({ level: 'emergency', source: 'screening', reasons: ['Chest pain'], findings: ['pe_symptoms'] }, NOW - 60_000)
    const store = useBackupStore()
    const text = await fileText({ ...emptyTables(), gateEvents: [raise('old', NOW - 86_400_000), clearEvent('ahead', NOW + 23 * 3600e3)] })
    expect(await store.checkFile(fileOf(text), NOW)).toBe(true)
    expect(store.adjustedReasons.join(' ')).toMatch(/dated now/)
    expect(store.previews?.merge.gate?.kind).toBe('ends')
    expect(await store.confirmImport('merge')).toBe('ask')
    expect(store.gateQuestion?.effect.before.level).toBe('emergency')
    expect(gate.active?.level).toBe('emergency')
    expect(await db.gateEvents.count()).toBe(1)
    expect(await store.confirmImport('merge', { acceptGate: store.gateQuestion!.effect.key })).toBe('done')
    expect(gate.active).toBeNull()
    expect((await db.gateEvents.get('ahead'))?.at).toBe(NOW)
    // A raise a minute later is in force at once (a clear dated ahead used to hide it for 23 hours).
    await gate.raise({ level: 'urgent', source: 'pain-jump', reasons: ['r'], findings: [] }, NOW + 60_000)
    expect(gate.active?.level).toBe('urgent')
  })

  it('replace: the check runs again at confirm time, so a gate raised after the preview is not wiped without asking', async () => {
    const gate = useGateStore()
    await gate.load()
    const store = useBackupStore()
    expect(await store.checkFile(fileOf(await fileText({ ...emptyTables(), waterEntries: [water('w-1')] })), NOW)).toBe(true)
    expect(store.previews?.replace.gate).toBeNull() // no gate when the file was picked
    await gate.raise({ level: 'emergency', source: 'screening', reasons: ['r'], findings: ['pe_symptoms'] }, NOW + 1000)
    expect(await store.confirmImport('replace')).toBe('ask')
    expect(store.gateQuestion?.effect.kind).toBe('ends')
    expect(await db.gateEvents.count()).toBe(1)
    expect(await db.waterEntries.count()).toBe(0)
  })
})

describe('what an import brings in', () => {
  it('a routine still playing in the backup is stored stopped, so nothing plays under the imported gate', async () => {
    const store = useBackupStore()
    await store.checkFile(fileOf(await fileText(FIXTURE)), NOW)
    expect(await store.confirmImport('replace')).toBe('done')
    expect(await db.runs.where('status').equals('active').count()).toBe(0)
  })

  it('partial import: the valid records come in, the rest are listed with the reason, in the preview and the result', async () => {
    const tables: Tables = {
      ...emptyTables(),
      settings: [
        { key: 'region', value: 'constructor' },
        { key: 'water', value: null },
        { key: 'volumeUnit', value: 'floz' },
      ],
      waterEntries: [water('w-1'), { ...water('w-2'), ml: 0.5 }],
    }
    const store = useBackupStore()
    const settings = useSettingsStore()
    await settings.load()
    expect(await store.checkFile(fileOf(await fileText(tables)), NOW)).toBe(true)
    expect(store.leftOutReasons).toEqual([
      'Setting 1 ("region") is "constructor"; the region must be one this app has a number for, such as "GB" or "INTL".',
      'Setting 2 ("water") is empty (null); water settings must be a group of goal, drink buttons, limit, hot day and active day.',
      'Drink 2 has an amount of 0.5 ml; amounts must be between 1 and 5000 ml.',
    ])
    expect(store.previews?.merge.tables.waterEntries).toMatchObject({ inFile: 2, added: 1, leftOut: 1 })
    expect(store.previews?.merge.settings).toEqual([{ name: 'Units for drinks', from: 'ml', to: 'US fl oz' }])
    expect(await store.confirmImport('merge')).toBe('done')
    expect(store.result?.leftOutReasons).toHaveLength(3)
    expect(await db.waterEntries.count()).toBe(1)
    expect((await db.settings.toArray()).map((r) => r.key)).toEqual(['volumeUnit'])
    expect(settings.settings.region).toBeNull()
    expect(settings.settings.water).toEqual(useSettingsStore().settings.water)
    expect(settings.settings.volumeUnit).toBe('floz')
  })
})

describe('settings writes are checked by their schema', () => {
  it('a bad value is refused with a message, never saved, and taken back', async () => {
    const settings = useSettingsStore()
    await settings.load()
    expect(await settings.update('region', 'constructor')).toBe(false)
    expect(settings.problem).toMatch(/region must be one this app has a number for/)
    expect(settings.settings.region).toBeNull()
    expect(await settings.update('water', null as never)).toBe(false)
    expect(settings.settings.water.quickAddMl).toEqual([150, 250, 500])
    expect(await db.settings.count()).toBe(0)
    expect(await settings.update('region', 'GB')).toBe(true)
    expect(settings.problem).toBeNull()
    expect(await db.settings.get('region')).toEqual({ key: 'region', value: 'GB' })
  })
})
