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

/** The last record written, or undefined for none. */
export function lastWritten<T extends Sequenced>(records: readonly T[]): T | undefined {
  return inWriteOrder(records).at(-1)
}

/**
 * Numbers records 1..n in the order of a table whose write order is unknown (a version-1 database, a backup made
 * before write order was kept): by `at`, then by id so the result never depends on the order they were read in.
 */
export function sequenceByTime<T extends { id: string; at: number }>(records: readonly T[]): (T & { seq: number })[] {
  return [...records].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((r, i) => ({ ...r, seq: i + 1 }))
}

/**
 * The write order after an import, for every record of one table (the device's and the backup's), numbered 1..n.
 * - replace: the backup's records alone, in the backup's write order (its `seq`, when every record has one; by
 *   time for a backup made before write order was kept).
 * - merge: two devices' write orders cannot be compared, so the two lists are merged by time, each keeping its
 *   own order: an old backup's clear never lands after a raise made on this device since.
 * @param device the table's records on the device, each with its seq
 * @param added the backup's records being added
 */
export function sequenceImport<T extends Sequenced>(device: readonly T[], added: readonly T[], mode: 'merge' | 'replace'): (T & { seq: number })[] {
  const incoming = added.every((r) => r.seq !== undefined) ? inWriteOrder(added) : sequenceByTime(added)
  const number = (list: readonly T[]): (T & { seq: number })[] => list.map((r, i) => ({ ...r, seq: i + 1 }))
  if (mode === 'replace') return number(incoming)
  const mine = inWriteOrder(device)
  const out: T[] = []
  let i = 0
  let j = 0
  while (i < mine.length || j < incoming.length) {
    const a = mine[i]
    const b = incoming[j]
    if (b === undefined || (a !== undefined && a.at <= b.at)) {
      out.push(a!)
      i++
    } else {
      out.push(b)
      j++
    }
  }
  return number(out)
}
