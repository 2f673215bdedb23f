/**
 * The contract's rules (tests/fixtures/clinical, contract version 3) over finding ids alone: levels, the combination
 * rules R1-R10, the plans table with its "never" rules, and the cautions table. No words: ./triage.ts adds the
 * plain-language reasons for the result screens. This module is small so that every door (Today, Plans, a timer, a
 * deep link) can decide what is safe without loading the screener's text.
 */
import {
  CAUTION_IDS,
  CLOT_RISK_FACTORS,
  DISPOSITION_ORDER,
  FINDING_IDS,
  FINDING_LEVELS,
  PLAN_IDS,
  isFindingId,
  type CautionId,
  type Disposition,
  type FindingId,
  type PlanId,
  type RuleId,
} from '../content/vocabulary'

export type { CautionId, Disposition, FindingId, PlanId, RuleId }
export { CLOT_RISK_FACTORS, DISPOSITION_ORDER }

/** The severity rank of a disposition: 0 for self-care up to 3 for emergency. */
export function dispositionRank(d: Disposition): number {
  return DISPOSITION_ORDER.indexOf(d)
}

/** The more serious of two dispositions. */
export function moreSerious(a: Disposition, b: Disposition): Disposition {
  return dispositionRank(a) >= dispositionRank(b) ? a : b
}

const LEVEL_OF = { EMERGENCY: 'emergency', URGENT: 'urgent', DOCTOR: 'doctor' } as const

/** What a finding asks for on its own: its level as a disposition, or null for context and pattern findings. */
export function findingDisposition(id: FindingId): Disposition | null {
  const level = FINDING_LEVELS[id]
  return level === null ? null : LEVEL_OF[level]
}


type Has = (id: FindingId) => boolean

/** The present findings among `ids`. */
function present(has: Has, ids: readonly FindingId[]): FindingId[] {
  return ids.filter((id) => has(id))
}

/** `[...must, ...the present ones of anyOf]` when every `must` and at least one of `anyOf` are present; else null. */
function allAndAny(has: Has, must: readonly FindingId[], anyOf: readonly FindingId[]): FindingId[] | null {
  if (!must.every(has)) return null
  const found = present(has, anyOf)
  return found.length > 0 ? [...must, ...found] : null
}

/** `ids` when every one of them is present; else null. */
function all(has: Has, ids: readonly FindingId[]): FindingId[] | null {
  return ids.every(has) ? [...ids] : null
}

interface Rule {
  id: RuleId
  level: Disposition
  /** The findings that make the rule fire (first the ones it needs, then those that matched), or null. */
  match: (has: Has) => FindingId[] | null
}

/** The combination rules R1-R10, exactly as the contract words them. */
const RULES: readonly Rule[] = [
  // A motor deficit with infection or cancer risk: cord compression or a spinal abscess.
  { id: 'R1', level: 'emergency', match: (has) => allAndAny(has, ['foot_or_leg_weakness'], ['fever', 'immunosuppressed_or_injects_drugs', 'cancer_history']) },
  // Possible spinal or bone spread of a cancer: NICE CG75/NG234, to be seen within 24 hours.
  { id: 'R2', level: 'urgent', match: (has) => allAndAny(has, ['cancer_history'], ['shooting_pain_below_knee', 'night_pain_unrelieved']) },
  // Radicular pain with a weak immune system: a spinal infection must be ruled out.
  { id: 'R3', level: 'doctor', match: (has) => all(has, ['immunosuppressed_or_injects_drugs', 'shooting_pain_below_knee']) },
  {
    // Clot risk: one-sided calf, thigh or behind-knee pain with a risk factor, unless a clear mechanical cause (Wells'
    // "alternative diagnosis") explains it.
    id: 'R4',
    level: 'urgent',
    match: (has) => {
      if (!has('pain_one_leg_only') || has('pain_started_during_exercise')) return null
      const where = present(has, ['location_calf', 'location_back_of_thigh', 'location_behind_knee', 'calf_tender_no_injury'])
      const risk = present(has, CLOT_RISK_FACTORS)
      return where.length > 0 && risk.length > 0 ? ['pain_one_leg_only', ...where, ...risk] : null
    },
  },
  // Fever with spinal pain, a weak immune system or a red or swollen leg: infection.
  {
    id: 'R5',
    level: 'urgent',
    match: (has) =>
      allAndAny(has, ['fever'], ['shooting_pain_below_knee', 'night_pain_unrelieved', 'immunosuppressed_or_injects_drugs', 'red_hot_swollen_skin', 'one_leg_swollen']),
  },
  {
    // Unexplained muscle pain on a statin: NHS says contact a doctor. Exercise explains the pain away.
    id: 'R6',
    level: 'doctor',
    match: (has) => (has('pain_started_during_exercise') ? null : allAndAny(has, ['takes_statin'], ['cramp_comes_and_goes', 'location_calf', 'location_back_of_thigh'])),
  },
  // A child with fever, night pain, fast-worsening pain or weight loss: same-day (NICE CKS childhood limp; NG12).
  { id: 'R7', level: 'urgent', match: (has) => allAndAny(has, ['under_16'], ['fever', 'night_pain_unrelieved', 'pain_severe_worsening_fast', 'unexplained_weight_loss']) },
  // An active foot problem with diabetes or numb feet: the foot team within one working day (NICE NG19).
  { id: 'R8', level: 'urgent', match: (has) => allAndAny(has, ['new_foot_sore_or_hot_foot'], ['diabetes', 'burning_numb_both_feet']) },
  // A muscle injury on an anticoagulant can bleed into a compartment (BOAST 10).
  { id: 'R9', level: 'doctor', match: (has) => all(has, ['on_blood_thinners', 'pain_started_during_exercise']) },
  // New leg pain within 12 weeks of an operation or immobility: a clinician (the surgical team after an operation).
  { id: 'R10', level: 'doctor', match: (has) => allAndAny(has, [], ['recent_surgery_or_immobility', 'joint_replacement_recent']) },
]

