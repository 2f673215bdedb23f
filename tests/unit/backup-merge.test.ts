import { describe, expect, it } from 'vitest'
import {
  emptyTables,
  gateEffect,
  GateChangeError,
  planChecked,
  planImport,
  previewMode,
  settingChanges,
  type CheckedTables,
  type Tables,
} from '../../src/domain/backup'
import { perTable } from '../../src/domain/backup/tables'
import type { GateEventRecord, GateLevel, WaterRecord } from '../../src/domain/records'
import { DEFAULT_SETTINGS } from '../../src/domain/settings'

const NOW = Date.UTC(2025, 5, 15, 12, 0)
const HOUR = 3_600_000

const drink = (id: string, ml = 250): WaterRecord => ({ id, at: NOW - HOUR, timeZone: 'UTC', dayKey: '2025-06-15', ml })

function event(id: string, at: number, kind: 'raise' | 'clear', level: GateLevel | null = null, findings: string[] = []): GateEventRecord {
  return {
    id,
    at,
    timeZone: 'UTC',
    kind,
    level: kind === 'raise' ? (level ?? 'urgent') : null,
    source: kind === 'raise' ? 'screening' : null,
    screeningId: null,
    reasons: findings.map((f) => `Reason for ${f}`),
    findings,
    clearedBy: kind === 'clear' ? 'clinician' : null,
    assessedOn: null,
  }
}

describe('planImport', () => {
  const existing = (): Tables => ({
    ...emptyTables(),
    settings: [{ key: 'volumeUnit', value: 'floz' }],
    waterEntries: [drink('w1'), drink('w2')],
  })
  const incoming = (): Tables => ({
    ...emptyTables(),
    settings: [
      { key: 'volumeUnit', value: 'ml' },
      { key: 'travelMode', value: true },
    ],
    // Same id as one on the device, different content: the device's copy must win.
    waterEntries: [drink('w1', 999), drink('w3')],
  })

  it('merges without duplicates: new ids added, ids already present kept as they are', () => {
    const plan = planImport(existing(), incoming(), 'merge')
    expect(plan.clearFirst).toBe(false)
    expect(plan.puts.settings).toEqual([{ key: 'travelMode', value: true }])
    expect(plan.puts.waterEntries.map((w) => w.id)).toEqual(['w3'])
    expect(plan.counts.settings).toEqual({ added: 1, updated: 0, skipped: 1, removed: 0 })
    expect(plan.counts.waterEntries).toEqual({ added: 1, updated: 0, skipped: 1, removed: 0 })
  })

  it('merging the same backup twice adds nothing the second time', () => {
    const first = planImport(existing(), incoming(), 'merge')
    const after = existing()
    for (const name of Object.keys(after) as (keyof Tables)[]) (after[name] as unknown[]) = [...after[name], ...first.puts[name]]
    const second = planImport(after, incoming(), 'merge')
    expect(Object.values(second.puts).every((rows) => rows.length === 0)).toBe(true)
  })

  it('replaces: clear first, then put every incoming record', () => {
    const plan = planImport(existing(), incoming(), 'replace')
    expect(plan.clearFirst).toBe(true)
    expect(plan.puts).toEqual(incoming())
    expect(plan.counts.waterEntries).toEqual({ added: 2, updated: 0, skipped: 0, removed: 2 })
  })

  it('a merge keeps the backup’s water settings where the device has only marked a hot day (it used to drop them all)', () => {
    const device: Tables = {
      ...emptyTables(),
      settings: [{ key: 'water', value: { ...DEFAULT_SETTINGS.water, hotDay: '2025-06-15' } }],
    }
    const backup: Tables = {
      ...emptyTables(),
      settings: [{ key: 'water', value: { goalMl: 2200, quickAddMl: [200, 330, 500], limitMl: 1500, hotDay: null, activeDay: null } }],
    }
    const plan = planImport(device, backup, 'merge')
    expect(plan.puts.settings).toEqual([
      { key: 'water', value: { goalMl: 2200, quickAddMl: [200, 330, 500], limitMl: 1500, hotDay: '2025-06-15', activeDay: null } },
    ])
    expect(plan.counts.settings.updated).toBe(1)
    // What the device has set itself wins.
    const mine: Tables = { ...emptyTables(), settings: [{ key: 'water', value: { ...DEFAULT_SETTINGS.water, goalMl: 1800 } }] }
    expect((planImport(mine, backup, 'merge').puts.settings[0]?.value as { goalMl: number }).goalMl).toBe(1800)
  })

  it('does not change its inputs', () => {
    const before = existing()
    const inc = incoming()
    planImport(before, inc, 'merge')
    expect(before).toEqual(existing())
    expect(inc).toEqual(incoming())
  })
})

