import type { Transaction } from 'dexie'
import { sequenceByTime } from '../domain/writeOrder'

/**
 * Schema upgrades as pure functions over plain records, one registry entry per schema version.
 *
 * `UPGRADES[n]` turns records of version n-1 into records of version n, table by table. A function returns the
 * new record, or null to drop it (a record the new version cannot represent); a step that needs the whole table
 * (numbering records in order, say) is given as `{ table: (rows) => rows }` instead. The functions never see Dexie:
 * the same function upgrades a live database (through {@link dexieUpgrade}, wired into every `db.version(n)` by
 * createDb) and a plain set of tables (through {@link migrateTables}, used by tests and old backups), so what is
 * tested from fixtures is exactly what runs on a person's phone.
 *
 * See ./schema.ts for how to add a version.
 */

/** A plain record as stored: the upgrade functions are written against the old shape, not today's types. */
export type PlainRecord = Record<string, unknown>
/** A per-record step: old record -> new record, or null to drop it. */
export type RecordStep = (record: PlainRecord) => PlainRecord | null
/** A whole-table step: every old record -> every new record (a record left out is dropped). */
export interface TableStep {
  readonly table: (rows: readonly PlainRecord[]) => PlainRecord[]
}
/** One version's upgrade: a step per table. */
export type Upgrade = Readonly<Record<string, RecordStep | TableStep>>
/** Every table's records at some schema version. */
export type PlainTables = Record<string, PlainRecord[]>

/** Applies one table's step to its rows (pure). */
export function applyStep(step: RecordStep | TableStep, rows: readonly PlainRecord[]): PlainRecord[] {
  if (typeof step !== 'function') return step.table(rows)
  return rows.flatMap((r) => {
    const out = step(r)
    return out === null ? [] : [out]
  })
}

/**
 * Version 2 (schema.ts, SCHEMA_V2): gate events and screenings are numbered in the only order version 1 knew, by
 * their dates (then id), and that number is their write order from here on; every run starts its revision counter
 * at 1 (it has been written once, at least) and has never been moved by a clock jump.
 */
export const UPGRADE_V2: Upgrade = {
  gateEvents: { table: (rows) => sequenceByTime(rows as { id: string; at: number }[]) },
  screenings: { table: (rows) => sequenceByTime(rows as { id: string; at: number }[]) },
  runs: (r) => ({ ...r, rev: typeof r.rev === 'number' ? r.rev : 1, clockEpoch: typeof r.clockEpoch === 'number' ? r.clockEpoch : 0 }),
}

/** version -> upgrade from the version before. */
export const UPGRADES: Readonly<Record<number, Upgrade>> = { 2: UPGRADE_V2 }

/**
 * Upgrades plain tables from schema version `from` to version `to`, applying every registered step in order.
 * Pure: the input is not changed. Tables an upgrade does not name pass through as they are.
 * @throws RangeError when `to` is older than `from`
 */
export function migrateTables(
  tables: PlainTables,
  from: number,
  to: number,
  upgrades: Readonly<Record<number, Upgrade>> = UPGRADES,
): PlainTables {
  if (to < from) throw new RangeError(`Cannot downgrade from schema version ${from} to ${to}.`)
  let current: PlainTables = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.map((r) => ({ ...r }))]))
  for (let version = from + 1; version <= to; version++) {
    const step = upgrades[version]
    if (!step) continue
    const next: PlainTables = {}
    for (const [name, rows] of Object.entries(current)) {
      const fn = step[name]
      next[name] = fn ? applyStep(fn, rows) : rows
    }
    current = next
  }
  return current
}

/**
 * The Dexie upgrade callback for one version's pure upgrade: rewrites every record of each named table inside
 * Dexie's versionchange transaction, so a failure leaves the database at the old version, untouched.
 */
export function dexieUpgrade(step: Upgrade): (tx: Transaction) => Promise<void> {
  return async (tx) => {
    for (const [name, fn] of Object.entries(step)) {
      const table = tx.table(name)
      const keyPath = table.schema.primKey.keyPath as string
      const rows = (await table.toArray()) as PlainRecord[]
      const keep = applyStep(fn, rows)
      const kept = new Set(keep.map((r) => r[keyPath]))
      const drop = rows.map((r) => r[keyPath]).filter((k) => !kept.has(k))
      if (drop.length > 0) await table.bulkDelete(drop as never[])
      if (keep.length > 0) await table.bulkPut(keep)
    }
  }
}