export interface FiredRule {
  id: RuleId
  level: Disposition
  /** The answers that made it fire. */
  findings: FindingId[]
}

export interface Evaluation {
  disposition: Disposition
  /** The warning signs among the answers, each with its own level, in vocabulary order. */
  signs: { finding: FindingId; level: Disposition }[]
  /** The combination rules that fired, in rule order (including those that did not change the level). */
  rules: FiredRule[]
  /**
   * Plan ids in the order of the plans table. For `self-care` the home plans; for `doctor` the gentle home care
   * offered "while you wait"; always empty for `urgent`, `emergency` and under 16.
   */
  plans: PlanId[]
  /** Caution ids in the order of the cautions table. They describe the person, so they are given at every level. */
  cautions: CautionId[]
}

/**
 * The plans table, before the "never" rules and cautions take anything away.
 * A location with no mechanism (neither a sports moment nor a cramp) gets that location's stretch plan; pain behind
 * the knee has none (a clot behind the knee or a burst cyst there must not be stretched on a guess).
 */
function matchPlans(has: Has): Set<PlanId> {
  const plans = new Set<PlanId>()
  const exercise = has('pain_started_during_exercise')
  const cramp = has('cramp_comes_and_goes')
  const thigh = has('location_back_of_thigh')
  const calf = has('location_calf')
  if (exercise && thigh && !cramp) plans.add('rice').add('hamstring-stretch')
  if (exercise && calf && !cramp) plans.add('rice').add('calf-stretch')
  if (cramp) {
    plans.add('cramp-relief')
    if (calf) plans.add('calf-stretch')
  }
  if (has('sweating_heat_or_low_fluids') || cramp) plans.add('hydration')
  if (has('shooting_pain_below_knee')) plans.add('sciatica-relief')
  if (has('worse_when_sitting')) plans.add('sitting-relief')
  if (has('recent_long_travel')) plans.add('travel-circulation')
  if (!exercise && !cramp) {
    if (thigh) plans.add('hamstring-stretch')
    if (calf) plans.add('calf-stretch')
  }
  return plans
}

/** The cautions table: which answers turn each caution on. `fluid-limit` also comes from a limit saved in Settings. */
export const CAUTION_WHEN: Readonly<Record<CautionId, readonly FindingId[]>> = {
  'fluid-limit': ['fluid_restriction_advised'],
  'skin-check': ['diabetes', 'shooting_pain_below_knee'],
  'no-ice-no-heat': ['burning_numb_both_feet'],
  'poor-circulation': ['calf_pain_walking_eases_rest', 'rest_pain_or_nonhealing_wound'],
  'dvt-watch': CLOT_RISK_FACTORS,
  'no-heat': ['on_blood_thinners', 'fever'],
  'no-nsaid': ['on_blood_thinners', 'pregnant_or_recently_gave_birth', 'fluid_restriction_advised'],
  'hip-precautions': ['joint_replacement_recent'],
  'pregnancy-positions': ['pregnant_or_recently_gave_birth'],
}

/**
 * Plans a caution takes away whole. `poor-circulation` forbids ice, compression and raising the leg, which is all of
 * RICE but rest, so RICE is not offered. Other cautions change what a plan shows, not whether it is offered.
 */
const FORBIDDEN_BY: Partial<Record<CautionId, readonly PlanId[]>> = {
  'poor-circulation': ['rice'],
  'fluid-limit': ['hydration'],
}

/** Plans the "never" rules and the cautions leave standing, in table order. */
export function allowedPlans(plans: Iterable<PlanId>, cautions: readonly CautionId[]): PlanId[] {
  const left = new Set(plans)
  for (const c of cautions) for (const p of FORBIDDEN_BY[c] ?? []) left.delete(p)
  return PLAN_IDS.filter((p) => left.has(p))
}

