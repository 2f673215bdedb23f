// @vitest-environment node
// The safety core (src/domain/safety.ts) as a table over findings x routines, and its promises as properties over
// the v3 vocabulary: what a rule forbids is never playable, whatever else is true and whatever door asks.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exerciseTags, type ExerciseTag } from '../../src/content/exerciseTags'
import { ROUTINES, getRoutine } from '../../src/content/routines'
import { FINDING_IDS } from '../../src/content/vocabulary'
import { HOUR_MS } from '../../src/domain/day'
import { adaptRoutine, safetyFor, type SafetyInput } from '../../src/domain/safety'

const T0 = Date.UTC(2026, 11, 1, 9, 0, 0)
const H72 = 72 * HOUR_MS

function input(findings: string[] | null, over: Partial<SafetyInput> = {}): SafetyInput {
  return {
    screening: findings === null ? null : { findings, onsetAt: T0, at: T0 },
    gate: null,
    fluidLimitMl: null,
    clotCheckedToday: false,
    now: T0,
    ...over,
  }
}

/** Every routine's refusal kind (or 'ok') and the exercises it leaves out, for one situation. */
function table(i: SafetyInput): Record<string, { refusal: string; hidden: string[]; checks: string[] }> {
  const safety = safetyFor(i)
  return Object.fromEntries(
    ROUTINES.map((r) => {
      const a = safety.routine(r, r.id)
      return [r.id, { refusal: a.refusal?.kind ?? 'ok', hidden: a.hidden.map((h) => `${h.exerciseId}:${h.because}`), checks: a.checks }]
    }),
  )
}

/** The exercise ids a routine really plays for this person. */
function played(i: SafetyInput, routineId: string): string[] {
  const def = getRoutine(routineId)
  if (!def) throw new Error(routineId)
  const a = safetyFor(i).routine(def, routineId)
  if (a.refusal) return []
  return adaptRoutine(def, a).items.flatMap((it) => (it.exerciseId ? [it.exerciseId] : []))
}

const ok = { refusal: 'ok', hidden: [], checks: [] }

