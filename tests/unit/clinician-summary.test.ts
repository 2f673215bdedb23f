// @vitest-environment node
// The clinician summary's facts: the period, the latest check, alerts, pain with routine scores, routines, drinks.
import { describe, expect, it } from 'vitest'
import { clinicianSummary, count, type SummaryInput } from '../../src/domain/clinicianSummary'
import type { GateEventRecord, PainRecord, SessionRecord, WaterRecord } from '../../src/domain/records'

const Z = 'UTC'
const NOW = Date.parse('2026-12-01T12:00:00Z')
const D = 86_400_000
const key = (at: number) => new Date(at).toISOString().slice(0, 10)

function input(over: Partial<SummaryInput> = {}): SummaryInput {
  return { now: NOW, timeZone: Z, days: 30, latest: null, gateEvents: [], pain: [], sessions: [], water: [], goalMl: 1600, limitMl: null, gateOpen: false, ...over }
}
const pain = (daysAgo: number, score: number): PainRecord => ({ id: `p${daysAgo}`, at: NOW - daysAgo * D, timeZone: Z, dayKey: key(NOW - daysAgo * D), score, where: '', note: '' })
const session = (daysAgo: number, before: number | null, after: number | null, completed = true): SessionRecord => ({
  id: `s${daysAgo}-${before}`, routineId: 'calf-stretch', kind: 'routine', startedAt: NOW - daysAgo * D, endedAt: NOW - daysAgo * D + 600_000,
  at: NOW - daysAgo * D, timeZone: Z, dayKey: key(NOW - daysAgo * D), completed, painBefore: before, painAfter: after, runId: null,
})
const drink = (daysAgo: number, ml: number): WaterRecord => ({ id: `w${daysAgo}-${ml}`, at: NOW - daysAgo * D, timeZone: Z, dayKey: key(NOW - daysAgo * D), ml })

describe('clinicianSummary', () => {
  it('covers the last 30 local days and leaves out every empty section', () => {
    const f = clinicianSummary(input())
    expect([f.from, f.to, f.days]).toEqual(['2026-11-02', '2026-12-01', 30])
    expect([f.latest, f.gate, f.pain, f.adherence, f.water]).toEqual([null, null, null, null, null])
  })

  it('counts routine pain scores with the pain log, by day (the highest), and averages before and after', () => {
    const f = clinicianSummary(input({ pain: [pain(10, 7), pain(2, 4)], sessions: [session(5, 6, 3), session(1, 4, 2)] }))
    expect(f.pain?.daysLogged).toBe(4)
    expect(f.pain?.first).toEqual({ dayKey: key(NOW - 10 * D), score: 7 })
    expect(f.pain?.last).toEqual({ dayKey: key(NOW - D), score: 4 })
    expect(f.pain?.worst.score).toBe(7)
    expect(f.pain?.best.score).toBe(4)
    expect(f.pain?.routines).toEqual({ count: 2, before: 5, after: 2.5 })
  })

  it('leaves out what is older than the period', () => {
    const f = clinicianSummary(input({ pain: [pain(40, 9)], sessions: [session(31, 5, 5)], water: [drink(45, 500)] }))
    expect([f.pain, f.adherence, f.water]).toEqual([null, null, null])
  })

  it('routines done and stopped, and the days with any done', () => {
    const f = clinicianSummary(input({ sessions: [session(3, null, null), session(3, 1, 1), session(2, null, null, false)] }))
    expect(f.adherence).toEqual({ daysWithSession: 1, byRoutine: [{ routineId: 'calf-stretch', completed: 2, stopped: 1 }] })
  })

  it('drinks against a fluid limit count the days over it; against a goal, the days reaching it', () => {
    const water = [drink(1, 1000), drink(1, 800), drink(2, 1200), drink(3, 1700)]
    const limited = clinicianSummary(input({ water, limitMl: 1500, goalMl: null }))
    expect(limited.water).toEqual({ daysLogged: 3, averageMl: 1567, limitMl: 1500, goalMl: null, daysOver: 2, daysReached: 0 })
    const goal = clinicianSummary(input({ water }))
    expect(goal.water).toMatchObject({ limitMl: null, goalMl: 1600, daysOver: 0, daysReached: 2 })
  })

  it('alerts in the period, oldest first, and whether one is open now', () => {
    const raise: GateEventRecord = { id: 'g1', at: NOW - 3 * D, timeZone: Z, kind: 'raise', level: 'urgent', source: 'screening', screeningId: null, reasons: ['x'], findings: [], clearedBy: null, assessedOn: null }
    const clear: GateEventRecord = { ...raise, id: 'g2', at: NOW - D, kind: 'clear', level: null, source: null, clearedBy: 'clinician', assessedOn: '2026-11-30' }
    const f = clinicianSummary(input({ gateEvents: [clear, raise], gateOpen: false }))
    expect(f.gate?.events.map((e) => e.id)).toEqual(['g1', 'g2'])
    expect(f.gate?.open).toBe(false)
    expect(clinicianSummary(input({ gateOpen: true })).gate).toEqual({ events: [], open: true })
  })

  it('says counts in words', () => {
    expect([count(1, 'day'), count(3, 'day'), count(0, 'day')]).toEqual(['1 day', '3 days', '0 days'])
  })
})
