// @vitest-environment node
// Properties of the triage engine over random sets of findings (the invariants of triage-rules.md, step 3).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DISPOSITION_ORDER, dispositionRank, triage, type Disposition } from '../../src/domain/triage'
import { FINDINGS, FINDING_IDS } from '../../src/content/findings'
import { PLAN_IDS } from '../../src/content/plans'

const RUNS = { numRuns: 1000 }
const anySet = fc.subarray([...FINDING_IDS])
const anyFinding = fc.constantFrom(...FINDING_IDS)
const rank = dispositionRank

const idsAt = (level: string | null) => FINDINGS.filter((f) => f.level === level).map((f) => f.id as string)
const EMERGENCY = idsAt('EMERGENCY')
const URGENT = idsAt('URGENT')
const CONTEXT = idsAt(null)

/** The level a result would have without the rules that an exercise onset can lift. */
function levelWithout(reasons: { level: Disposition; rule: string | null }[], lifted: readonly string[]): number {
  return Math.max(0, ...reasons.filter((r) => r.rule === null || !lifted.includes(r.rule)).map((r) => rank(r.level)))
}

describe('monotone', () => {
  // The contract names R4 as the one rule `pain_started_during_exercise` may lift. R6, as the contract writes it
  // ("and not pain_started_during_exercise"), has the same exclusion, so an exercise onset can lift R6 too:
  // {takes_statin, location_calf} is doctor, and self-care once the pain began during exercise. The property
  // states exactly that, and nothing more.
  const LIFTABLE = ['R4', 'R6']

  it('adding any finding but pain_started_during_exercise never lowers the disposition', () => {
    fc.assert(
      fc.property(anySet, anyFinding, (set, extra) => {
        fc.pre(extra !== 'pain_started_during_exercise')
        expect(rank(triage([...set, extra]).disposition)).toBeGreaterThanOrEqual(rank(triage(set).disposition))
      }),
      RUNS,
    )
  })

  it('adding pain_started_during_exercise lowers it only when R4 or R6 set the level, and only to the level without them', () => {
    fc.assert(
      fc.property(anySet, (set) => {
        const before = triage(set)
        const after = triage([...set, 'pain_started_during_exercise'])
        if (rank(after.disposition) < rank(before.disposition)) {
          expect(before.rules.some((r) => LIFTABLE.includes(r))).toBe(true)
          expect(after.rules.filter((r) => LIFTABLE.includes(r))).toEqual([])
        }
        expect(rank(after.disposition)).toBeGreaterThanOrEqual(levelWithout(before.reasons, LIFTABLE))
      }),
      RUNS,
    )
  })

  it('the exception exists (R4 and R6 can both be lifted)', () => {
    expect(triage(['pain_one_leg_only', 'location_calf', 'recent_long_travel']).disposition).toBe('urgent')
    expect(triage(['pain_one_leg_only', 'location_calf', 'recent_long_travel', 'pain_started_during_exercise']).disposition).toBe(
      'self-care',
    )
    expect(triage(['takes_statin', 'location_calf']).disposition).toBe('doctor')
    expect(triage(['takes_statin', 'location_calf', 'pain_started_during_exercise']).disposition).toBe('self-care')
  })
})

describe('warning signs', () => {
  it('any EMERGENCY finding gives emergency', () => {
    fc.assert(
      fc.property(anySet, fc.constantFrom(...EMERGENCY), (set, sign) => {
        expect(triage([...set, sign]).disposition).toBe('emergency')
      }),
      RUNS,
    )
  })

  it('any URGENT finding gives at least urgent', () => {
    fc.assert(
      fc.property(anySet, fc.constantFrom(...URGENT), (set, sign) => {
        expect(rank(triage([...set, sign]).disposition)).toBeGreaterThanOrEqual(rank('urgent'))
      }),
      RUNS,
    )
  })
})

