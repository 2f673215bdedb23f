import { emptyTables, planImport, TABLE_NAMES, type Backup, type ImportMode, type ImportPlan, type Tables } from '../domain/backup'
import type { RunRecord } from '../domain/records'
import { sequenceImport } from '../domain/importOrder'
import { getDb, type AppDb } from './db'

/**
 * Backup, restore and delete-all. Each is one transaction over every table: an export sees one consistent
 * moment, and an import or a delete either happens completely or not at all (a failure rolls everything back).
 */

function allTables(db: AppDb) {
  return TABLE_NAMES.map((name) => db.table(name))
}

async function readInside(db: AppDb): Promise<Tables> {
  const tables = emptyTables()
  for (const name of TABLE_NAMES) (tables[name] as unknown[]) = await db.table(name).toArray()
  return tables
}

/** A run as the backup format keeps it: without the device's sync counters and why it stopped. */
function forBackup(r: RunRecord): RunRecord {
  const { id, routineId, startedAt, pauses, shifts, status, endedAt, painBefore, painAfter } = r
  return { id, routineId, startedAt, pauses, shifts, status, endedAt, painBefore, painAfter }
}

/**
 * Every record of every table, read in one read-only transaction, as the backup format keeps them: screenings and
 * gate events with their write order (`seq`), runs without the device's sync counters.
 */
export async function readAllTables(): Promise<Tables> {
  const db = getDb()
  const tables = await db.transaction('r', allTables(db), () => readInside(db))
  return { ...tables, runs: tables.runs.map(forBackup) }
}

/**
 * Applies a checked backup in ONE read-write transaction over all tables: the plan is made from what is on the
 * device inside that same transaction (so another tab cannot slip a record in between), then a replace clears
 * every table and both modes put the planned records. Any failure (a full disk, say) rolls all of it back.
 * @returns the plan that was applied (counts of added, skipped and removed records)
 */
export async function applyBackup(backup: Backup, mode: ImportMode): Promise<ImportPlan> {
  const db = getDb()
  return db.transaction('rw', allTables(db), async () => {
    const existing = await readInside(db)
    const plan = planImport(existing, backup.tables, mode)
    if (plan.clearFirst) for (const name of TABLE_NAMES) await db.table(name).clear()
    // Write order: the backup's own for a replace; merged with the device's by time for a merge (writeOrder.ts).
    const puts: Tables = {
      ...plan.puts,
      screenings: sequenceImport(existing.screenings, plan.puts.screenings, mode),
      gateEvents: sequenceImport(existing.gateEvents, plan.puts.gateEvents, mode),
    }
    for (const name of TABLE_NAMES) {
      const rows = puts[name]
      if (rows.length > 0) await db.table(name).bulkPut(rows)
    }
    return plan
  })
}

/**
 * Deletes every record in one transaction. With `keepGate`, the "seek care now" events stay, so a warning that
 * is in force survives: clearing it takes its own, explicit second confirmation.
 */
export async function deleteAllData(opts: { keepGate: boolean }): Promise<void> {
  const db = getDb()
  await db.transaction('rw', allTables(db), async () => {
    for (const name of TABLE_NAMES) {
      if (opts.keepGate && name === 'gateEvents') continue
      await db.table(name).clear()
    }
  })
}

/** Records per table, for "what is on this device" before an import or a delete. */
export async function countAll(): Promise<Record<(typeof TABLE_NAMES)[number], number>> {
  const db = getDb()
  return db.transaction('r', allTables(db), async () => {
    const entries = await Promise.all(TABLE_NAMES.map(async (name) => [name, await db.table(name).count()] as const))
    return Object.fromEntries(entries) as Record<(typeof TABLE_NAMES)[number], number>
  })
}
