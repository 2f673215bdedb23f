// @vitest-environment node
// Pure domain code: no DOM needed, and Node's own URL keeps `new URL(..., import.meta.url)` a file URL.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DISPOSITION_ORDER, dispositionRank, gateFindings, triage, type Disposition } from '../../src/domain/triage'
import { evaluate, urgentPlace } from '../../src/domain/rules'
import { FINDINGS } from '../../src/content/findings'
import { URGENT_PLACES, WHILE_WAITING } from '../../src/content/gateText'
import { RULE_NAMES } from '../../src/content/reasons'
import { RULE_IDS } from '../../src/content/vocabulary'

interface Example {
  id: string
  findings: string[]
  expected: Disposition
}

// The worked cases live in tests/fixtures/clinical (the project's copy of the contract's cases).
const examples = JSON.parse(
  readFileSync(new URL('../fixtures/clinical/examples.json', import.meta.url), 'utf8'),
) as Example[]

const CLOT_RISKS = [
  'recent_surgery_or_immobility',
  'recent_long_travel',
  'previous_clot',
  'cancer_history',
  'pregnant_or_recently_gave_birth',
  'estrogen_medicine',
  'joint_replacement_recent',
]

describe('worked examples (examples.json)', () => {
  it('has the 13 cases of contract v3 to run', () => {
    expect(examples).toHaveLength(13)
  })
  it.each(examples.map((e) => [e.id, e] as const))('%s', (_id, example) => {
    expect(triage(example.findings).disposition).toBe(example.expected)
  })
})

describe('base levels', () => {
  it('no findings: self-care, with a plain reason and no plans', () => {
    const r = triage([])
    expect(r).toMatchObject({ disposition: 'self-care', plans: [], cautions: [], rules: [] })
    expect(r.reasons).toHaveLength(1)
    expect(r.reasons[0]?.level).toBe('self-care')
  })

  // R10 needs only one answer: new leg pain within 12 weeks of an operation or time in bed is a doctor's check.
  const R10_ALONE = ['recent_surgery_or_immobility', 'joint_replacement_recent']
  it.each(FINDINGS.map((f) => [f.id, f.level] as const))('%s on its own gives its level (%s)', (id, level) => {
    const expected: Disposition = R10_ALONE.includes(id) ? 'doctor' : level === null ? 'self-care' : (level.toLowerCase() as Disposition)
    const r = triage([id])
    expect(r.disposition).toBe(expected)
    expect(r.rules).toEqual(R10_ALONE.includes(id) ? ['R10'] : [])
    if (level !== null) expect(r.reasons[0]).toMatchObject({ level: expected, rule: null, findings: [id] })
  })

  it('takes the highest level among the findings', () => {
    expect(triage(['fever', 'one_leg_swollen']).disposition).toBe('urgent')
    expect(triage(['fever', 'lump_behind_knee', 'pe_symptoms']).disposition).toBe('emergency')
  })

  it('is the same whatever the order, and counts duplicates once', () => {
    const a = triage(['location_calf', 'pain_one_leg_only', 'recent_long_travel', 'fever'])
    const b = triage(['fever', 'recent_long_travel', 'recent_long_travel', 'pain_one_leg_only', 'location_calf'])
    expect(b).toEqual(a)
  })

  it('throws a clear error naming an unknown id', () => {
    expect(() => triage(['location_calf', 'calf_on_fire'])).toThrowError(/calf_on_fire/)
    expect(() => triage([''])).toThrowError(Error)
  })

  it('DISPOSITION_ORDER runs from least to most serious', () => {
    expect(DISPOSITION_ORDER).toEqual(['self-care', 'doctor', 'urgent', 'emergency'])
    expect(dispositionRank('emergency')).toBeGreaterThan(dispositionRank('urgent'))
  })
})