describe('context findings alone', () => {
  // Which rules can fire on findings with no level of their own? Reading the rules:
  //   R1 needs foot_or_leg_weakness (URGENT)               -> never
  //   R5 needs fever (DOCTOR)                              -> never
  //   R2 cancer_history + shooting_pain_below_knee         -> urgent (night_pain_unrelieved is DOCTOR)
  //   R3 immunosuppressed_or_injects_drugs + shooting_pain -> doctor
  //   R4 one leg + calf/thigh/behind-knee + a clot risk    -> urgent (calf_tender_no_injury is URGENT)
  //   R6 takes_statin + cramp/calf/thigh, no exercise      -> doctor
  //   R7 needs under_16 (DOCTOR)                           -> never
  //   R8 needs new_foot_sore_or_hot_foot (DOCTOR)          -> never
  //   R9 on_blood_thinners + pain_started_during_exercise  -> doctor
  //   R10 a recent operation, immobility or new joint      -> doctor
  // So a set of context findings is self-care unless R2, R3, R4, R6, R9 or R10 fires, and then it is exactly the
  // highest level among those that fire. The guidelines treat these findings as risk factors, not red flags.
  const has = (set: string[], id: string) => set.includes(id)
  const anyOf = (set: string[], ids: string[]) => ids.some((id) => set.includes(id))
  function expected(set: string[]): { level: Disposition; rules: string[] } {
    const rules: [string, Disposition][] = []
    if (has(set, 'cancer_history') && has(set, 'shooting_pain_below_knee')) rules.push(['R2', 'urgent'])
    if (has(set, 'immunosuppressed_or_injects_drugs') && has(set, 'shooting_pain_below_knee')) rules.push(['R3', 'doctor'])
    if (
      has(set, 'pain_one_leg_only') &&
      anyOf(set, ['location_calf', 'location_back_of_thigh', 'location_behind_knee']) &&
      anyOf(set, [
        'recent_surgery_or_immobility',
        'recent_long_travel',
        'previous_clot',
        'cancer_history',
        'pregnant_or_recently_gave_birth',
        'estrogen_medicine',
        'joint_replacement_recent',
      ]) &&
      !has(set, 'pain_started_during_exercise')
    )
      rules.push(['R4', 'urgent'])
    if (
      has(set, 'takes_statin') &&
      anyOf(set, ['cramp_comes_and_goes', 'location_calf', 'location_back_of_thigh']) &&
      !has(set, 'pain_started_during_exercise')
    )
      rules.push(['R6', 'doctor'])
    if (has(set, 'on_blood_thinners') && has(set, 'pain_started_during_exercise')) rules.push(['R9', 'doctor'])
    if (anyOf(set, ['recent_surgery_or_immobility', 'joint_replacement_recent'])) rules.push(['R10', 'doctor'])
    const level = rules.reduce<Disposition>((d, [, l]) => (rank(l) > rank(d) ? l : d), 'self-care')
    return { level, rules: rules.map(([id]) => id) }
  }

  it('are self-care unless R2, R3, R4, R6, R9 or R10 fires, and then exactly what those rules give', () => {
    fc.assert(
      fc.property(fc.subarray(CONTEXT), (set) => {
        const r = triage(set)
        const e = expected(set)
        expect(r.disposition).toBe(e.level)
        expect(r.rules).toEqual(e.rules)
        expect(r.rules).not.toContain('R1')
        expect(r.rules).not.toContain('R5')
      }),
      RUNS,
    )
  })

  it('never go above urgent', () => {
    fc.assert(
      fc.property(fc.subarray(CONTEXT), (set) => {
        expect(rank(triage(set).disposition)).toBeLessThanOrEqual(rank('urgent'))
      }),
      RUNS,
    )
  })
})

describe('shape of every result', () => {
  it('holds for any set', () => {
    fc.assert(
      fc.property(anySet, (set) => {
        const r = triage(set)
        expect(DISPOSITION_ORDER).toContain(r.disposition)
        // Reasons: never empty, most serious first, the first one at the disposition.
        expect(r.reasons.length).toBeGreaterThan(0)
        expect(r.reasons[0]?.level).toBe(r.disposition)
        const ranks = r.reasons.map((x) => rank(x.level))
        expect([...ranks].sort((a, b) => b - a)).toEqual(ranks)
        for (const reason of r.reasons) for (const f of reason.findings) expect(set).toContain(f)
        // Plans: known ids, table order, no duplicates; none when the gate is up or under 16.
        const order = r.plans.map((p) => PLAN_IDS.indexOf(p))
        expect(order.every((i, k) => i >= 0 && (k === 0 || i > (order[k - 1] ?? -1)))).toBe(true)
        if (r.disposition === 'emergency' || r.disposition === 'urgent' || set.includes('under_16')) {
          expect(r.plans).toEqual([])
        }
        if (set.includes('shooting_pain_below_knee')) expect(r.plans).not.toContain('hamstring-stretch')
        if (r.cautions.includes('poor-circulation')) expect(r.plans).not.toContain('rice')
      }),
      RUNS,
    )
  })

  it('does not depend on order or duplicates, and does not touch its input', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...FINDING_IDS]), (shuffled) => {
        const input = Object.freeze([...shuffled])
        const sorted = [...shuffled].sort()
        expect(triage(input)).toEqual(triage(sorted))
        expect(triage([...sorted, ...sorted.slice(0, 2)])).toEqual(triage(sorted))
        expect(input).toEqual(shuffled)
      }),
      { numRuns: 300 },
    )
  })
})
