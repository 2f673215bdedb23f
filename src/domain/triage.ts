/**
 * The triage engine: one pure evaluator over the rules of ../shared/clinical/triage-rules.md (the contract).
 * No Vue, no storage, no DOM: pages and stores call `triage()` and render what it returns.
 */
import { FINDING_IDS, findingById, isFindingId, type FindingId } from '../content/findings'
import { CAUTION_IDS, PLAN_IDS, type CautionId, type PlanId } from '../content/plans'

export type Disposition = 'emergency' | 'urgent' | 'doctor' | 'self-care'

/** The dispositions from least to most serious: the index is the severity rank. */
export const DISPOSITION_ORDER = ['self-care', 'doctor', 'urgent', 'emergency'] as const satisfies readonly Disposition[]

/** The combination rules of the contract. */
export type RuleId = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6'

/** One reason behind a result, in plain words. */
export interface Reason {
  /** The level this reason asks for on its own. */
  level: Disposition
  /** The combination rule that produced it, or null for a warning sign on its own (or for "no warning signs"). */
  rule: RuleId | null
  /** The answers (finding ids) behind it. */
  findings: string[]
  /** What it means, in plain words. */
  text: string
}

export interface TriageResult {
  disposition: Disposition
  /**
   * Plan ids in the order of the plans table. For `self-care` the home plans; for `doctor` the gentle home care
   * offered "while you wait" (the UI labels it so); always empty for `urgent` and `emergency` and under 16.
   */
  plans: PlanId[]
  /**
   * Caution ids in the order of the cautions table. They describe the person, so they are given at every level;
   * they matter wherever plans are shown.
   */
  cautions: CautionId[]
  /** Every reason, most serious first: the first ones are those that set the disposition. Never empty. */
  reasons: Reason[]
  /** The combination rules that fired, in rule order (including those that did not change the level). */
  rules: RuleId[]
}

/** The severity rank of a disposition: 0 for self-care up to 3 for emergency. */
export function dispositionRank(d: Disposition): number {
  return DISPOSITION_ORDER.indexOf(d)
}

/** The more serious of two dispositions. */
export function moreSerious(a: Disposition, b: Disposition): Disposition {
  return dispositionRank(a) >= dispositionRank(b) ? a : b
}

const LEVEL_OF: Readonly<Record<'EMERGENCY' | 'URGENT' | 'DOCTOR', Disposition>> = {
  EMERGENCY: 'emergency',
  URGENT: 'urgent',
  DOCTOR: 'doctor',
}

/** What a warning sign on its own asks for, said as what to do. */
const ON_ITS_OWN: Readonly<Record<Exclude<Disposition, 'self-care'>, string>> = {
  emergency: 'On its own, this means call the emergency number now.',
  urgent: 'On its own, this means you need to be seen today.',
  doctor: 'On its own, this means a doctor should check it in the next few days.',
}

/** Findings whose plain reason needs more than the generic sentence. */
const OWN_REASON: Partial<Record<FindingId, string>> = {
  under_16:
    "The person with the pain is under 16. This app's advice is for adults, so a doctor should check a child's leg or bone pain in the next few days.",
}

const CLOT_RISK_FACTORS = [
  'recent_surgery_or_immobility',
  'recent_long_travel',
  'previous_clot',
  'cancer_history',
  'pregnant_or_recently_gave_birth',
  'estrogen_medicine',
] as const satisfies readonly FindingId[]

type Has = (id: FindingId) => boolean

interface Rule {
  id: RuleId
  level: Disposition
  /** The findings that make the rule fire, or null when it does not. */
  match: (has: Has) => FindingId[] | null
  text: (labels: (ids: readonly FindingId[], joiner: 'and' | 'or') => string, matched: FindingId[]) => string
}

/** The present findings among `ids`. */
function present(has: Has, ids: readonly FindingId[]): FindingId[] {
  return ids.filter((id) => has(id))
}

