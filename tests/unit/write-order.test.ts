// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { sequenceImport } from '../../src/domain/importOrder'
import { inWriteOrder, sequenceByTime } from '../../src/domain/writeOrder'

const r = (id: string, at: number, seq?: number) => ({ id, at, ...(seq === undefined ? {} : { seq }) })
const ids = (list: { id: string }[]) => list.map((x) => x.id)

describe('inWriteOrder', () => {
  it('orders by seq, never by date, with unwritten records last in the order given', () => {
    const list = [r('c', 1, 3), r('x', 0), r('a', 99, 1), r('y', 5), r('b', 50, 2)]
    expect(ids(inWriteOrder(list))).toEqual(['a', 'b', 'c', 'x', 'y'])
    expect(ids(list)).toEqual(['c', 'x', 'a', 'y', 'b']) // not changed
  })
})

describe('sequenceByTime', () => {
  it('numbers by date, then id, whatever order the records come in', () => {
    const out = sequenceByTime([r('b', 5), r('c', 1), r('a', 5)])
    expect(out.map((x) => [x.id, x.seq])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 3],
    ])
  })
})

describe('sequenceImport', () => {
  const device = [r('d1', 100, 1), r('d2', 300, 2)]

  it('replace: the backup alone, in its own write order when it has one', () => {
    // Written in this order on the other device, though the dates say otherwise (its clock was put right).
    const backup = [r('b2', 10, 2), r('b1', 200, 1), r('b3', 5, 3)]
    expect(sequenceImport(device, backup, 'replace').map((x) => [x.id, x.seq])).toEqual([
      ['b1', 1],
      ['b2', 2],
      ['b3', 3],
    ])
  })

  it('replace: a backup made before write order was kept goes by date', () => {
    expect(ids(sequenceImport(device, [r('b2', 20), r('b1', 10)], 'replace'))).toEqual(['b1', 'b2'])
  })

  it('merge: the two devices’ records merged by date, each keeping its own order, all numbered again', () => {
    const out = sequenceImport(device, [r('b1', 50, 1), r('b2', 400, 2), r('b0', 200, 3)], 'merge')
    // b0 is dated before b2 but was written after it: it stays after it.
    expect(out.map((x) => [x.id, x.seq])).toEqual([
      ['b1', 1],
      ['d1', 2],
      ['d2', 3],
      ['b2', 4],
      ['b0', 5],
    ])
  })

  it('merge: an old backup’s clear never lands after a raise made on this device since', () => {
    const mine = [r('raise-now', 1000, 7)]
    const old = [r('old-raise', 10, 1), r('old-clear', 20, 2)]
    expect(ids(sequenceImport(mine, old, 'merge'))).toEqual(['old-raise', 'old-clear', 'raise-now'])
  })
})
