import type { Table } from 'dexie'
import type { GateEventRecord, ScreeningRecord } from '../domain/records'
import { endRun } from '../domain/runEnd'
import { inWriteOrder } from '../domain/writeOrder'
import { getDb, newId, type AppDb } from './db'

/**
 * Screenings and gate events. Each record gets `seq`, its write order on this device, inside the transaction that
 * writes it: read-write transactions on one table run one after another, even across tabs, so two writes never get
 * the same number and a later write always gets a larger one. The gate and the latest screening follow `seq`,
 * never the dates (which come from a device clock that can be wrong).
 */

type SeqTable = Table<{ seq?: number }, string>

/** The records numbered on from the last `seq` in the table; call inside the transaction that writes them. */
async function numbered<T extends { seq?: number }>(table: SeqTable, records: readonly T[]): Promise<T[]> {
  const last = await table.orderBy('seq').last()
  const first = (last?.seq ?? 0) + 1
  return records.map((r, i) => ({ ...r, seq: first + i }))
}

/**
 * Writes gate events and, for a raise, stops every routine still playing (logged as stopped by the warning, dated
 * at the raise): nothing plays on under a gate, and every tab sees its run stop in the same moment as the gate.
 * Call inside a read-write transaction over gateEvents, runs and sessions.
 */
async function writeGateEvents(db: AppDb, events: readonly GateEventRecord[], timeZone: string): Promise<GateEventRecord[]> {
  const out = await numbered(db.gateEvents as SeqTable, events)
  if (out.length > 0) await db.gateEvents.bulkAdd(out)
  const raise = out.find((e) => e.kind === 'raise')
  if (!raise) return out
  for (const run of await db.runs.where('status').equals('active').toArray()) {
    const ended = endRun(run, { endedAt: raise.at, completed: false, painAfter: null, timeZone, sessionId: newId(), stoppedBy: 'gate' })
    await db.runs.put({ ...ended.run, rev: (run.rev ?? 0) + 1 })
    await db.sessions.add(ended.session)
  }
  return out
}

/**
 * Saves a screening together with the gate events it causes (a raise for a red flag, or a clear when a new
 * screening finds none while a gate is up), in one transaction: the gate can never be lost while the
 * screening is kept, nor the other way round. A raise also stops any routine playing, in the same transaction.
 * @param timeZone the device's zone, for the day a stopped routine is logged on
 * @returns the records as written, with their write order
 */
export async function saveScreening(
  screening: ScreeningRecord,
  gateEvents: GateEventRecord[],
  timeZone = screening.timeZone,
): Promise<{ screening: ScreeningRecord; gateEvents: GateEventRecord[] }> {
  const db = getDb()
  return db.transaction('rw', [db.screenings, db.gateEvents, db.runs, db.sessions], async () => {
    const [saved] = await numbered(db.screenings as SeqTable, [screening])
    await db.screenings.add(saved!)
    return { screening: saved!, gateEvents: await writeGateEvents(db, gateEvents, timeZone) }
  })
}

/**
 * Adds gate events (a raise from a check in a routine or the pain log, or a clear) in one transaction; a raise
 * also stops any routine playing, in the same transaction.
 * @param timeZone the device's zone, for the day a stopped routine is logged on
 * @returns the events as written, with their write order
 */
export async function addGateEvents(events: GateEventRecord[], timeZone = events[0]?.timeZone ?? 'UTC'): Promise<GateEventRecord[]> {
  const db = getDb()
  return db.transaction('rw', [db.gateEvents, db.runs, db.sessions], () => writeGateEvents(db, events, timeZone))
}

/** Every gate event, in the order they were written. */
export async function listGateEvents(): Promise<GateEventRecord[]> {
  return inWriteOrder(await getDb().gateEvents.toArray())
}

/**
 * The screening written last (whatever its date says). Every stored screening has a `seq` (written here, by the
 * version-2 upgrade or by an import); one put in by other means is only found when none has one.
 */
export async function latestScreening(): Promise<ScreeningRecord | undefined> {
  const db = getDb()
  return (await db.screenings.orderBy('seq').last()) ?? db.screenings.orderBy('at').last()
}

/** Every screening, newest date first (History lists them as the person's record). */
export async function listScreenings(): Promise<ScreeningRecord[]> {
  return getDb().screenings.orderBy('at').reverse().toArray()
}
