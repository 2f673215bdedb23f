/**
 * Write order: which of two records was written later on this device. Gate events and screenings carry `seq`, a
 * number the database gives each record as it is written (1, 2, 3...). Their `at` is the person's record of when
 * it happened and stays as it was, but it is read from the device clock, which can be wrong and be put right in
 * between: a raise written after a clear must win even when its date is earlier (a phone 2 hours fast, corrected).
 * So the gate and "the latest screening" follow `seq`, never `at`.
 */

export interface Sequenced {
  id: string
  at: number
  /** Write order on this device; absent only on a record not yet written (kept in memory when storage failed). */
  seq?: number | undefined
}

/**
 * Records in the order they were written: by `seq`; a record without one (not yet written) comes after those with
 * one, in the order given. Returns a new array.
 */
export function inWriteOrder<T extends Sequenced>(records: readonly T[]): T[] {
  // Array.prototype.sort is stable: unsequenced records keep their given order.
  return [...records].sort((a, b) => {
    if (a.seq === undefined) return b.seq === undefined ? 0 : 1
    if (b.seq === undefined) return -1
    return a.seq - b.seq
  })
}

/**
 * Numbers records 1..n in the order of a table whose write order is unknown (a version-1 database, a backup made
 * before write order was kept): by `at`, then by id so the result never depends on the order they were read in.
 */
export function sequenceByTime<T extends { id: string; at: number }>(records: readonly T[]): (T & { seq: number })[] {
  return [...records].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((r, i) => ({ ...r, seq: i + 1 }))
}