describe('R1: weakness with fever, a weak immune system or cancer -> emergency', () => {
  it.each(['fever', 'immunosuppressed_or_injects_drugs', 'cancer_history'])('foot_or_leg_weakness + %s', (risk) => {
    const r = triage(['foot_or_leg_weakness', risk])
    expect(r.disposition).toBe('emergency')
    expect(r.rules).toContain('R1')
    expect(r.reasons[0]).toMatchObject({ level: 'emergency', rule: 'R1', findings: ['foot_or_leg_weakness', risk] })
  })
  it('does not fire without the weakness, or without a risk', () => {
    expect(triage(['foot_or_leg_weakness']).disposition).toBe('urgent')
    expect(triage(['foot_or_leg_weakness', 'diabetes']).rules).not.toContain('R1')
    expect(triage(['fever', 'cancer_history']).disposition).toBe('doctor')
    expect(triage(['fever', 'cancer_history']).rules).toEqual([])
  })
})

describe('R2: cancer with nerve pain below the knee or night pain -> urgent', () => {
  it.each(['shooting_pain_below_knee', 'night_pain_unrelieved'])('cancer_history + %s', (pain) => {
    const r = triage(['cancer_history', pain])
    expect(r.disposition).toBe('urgent')
    expect(r.rules).toEqual(['R2'])
  })
  it('does not fire on either part alone, or with other cancer-type signs', () => {
    expect(triage(['cancer_history']).disposition).toBe('self-care')
    expect(triage(['shooting_pain_below_knee']).disposition).toBe('self-care')
    expect(triage(['night_pain_unrelieved']).disposition).toBe('doctor')
    expect(triage(['cancer_history', 'unexplained_weight_loss']).disposition).toBe('doctor')
  })
})

describe('R3: a weak immune system with nerve pain below the knee -> at least doctor', () => {
  it('fires', () => {
    const r = triage(['immunosuppressed_or_injects_drugs', 'shooting_pain_below_knee'])
    expect(r.disposition).toBe('doctor')
    expect(r.rules).toEqual(['R3'])
  })
  it('only raises: a higher level stays', () => {
    const r = triage(['immunosuppressed_or_injects_drugs', 'shooting_pain_below_knee', 'one_leg_swollen'])
    expect(r.disposition).toBe('urgent')
    expect(r.rules).toContain('R3')
  })
  it('does not fire on either part alone', () => {
    expect(triage(['immunosuppressed_or_injects_drugs']).disposition).toBe('self-care')
    expect(triage(['immunosuppressed_or_injects_drugs', 'location_calf']).rules).toEqual([])
  })
})

describe('R4: one-sided calf, thigh or behind-knee pain with a clot risk -> urgent, unless it began during exercise', () => {
  const places = ['location_calf', 'location_back_of_thigh', 'location_behind_knee', 'calf_tender_no_injury']
  const cases = places.flatMap((place) => CLOT_RISKS.map((risk) => [place, risk] as const))
  it.each(cases)('pain_one_leg_only + %s + %s', (place, risk) => {
    const r = triage(['pain_one_leg_only', place, risk])
    expect(r.disposition).toBe('urgent')
    expect(r.rules).toContain('R4')
    const reason = r.reasons.find((x) => x.rule === 'R4')
    expect(reason?.findings).toEqual(['pain_one_leg_only', place, risk])
    expect(r.plans).toEqual([])
  })
  it('needs one leg only, a place and a risk factor', () => {
    expect(triage(['location_calf', 'previous_clot']).disposition).toBe('self-care')
    expect(triage(['location_behind_knee', 'estrogen_medicine']).disposition).toBe('self-care')
    expect(triage(['pain_one_leg_only', 'recent_long_travel']).disposition).toBe('self-care')
    expect(triage(['pain_one_leg_only', 'location_calf']).disposition).toBe('self-care')
    expect(triage(['pain_one_leg_only', 'location_calf', 'diabetes']).disposition).toBe('self-care')
  })
  it('is lifted by a clear moment during exercise (the one deliberate exception to monotonicity)', () => {
    const r = triage(['pain_one_leg_only', 'location_back_of_thigh', 'previous_clot', 'pain_started_during_exercise'])
    expect(r.disposition).toBe('self-care')
    expect(r.rules).toEqual([])
    expect(r.plans).toEqual(['rice', 'hamstring-stretch'])
    expect(r.cautions).toContain('dvt-watch')
  })
  it('v3: pain behind the knee counts as a place, and a joint replacement as a risk factor', () => {
    expect(triage(['pain_one_leg_only', 'location_behind_knee', 'previous_clot']).rules).toEqual(['R4'])
    expect(triage(['pain_one_leg_only', 'location_calf', 'joint_replacement_recent']).rules).toEqual(['R4', 'R10'])
  })
  it('exercise does not lift the clot signs themselves', () => {
    const r = triage(['pain_one_leg_only', 'calf_tender_no_injury', 'previous_clot', 'pain_started_during_exercise'])
    expect(r.disposition).toBe('urgent')
    expect(r.rules).not.toContain('R4')
  })
})