/** The combination rules R1-R6, exactly as the contract words them. */
const RULES: readonly Rule[] = [
  {
    // A motor deficit with infection or cancer risk: cord compression or a spinal abscess.
    id: 'R1',
    level: 'emergency',
    match: (has) => {
      const risk = present(has, ['fever', 'immunosuppressed_or_injects_drugs', 'cancer_history'])
      return has('foot_or_leg_weakness') && risk.length > 0 ? ['foot_or_leg_weakness', ...risk] : null
    },
    text: (labels, m) =>
      `A weak foot or leg together with ${labels(m.slice(1), 'and')}: the nerves in the spine may be squeezed or infected. Call the emergency number now.`,
  },
  {
    // Possible spinal or bone spread of a cancer: NICE CG75/NG234, to be seen within 24 hours.
    id: 'R2',
    level: 'urgent',
    match: (has) => {
      const pain = present(has, ['shooting_pain_below_knee', 'night_pain_unrelieved'])
      return has('cancer_history') && pain.length > 0 ? ['cancer_history', ...pain] : null
    },
    text: (labels, m) =>
      `Cancer (now or in the past) together with ${labels(m.slice(1), 'and')}: this needs checking within 24 hours, because cancer can sometimes affect the spine or bones.`,
  },
  {
    // Radicular pain with a weak immune system: a spinal infection must be ruled out.
    id: 'R3',
    level: 'doctor',
    match: (has) =>
      has('immunosuppressed_or_injects_drugs') && has('shooting_pain_below_knee')
        ? ['immunosuppressed_or_injects_drugs', 'shooting_pain_below_knee']
        : null,
    text: () =>
      'Nerve pain down the leg together with a weak immune system (or injecting drugs): a doctor should check for an infection near the spine.',
  },
  {
    // Clot risk: one-sided calf or thigh pain with a risk factor, unless a clear mechanical cause (Wells'
    // "alternative diagnosis") explains it.
    id: 'R4',
    level: 'urgent',
    match: (has) => {
      if (!has('pain_one_leg_only') || has('pain_started_during_exercise')) return null
      const where = present(has, ['location_calf', 'location_back_of_thigh', 'calf_tender_no_injury'])
      const risk = present(has, CLOT_RISK_FACTORS)
      return where.length > 0 && risk.length > 0 ? ['pain_one_leg_only', ...where, ...risk] : null
    },
    text: (labels, m) =>
      `Pain in one calf or thigh, with something that makes a blood clot more likely (${labels(m.filter((id) => (CLOT_RISK_FACTORS as readonly string[]).includes(id)), 'and')}): you need to be checked for a clot today.`,
  },
  {
    // Fever with spinal pain, a weak immune system or a red or swollen leg: infection.
    id: 'R5',
    level: 'urgent',
    match: (has) => {
      const with_ = present(has, [
        'shooting_pain_below_knee',
        'night_pain_unrelieved',
        'immunosuppressed_or_injects_drugs',
        'red_hot_swollen_skin',
        'one_leg_swollen',
      ])
      return has('fever') && with_.length > 0 ? ['fever', ...with_] : null
    },
    text: (labels, m) =>
      `A fever together with ${labels(m.slice(1), 'and')}: this could be an infection that needs treatment today.`,
  },
  {
    // Unexplained muscle pain on a statin: NHS says contact a doctor. Exercise explains the pain away.
    id: 'R6',
    level: 'doctor',
    match: (has) => {
      if (!has('takes_statin') || has('pain_started_during_exercise')) return null
      const pain = present(has, ['cramp_comes_and_goes', 'location_calf', 'location_back_of_thigh'])
      return pain.length > 0 ? ['takes_statin', ...pain] : null
    },
    text: () =>
      'Muscle pain that did not start with exercise, while taking a statin: a doctor should check it, because statins can sometimes affect the muscles.',
  },
]

