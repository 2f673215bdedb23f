/**
 * The facts of the clinician summary: what a doctor, nurse or physiotherapist would read about the last weeks, from
 * what the person logged. Only facts, and only sections with something in them; the words are the screen's.
 * Pure: the caller passes the records, the settings that matter and the clock.
 */
import { addDays, dayKey } from './day'
import type { GateEventRecord, PainRecord, ScreeningRecord, SessionRecord, WaterRecord } from './records'

export interface SummaryInput {
  now: number
  timeZone: string
  /** How many local days the summary covers, ending today. */
  days: number
  /** The latest screening as the rest of the app sees it (the safety store's: write order, or kept in memory). */
  latest: ScreeningRecord | null
  gateEvents: readonly GateEventRecord[]
  pain: readonly PainRecord[]
  sessions: readonly SessionRecord[]
  water: readonly WaterRecord[]
  /** The daily water goal in ml, or null under a fluid limit. */
  goalMl: number | null
  /** The clinician's daily fluid limit in ml, or null. */
  limitMl: number | null
  /** Whether a gate is in force now (the gate's own rule decides it). */
  gateOpen: boolean
}

export interface DayScore {
  dayKey: string
  score: number
}

export interface SummaryFacts {
  from: string
  to: string
  days: number
  /** The latest screening, whenever it was. */
  latest: ScreeningRecord | null
  /** Gate raises and clears within the period, oldest first, and whether one is open now. */
  gate: { events: GateEventRecord[]; open: boolean } | null
  /** Pain scores from the pain log and from routines (before and after), by day (the day's highest). */
  pain: {
    daysLogged: number
    first: DayScore
    last: DayScore
    worst: DayScore
    best: DayScore
    /** Routines with a score before and after: how many, and the averages. */
    routines: { count: number; before: number; after: number } | null
  } | null
  /** Completed and stopped sessions per routine, and on how many days any was done. */
  adherence: { daysWithSession: number; byRoutine: { routineId: string; completed: number; stopped: number }[] } | null
  /** Water per logged day against the limit (days over it) or the goal (days reaching it). */
  water: { daysLogged: number; averageMl: number; limitMl: number | null; goalMl: number | null; daysOver: number; daysReached: number } | null
}

const round1 = (n: number): number => Math.round(n * 10) / 10

/** The summary's facts for the last `days` local days (today included). */
export function clinicianSummary(input: SummaryInput): SummaryFacts {
  const to = dayKey(input.now, input.timeZone)
  const from = addDays(to, -(input.days - 1))
  const inPeriod = (k: string): boolean => k >= from && k <= to
  const dayOf = (at: number, zone: string): string => {
    try {
      return dayKey(at, zone)
    } catch {
      return dayKey(at, input.timeZone)
    }
  }

  const events = input.gateEvents.filter((e) => inPeriod(dayOf(e.at, e.timeZone))).sort((a, b) => a.at - b.at)
  const gate = events.length > 0 || input.gateOpen ? { events, open: input.gateOpen } : null

  const byDay = new Map<string, number>()
  const score = (k: string, v: number | null): void => {
    if (v === null || !inPeriod(k)) return
    byDay.set(k, Math.max(byDay.get(k) ?? -1, v))
  }
  for (const p of input.pain) score(p.dayKey, p.score)
  const sessions = input.sessions.filter((s) => inPeriod(s.dayKey))
  for (const s of sessions) {
    score(s.dayKey, s.painBefore)
    score(s.dayKey, s.painAfter)
  }
  const days = [...byDay].map(([k, v]) => ({ dayKey: k, score: v })).sort((a, b) => (a.dayKey < b.dayKey ? -1 : 1))
  const pairs = sessions.filter((s) => s.painBefore !== null && s.painAfter !== null)
  const pain =
    days.length === 0
      ? null
      : {
          daysLogged: days.length,
          first: days[0]!,
          last: days[days.length - 1]!,
          worst: days.reduce((a, d) => (d.score > a.score ? d : a)),
          best: days.reduce((a, d) => (d.score < a.score ? d : a)),
          routines:
            pairs.length === 0
              ? null
              : {
                  count: pairs.length,
                  before: round1(pairs.reduce((n, s) => n + (s.painBefore ?? 0), 0) / pairs.length),
                  after: round1(pairs.reduce((n, s) => n + (s.painAfter ?? 0), 0) / pairs.length),
                },
        }

  const counts = new Map<string, { completed: number; stopped: number }>()
  for (const s of sessions) {
    const c = counts.get(s.routineId) ?? { completed: 0, stopped: 0 }
    if (s.completed) c.completed++
    else c.stopped++
    counts.set(s.routineId, c)
  }
  const adherence =
    counts.size === 0
      ? null
      : {
          daysWithSession: new Set(sessions.filter((s) => s.completed).map((s) => s.dayKey)).size,
          byRoutine: [...counts].map(([routineId, c]) => ({ routineId, ...c })).sort((a, b) => b.completed - a.completed),
        }

  const perDay = new Map<string, number>()
  for (const w of input.water) if (inPeriod(w.dayKey)) perDay.set(w.dayKey, (perDay.get(w.dayKey) ?? 0) + w.ml)
  const totals = [...perDay.values()]
  const water =
    totals.length === 0
      ? null
      : {
          daysLogged: totals.length,
          averageMl: Math.round(totals.reduce((n, v) => n + v, 0) / totals.length),
          limitMl: input.limitMl,
          goalMl: input.limitMl === null ? input.goalMl : null,
          daysOver: input.limitMl === null ? 0 : totals.filter((v) => v > (input.limitMl ?? Infinity)).length,
          daysReached: input.limitMl === null && input.goalMl !== null ? totals.filter((v) => v >= (input.goalMl ?? Infinity)).length : 0,
        }

  return { from, to, days: input.days, latest: input.latest, gate, pain, adherence, water }
}

/** "1 day", "3 days": counts in the summary's words. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}
