import { describe, expect, it } from 'vitest'
import { chartScale, dailySeries } from '../../src/domain/series'

const entries = [
  { dayKey: '2026-05-01', value: 250 },
  { dayKey: '2026-05-01', value: 500 },
  { dayKey: '2026-05-03', value: 300 },
  { dayKey: '2026-05-03', value: 100 },
  { dayKey: '2026-05-03', value: Number.NaN },
  { dayKey: '2026-04-01', value: 999 },
  { dayKey: '2026-05-04', value: 999 },
]

describe('dailySeries', () => {
  it.each([
    ['sum', [750, null, 400]],
    ['max', [500, null, 300]],
    ['mean', [375, null, 200]],
  ] as const)('%s over 3 days ending 2026-05-03', (agg, values) => {
    expect(dailySeries(entries, '2026-05-03', 3, agg)).toEqual([
      { dayKey: '2026-05-01', value: values[0] },
      { dayKey: '2026-05-02', value: values[1] },
      { dayKey: '2026-05-03', value: values[2] },
    ])
  })

  it('gives 7 and 30 points, oldest first, all null with no entries', () => {
    const week = dailySeries([], '2026-05-03', 7, 'sum')
    expect(week.map((p) => p.dayKey)).toEqual([
      '2026-04-27', '2026-04-28', '2026-04-29', '2026-04-30', '2026-05-01', '2026-05-02', '2026-05-03',
    ])
    expect(week.every((p) => p.value === null)).toBe(true)
    expect(dailySeries([], '2026-05-03', 30, 'max')).toHaveLength(30)
  })

  it('keeps a zero as a value, not as "no data"', () => {
    expect(dailySeries([{ dayKey: '2026-05-03', value: 0 }], '2026-05-03', 1, 'max')).toEqual([
      { dayKey: '2026-05-03', value: 0 },
    ])
  })
})

describe('chartScale', () => {
  it.each([
    [[1600], 2000, [0, 500, 1000, 1500, 2000]],
    [[2000], 2000, [0, 500, 1000, 1500, 2000]],
    [[2100, 1200], 2500, [0, 500, 1000, 1500, 2000, 2500]],
    [[750, null, 400], 750, [0, 250, 500, 750]],
    [[10], 10, [0, 2.5, 5, 7.5, 10]],
    [[7], 7.5, [0, 2.5, 5, 7.5]],
    [[1100], 1200, [0, 200, 400, 600, 800, 1000, 1200]],
    [[3], 3, [0, 1, 2, 3]],
    [[0.3], 0.3, [0, 0.1, 0.2, 0.3]],
    [[54], 60, [0, 20, 40, 60]],
    [[], 1, [0, 1]],
    [[null, null], 1, [0, 1]],
    [[0, -5], 1, [0, 1]],
    [[Number.NaN, 12], 12, [0, 2, 4, 6, 8, 10, 12]],
    [[1], 1, [0, 0.25, 0.5, 0.75, 1]],
  ])('%j -> max %d', (values, max, ticks) => {
    expect(chartScale(values)).toEqual({ max, ticks })
  })

  it('takes a goal line into account when it is passed with the values', () => {
    expect(chartScale([900, 1200, 2100]).max).toBeGreaterThanOrEqual(2100)
  })

  it('can aim for more ticks', () => {
    expect(chartScale([2000], 8).ticks).toEqual([0, 250, 500, 750, 1000, 1250, 1500, 1750, 2000])
  })
})
