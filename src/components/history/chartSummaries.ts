import { formatVolume, type VolumeUnit } from '../../domain/hydration'
import type { SeriesPoint } from '../../domain/series'

/** A one-sentence summary of a water series, for the chart's accessible name. */
export function waterSummary(points: SeriesPoint[], unit: VolumeUnit, goalMl: number | null): string {
  const days = points.length
  const values = points.map((p) => p.value ?? 0)
  const logged = values.filter((v) => v > 0)
  if (logged.length === 0) return `Water over the last ${days} days: nothing logged yet.`
  const mean = logged.reduce((s, v) => s + v, 0) / logged.length
  const atGoal = goalMl !== null ? values.filter((v) => v >= goalMl).length : null
  return (
    `Water over the last ${days} days: drinks logged on ${logged.length} days, ` +
    `about ${formatVolume(mean, unit)} on those days` +
    (atGoal !== null ? `, goal reached on ${atGoal} days.` : '.')
  )
}

/** A one-sentence summary of a pain series (daily worst scores). */
export function painSummary(points: SeriesPoint[]): string {
  const days = points.length
  const logged = points.filter((p): p is { dayKey: string; value: number } => p.value !== null)
  if (logged.length === 0) return `Pain over the last ${days} days: nothing logged yet.`
  const first = logged[0]!
  const last = logged[logged.length - 1]!
  const worst = Math.max(...logged.map((p) => p.value))
  return (
    `Worst pain each day over the last ${days} days, from 0 to 10: logged on ${logged.length} days, ` +
    `highest ${worst}, first ${first.value}, latest ${last.value}.`
  )
}
