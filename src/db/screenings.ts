import type { GateEventRecord, ScreeningRecord } from '../domain/records'
import { getDb } from './db'

/**
 * Saves a screening together with the gate events it causes (a raise for a red flag, or a clear when a new
 * screening finds none while a gate is up), in one transaction: the gate can never be lost while the
 * screening is kept, nor the other way round.
 */
export async function saveScreening(screening: ScreeningRecord, gateEvents: GateEventRecord[]): Promise<void> {
  const db = getDb()
  await db.transaction('rw', db.screenings, db.gateEvents, async () => {
    await db.screenings.add(screening)
    if (gateEvents.length > 0) await db.gateEvents.bulkAdd(gateEvents)
  })
}

/** Adds gate events (a raise from a check in a routine, or a clear) in one transaction. */
export async function addGateEvents(events: GateEventRecord[]): Promise<void> {
  const db = getDb()
  await db.transaction('rw', db.gateEvents, () => db.gateEvents.bulkAdd(events))
}

export async function listGateEvents(): Promise<GateEventRecord[]> {
  return getDb().gateEvents.orderBy('at').toArray()
}

export async function latestScreening(): Promise<ScreeningRecord | undefined> {
  return getDb().screenings.orderBy('at').last()
}

export async function listScreenings(): Promise<ScreeningRecord[]> {
  return getDb().screenings.orderBy('at').reverse().toArray()
}
