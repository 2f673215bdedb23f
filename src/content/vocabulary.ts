/**
 * The screener's vocabulary (contract version 3): every finding id of tests/fixtures/clinical/findings.json with its
 * level on its own, and nothing else. The words the app shows for each finding live in ./findings.ts, which only the
 * screener and the result screens load; the rules (src/domain/rules.ts) need no more than this small table, so the
 * first screen can decide what is safe without the questions' text.
 */

/** How serious a finding is on its own; `null` for context and pattern findings (risk factors, not red flags). */
export type FindingLevel = 'EMERGENCY' | 'URGENT' | 'DOCTOR' | null

/** Every finding and its level, in the order of findings.json. */
export const FINDING_LEVELS = {
  saddle_numbness_or_sexual_change: 'EMERGENCY',
  new_bladder_bowel_problem: 'EMERGENCY',
  nerve_pain_both_legs: 'EMERGENCY',
  pe_symptoms: 'EMERGENCY',
  very_unwell_with_infection: 'EMERGENCY',
  leg_cold_pale_numb_cant_move: 'EMERGENCY',
  severe_pain_after_crush_or_cast: 'EMERGENCY',
  rapidly_spreading_dusky_redness: 'EMERGENCY',
  one_leg_swollen: 'URGENT',
  calf_tender_no_injury: 'URGENT',
  red_hot_swollen_skin: 'URGENT',
  fever: 'DOCTOR',
  pop_or_snap_at_onset: 'URGENT',
  cannot_bear_weight: 'URGENT',
  cannot_tiptoe: 'URGENT',
  foot_or_leg_weakness: 'URGENT',
  rest_pain_or_nonhealing_wound: 'URGENT',
  pain_severe_worsening_fast: 'URGENT',
  unexplained_weight_loss: 'DOCTOR',
  night_pain_unrelieved: 'DOCTOR',
  calf_pain_walking_eases_rest: 'DOCTOR',
  pain_eases_sitting_bending_forward: 'DOCTOR',
  burning_numb_both_feet: 'DOCTOR',
  not_better_2_weeks_or_limiting: 'DOCTOR',
  frequent_or_long_cramps: 'DOCTOR',
  cancer_history: null,
  immunosuppressed_or_injects_drugs: null,
  diabetes: null,
  recent_long_travel: null,
  recent_surgery_or_immobility: null,
  previous_clot: null,
  fluid_restriction_advised: null,
  pain_started_during_exercise: null,
  cramp_comes_and_goes: null,
  sweating_heat_or_low_fluids: null,
  shooting_pain_below_knee: null,
  worse_when_sitting: null,
  lump_behind_knee: 'DOCTOR',
  location_back_of_thigh: null,
  location_calf: null,
  dark_urine: 'URGENT',
  possible_fracture: 'URGENT',
  under_16: 'DOCTOR',
  pain_one_leg_only: null,
  pregnant_or_recently_gave_birth: null,
  estrogen_medicine: null,
  on_blood_thinners: null,
  takes_statin: null,
  sudden_severe_leg_pain_numb_foot: 'EMERGENCY',
  location_behind_knee: null,
  new_foot_sore_or_hot_foot: 'DOCTOR',
  joint_replacement_recent: null,
} as const satisfies Record<string, FindingLevel>

/** A finding id of the vocabulary. */
export type FindingId = keyof typeof FINDING_LEVELS

/** Every finding id, in vocabulary order. */
export const FINDING_IDS = Object.keys(FINDING_LEVELS) as FindingId[]

/** True when `id` is a finding of the vocabulary (narrows to FindingId). `Object.hasOwn`: "constructor" is no id. */
export function isFindingId(id: string): id is FindingId {
  return Object.hasOwn(FINDING_LEVELS, id)
}

/**
 * A finding's level on its own.
 * @throws Error naming the id when it is not in the vocabulary: a typo must never pass silently.
 */
export function levelOf(id: string): FindingLevel {
  if (!isFindingId(id)) throw new Error(`Unknown finding id: "${id}"`)
  return FINDING_LEVELS[id]
}

/**
 * Facts about the person's history and body rather than what the leg is doing now (a past clot, a medicine, an
 * operation, pregnancy, age). A new check cannot make them "stop happening", so the question "Is this still
 * happening?" before a gate clears is asked about the other findings behind the gate, never about these.
 */
export const BACKGROUND_FINDINGS: readonly FindingId[] = [
  'cancer_history',
  'immunosuppressed_or_injects_drugs',
  'diabetes',
  'recent_long_travel',
  'recent_surgery_or_immobility',
  'previous_clot',
  'fluid_restriction_advised',
  'under_16',
  'pregnant_or_recently_gave_birth',
  'estrogen_medicine',
  'on_blood_thinners',
  'takes_statin',
  'joint_replacement_recent',
]

/** The four dispositions from least to most serious: the index is the severity rank. */
export const DISPOSITION_ORDER = ['self-care', 'doctor', 'urgent', 'emergency'] as const
export type Disposition = (typeof DISPOSITION_ORDER)[number]

/** The combination rules of the contract. */
export const RULE_IDS = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10'] as const
export type RuleId = (typeof RULE_IDS)[number]

/** Plan ids, in the order of the plans table (the order results list them in). */
export const PLAN_IDS = [
  'rice',
  'hamstring-stretch',
  'calf-stretch',
  'cramp-relief',
  'hydration',
  'sciatica-relief',
  'sitting-relief',
  'travel-circulation',
] as const
export type PlanId = (typeof PLAN_IDS)[number]

/** Caution ids, in the order of the cautions table. */
export const CAUTION_IDS = [
  'fluid-limit',
  'skin-check',
  'no-ice-no-heat',
  'poor-circulation',
  'dvt-watch',
  'no-heat',
  'no-nsaid',
  'hip-precautions',
  'pregnancy-positions',
] as const
export type CautionId = (typeof CAUTION_IDS)[number]

/** Things that make a clot more likely: rule R4's risk factors, and what turns on the `dvt-watch` caution. */
export const CLOT_RISK_FACTORS = [
  'recent_surgery_or_immobility',
  'recent_long_travel',
  'previous_clot',
  'cancer_history',
  'pregnant_or_recently_gave_birth',
  'estrogen_medicine',
  'joint_replacement_recent',
] as const satisfies readonly FindingId[]

/** Whether a stored string is a caution id this version knows. */
export function isCautionId(id: string): id is CautionId {
  return (CAUTION_IDS as readonly string[]).includes(id)
}