/** The finding labels as a plain list: "a, b and c". */
function listLabels(ids: readonly FindingId[], joiner: 'and' | 'or'): string {
  const labels = ids.map((id) => findingById(id).label)
  if (labels.length <= 1) return labels[0] ?? ''
  return `${labels.slice(0, -1).join(', ')} ${joiner} ${labels[labels.length - 1]}`
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** The plans, before the "never" rules and cautions take anything away. */
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
  // A location with no mechanism (neither a sports moment nor a cramp): that location's stretch plan.
  if (!exercise && !cramp) {
    if (thigh) plans.add('hamstring-stretch')
    if (calf) plans.add('calf-stretch')
  }
  return plans
}

/** Cautions, from the cautions table. */
function matchCautions(has: Has): CautionId[] {
  const when: Record<CautionId, readonly FindingId[]> = {
    'fluid-limit': ['fluid_restriction_advised'],
    'skin-check': ['diabetes', 'shooting_pain_below_knee'],
    'no-ice-no-heat': ['burning_numb_both_feet'],
    'poor-circulation': ['calf_pain_walking_eases_rest', 'rest_pain_or_nonhealing_wound'],
    'dvt-watch': CLOT_RISK_FACTORS,
    'no-heat': ['on_blood_thinners'],
    'no-nsaid': ['on_blood_thinners', 'pregnant_or_recently_gave_birth'],
  }
  return CAUTION_IDS.filter((c) => when[c].some((id) => has(id)))
}

/**
 * Plans a caution takes away whole. `poor-circulation` forbids ice, compression and raising the leg, which is
 * all of RICE but rest, so RICE is not offered. Other cautions change what a plan shows, not whether it is offered.
 */
const FORBIDDEN_BY: Partial<Record<CautionId, readonly PlanId[]>> = {
  'poor-circulation': ['rice'],
}

/**
 * Triage a set of answers.
 *
 * The disposition is the highest level among the findings' own levels and the combination rules R1-R6 that fire.
 * Plans follow the plans table, minus the "never" rules (no hamstring stretch with nerve pain below the knee; no
 * plan under 16; no plan for urgent or emergency) and minus any plan a caution forbids whole.
 *
 * Pure and order-independent; duplicate ids count once.
 * @param findings the ids of the findings the person said yes to
 * @throws Error naming the id when a finding id is not in the vocabulary
 */
export function triage(findings: readonly string[]): TriageResult {
  for (const id of findings) {
    if (!isFindingId(id)) throw new Error(`Unknown finding id: "${id}"`)
  }
  const set = new Set<string>(findings)
  const has: Has = (id) => set.has(id)

  // One reason per warning sign on its own, in vocabulary order.
  const signReasons: Reason[] = []
  for (const id of FINDING_IDS) {
    if (!set.has(id)) continue
    const f = findingById(id)
    if (f.level === null) continue
    const level = LEVEL_OF[f.level]
    const own = OWN_REASON[id]
    signReasons.push({
      level,
      rule: null,
      findings: [id],
      text: own ?? `${capitalise(f.label)}. ${ON_ITS_OWN[level as Exclude<Disposition, 'self-care'>]}`,
    })
  }

  const rules: RuleId[] = []
  const ruleReasons: Reason[] = []
  for (const rule of RULES) {
    const matched = rule.match(has)
    if (matched === null) continue
    rules.push(rule.id)
    ruleReasons.push({ level: rule.level, rule: rule.id, findings: matched, text: rule.text(listLabels, matched) })
  }

  // Stable sort: at the same level, warning signs on their own come before rules, each in its own order.
  const reasons = [...signReasons, ...ruleReasons].sort((a, b) => dispositionRank(b.level) - dispositionRank(a.level))
  const disposition = reasons.reduce<Disposition>((d, r) => moreSerious(d, r.level), 'self-care')
  if (reasons.length === 0) {
    reasons.push({
      level: 'self-care',
      rule: null,
      findings: [],
      text: 'None of your answers is a warning sign, so you can start with care at home.',
    })
  }

  const cautions = matchCautions(has)

  let plans: PlanId[] = []
  if ((disposition === 'self-care' || disposition === 'doctor') && !has('under_16')) {
    const matched = matchPlans(has)
    // It tensions the irritated nerve.
    if (has('shooting_pain_below_knee')) matched.delete('hamstring-stretch')
    for (const c of cautions) for (const p of FORBIDDEN_BY[c] ?? []) matched.delete(p)
    plans = PLAN_IDS.filter((p) => matched.has(p))
  }

  return { disposition, plans, cautions, reasons, rules }
}

