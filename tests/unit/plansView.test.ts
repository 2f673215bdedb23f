// @vitest-environment node
// What Plans and Today show (src/domain/plansView.ts): one card per plan with its one Start, the ice card counting
// against the same times Plans lists (and the calendar uses), cut at 72 hours, every routine once in the library.
import { describe, expect, it } from 'vitest'
import { ROUTINES } from '../../src/content/routines'
import { ICE_GAP_MS, STRAIN_LOCK_MS } from '../../src/domain/care'
import { HOUR_MS, MINUTE_MS, dayKey } from '../../src/domain/day'
import { iceSlots } from '../../src/domain/iceTimes'
import { plansView, type PlansInput } from '../../src/domain/plansView'
import type { ScreeningRecord, SessionRecord } from '../../src/domain/records'
import { safetyFor } from '../../src/domain/safety'
import { triage } from '../../src/domain/triage'

const LONDON = 'Europe/London'
const T0 = Date.UTC(2026, 11, 1, 10, 0, 0) // Tuesday 1 December 2026, 10:00 in London: the strain started
const RUNNER = ['pain_started_during_exercise', 'location_back_of_thigh', 'pain_one_leg_only']

function view(findings: string[], now: number, sessions: Partial<SessionRecord>[] = []) {
  const r = triage(findings)
  const screening: ScreeningRecord = {
    id: 's', at: T0, timeZone: LONDON, dayKey: dayKey(T0, LONDON), findings, disposition: r.disposition,
    plans: [...r.plans], cautions: [...r.cautions], onsetAt: T0,
  }
  const records = sessions.map(
    (s, i) =>
      ({ id: `x${i}`, routineId: 'ice', kind: 'ice', startedAt: 0, endedAt: 0, at: 0, timeZone: LONDON, dayKey: '', completed: true,
        painBefore: null, painAfter: null, runId: null, ...s }) as SessionRecord,
  )
  const ice = records.filter((s) => s.routineId === 'ice').sort((a, b) => b.endedAt - a.endedAt)[0] ?? null
  const input: PlansInput = {
    safety: safetyFor({ screening: { findings, onsetAt: T0, at: T0 }, gate: null, fluidLimitMl: null, clotCheckedToday: false, now }),
    screening,
    now,
    timeZone: LONDON,
    todaySessions: records.filter((s) => s.dayKey === dayKey(now, LONDON)),
    lastIce: ice,
    wake: '08:00',
    bedtime: '22:00',
    routines: ROUTINES,
  }
  return plansView(input)
}

describe('plan cards', () => {
  it("a runner's check: RICE starts ice, with raising the leg beside it; the stretch waits, with no Start", () => {
    const v = view(RUNNER, T0 + 30 * MINUTE_MS)
    expect(v.yourPlans.map((p) => p.id)).toEqual(['rice', 'hamstring-stretch'])
    const [rice, stretch] = v.yourPlans
    expect(rice?.main?.id).toBe('ice')
    expect(rice?.start?.id).toBe('ice')
    expect(rice?.extras.map((r) => r.id)).toEqual(['elevation'])
    expect(stretch?.main?.refusal).toEqual({ kind: 'strain', unlocksAt: T0 + STRAIN_LOCK_MS })
    expect(stretch?.start).toBeNull()
  })

  it('while the skin warms up between ice sessions, the Start raises the leg instead', () => {
    const now = T0 + 3 * HOUR_MS
    const ended = now - 40 * MINUTE_MS
    const v = view(RUNNER, now, [{ endedAt: ended, startedAt: ended - 15 * MINUTE_MS, at: ended, dayKey: dayKey(ended, LONDON) }])
    expect(v.ice.nextDueAt).toBe(ended + ICE_GAP_MS)
    expect(v.yourPlans[0]?.start?.id).toBe('elevation')
    // Ice stays the card's main line ("Next ice from ..."); nothing is offered twice.
    expect(v.yourPlans[0]?.main?.id).toBe('ice')
    expect(v.yourPlans[0]?.extras).toEqual([])
  })

  it('no ice allowed: RICE leads with raising the leg', () => {
    const v = view([...RUNNER, 'burning_numb_both_feet'], T0 + 30 * MINUTE_MS)
    const rice = v.yourPlans.find((p) => p.id === 'rice')
    expect(rice?.main?.id).toBe('elevation')
    expect(rice?.start?.id).toBe('elevation')
  })
})

describe('the ice card and its schedule agree', () => {
  it('today counts the sessions done plus the times still listed, and those are the calendar times for today', () => {
    const now = T0 + 3 * HOUR_MS // 13:00
    const ended = now - 3 * HOUR_MS + 15 * MINUTE_MS
    const v = view(RUNNER, now, [{ endedAt: ended, startedAt: ended - 15 * MINUTE_MS, at: ended, dayKey: dayKey(ended, LONDON) }])
    expect(v.ice.doneToday).toBe(1)
    expect(v.ice.schedule.length).toBeGreaterThan(0)
    expect(v.ice.plannedToday).toBe(1 + v.ice.schedule.length)
    expect(v.timers.ice.timesPerDay).toBe(v.ice.plannedToday)
    expect(v.due.find((d) => d.id === 'ice')?.of).toBe(v.ice.plannedToday)
    const calendar = iceSlots({ first: v.ice.firstStart, until: T0 + STRAIN_LOCK_MS, timeZone: LONDON, wake: '08:00', bedtime: '22:00', cautions: [] })
    expect(v.ice.schedule).toEqual(calendar.filter((s) => dayKey(s.startAt, LONDON) === dayKey(now, LONDON)))
    // Not the fixed "4 a day" of the content file: the day's real schedule.
    expect(v.ice.plannedToday).not.toBe(4)
  })

  it('the schedule stops 72 hours after onset', () => {
    const now = T0 + 70 * HOUR_MS // Friday 8:00
    const v = view(RUNNER, now)
    expect(v.ice.until).toBe(T0 + STRAIN_LOCK_MS)
    for (const s of v.ice.schedule) expect(s.endAt).toBeLessThanOrEqual(T0 + STRAIN_LOCK_MS)
    expect(v.ice.schedule.length).toBeLessThan(3)
  })
})

describe('the library', () => {
  it('lists every routine once, timers included, and moves what a caution forbids to "left out"', () => {
    const v = view(RUNNER, T0 + 30 * MINUTE_MS)
    expect(v.library.map((r) => r.id).sort()).toEqual(ROUTINES.map((r) => r.id).sort())
    const poor = view([...RUNNER, 'calf_pain_walking_eases_rest'], T0 + 30 * MINUTE_MS)
    expect(poor.leftOut.map((r) => r.id).sort()).toEqual(['elevation', 'heat', 'ice'])
    expect([...poor.library, ...poor.leftOut]).toHaveLength(ROUTINES.length)
  })
})
