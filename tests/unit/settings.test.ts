import { describe, expect, it } from 'vitest'
import { EMERGENCY_NUMBERS, emergencyNumberFor, regionFromLocale } from '../../src/content/emergency'
import { validateAmountMl } from '../../src/domain/hydration'
import type { RunRecord } from '../../src/domain/records'
import { closeRun } from '../../src/domain/runEnd'
import { DEFAULT_SETTINGS, mergeSettings } from '../../src/domain/settings'
import { checkSetting, SETTING_SCHEMAS } from '../../src/domain/settingsSchema'

const NOW = Date.UTC(2025, 5, 15, 12)
const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype)

describe('checkSetting: one schema per setting', () => {
  it('accepts every default, and the schemas cover exactly the settings the app has', () => {
    expect(Object.keys(SETTING_SCHEMAS).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort())
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) expect(checkSetting(key, value, NOW), key).toMatchObject({ ok: true })
  })

  it.each(PROTO_NAMES)('refuses the region %j (a name on Object.prototype)', (name) => {
    expect(checkSetting('region', name, NOW).ok).toBe(false)
  })

  it.each<[string, unknown]>([
    ['water', null],
    ['water', { ...DEFAULT_SETTINGS.water, goalMl: -5 }],
    ['water', { ...DEFAULT_SETTINGS.water, quickAddMl: [0.5] }],
    ['water', { ...DEFAULT_SETTINGS.water, extra: 1 }],
    ['cues', { voice: 'yes', beep: true, vibration: true }],
    ['reminders', { ...DEFAULT_SETTINGS.reminders, quietStart: '25:00' }],
    ['reminders', { ...DEFAULT_SETTINGS.reminders, intervalMin: 1e300 }],
    ['volumeUnit', 'gallons'],
    ['travelMode', 'true'],
    ['clotCheckedOn', '2025-02-30'],
    ['clotCheckedOn', '2025-06-17'],
    ['constructor', {}],
    ['__proto__', {}],
  ])('refuses %s = %j with a sentence', (key, value) => {
    const result = checkSetting(key, value, NOW)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/^(is|has) .+/)
  })

  it('lets today be today anywhere on Earth (UTC+14), not later', () => {
    expect(checkSetting('clotCheckedOn', '2025-06-16', NOW).ok).toBe(true)
    expect(checkSetting('clotCheckedOn', '2025-06-17', NOW).ok).toBe(false)
  })
})

describe('mergeSettings: what start-up reads never breaks a screen', () => {
  it('falls back to the default for a value of the wrong kind, part by part', () => {
    const s = mergeSettings({ water: null, cues: { voice: false, beep: 'loud' }, reminders: 7, region: 5, travelMode: true })
    expect(s.water).toEqual(DEFAULT_SETTINGS.water)
    expect(s.cues).toEqual({ ...DEFAULT_SETTINGS.cues, voice: false })
    expect(s.reminders).toEqual(DEFAULT_SETTINGS.reminders)
    expect(s.region).toBeNull()
    expect(s.travelMode).toBe(true)
  })

  it('keeps every nullable setting that holds a value of its kind (each default-null key is listed)', () => {
    const set = { region: 'ES', regionAskedFor: 'ES', clotCheckedOn: '2025-06-01', water: { ...DEFAULT_SETTINGS.water, goalMl: 2000, limitMl: 1500, hotDay: '2025-06-01', activeDay: '2025-06-01' } }
    const s = mergeSettings(set)
    for (const [key, value] of Object.entries(set)) expect(s[key as keyof typeof s], key).toEqual(value)
    for (const key of Object.keys(DEFAULT_SETTINGS).filter((k) => DEFAULT_SETTINGS[k as keyof typeof DEFAULT_SETTINGS] === null)) {
      expect(Object.keys(set), key).toContain(key)
    }
    expect(checkSetting('regionAskedFor', 'ES', Date.now())).toMatchObject({ ok: true })
  })

  it('ignores keys inherited from Object.prototype and keys it does not know', () => {
    const stored = JSON.parse('{"constructor": 1, "toString": 2, "theme": "dark"}') as Record<string, unknown>
    expect(mergeSettings(stored)).toEqual(DEFAULT_SETTINGS)
  })
})

describe('emergency numbers are looked up as own keys', () => {
  it.each(PROTO_NAMES)('region %j gives the default number, not a crash', (name) => {
    const n = emergencyNumberFor(name)
    expect(n).toBe(EMERGENCY_NUMBERS.INTL)
    expect(n.emergency).toBe('112')
    expect(regionFromLocale(`${name}-${name}`)).toBe('INTL')
  })
})

describe('inputs follow the backup’s rules', () => {
  it('a drink is a whole number of ml from 1 to 2000', () => {
    expect(validateAmountMl(0.5)).toEqual({ ok: true, ml: 1 })
    expect(validateAmountMl(0.4).ok).toBe(false)
    expect(validateAmountMl(236.59, 'floz')).toEqual({ ok: true, ml: 237 })
    expect(validateAmountMl(2000.4)).toEqual({ ok: true, ml: 2000 })
    expect(validateAmountMl(2000.6).ok).toBe(false)
  })

  it('a run never ends before it starts or before a pause, and an open pause ends with it', () => {
    const run: RunRecord = {
      id: 'r',
      routineId: 'ice',
      startedAt: 10_000,
      pauses: [{ at: 12_000, until: null }],
      shifts: [],
      status: 'active',
      endedAt: null,
      painBefore: null,
      painAfter: null,
    }
    // The clock stepped back to 5 000.
    expect(closeRun(run, 'stopped', 5_000)).toMatchObject({ status: 'stopped', endedAt: 12_000, pauses: [{ at: 12_000, until: 12_000 }] })
    expect(closeRun(run, 'done', 20_000)).toMatchObject({ endedAt: 20_000, pauses: [{ at: 12_000, until: 20_000 }] })
  })
})
