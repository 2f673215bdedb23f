/** Write order for imported backups (see ./writeOrder.ts); apart from it so start-up code does not carry it. */
import { inWriteOrder, sequenceByTime, type Sequenced } from './writeOrder'

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
