/**
 * The seven tables a backup carries, in the order they appear in the file. Small on purpose: the Settings screen
 * imports it for its labels and types without loading the backup checks.
 */
import type {
  GateEventRecord,
  PainRecord,
  RunRecord,
  ScreeningRecord,
  SessionRecord,
  SettingRecord,
  WaterRecord,
} from '../records'

export const TABLE_NAMES = [
  'settings',
  'screenings',
  'gateEvents',
  'runs',
  'sessions',
  'painEntries',
  'waterEntries',
] as const
export type TableName = (typeof TABLE_NAMES)[number]

/** Every table's records: what a backup holds and what the db layer reads and writes. */
export interface Tables {
  settings: SettingRecord[]
  screenings: ScreeningRecord[]
  gateEvents: GateEventRecord[]
  runs: RunRecord[]
  sessions: SessionRecord[]
  painEntries: PainRecord[]
  waterEntries: WaterRecord[]
}

/** A fresh set of empty tables. */
export function emptyTables(): Tables {
  return { settings: [], screenings: [], gateEvents: [], runs: [], sessions: [], painEntries: [], waterEntries: [] }
}

/** The key a record is stored under: a setting's name, every other record's id. */
export function recordKey(table: TableName, record: unknown): unknown {
  if (record === null || typeof record !== 'object') return undefined
  return table === 'settings' ? (record as { key?: unknown }).key : (record as { id?: unknown }).id
}

/** Numbers per table. */
export type PerTable<T> = Record<TableName, T>

/** `make(table)` for every table. */
export function perTable<T>(make: (table: TableName) => T): PerTable<T> {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, make(name)])) as PerTable<T>
}
