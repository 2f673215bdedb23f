import type { Transaction } from 'dexie'

/**
 * Schema upgrades as pure functions over plain records, one registry entry per schema version.
 *
 * `UPGRADES[n]` turns records of version n-1 into records of version n, table by table. A function returns the
 * new record, or null to drop it (a record the new version cannot represent). The functions never see Dexie:
 * the same function upgrades a live database (through {@link dexieUpgrade}, wired into every `db.version(n)` by
 * createDb) and a plain set of tables (through {@link migrateTables}, used by tests and old backups), so what is
 * tested from fixtures is exactly what runs on a person's phone.
 *
 * Version 1 is the first shipped schema, so the registry is empty today; see ./schema.ts for how to add one.
 */

/** A plain record as stored: the upgrade functions are written against the old shape, not today's types. */
export type PlainRecord = Record<string, unknown>
/** One version's upgrade: per table, old record -> new record (or null to drop it). */
export type Upgrade = Readonly<Record<string, (record: PlainRecord) => PlainRecord | null>>
/** Every table's records at some schema version. */
export type PlainTables = Record<string, PlainRecord[]>

/** version -> upgrade from the version before. */
export const UPGRADES: Readonly<Record<number, Upgrade>> = {}

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
      next[name] = fn ? rows.flatMap((r) => {
        const out = fn(r)
        return out === null ? [] : [out]
      }) : rows
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
      const rows = (await table.toArray()) as PlainRecord[]
      const keep: PlainRecord[] = []
      const drop: unknown[] = []
      for (const row of rows) {
        const out = fn(row)
        if (out === null) drop.push(table.schema.primKey.keyPath ? row[table.schema.primKey.keyPath as string] : undefined)
        else keep.push(out)
      }
      if (drop.length > 0) await table.bulkDelete(drop as never[])
      if (keep.length > 0) await table.bulkPut(keep)
    }
  }
}
