/**
 * The pain log: validating a score, the trend over recent days, and when rising pain should prompt the person to
 * check their symptoms again (a "pain jump" may raise the gate: shared/clinical/triage-rules.md).
 *
 * A day's value is its WORST score (the daily maximum), not the mean. Why: people tend to log again when it hurts
 * and again when it eases, so a mean depends on when they happened to log; and a flare must not be averaged away
 * by a calmer reading later the same day. Pain diaries commonly ask for the worst pain of the day for the same
 * reasons.
 *
 * Days are the entries' own stored day keys, so a traveller's entries stay on the day they were made.
 */

import type { PainRecord } from './records'
import { DAY_MS, addDays, dayRange } from './day'

/** What the pain functions need from an entry. */
export type PainEntry = Pick<PainRecord, 'at' | 'dayKey' | 'score'>

/** Days in the trend window, today included. */
export const TREND_DAYS = 7
/**
 * Change in points across the window (on the fitted line) that counts as rising or falling. A one-point wobble is
 * everyday noise on a 0-10 scale; about two points is often taken as a change that matters to the person (Farrar
 * 2001, not re-verified). 1.5 sits between, so the trend shows a little before the change matters.
 */
export const TREND_CHANGE_POINTS = 1.5
/** A rise of this many points within 24 h prompts a re-check. */
export const JUMP_POINTS = 3
/** The window for a jump, in ms. */
export const JUMP_WINDOW_MS = DAY_MS
/** Rises in a row, one a day, that prompt a re-check: 3 rises, so 4 consecutive days each worse than the last. */
export const RISING_DAYS_RISES = 3

/** Checks a pain score: a whole number from 0 (no pain) to 10 (worst imaginable). */
export function validatePain(score: unknown): { ok: true; score: number } | { ok: false; error: string } {
  if (typeof score !== 'number' || !Number.isFinite(score)) {
    return { ok: false, error: 'Please choose a number from 0 to 10.' }
  }
  if (!Number.isInteger(score) || score < 0 || score > 10) {
    return { ok: false, error: 'Pain is a whole number from 0 (no pain) to 10 (worst pain you can imagine).' }
  }
  return { ok: true, score }
}

/** Longest "where" and note we keep, in characters: a log line, not an essay. */
export const MAX_WHERE = 80
export const MAX_NOTE = 500

/** A pain entry as the form gives it: the score unchecked, the words as typed. */
export type PainInput = { score: unknown; where: string; note: string }

/**
 * Checks a pain entry as typed: the score (see validatePain), and "where" and the note trimmed and within their
 * limits.
 */
export function validatePainInput(input: PainInput): { ok: true; score: number; where: string; note: string } | { ok: false; error: string } {
  const checked = validatePain(input.score)
  if (!checked.ok) return checked
  const where = input.where.trim()
  const note = input.note.trim()
  if (where.length > MAX_WHERE) return { ok: false, error: `Please keep "where" under ${MAX_WHERE} letters.` }
  if (note.length > MAX_NOTE) return { ok: false, error: `Please keep the note under ${MAX_NOTE} letters.` }
  return { ok: true, score: checked.score, where, note }
}

/**
 * The last local day to look at: today in the person's current zone, or later if an entry says so. A traveller who
 * logged on 2 May in Tokyo and flew to New York, where it is still 1 May, must not have that entry fall off the end.
 */
function latestDay(entries: readonly PainEntry[], now: number, today: string): string {
  let latest = today
  for (const e of entries) if (e.at <= now && e.dayKey > latest) latest = e.dayKey
  return latest
}

/** Worst score per stored day key, for entries made no later than `now`. */
function dailyMax(entries: readonly PainEntry[], now: number): Map<string, number> {
  const byDay = new Map<string, number>()
  for (const e of entries) {
    if (e.at > now || !Number.isFinite(e.score)) continue
    const prev = byDay.get(e.dayKey)
    if (prev === undefined || e.score > prev) byDay.set(e.dayKey, e.score)
  }
  return byDay
}

export type PainDirection = 'rising' | 'falling' | 'steady' | 'unknown'

export interface PainTrend {
  direction: PainDirection
  /** The window's days, oldest first, each with its worst score or null when nothing was logged. */
  days: { dayKey: string; value: number | null }[]
  /** The most recent day's worst score, or null with no entries in the window. */
  latest: number | null
  /** Points of change across the window on a least-squares line, or null with fewer than 2 logged days. */
  change: number | null
}

/**
 * The pain trend over the last `TREND_DAYS` local days: a least-squares line through each logged day's worst
 * score. 'rising' or 'falling' when the line moves by 1.5 points or more across the logged days, 'steady'
 * otherwise, 'unknown' with fewer than two logged days (one reading has no direction).
 * @param now epoch ms
 * @param today the person's local day at `now` (YYYY-MM-DD), in their current zone
 */
