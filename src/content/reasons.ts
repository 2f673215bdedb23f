/**
 * The words of a triage result: why the app says what it says, per warning sign and per combination rule. Plain
 * English, what to do first, then why. (Where to go and what to do while waiting are in ./gateText.ts, which the
 * gate on the first screen loads.)
 */
import { CLOT_RISK_FACTORS, type Disposition, type FindingId, type RuleId } from './vocabulary'

/** What a warning sign on its own asks for, said as what to do. */
export const ON_ITS_OWN: Readonly<Record<Exclude<Disposition, 'self-care'>, string>> = {
  emergency: 'On its own, this means call the emergency number now.',
  urgent: 'On its own, this means you need to be seen today.',
  doctor: 'On its own, this means a doctor should check it in the next few days.',
}

/** Findings whose plain reason needs more than the generic sentence. */
export const OWN_REASON: Partial<Record<FindingId, string>> = {
  under_16:
    "The person with the pain is under 16. This app's advice is for adults, so a doctor should check a child's leg or bone pain in the next few days.",
}

/** The reason given when no answer is a warning sign. */
export const NO_WARNING_SIGNS = 'None of your answers is a warning sign, so you can start with care at home.'

/** A list of labels in plain words: "a, b and c". */
export type ListLabels = (ids: readonly FindingId[], joiner: 'and' | 'or') => string

/** Each combination rule's reason, from the answers that made it fire (in the rule's own order). */
export const RULE_REASON: Readonly<Record<RuleId, (list: ListLabels, matched: readonly FindingId[]) => string>> = {
  R1: (list, m) =>
    `A weak foot or leg together with ${list(m.slice(1), 'and')}: the nerves in the spine may be squeezed or infected. Call the emergency number now.`,
  R2: (list, m) =>
    `Cancer (now or in the past) together with ${list(m.slice(1), 'and')}: this needs checking within 24 hours, because cancer can sometimes affect the spine or bones.`,
  R3: () =>
    'Nerve pain down the leg together with a weak immune system (or injecting drugs): a doctor should check for an infection near the spine.',
  R4: (list, m) =>
    `Pain in one leg, with something that makes a blood clot more likely (${list(
      m.filter((id) => (CLOT_RISK_FACTORS as readonly FindingId[]).includes(id)),
      'and',
    )}): you need to be checked for a clot today.`,
  R5: (list, m) => `A fever together with ${list(m.slice(1), 'and')}: this could be an infection that needs treatment today.`,
  R6: () =>
    'Muscle pain that did not start with exercise, while taking a statin: a doctor should check it, because statins can sometimes affect the muscles.',
  R7: (list, m) =>
    `A child under 16 with ${list(m.slice(1), 'and')}: a doctor needs to see them today, because an infection or a problem in a bone must be ruled out.`,
  R8: (list, m) =>
    `A new sore or a hot, swollen foot together with ${list(m.slice(1), 'and')}: a foot problem like this can get worse fast. A foot team or doctor should see it within one working day.`,
  R9: () =>
    'A muscle injury while on a blood thinner: there can be bleeding inside the muscle, so a doctor should check it in the next few days.',
  R10: (list, m) =>
    `New leg pain after ${list(m, 'or')}: a doctor should check it in the next few days. If you had an operation, contact the surgical team that looked after you.`,
}

/** The combination rules named in a few plain words, for "Rule R4: ..." under a reason. */
export const RULE_NAMES: Readonly<Record<RuleId, string>> = {
  R1: 'a weak leg together with a risk of infection or cancer',
  R2: 'cancer together with nerve pain or night pain',
  R3: 'nerve pain together with a weak immune system',
  R4: 'pain in one leg together with a higher risk of a blood clot',
  R5: 'a fever together with other signs of infection',
  R6: 'muscle pain while taking a statin',
  R7: 'a child with a fever or unexplained pain',
  R8: 'a foot problem with diabetes or numb feet',
  R9: 'a muscle injury on a blood thinner',
  R10: 'new leg pain after an operation or time in bed',
}