describe('gateEffect: the gate in force before and after, by the domain gate function', () => {
  const raised = [event('r1', NOW - 2 * HOUR, 'raise', 'emergency', ['pe_symptoms'])]

  it('nothing to lose when no gate is up, or when it stays or gets stronger', () => {
    expect(gateEffect([], [event('c', NOW, 'clear')])).toBeNull()
    expect(gateEffect(raised, raised)).toBeNull()
    expect(gateEffect(raised, [...raised, event('r2', NOW, 'raise', 'urgent', ['x'])])).toBeNull()
  })

  it('names an end, a lower level, and lost warning signs', () => {
    expect(gateEffect(raised, [...raised, event('c', NOW, 'clear')])?.kind).toBe('ends')
    expect(gateEffect(raised, [event('r9', NOW - HOUR, 'raise', 'urgent', ['pe_symptoms'])])?.kind).toBe('lowers')
    expect(gateEffect(raised, [event('r9', NOW - HOUR, 'raise', 'emergency', ['other'])])?.kind).toBe('drops-signs')
  })

  it('a "yes" to one change does not cover another: the key changes with the raises in force', () => {
    const a = gateEffect(raised, [])!
    const b = gateEffect([...raised, event('r2', NOW, 'raise', 'urgent', ['new'])], [])!
    expect(a.key).not.toBe(b.key)
  })
})

describe('planChecked (what the write transaction runs)', () => {
  const device: Tables = { ...emptyTables(), gateEvents: [event('r1', NOW - HOUR, 'raise', 'emergency', ['pe_symptoms'])] }

  it('a merge whose backup ends in a clear after the raise throws, naming the change; with that key agreed it plans', () => {
    const backup: Tables = { ...emptyTables(), gateEvents: [event('c1', NOW, 'clear')] }
    let error: unknown
    try {
      planChecked(device, backup, 'merge', null)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(GateChangeError)
    const effect = (error as GateChangeError).effect
    expect(effect.kind).toBe('ends')
    expect(effect.before.level).toBe('emergency')
    // Agreed, it plans: the backup's clear after the device's raise, both put in that write order.
    const puts = planChecked(device, backup, 'merge', effect.key).puts.gateEvents
    expect(puts.map((e) => [e.id, e.seq])).toEqual([['r1', 1], ['c1', 2]])
  })

  it('a replace with a backup that lacks the gate throws; one that keeps it does not', () => {
    expect(() => planChecked(device, emptyTables(), 'replace', null)).toThrow(GateChangeError)
    expect(() => planChecked(device, device, 'replace', null)).not.toThrow()
  })

  it('an agreement to one change does not cover a gate raised after it was given', () => {
    const agreed = gateEffect(device.gateEvents, [])!.key
    const later: Tables = { ...device, gateEvents: [...device.gateEvents, event('r2', NOW, 'raise', 'urgent', ['new'])] }
    expect(() => planChecked(later, emptyTables(), 'replace', agreed)).toThrow(GateChangeError)
  })
})

describe('previewMode and settingChanges: what each table gains and loses, settings included', () => {
  const checked = (tables: Tables): CheckedTables => ({
    tables,
    leftOut: perTable(() => 0),
    leftOutReasons: [],
    adjusted: perTable(() => 0),
    adjustedReasons: [],
  })

  it('counts per table for both modes, and names each setting that changes', () => {
    const device: Tables = { ...emptyTables(), settings: [{ key: 'travelMode', value: true }], waterEntries: [drink('w1'), drink('w2')] }
    const backup: Tables = { ...emptyTables(), settings: [{ key: 'volumeUnit', value: 'floz' }], waterEntries: [drink('w2'), drink('w3')] }
    const inFile = perTable((t) => backup[t].length)
    const merge = previewMode(device, checked(backup), inFile, 'merge')
    expect(merge.tables.waterEntries).toMatchObject({ inFile: 2, added: 1, kept: 1, removed: 0 })
    expect(merge.settings).toEqual([{ name: 'Units for drinks', from: 'ml', to: 'US fl oz' }])
    const replace = previewMode(device, checked(backup), inFile, 'replace')
    expect(replace.tables.waterEntries).toMatchObject({ inFile: 2, added: 2, kept: 0, removed: 2 })
    expect(replace.settings).toEqual([
      { name: 'Units for drinks', from: 'ml', to: 'US fl oz' },
      { name: 'Travel mode', from: 'on', to: 'off' },
    ])
  })

  it('says when a fluid limit would go', () => {
    const withLimit = [{ key: 'water', value: { ...DEFAULT_SETTINGS.water, limitMl: 1500 } }]
    expect(settingChanges(withLimit, [])).toEqual([
      { name: 'Daily drinks limit from your doctor or nurse', from: '1500 ml', to: 'not set' },
    ])
  })
})