describe('the safety core, routine by routine', () => {
  it('no screening: every routine may start, nothing is hidden and nothing is asked first', () => {
    for (const [id, row] of Object.entries(table(input(null)))) expect(row, id).toEqual(ok)
  })

  it.each(['urgent', 'emergency'] as const)('a %s gate refuses every routine and timer', (level) => {
    for (const [id, row] of Object.entries(table(input(['location_calf'], { gate: level })))) expect(row.refusal, id).toBe('gate')
    expect(safetyFor(input(['cramp_comes_and_goes'], { gate: level })).plans).toEqual([])
  })

  it('under 16: every routine and timer refused, no plans', () => {
    for (const [id, row] of Object.entries(table(input(['under_16', 'location_calf'])))) expect(row.refusal, id).toBe('child')
    expect(safetyFor(input(['under_16', 'cramp_comes_and_goes'])).plans).toEqual([])
  })

  it('sciatica: every hamstring stretch, in any routine, is left out', () => {
    const t = table(input(['shooting_pain_below_knee']))
    expect(t['hamstring-stretch']).toMatchObject({ refusal: 'exercises' })
    expect(t['sitting-relief']).toMatchObject({ refusal: 'ok', hidden: ['hamstring-standing-floor:nerve'] })
    expect(t['sciatica-relief']).toMatchObject({ refusal: 'ok', hidden: [] })
    expect(t['calf-stretch']).toEqual(ok)
    // skin-check: ice and heat start with the skin check.
    expect(t.ice).toMatchObject({ refusal: 'ok', checks: ['skin'] })
    expect(t.heat).toMatchObject({ refusal: 'ok', checks: ['skin'] })
  })

  it('a hamstring strain: its stretch and heat wait 72 hours from onset, to the millisecond; other stretches do not', () => {
    const strain = ['pain_started_during_exercise', 'location_back_of_thigh']
    const t = table(input(strain, { now: T0 + H72 - 1 }))
    expect(t['hamstring-stretch']?.refusal).toBe('strain')
    expect(t.heat?.refusal).toBe('strain')
    expect(t['sitting-relief']).toMatchObject({ refusal: 'ok', hidden: ['hamstring-standing-floor:strain'] })
    expect(t['calf-stretch']).toEqual(ok)
    expect(t.ice).toEqual(ok)
    const after = table(input(strain, { now: T0 + H72 }))
    expect(after['hamstring-stretch']).toEqual(ok)
    expect(after.heat).toEqual(ok)
    const refusal = safetyFor(input(strain)).routine(getRoutine('hamstring-stretch'), 'hamstring-stretch').refusal
    expect(refusal).toEqual({ kind: 'strain', unlocksAt: T0 + H72 })
  })

  it('a calf strain locks the calf stretches inside cramp relief too, and leaves walking it off', () => {
    const t = table(input(['pain_started_during_exercise', 'location_calf']))
    expect(t['calf-stretch']?.refusal).toBe('strain')
    expect(t['cramp-relief']).toMatchObject({ refusal: 'ok', hidden: ['cramp-toes-towel:strain', 'calf-wall-straight:strain'] })
    expect(played(input(['pain_started_during_exercise', 'location_calf']), 'cramp-relief')).toEqual(['cramp-walk-off'])
  })

  it('v3: the 72-hour lock holds under poor-circulation, which takes RICE away (strains come from findings)', () => {
    const i = input(['pain_started_during_exercise', 'location_back_of_thigh', 'calf_pain_walking_eases_rest'], { now: T0 + 24 * HOUR_MS })
    const t = table(i)
    expect(safetyFor(i).plans).not.toContain('rice')
    expect(t['hamstring-stretch']?.refusal).toBe('strain')
    for (const timer of ['ice', 'heat', 'elevation']) expect(t[timer]?.refusal, timer).toBe('caution')
  })

  it('an onset the person did not give counts as the time of the check (the lock is never cut short)', () => {
    const i: SafetyInput = { ...input([]), screening: { findings: ['pain_started_during_exercise', 'location_calf'], onsetAt: null, at: T0 }, now: T0 + H72 - 1 }
    expect(safetyFor(i).routine(getRoutine('calf-stretch'), 'calf-stretch').refusal).toEqual({ kind: 'strain', unlocksAt: T0 + H72 })
  })

  it('hip precautions: nothing that bends the hip past a right angle or crosses the legs', () => {
    const t = table(input(['joint_replacement_recent']))
    expect(t['hamstring-stretch']).toMatchObject({ refusal: 'exercises' })
    expect(t['sciatica-relief']).toMatchObject({ refusal: 'ok', hidden: ['knee-to-chest:hip', 'figure-4-lying:hip'] })
    expect(t['sitting-relief']).toMatchObject({ refusal: 'ok', hidden: ['figure-4-seated:hip', 'hamstring-standing-floor:hip'] })
    expect(t['travel-circulation']).toMatchObject({ refusal: 'ok', hidden: ['knee-lifts:hip'], checks: ['clot'] })
    expect(played(input(['joint_replacement_recent']), 'sciatica-relief')).toEqual(['short-walk'])
  })

  it('pregnancy: nothing lying flat on the back; seated versions where there is one', () => {
    const i = input(['pregnant_or_recently_gave_birth'])
    const t = table(i)
    expect(t['hamstring-stretch']).toMatchObject({ refusal: 'ok', hidden: ['hamstring-lying-towel:pregnancy'] })
    expect(played(i, 'hamstring-stretch')).toEqual(['hamstring-seated', 'hamstring-seated'])
    expect(t['sciatica-relief']).toMatchObject({ hidden: ['knee-to-chest:pregnancy', 'figure-4-lying:pregnancy'] })
    expect(played(i, 'sciatica-relief')).toEqual(['figure-4-seated', 'short-walk'])
    // dvt-watch too: every calf routine and heat start with the clot signs.
    expect(t['calf-stretch']?.checks).toEqual(['clot'])
    expect(t.heat?.checks).toEqual(['clot'])
  })

  it('dvt-watch: the travel exercises ask the clot signs once a day', () => {
    expect(table(input(['recent_long_travel']))['travel-circulation']?.checks).toEqual(['clot'])
    expect(table(input(['recent_long_travel'], { clotCheckedToday: true }))['travel-circulation']?.checks).toEqual([])
    expect(table(input(['recent_long_travel'], { clotCheckedToday: true }))['calf-stretch']?.checks).toEqual(['clot'])
    expect(table(input([]))['travel-circulation']?.checks).toEqual([])
  })

  it('no heat with a fever or a blood thinner; no ice or heat with numb feet', () => {
    expect(table(input(['fever'])).heat?.refusal).toBe('caution')
    expect(table(input(['on_blood_thinners'])).heat?.refusal).toBe('caution')
    const numb = table(input(['burning_numb_both_feet']))
    expect([numb.ice?.refusal, numb.heat?.refusal, numb.elevation?.refusal]).toEqual(['caution', 'caution', 'ok'])
  })

  it('answers saved by another version (an unknown id) refuse every routine rather than guess', () => {
    for (const [id, row] of Object.entries(table(input(['location_calf', 'from_the_future'])))) expect(row.refusal, id).toBe('unknown-answers')
    expect(safetyFor(input(['from_the_future'])).plans).toEqual([])
  })

  it('an unknown routine is refused', () => {
    expect(safetyFor(input(null)).routine(undefined, 'no-such').refusal).toEqual({ kind: 'unknown-routine' })
  })
})