/**
 * Which muscles the answers describe as strained: pain that began at a moment during exercise, in the back of the
 * thigh (hamstring) or the calf, and not a cramp. Decided from the findings alone, never from which plans a caution
 * left standing, so the 72-hour rules hold under every caution.
 */
export function strainedMuscles(findings: readonly string[]): ('hamstring' | 'calf')[] {
  const has = (id: string) => findings.includes(id)
  if (!has('pain_started_during_exercise') || has('cramp_comes_and_goes')) return []
  const out: ('hamstring' | 'calf')[] = []
  if (has('location_back_of_thigh')) out.push('hamstring')
  if (has('location_calf')) out.push('calf')
  return out
}

/**
 * Evaluates a set of answers against the contract.
 *
 * The disposition is the highest level among the findings' own levels and the rules that fire. Plans follow the
 * plans table minus the "never" rules (no hamstring stretch with nerve pain below the knee; no plan under 16; no plan
 * for urgent or emergency) and minus any plan a caution forbids whole. Pure and order-independent; duplicates count
 * once.
 * @param findings the ids of the findings the person said yes to
 * @throws Error naming the id when a finding id is not in the vocabulary
 */
export function evaluate(findings: readonly string[]): Evaluation {
  for (const id of findings) {
    if (!isFindingId(id)) throw new Error(`Unknown finding id: "${id}"`)
  }
  const set = new Set<string>(findings)
  const has: Has = (id) => set.has(id)

  const signs: Evaluation['signs'] = []
  for (const id of FINDING_IDS) {
    const level = set.has(id) ? findingDisposition(id) : null
    if (level !== null) signs.push({ finding: id, level })
  }
  const rules: FiredRule[] = []
  for (const rule of RULES) {
    const matched = rule.match(has)
    if (matched !== null) rules.push({ id: rule.id, level: rule.level, findings: matched })
  }
  const disposition = [...signs, ...rules].reduce<Disposition>((d, r) => moreSerious(d, r.level), 'self-care')
  const cautions = CAUTION_IDS.filter((c) => CAUTION_WHEN[c].some(has))

  let plans: PlanId[] = []
  if ((disposition === 'self-care' || disposition === 'doctor') && !has('under_16')) {
    const matched = matchPlans(has)
    // Every hamstring stretch tensions an irritated sciatic nerve.
    if (has('shooting_pain_below_knee')) matched.delete('hamstring-stretch')
    plans = allowedPlans(matched, cautions)
  }
  return { disposition, signs, rules, plans, cautions }
}

/** Where to go for an `urgent` result (the contract's "Where to go for urgent"). */
export type UrgentPlace = 'emergency-department' | 'cancer-line' | 'foot-team' | 'urgent-care'

/**
 * Findings whose same-day check needs a hospital: a suspected fracture, a tendon rupture (a pop, no push-off, or not
 * being able to stand on the leg), and dark urine (muscle breakdown that can harm the kidneys).
 */
const HOSPITAL_FINDINGS: readonly FindingId[] = ['possible_fracture', 'pop_or_snap_at_onset', 'cannot_tiptoe', 'cannot_bear_weight', 'dark_urine']

/**
 * Where to go for an `urgent` result: the emergency department for a suspected fracture, tendon rupture or dark
 * urine, for R5 (a spinal infection, or an infection with fever) and for a child with a fever (R7); otherwise the
 * cancer team's 24-hour line (or the emergency department) for R2; the foot team for R8; otherwise same-day urgent
 * care or the non-emergency medical line. Only what sets the urgent level counts.
 * @returns null unless the evaluation is `urgent`; else the place and the answers that chose it
 */
export function urgentPlace(e: Pick<Evaluation, 'disposition' | 'signs' | 'rules'>): { place: UrgentPlace; findings: FindingId[] } | null {
  if (e.disposition !== 'urgent') return null
  const urgentRules = e.rules.filter((r) => r.level === 'urgent')
  const hospital = new Set<FindingId>()
  for (const s of e.signs) if (s.level === 'urgent' && HOSPITAL_FINDINGS.includes(s.finding)) hospital.add(s.finding)
  for (const r of urgentRules) {
    if (r.id === 'R5' || (r.id === 'R7' && r.findings.includes('fever'))) r.findings.forEach((f) => hospital.add(f))
  }
  if (hospital.size > 0) return { place: 'emergency-department', findings: [...hospital] }
  const cancer = urgentRules.find((r) => r.id === 'R2')
  if (cancer) return { place: 'cancer-line', findings: cancer.findings }
  const foot = urgentRules.find((r) => r.id === 'R8')
  if (foot) return { place: 'foot-team', findings: foot.findings }
  return { place: 'urgent-care', findings: [] }
}

/** True when a rule names an operation, so the result says to contact the surgical team (R10). */
export function afterOperation(e: Pick<Evaluation, 'rules'>): boolean {
  return e.rules.some((r) => r.id === 'R10')
}