describe('R5: fever with nerve pain, night pain, a weak immune system, red skin or a swollen leg -> urgent', () => {
  it.each([
    'shooting_pain_below_knee',
    'night_pain_unrelieved',
    'immunosuppressed_or_injects_drugs',
    'red_hot_swollen_skin',
    'one_leg_swollen',
  ])('fever + %s', (other) => {
    const r = triage(['fever', other])
    expect(r.disposition).toBe('urgent')
    expect(r.rules).toContain('R5')
  })
  it('fever alone, or with other findings, stays at doctor', () => {
    expect(triage(['fever']).disposition).toBe('doctor')
    expect(triage(['fever', 'location_calf', 'diabetes']).disposition).toBe('doctor')
  })
})

describe('R6: statin with muscle pain that did not start with exercise -> at least doctor', () => {
  it.each(['cramp_comes_and_goes', 'location_calf', 'location_back_of_thigh'])('takes_statin + %s', (pain) => {
    const r = triage(['takes_statin', pain])
    expect(r.disposition).toBe('doctor')
    expect(r.rules).toEqual(['R6'])
    // Doctor: the gentle home care is still offered while they wait.
    expect(r.plans.length).toBeGreaterThan(0)
  })
  it('does not fire with exercise, or without muscle pain', () => {
    expect(triage(['takes_statin', 'location_calf', 'pain_started_during_exercise']).disposition).toBe('self-care')
    expect(triage(['takes_statin']).disposition).toBe('self-care')
    expect(triage(['takes_statin', 'shooting_pain_below_knee']).disposition).toBe('self-care')
  })
})

describe('R7: a child with fever, night pain, fast-worsening pain or weight loss -> urgent', () => {
  it.each(['fever', 'night_pain_unrelieved', 'pain_severe_worsening_fast', 'unexplained_weight_loss'])('under_16 + %s', (sign) => {
    const r = triage(['under_16', sign])
    expect(r.disposition).toBe('urgent')
    expect(r.rules).toContain('R7')
  })
  it('does not fire for an adult with the same signs, or a child without them', () => {
    expect(triage(['fever', 'unexplained_weight_loss']).rules).not.toContain('R7')
    expect(triage(['under_16', 'location_calf']).disposition).toBe('doctor')
    expect(triage(['under_16', 'location_calf']).rules).toEqual([])
  })
  it('a child with a fever goes to the emergency department', () => {
    expect(urgentPlace(evaluate(['under_16', 'fever']))?.place).toBe('emergency-department')
    expect(urgentPlace(evaluate(['under_16', 'night_pain_unrelieved']))?.place).toBe('urgent-care')
  })
})