export function painTrend(entries: readonly PainEntry[], now: number, today: string): PainTrend {
  const keys = dayRange(latestDay(entries, now, today), TREND_DAYS)
  const byDay = dailyMax(entries, now)
  const days = keys.map((k) => ({ dayKey: k, value: byDay.get(k) ?? null }))
  const points: { x: number; y: number }[] = []
  days.forEach((d, x) => {
    if (d.value !== null) points.push({ x, y: d.value })
  })
  const last = points[points.length - 1]
  const first = points[0]
  if (!last || !first || points.length < 2) {
    return { direction: 'unknown', days, latest: last?.y ?? null, change: null }
  }
  const n = points.length
  const mx = points.reduce((s, p) => s + p.x, 0) / n
  const my = points.reduce((s, p) => s + p.y, 0) / n
  let sxy = 0
  let sxx = 0
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my)
    sxx += (p.x - mx) ** 2
  }
  // Rounded so that float noise cannot tip a change of exactly 1.5 either way.
  const change = Math.round((sxy / sxx) * (last.x - first.x) * 100) / 100
  const direction: PainDirection =
    change >= TREND_CHANGE_POINTS ? 'rising' : change <= -TREND_CHANGE_POINTS ? 'falling' : 'steady'
  return { direction, days, latest: last.y, change }
}

/** Why the person is asked to check their symptoms again. */
export type RecheckReason =
  | {
      kind: 'jump-24h'
      fromScore: number
      toScore: number
      /** Epoch ms of the two entries; a store can use them to avoid asking twice about the same jump. */
      fromAt: number
      toAt: number
      message: string
    }
  | {
      kind: 'rising-days'
      /** The consecutive local days, oldest first, and their worst scores. */
      dayKeys: string[]
      values: number[]
      message: string
    }

/**
 * Whether rising pain should prompt a symptom re-check, and why. Two rules; the first that applies wins, the jump
 * first because it is the more sudden:
 *
 * 1. A jump: a later entry at least 3 points above an earlier one, both made within the last 24 h (by instants,
 *    so it holds across time zones and midnight).
 * 2. Rising days: 3 rises in a row, one per day, meaning 4 consecutive local days each with a worse daily worst
 *    score than the day before ("three days each worse than the day before"). A day with no entry breaks the run.
 *    The run must end on the latest day, or the day before when nothing has been logged on the latest day yet,
 *    so an old run does not keep prompting. Small steps (2, 3, 4, 5) count: asking again costs little.
 *
 * @param now epoch ms
 * @param today the person's local day at `now` (YYYY-MM-DD), in their current zone
 * @returns the reason, or null
 */
export function recheckPrompt(entries: readonly PainEntry[], now: number, today: string): RecheckReason | null {
  return jumpWithin24h(entries, now) ?? risingDays(entries, now, today)
}

function jumpWithin24h(entries: readonly PainEntry[], now: number): RecheckReason | null {
  const recent = entries
    .filter((e) => e.at <= now && e.at >= now - JUMP_WINDOW_MS && Number.isFinite(e.score))
    .sort((a, b) => a.at - b.at)
  // One pass keeping the lowest earlier score. Entries at the same instant are not "earlier" than each other, so
  // the minimum is only updated after a whole group of equal instants has been checked.
  let low: PainEntry | null = null
  let i = 0
  while (i < recent.length) {
    let j = i
    const groupAt = recent[i]!.at
    while (j < recent.length && recent[j]!.at === groupAt) {
      const e = recent[j]!
      if (low && e.score >= low.score + JUMP_POINTS) {
        return {
          kind: 'jump-24h',
          fromScore: low.score,
          toScore: e.score,
          fromAt: low.at,
          toAt: e.at,
          message: `Your pain went up from ${low.score} to ${e.score} in less than a day. Please check your symptoms again.`,
        }
      }
      j++
    }
    for (let k = i; k < j; k++) {
      const e = recent[k]!
      if (!low || e.score < low.score) low = e
    }
    i = j
  }
  return null
}

function risingDays(entries: readonly PainEntry[], now: number, today: string): RecheckReason | null {
  const byDay = dailyMax(entries, now)
  const latest = latestDay(entries, now, today)
  const end = byDay.has(latest) ? latest : addDays(latest, -1)
  const keys = dayRange(end, RISING_DAYS_RISES + 1)
  const values: number[] = []
  for (const k of keys) {
    const v = byDay.get(k)
    if (v === undefined) return null
    const prev = values[values.length - 1]
    if (prev !== undefined && v <= prev) return null
    values.push(v)
  }
  return {
    kind: 'rising-days',
    dayKeys: keys,
    values,
    message: 'Your pain has got worse each day for the last few days. Please check your symptoms again.',
  }
}

/** A score at or above this, logged on its own, opens the warning-sign checklist (contract v3, "The gate"). */
export const HIGH_SCORE = 8

/** Why logging a score asks the warning-sign questions right there. */
export type PainWarning = 'high-score' | 'jump-24h' | 'rising-days'

/** A saved entry, and whether it calls for the warning-sign questions at once (a high score or a jump). */
export type PainResult = { ok: true; entry: PainRecord; warning: PainWarning | null } | { ok: false; error: string }

/**
 * Whether the entry just logged calls for the warning-sign checklist at once: a score of 8 or more, a rise of 3 or
 * more within 24 hours that this entry makes, or a run of rising days that this entry starts. A prompt that was
 * already there before the entry does not ask again.
 * @param before the entries logged before this one
 * @param now epoch ms
 * @param today the person's local day at `now` (YYYY-MM-DD), in their current zone
 */
export function warningAfterLog(before: readonly PainEntry[], entry: PainEntry, now: number, today: string): PainWarning | null {
  if (entry.score >= HIGH_SCORE) return 'high-score'
  const after = recheckPrompt([...before, entry], now, today)
  if (after === null) return null
  if (after.kind === 'jump-24h') return after.toAt === entry.at ? 'jump-24h' : null
  return recheckPrompt(before, now, today) === null ? 'rising-days' : null
}
