import { planChecked, type ImportMode, type ImportPlan } from '../domain/backup/merge'
import { emptyTables, TABLE_NAMES, type Tables } from '../domain/backup/tables'
import type { RunRecord } from '../domain/records'
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
 * Applies a checked backup's records in ONE read-write transaction over all tables: the plan is made from what is
 * on the device inside that same transaction (so another tab cannot slip a record in between), then a replace
 * clears every table and both modes put the planned records. Any failure (a full disk, say) rolls all of it back.
 *
 * The gate is checked here too, on the event log as it is at this moment: if the import would end or weaken the
 * "seek care now" warning in force in any way other than the one the person agreed to (`acceptGate`, the effect's
 * key), nothing is written and GateChangeError says what would happen, so the screen can ask.
 * @returns the plan that was applied (counts of added, skipped and removed records)
 * @throws GateChangeError (from src/domain/backup/merge.ts) when the gate would be lowered without consent
 */
export async function applyBackup(
  incoming: Tables,
  mode: ImportMode,
  opts: { acceptGate?: string | null } = {},
): Promise<ImportPlan> {
  const db = getDb()
  return db.transaction('rw', allTables(db), async () => {
    const existing = await readInside(db)
    const plan = planChecked(existing, incoming, mode, opts.acceptGate ?? null)
    if (plan.clearFirst) for (const name of TABLE_NAMES) await db.table(name).clear()
    // The plan carries the write order (seq) of screenings and gate events: see domain/importOrder.ts.
    for (const name of TABLE_NAMES) {
      const rows = plan.puts[name]
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