describe('R8: a new foot sore or hot foot with diabetes or numb feet -> urgent', () => {
  it.each(['diabetes', 'burning_numb_both_feet'])('new_foot_sore_or_hot_foot + %s', (risk) => {
    const r = triage(['new_foot_sore_or_hot_foot', risk])
    expect(r.disposition).toBe('urgent')
    expect(r.rules).toEqual(['R8'])
    expect(urgentPlace(evaluate(['new_foot_sore_or_hot_foot', risk]))?.place).toBe('foot-team')
  })
  it('a foot sore alone is doctor', () => {
    expect(triage(['new_foot_sore_or_hot_foot']).disposition).toBe('doctor')
    expect(triage(['new_foot_sore_or_hot_foot', 'takes_statin']).rules).toEqual([])
  })
})

describe('R9: a muscle injury on a blood thinner -> at least doctor', () => {
  it('fires', () => {
    const r = triage(['on_blood_thinners', 'pain_started_during_exercise', 'location_calf'])
    expect(r.disposition).toBe('doctor')
    expect(r.rules).toEqual(['R9'])
  })
  it('does not fire on either part alone', () => {
    expect(triage(['on_blood_thinners', 'location_calf']).disposition).toBe('self-care')
    expect(triage(['pain_started_during_exercise', 'location_calf']).disposition).toBe('self-care')
  })
})

describe('R10: new leg pain after an operation or time stuck in bed -> at least doctor, naming the surgical team', () => {
  it.each(['recent_surgery_or_immobility', 'joint_replacement_recent'])('%s', (id) => {
    const r = triage([id, 'worse_when_sitting'])
    expect(r.disposition).toBe('doctor')
    expect(r.rules).toEqual(['R10'])
    expect(r.afterOperation).toBe(true)
    expect(r.reasons[0]?.text).toMatch(/surgical team/)
  })
  it('does not fire without them', () => {
    const r = triage(['worse_when_sitting', 'previous_clot'])
    expect(r.rules).toEqual([])
    expect(r.afterOperation).toBe(false)
  })
})

describe('plans table', () => {
  const cases: [string, string[], string[]][] = [
    ['exercise + back of thigh', ['pain_started_during_exercise', 'location_back_of_thigh'], ['rice', 'hamstring-stretch']],
    ['exercise + calf', ['pain_started_during_exercise', 'location_calf'], ['rice', 'calf-stretch']],
    [
      'exercise + both places',
      ['pain_started_during_exercise', 'location_calf', 'location_back_of_thigh'],
      ['rice', 'hamstring-stretch', 'calf-stretch'],
    ],
    ['exercise + thigh + cramp', ['pain_started_during_exercise', 'location_back_of_thigh', 'cramp_comes_and_goes'], ['cramp-relief', 'hydration']],
    ['cramp', ['cramp_comes_and_goes'], ['cramp-relief', 'hydration']],
    ['cramp + calf', ['cramp_comes_and_goes', 'location_calf'], ['calf-stretch', 'cramp-relief', 'hydration']],
    ['cramp + thigh: a cramp is a mechanism', ['cramp_comes_and_goes', 'location_back_of_thigh'], ['cramp-relief', 'hydration']],
    ['sweating', ['sweating_heat_or_low_fluids'], ['hydration']],
    ['nerve pain', ['shooting_pain_below_knee'], ['sciatica-relief']],
    ['worse sitting', ['worse_when_sitting'], ['sitting-relief']],
    ['long travel', ['recent_long_travel'], ['travel-circulation']],
    ['behind the knee: no stretch plan on a guess', ['location_behind_knee'], []],
    ['thigh, no mechanism', ['location_back_of_thigh'], ['hamstring-stretch']],
    ['calf, no mechanism', ['location_calf'], ['calf-stretch']],
    ['exercise with no place', ['pain_started_during_exercise'], []],
    ['context only', ['diabetes'], []],
    [
      'many at once, deduplicated and in table order',
      ['recent_long_travel', 'worse_when_sitting', 'sweating_heat_or_low_fluids', 'cramp_comes_and_goes', 'location_calf'],
      ['calf-stretch', 'cramp-relief', 'hydration', 'sitting-relief', 'travel-circulation'],
    ],
  ]
  it.each(cases)('%s', (_name, findings, plans) => {
    const r = triage(findings)
    expect(r.disposition).toBe('self-care')
    expect(r.plans).toEqual(plans)
  })
})

