/**
 * Daily series and axis scales for the water and pain charts (and the tables that stand in for them).
 */

import { dayRange } from './day'

/** The longest chart window, in local days; the 7-day view is its tail. */
export const CHART_DAYS = 30
/** The chart windows a person can choose. */
export type ChartDays = 7 | 30

export type Aggregate = 'sum' | 'max' | 'mean'

export interface SeriesPoint {
  dayKey: string
  /** The day's aggregate, or null when nothing was logged that day. */
  value: number | null
}

/**
 * One point per local day for the `days` days ending at `endDayKey`, oldest first. A day with no entries is null,
 * not 0, for every aggregate: "not logged" and "nothing" are different things on a pain chart. For water, where
 * an unlogged day reads as zero, the caller can use `value ?? 0`. Non-finite values are skipped.
 * @param days number of local days
 */
export function dailySeries(
  entries: Iterable<{ dayKey: string; value: number }>,
  endDayKey: string,
  days: number,
  agg: Aggregate,
): SeriesPoint[] {
  const keys = dayRange(endDayKey, days)
  const acc = new Map<string, { sum: number; max: number; n: number }>(
    keys.map((k) => [k, { sum: 0, max: -Infinity, n: 0 }]),
  )
  for (const e of entries) {
    const a = acc.get(e.dayKey)
    if (!a || !Number.isFinite(e.value)) continue
    a.sum += e.value
    if (e.value > a.max) a.max = e.value
    a.n++
  }
  return keys.map((dayKey) => {
    const a = acc.get(dayKey)!
    if (a.n === 0) return { dayKey, value: null }
    const value = agg === 'sum' ? a.sum : agg === 'max' ? a.max : a.sum / a.n
    return { dayKey, value }
  })
}

export interface ChartScale {
  /** The top of the axis: a "nice" number at or above the largest value. The axis always starts at 0. */
  max: number
  /** Tick values from 0 to max, evenly spaced. */
  ticks: number[]
}

/**
 * A y axis for a bar or line chart: from 0 to a nice maximum at or above the largest value, in steps of 1, 2, 2.5
 * or 5 times a power of ten (1600 ml gives 0, 500, 1000, 1500, 2000). Among the steps that give about
 * `targetTicks` intervals (one fewer to two more), the one with the lowest top wins, so bars use the height
 * available; on a tie, fewer ticks. Bars start at zero so that heights compare honestly; negative values are
 * treated as 0. With nothing above zero the axis is 0 to 1. To keep a goal or limit line on the chart, include it
 * in `values`.
 * @param targetTicks wanted number of intervals (default 4)
 */
export function chartScale(values: Iterable<number | null>, targetTicks = 4): ChartScale {
  let top = 0
  for (const v of values) if (v !== null && Number.isFinite(v) && v > top) top = v
  if (top <= 0) return { max: 1, ticks: [0, 1] }
  const target = Math.max(1, Math.round(targetTicks))
  const minCount = Math.max(1, target - 1)
  const maxCount = target + 2
  const exp = Math.floor(Math.log10(top / target))
  let best: { step: number; count: number } | null = null
  for (let e = exp - 1; e <= exp + 1; e++) {
    for (const m of [1, 2, 2.5, 5]) {
      const step = m * 10 ** e
      // The small tolerance keeps 2000 / 500 at 4 intervals despite float error.
      const count = Math.max(1, Math.ceil(top / step - 1e-9))
      if (count < minCount || count > maxCount) continue
      const axisTop = count * step
      const bestTop = best ? best.count * best.step : Infinity
      const tie = Math.abs(axisTop - bestTop) <= 1e-9 * axisTop
      if (!best || (!tie && axisTop < bestTop) || (tie && count < best.count)) best = { step, count }
    }
  }
  // Always found for target >= 1 (the steps above cover every factor of ten); the fallback is belt and braces.
  const { step, count } = best ?? { step: top, count: 1 }
  const ticks: number[] = []
  // toPrecision trims float noise such as 0.30000000000000004.
  for (let i = 0; i <= count; i++) ticks.push(Number((i * step).toPrecision(12)))
  return { max: ticks[ticks.length - 1]!, ticks }
}