describe('plans, cautions and time', () => {
  const strain = ['pain_started_during_exercise', 'location_calf']

  it('RICE and the ice schedule only within 72 hours of onset; after that straight to the stretch plan', () => {
    expect(safetyFor(input(strain, { now: T0 + H72 - 1 }))).toMatchObject({ plans: ['rice', 'calf-stretch'], iceOnSchedule: true })
    expect(safetyFor(input(strain, { now: T0 + H72 }))).toMatchObject({ plans: ['calf-stretch'], iceOnSchedule: false })
  })

  it('a fluid limit saved in Settings is the same fact as the screener answer', () => {
    const fromSettings = safetyFor(input(['cramp_comes_and_goes'], { fluidLimitMl: 1500 }))
    expect(fromSettings.fluidLimit).toBe(true)
    expect(fromSettings.plans).toEqual(['cramp-relief'])
    expect(fromSettings.cautions).toEqual([
      { id: 'fluid-limit', because: ['fluid-limit-setting'] },
      { id: 'no-nsaid', because: ['fluid-limit-setting'] },
    ])
    const both = safetyFor(input(['fluid_restriction_advised'], { fluidLimitMl: 1500 }))
    expect(both.cautions.find((c) => c.id === 'fluid-limit')?.because).toEqual(['fluid_restriction_advised', 'fluid-limit-setting'])
    // With no screening at all, the saved limit still turns limit mode on.
    expect(safetyFor(input(null, { fluidLimitMl: 1200 })).fluidLimit).toBe(true)
    expect(safetyFor(input(['cramp_comes_and_goes'])).fluidLimit).toBe(false)
  })

  it('cautions say which answers turned them on', () => {
    expect(safetyFor(input(['diabetes', 'on_blood_thinners'])).cautions).toEqual([
      { id: 'skin-check', because: ['diabetes'] },
      { id: 'no-heat', because: ['on_blood_thinners'] },
      { id: 'no-nsaid', because: ['on_blood_thinners'] },
    ])
  })
})

describe('properties over the v3 vocabulary', () => {
  const anyFindings = fc.subarray([...FINDING_IDS])
  const anyTime = fc.integer({ min: 0, max: 10 * H72 })
  const playedTags = (i: SafetyInput): Set<ExerciseTag> =>
    new Set(ROUTINES.flatMap((r) => played(i, r.id)).flatMap((ex) => [...exerciseTags(ex)]))

  it('with nerve pain below the knee, no routine ever plays a hamstring stretch', () => {
    fc.assert(
      fc.property(anyFindings, anyTime, (set, dt) => {
        expect(playedTags(input([...set, 'shooting_pain_below_knee'], { now: T0 + dt })).has('stretches-hamstring')).toBe(false)
      }),
      { numRuns: 300 },
    )
  })

  it('after a joint replacement, no routine plays a move past a right angle or with crossed legs', () => {
    fc.assert(
      fc.property(anyFindings, anyTime, (set, dt) => {
        const tags = playedTags(input([...set, 'joint_replacement_recent'], { now: T0 + dt }))
        expect(tags.has('hip-past-90') || tags.has('crosses-legs')).toBe(false)
      }),
      { numRuns: 300 },
    )
  })

  it('in pregnancy, no routine plays an exercise lying on the back', () => {
    fc.assert(
      fc.property(anyFindings, anyTime, (set, dt) => {
        expect(playedTags(input([...set, 'pregnant_or_recently_gave_birth'], { now: T0 + dt })).has('lying-on-back')).toBe(false)
      }),
      { numRuns: 300 },
    )
  })

  it('within 72 hours of a strain, the strained muscle is never stretched and heat never starts', () => {
    fc.assert(
      fc.property(anyFindings, fc.integer({ min: 0, max: H72 - 1 }), fc.constantFrom('location_calf', 'location_back_of_thigh'), (set, dt, where) => {
        const findings = [...set.filter((f) => f !== 'cramp_comes_and_goes'), 'pain_started_during_exercise', where]
        const i = input(findings, { now: T0 + dt })
        const tags = playedTags(i)
        if (where === 'location_calf') expect(tags.has('stretches-calf')).toBe(false)
        else expect(tags.has('stretches-hamstring')).toBe(false)
        expect(safetyFor(i).routine(getRoutine('heat'), 'heat').refusal).not.toBeNull()
      }),
      { numRuns: 300 },
    )
  })

  it('under a gate or under 16 nothing at all may start, and no plan is offered', () => {
    fc.assert(
      fc.property(anyFindings, fc.constantFrom<'urgent' | 'emergency' | null>('urgent', 'emergency', null), (set, gate) => {
        const i = gate === null ? input([...set, 'under_16']) : input(set, { gate })
        const s = safetyFor(i)
        expect(s.plans).toEqual([])
        for (const r of ROUTINES) expect(s.routine(r, r.id).refusal, r.id).not.toBeNull()
      }),
      { numRuns: 200 },
    )
  })

  it('never offers hydration under a fluid limit, from either door', () => {
    fc.assert(
      fc.property(anyFindings, fc.boolean(), (set, viaSettings) => {
        const i = viaSettings ? input(set, { fluidLimitMl: 1500 }) : input([...set, 'fluid_restriction_advised'])
        expect(safetyFor(i).plans).not.toContain('hydration')
        expect(safetyFor(i).fluidLimit).toBe(true)
      }),
      { numRuns: 200 },
    )
  })
})
