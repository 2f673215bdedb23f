/**
 * What the import screen says before anything is written: for each way of bringing a backup in, what every table
 * gains and loses (settings by name and value), what was left out or changed, and what happens to the gate.
 */
import { SETTING_WORDS } from '../../content/backupWords'
import { EMERGENCY_NUMBERS } from '../../content/emergency'
import type { SettingRecord } from '../records'
import { mergeSettings } from '../settings'
import { canonicalJson } from './format'
import { gateEffectOf, planImport, tableAfter, type GateEffect, type ImportMode, type ImportPlan } from './merge'
import { perTable, type PerTable, type Tables } from './tables'
import type { CheckedTables } from './validate'

export interface TableOutcome {
  /** Records of this table in the file. */
  inFile: number
  /** New records put on the device. */
  added: number
  /** Settings filled in part by part (merge). */
  updated: number
  /** In the file, not put: the device already has them. */
  kept: number
  /** On the device now, deleted (replace). */
  removed: number
  /** In the file, left out: they failed a check. */
  leftOut: number
  /** Brought in changed (dated now, a routine stopped). */
  changed: number
}

export interface SettingChange {
  name: string
  from: string
  to: string
}

export interface ModePreview {
  mode: ImportMode
  tables: PerTable<TableOutcome>
  settings: SettingChange[]
  /** How this mode would lower the gate in force, or null. */
  gate: GateEffect | null
  plan: ImportPlan
}

/** A second question before an import that would end or weaken the warning in force. */
export interface GateQuestion {
  mode: ImportMode
  effect: GateEffect
}

/** What an applied import did, for the screen that says so. */
export interface ImportResult {
  mode: ImportMode
  tables: ModePreview['tables']
  leftOutReasons: string[]
  adjustedReasons: string[]
}

/** A setting value in plain words. */
function valueText(field: string, value: unknown): string {
  if (value === null) return 'not set'
  if (value === true) return 'on'
  if (value === false) return 'off'
  if (field === 'volumeUnit') return value === 'floz' ? 'US fl oz' : 'ml'
  if (field === 'region' && typeof value === 'string' && Object.hasOwn(EMERGENCY_NUMBERS, value)) {
    const n = EMERGENCY_NUMBERS[value]!
    return `${n.label} (${n.emergency})`
  }
  const ml = field.endsWith('Ml') ? ' ml' : ''
  if (Array.isArray(value)) return `${value.join(', ')}${ml}`
  return `${String(value)}${ml}`
}

/** The settings as the app would read them before and after, compared part by part. */
export function settingChanges(before: readonly SettingRecord[], after: readonly SettingRecord[]): SettingChange[] {
  const read = (rows: readonly SettingRecord[]) => mergeSettings(Object.fromEntries(rows.map((r) => [r.key, r.value])))
  const a = read(before) as unknown as Record<string, unknown>
  const b = read(after) as unknown as Record<string, unknown>
  const out: SettingChange[] = []
  const compare = (field: string, x: unknown, y: unknown): void => {
    if (canonicalJson(x) === canonicalJson(y)) return
    const name = Object.hasOwn(SETTING_WORDS, field) ? SETTING_WORDS[field]! : field
    out.push({ name, from: valueText(field, x), to: valueText(field, y) })
  }
  for (const key of Object.keys(a)) {
    const x = a[key]
    const y = b[key]
    if (x && y && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x)) {
      for (const field of Object.keys(x)) compare(field, (x as Record<string, unknown>)[field], (y as Record<string, unknown>)[field])
    } else compare(key, x, y)
  }
  return out
}

/**
 * Previews one way of bringing the checked backup in, against what the device holds now.
 * @param existing every table on the device
 * @param checked the backup's records after the checks, with what was left out or changed
 * @param inFile records per table in the file
 */
export function previewMode(
  existing: Tables,
  checked: CheckedTables,
  inFile: PerTable<number>,
  mode: ImportMode,
): ModePreview {
  const plan = planImport(existing, checked.tables, mode)
  const tables = perTable<TableOutcome>((t) => ({
    inFile: inFile[t],
    added: plan.counts[t].added,
    updated: plan.counts[t].updated,
    kept: plan.counts[t].skipped,
    removed: plan.counts[t].removed,
    leftOut: checked.leftOut[t],
    changed: checked.adjusted[t],
  }))
  return {
    mode,
    tables,
    settings: settingChanges(existing.settings, tableAfter(existing, plan, 'settings')),
    gate: gateEffectOf(existing, plan),
    plan,
  }
}