describe('the "never" rules', () => {
  it('no hamstring stretch with nerve pain below the knee', () => {
    expect(triage(['shooting_pain_below_knee', 'location_back_of_thigh']).plans).toEqual(['sciatica-relief'])
    expect(
      triage(['shooting_pain_below_knee', 'location_back_of_thigh', 'pain_started_during_exercise']).plans,
    ).toEqual(['rice', 'sciatica-relief'])
  })
  it('no plan under 16', () => {
    const r = triage(['under_16', 'pain_started_during_exercise', 'location_back_of_thigh'])
    expect(r.disposition).toBe('doctor')
    expect(r.plans).toEqual([])
    expect(r.reasons[0]?.text).toMatch(/under 16/)
  })
  it('no hydration plan under a fluid limit', () => {
    expect(triage(['cramp_comes_and_goes', 'fluid_restriction_advised']).plans).toEqual(['cramp-relief'])
    expect(triage(['sweating_heat_or_low_fluids', 'fluid_restriction_advised']).plans).toEqual([])
  })
  it('no plan for urgent or emergency', () => {
    expect(triage(['pain_started_during_exercise', 'location_calf', 'pop_or_snap_at_onset']).plans).toEqual([])
    expect(triage(['cramp_comes_and_goes', 'pe_symptoms']).plans).toEqual([])
  })
})

describe('doctor: gentle home care while waiting, minus what cautions forbid', () => {
  it('offers the matched plans', () => {
    const r = triage(['shooting_pain_below_knee', 'not_better_2_weeks_or_limiting'])
    expect(r.disposition).toBe('doctor')
    expect(r.plans).toEqual(['sciatica-relief'])
    expect(r.cautions).toEqual(['skin-check'])
  })
  it('poor circulation takes RICE away (no ice, compression or raising the leg)', () => {
    const r = triage(['calf_pain_walking_eases_rest', 'pain_started_during_exercise', 'location_back_of_thigh'])
    expect(r.disposition).toBe('doctor')
    expect(r.cautions).toContain('poor-circulation')
    expect(r.plans).toEqual(['hamstring-stretch'])
  })
})

describe('cautions table', () => {
  it.each([
    ['fluid_restriction_advised', ['fluid-limit', 'no-nsaid']],
    ['diabetes', ['skin-check']],
    ['shooting_pain_below_knee', ['skin-check']],
    ['burning_numb_both_feet', ['no-ice-no-heat']],
    ['calf_pain_walking_eases_rest', ['poor-circulation']],
    ['rest_pain_or_nonhealing_wound', ['poor-circulation']],
    ['previous_clot', ['dvt-watch']],
    ['recent_long_travel', ['dvt-watch']],
    ['recent_surgery_or_immobility', ['dvt-watch']],
    ['cancer_history', ['dvt-watch']],
    ['pregnant_or_recently_gave_birth', ['dvt-watch', 'no-nsaid', 'pregnancy-positions']],
    ['estrogen_medicine', ['dvt-watch']],
    ['on_blood_thinners', ['no-heat', 'no-nsaid']],
    ['fever', ['no-heat']],
    ['joint_replacement_recent', ['dvt-watch', 'hip-precautions']],
    ['location_calf', []],
  ])('%s -> %j', (finding, cautions) => {
    expect(triage([finding]).cautions).toEqual(cautions)
  })
  it('lists each caution once, in table order', () => {
    const r = triage(['on_blood_thinners', 'pregnant_or_recently_gave_birth', 'diabetes', 'fluid_restriction_advised'])
    expect(r.cautions).toEqual(['fluid-limit', 'skin-check', 'dvt-watch', 'no-heat', 'no-nsaid', 'pregnancy-positions'])
  })
})

