import type { Table } from 'dexie'
import type { GateEventRecord, ScreeningRecord } from '../domain/records'
import { inWriteOrder } from '../domain/writeOrder'
import { getDb } from './db'

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
 * Saves a screening together with the gate events it causes (a raise for a red flag, or a clear when a new
 * screening finds none while a gate is up), in one transaction: the gate can never be lost while the
 * screening is kept, nor the other way round.
 * @returns the records as written, with their write order
 */
export async function saveScreening(
  screening: ScreeningRecord,
  gateEvents: GateEventRecord[],
): Promise<{ screening: ScreeningRecord; gateEvents: GateEventRecord[] }> {
  const db = getDb()
  return db.transaction('rw', db.screenings, db.gateEvents, async () => {
    const [saved] = await numbered(db.screenings as SeqTable, [screening])
    await db.screenings.add(saved!)
    const events = await numbered(db.gateEvents as SeqTable, gateEvents)
    if (events.length > 0) await db.gateEvents.bulkAdd(events)
    return { screening: saved!, gateEvents: events }
  })
}

/**
 * Adds gate events (a raise from a check in a routine, or a clear) in one transaction.
 * @returns the events as written, with their write order
 */
export async function addGateEvents(events: GateEventRecord[]): Promise<GateEventRecord[]> {
  const db = getDb()
  return db.transaction('rw', db.gateEvents, async () => {
    const out = await numbered(db.gateEvents as SeqTable, events)
    await db.gateEvents.bulkAdd(out)
    return out
  })
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
