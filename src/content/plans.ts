/**
 * The words of the home plans and cautions the rules can pick, the safety-net, and the clot-sign check. Plain typed
 * data (no Vue, no DOM): pages render it; the ids are the contract's (./vocabulary.ts). Words follow the product's
 * standard: plain English, what to do first, then why.
 */
import type { FindingId, PlanId } from './vocabulary'

export { CAUTION_IDS, PLAN_IDS, type CautionId, type PlanId } from './vocabulary'
export { CAUTIONS, cautionById, type Caution } from './cautions'

export interface Plan {
  id: PlanId
  title: string
  /** One plain line: what the plan is for. */
  summary: string
}

export const PLANS: readonly Plan[] = [
  {
    id: 'rice',
    title: 'Rest, ice, support and raise',
    summary: 'For the first 2 to 3 days after a strain: rest the leg, cool it, support it and raise it to ease pain and swelling.',
  },
  {
    id: 'hamstring-stretch',
    title: 'Back-of-thigh stretches',
    summary: 'Gentle 30-second stretches for the back of the thigh, started once a new strain has had 3 days to settle.',
  },
  {
    id: 'calf-stretch',
    title: 'Calf stretches',
    summary: 'Gentle 30-second stretches against a wall for the calf and the back of the ankle.',
  },
  {
    id: 'cramp-relief',
    title: 'Cramp relief',
    summary: 'What to do when a cramp starts: pull your toes up, walk it off, warm the muscle and have a drink.',
  },
  {
    id: 'hydration',
    title: 'Drinking enough',
    summary: 'Steady drinks through the day, led by your thirst, without overdoing it.',
  },
  {
    id: 'sciatica-relief',
    title: 'Sciatica relief',
    summary: 'Keep moving, with gentle stretches and short walks, to ease sciatica (nerve pain from the lower back down the leg).',
  },
  {
    id: 'sitting-relief',
    title: 'Sitting breaks',
    summary: 'Regular breaks from sitting, and gentle stretches, for pain that gets worse in a chair, a car or on a bike.',
  },
  {
    id: 'travel-circulation',
    title: 'Travel exercises',
    summary: 'Simple seat exercises and short walks that keep the blood moving in your legs while you travel.',
  },
]

/** The plan with this id, or undefined. */
export function planById(id: string): Plan | undefined {
  return PLANS.find((p) => p.id === id)
}


export interface SafetyNetSign {
  id: string
  /** What to look out for, in plain words. */
  text: string
  /** The findings a re-check would ask about, so the UI can open the screener on them. */
  findings: FindingId[]
}

/**
 * The safety-net shown with every home plan: signs that mean "stop the plan and check your symptoms again".
 * Under `dvt-watch` the UI adds CLOT_SIGNS to it.
 */
export const SAFETY_NET: readonly SafetyNetSign[] = [
  {
    id: 'saddle-bladder',
    text: 'Numbness around your bottom or genitals, or new trouble peeing or pooing',
    findings: ['saddle_numbness_or_sexual_change', 'new_bladder_bowel_problem'],
  },
  {
    id: 'breathing',
    text: 'Shortness of breath, chest pain, coughing up blood or fainting',
    findings: ['pe_symptoms'],
  },
  {
    id: 'weakness',
    text: 'A foot or leg that gets weak, or nerve pain or numbness in both legs',
    findings: ['foot_or_leg_weakness', 'nerve_pain_both_legs'],
  },
  {
    id: 'swelling-redness',
    text: 'One leg becoming swollen, or skin that turns red, hot and sore',
    findings: ['one_leg_swollen', 'red_hot_swollen_skin', 'rapidly_spreading_dusky_redness'],
  },
  {
    id: 'cold-pale',
    text: 'A leg or foot that goes cold, pale, blue or grey',
    findings: ['leg_cold_pale_numb_cant_move'],
  },
  {
    id: 'fever',
    text: 'A fever, or feeling hot and shivery',
    findings: ['fever', 'very_unwell_with_infection'],
  },
  {
    id: 'worse',
    text: 'Pain that gets much worse, or wakes you at night',
    findings: ['pain_severe_worsening_fast', 'night_pain_unrelieved'],
  },
  {
    id: 'not-better',
    text: 'No better after 2 weeks, or it stops you doing everyday things',
    findings: ['not_better_2_weeks_or_limiting'],
  },
]

/**
 * The safety-net lines that mean "call the emergency number now", not "check again": shown with every self-care and
 * doctor result (contract v3, "The screener's own safety rules").
 */
export const CALL_NOW_SIGNS: readonly SafetyNetSign[] = [
  {
    id: 'hard-calf',
    text: 'Your calf goes hard or tight',
    findings: ['severe_pain_after_crush_or_cast'],
  },
  {
    id: 'numb-foot',
    text: 'Your foot goes numb, or you cannot move your toes',
    findings: ['sudden_severe_leg_pain_numb_foot'],
  },
  {
    id: 'dark-pee',
    text: 'Your pee turns dark brown',
    findings: ['dark_urine'],
  },
]

export interface ClotSign {
  id: string
  /** A yes/no question asked before a calf routine or heat session under `dvt-watch`. */
  question: string
  /** The finding a yes records, so it can raise the gate through triage. */
  finding: FindingId
}

/**
 * The clot-sign check under `dvt-watch` (contract v3): any yes is recorded as its finding and raises the gate.
 * Asked before every calf routine and heat session, and before travel exercises once a day and when travel mode is
 * switched on.
 */
export const CLOT_SIGNS: readonly ClotSign[] = [
  { id: 'swollen', question: 'Is one calf or leg more swollen than the other?', finding: 'one_leg_swollen' },
  {
    id: 'changed',
    question: 'Does the pain feel different or worse than before: throbbing, heavier or more tender?',
    finding: 'calf_tender_no_injury',
  },
  {
    id: 'breathing',
    question: 'Are you short of breath, or do you have chest pain?',
    finding: 'pe_symptoms',
  },
]