/** Where to go for an `urgent` result, from the contract's "Where to go for urgent". */
export type UrgentPlace = 'emergency-department' | 'cancer-line' | 'urgent-care'

export interface UrgentDestination {
  place: UrgentPlace
  /** What to do, in plain words. */
  title: string
  /** More on what to do, then why. */
  text: string
  /** The finding ids that chose this place (empty for the default). */
  findings: string[]
}

/**
 * Findings whose same-day check needs a hospital: a suspected fracture, a tendon rupture (a pop, no push-off, or
 * not being able to stand on the leg), and dark urine (muscle breakdown that can harm the kidneys).
 */
const EMERGENCY_DEPARTMENT_FINDINGS: readonly FindingId[] = [
  'possible_fracture',
  'pop_or_snap_at_onset',
  'cannot_tiptoe',
  'cannot_bear_weight',
  'dark_urine',
]

/**
 * Where to go for an `urgent` result: the emergency department for a suspected fracture, tendon rupture or dark
 * urine, or for R5 (a spinal infection, or an infection with fever); otherwise the cancer team's 24-hour line
 * (or the emergency department) for R2; otherwise same-day urgent care or the non-emergency medical line.
 * Only the reasons at the urgent level count: a doctor-level sign does not choose the place.
 * @returns null unless the disposition is `urgent`
 */
export function urgentDestination(result: Pick<TriageResult, 'disposition' | 'reasons'>): UrgentDestination | null {
  if (result.disposition !== 'urgent') return null
  const urgent = result.reasons.filter((r) => r.level === 'urgent')

  const hospital = new Set<string>()
  for (const r of urgent) {
    if (r.rule === 'R5') r.findings.forEach((f) => hospital.add(f))
    if (r.rule === null) {
      for (const f of r.findings) if ((EMERGENCY_DEPARTMENT_FINDINGS as readonly string[]).includes(f)) hospital.add(f)
    }
  }
  if (hospital.size > 0) {
    return {
      place: 'emergency-department',
      title: 'Go to the emergency department (A&E) today',
      text: 'Go to a hospital emergency department now. Your answers suggest you may need an X-ray, a scan or blood tests, which a hospital can do straight away.',
      findings: [...hospital],
    }
  }

  const cancer = urgent.find((r) => r.rule === 'R2')
  if (cancer) {
    return {
      place: 'cancer-line',
      title: "Call your cancer team's 24-hour line now",
      text: "Call the 24-hour number your cancer team gave you. If you don't have one, go to the emergency department (A&E) today. They need to check you within 24 hours.",
      findings: [...cancer.findings],
    }
  }

  return {
    place: 'urgent-care',
    title: 'Get seen today',
    text: 'Go to an urgent care centre or walk-in clinic today, or call the non-emergency medical line for advice on where to go.',
    findings: [],
  }
}

/** What to do while waiting for help under any gate (emergency or urgent), in plain words. */
export const WHILE_WAITING: readonly string[] = [
  "Don't raise, warm, cool or rub (massage) the leg. With some causes, like a clot or poor blood flow, these can make things worse.",
  'If you feel short of breath, sit upright.',
  'If you get worse while you wait, call the emergency number.',
]