describe('reasons', () => {
  it('the first reason is at the disposition, and every rule that fired has one', () => {
    const r = triage(['immunosuppressed_or_injects_drugs', 'shooting_pain_below_knee', 'foot_or_leg_weakness'])
    expect(r.disposition).toBe('emergency')
    expect(r.rules).toEqual(['R1', 'R3'])
    expect(r.reasons.map((x) => [x.level, x.rule])).toEqual([
      ['emergency', 'R1'],
      ['urgent', null],
      ['doctor', 'R3'],
    ])
    for (const reason of r.reasons) expect(reason.text.length).toBeGreaterThan(10)
  })
  it('names the answers in plain words', () => {
    const r = triage(['previous_clot', 'pain_one_leg_only', 'location_back_of_thigh'])
    expect(r.reasons[0]?.text).toMatch(/blood clot in the past/)
    expect(r.reasons[0]?.text).not.toMatch(/_/)
  })
})

describe('urgentPlace', () => {
  const place = (ids: string[]) => urgentPlace(evaluate(ids))?.place ?? null
  it('is null unless urgent', () => {
    expect(place(['pe_symptoms'])).toBeNull()
    expect(place(['fever'])).toBeNull()
    expect(place([])).toBeNull()
  })
  it.each(['possible_fracture', 'pop_or_snap_at_onset', 'cannot_tiptoe', 'cannot_bear_weight', 'dark_urine'])(
    '%s -> emergency department',
    (id) => {
      expect(place([id])).toBe('emergency-department')
    },
  )
  it('R5 (spinal infection, or an infection with fever) -> emergency department', () => {
    expect(place(['fever', 'red_hot_swollen_skin', 'location_calf'])).toBe('emergency-department')
    expect(place(['fever', 'immunosuppressed_or_injects_drugs'])).toBe('emergency-department')
    expect(place(['fever', 'shooting_pain_below_knee'])).toBe('emergency-department')
  })
  it('R2 -> the cancer team line, unless something needs the hospital', () => {
    expect(place(['cancer_history', 'night_pain_unrelieved'])).toBe('cancer-line')
    expect(place(['cancer_history', 'night_pain_unrelieved', 'possible_fracture'])).toBe('emergency-department')
  })
  it('otherwise same-day urgent care', () => {
    expect(place(['one_leg_swollen', 'calf_tender_no_injury', 'recent_long_travel'])).toBe('urgent-care')
    expect(place(['red_hot_swollen_skin'])).toBe('urgent-care')
    expect(place(['foot_or_leg_weakness'])).toBe('urgent-care')
  })
  it('every place has words', () => {
    for (const p of ['emergency-department', 'cancer-line', 'foot-team', 'urgent-care'] as const) {
      expect(URGENT_PLACES[p].title.length).toBeGreaterThan(5)
      expect(URGENT_PLACES[p].text.length).toBeGreaterThan(20)
    }
  })
})

describe('gate findings and rule names', () => {
  it('the answers behind a gate are those of its urgent and emergency reasons only', () => {
    const r = triage(['one_leg_swollen', 'fever', 'diabetes', 'location_calf'])
    expect(r.disposition).toBe('urgent')
    expect(gateFindings(r).sort()).toEqual(['fever', 'one_leg_swollen'].sort())
  })
  it('every rule has a plain name', () => {
    for (const id of RULE_IDS) expect(RULE_NAMES[id].length, id).toBeGreaterThan(10)
  })
})

describe('WHILE_WAITING', () => {
  it('says not to raise, warm, cool or massage the leg, and to sit upright if breathless', () => {
    const text = WHILE_WAITING.join(' ')
    expect(text).toMatch(/raise, warm, cool or rub \(massage\)/)
    expect(text).toMatch(/short of breath, sit upright/)
  })
})
