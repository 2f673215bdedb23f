/**
 * What the screener shows for each finding of the vocabulary (./vocabulary.ts), in the app's own plain words, and the
 * steps that ask them. The clinical wording of findings.json is the reference, never shown as is; what must survive
 * the rewording (every symptom the contract's question names, its `mustMention`) is checked by
 * tests/unit/content.test.ts over every finding.
 *
 * A finding that bundles several symptoms lists them one per line (`symptoms`): the person reads a short lead and a
 * list, and one tick answers yes to any line. The lines describe the finding's one checkbox rather than being boxes
 * of their own: one tap per sign, one `data-finding` control per finding, and "Change my answers" brings back
 * exactly what was ticked. The emergency step's intro says once what counts ("new or worse than usual"); a hint is kept
 * only where it carries a contract word or stops a wrong answer. The words shown on the path with no warning sign
 * have a budget (tests/unit/screener-words.test.ts). Plain TypeScript: no Vue, no DOM.
 */
import { FINDING_LEVELS, type FindingId, type FindingLevel } from './vocabulary'

export { FINDING_IDS, isFindingId, type FindingId, type FindingLevel } from './vocabulary'

export interface FindingText {
  /** The checklist item a worried person reads first: short and plain. It labels the checkbox. */
  question: string
  /** The symptoms the item covers, one per line; any one of them is a yes. */
  symptoms?: readonly string[]
  /** A short line under the item, only where it carries a contract word or stops a wrong answer. */
  hint?: string
  /** A short noun phrase for the reasons ("You told us about ..."), the gate and the history. */
  label: string
}

/** One finding: its id, its level on its own, and the app's words for it. */
export interface Finding extends FindingText {
  id: FindingId
  level: FindingLevel
}

const TEXT: Readonly<Record<FindingId, FindingText>> = {
  saddle_numbness_or_sexual_change: {
    question: 'Numb or tingling bottom, inner thighs or private parts',
    symptoms: ['Or private parts work differently'],
    label: 'numbness around the bottom or genitals',
  },
  new_bladder_bowel_problem: {
    question: 'Trouble peeing or pooing',
    symptoms: [
      'Hard to start, or weak flow',
      'Cannot empty your bladder, or cannot pee',
      'Not feeling a full bladder, or pee coming out',
      'Leaking pee',
      'Cannot feel or control poo',
    ],
    label: 'new trouble with peeing or pooing',
  },
  nerve_pain_both_legs: {
    question: 'Nerve pain, numbness or weakness in both legs',
    symptoms: ['Or spreading to the other leg'],
    label: 'nerve pain, numbness or weakness in both legs',
  },
  pe_symptoms: {
    question: 'Sudden breathing or chest trouble',
    symptoms: [
      'Short of breath',
      'Chest or upper back pain, worse breathing in',
      'Coughing up blood',
      'Fainting or a racing heart',
    ],
    label: 'breathlessness, chest pain, coughing blood or fainting',
  },
  very_unwell_with_infection: {
    question: 'Feeling very ill',
    symptoms: ['Confused or very sleepy', 'Breathing very fast', 'Cold, clammy, pale or blotchy skin'],
    label: 'feeling very ill (confused, breathing fast or clammy skin)',
  },
  leg_cold_pale_numb_cant_move: {
    question: 'Leg or foot suddenly cold, pale, blotchy, blue or grey',
    label: 'a leg or foot that suddenly went cold or changed colour',
  },
  severe_pain_after_crush_or_cast: {
    question: 'After a crush, hard exercise, cast, tight bandage, hours lying on the leg, or any time on a blood thinner',
    symptoms: [
      'Pain far worse than expected',
      'Pain when toes are moved',
      'Tight or hard calf',
      'New tingling or numbness',
    ],
    label: 'very bad pain or a tight calf after an injury, or on a blood thinner',
  },
  rapidly_spreading_dusky_redness: {
    question: 'Red or dark skin spreading over hours',
    symptoms: ['Or purple, grey or blistered', 'Or pain far worse than it looks'],
    label: 'skin redness spreading fast, or pain far worse than the skin looks',
  },
  one_leg_swollen: {
    question: 'One leg more swollen than the other',
    label: 'one leg more swollen than the other',
  },
  calf_tender_no_injury: {
    question: 'One calf or thigh throbbing, cramping, sore or heavy, not from a strain',
    symptoms: ['Or a hard, sore vein there'],
    hint: 'Even after a walk, journey or operation.',
    label: 'pain, soreness or heaviness in one calf or thigh without an injury',
  },
  red_hot_swollen_skin: {
    question: 'Red or darker skin, hot, swollen and sore',
    label: 'red, hot, swollen and sore skin',
  },
  fever: {
    question: 'Fever: 38°C (100.4°F) or more, or chills',
    label: 'a fever',
  },
  pop_or_snap_at_onset: {
    question: 'Felt a pop, snap or kick as it began',
    label: 'a pop or snap when it started',
  },
  cannot_bear_weight: {
    question: 'Cannot stand or walk more than a few steps',
    label: 'not being able to stand on the leg',
  },
  cannot_tiptoe: {
    question: "Foot won't push off or tiptoe (not just pain)",
    label: "a foot that won't push off or go up on tiptoe",
  },
  foot_or_leg_weakness: {
    question: 'Weak foot or leg',
    symptoms: ['Foot drags or slaps; you trip', 'Leg gives way', 'Cannot walk on heels or toes'],
    label: 'a weak foot or leg',
  },
  rest_pain_or_nonhealing_wound: {
    question: 'Foot or toe pain at rest, eased by dangling the leg',
    symptoms: ["Or a sore that won't heal", 'Or skin turning black'],
    label: "foot pain at rest, a sore that won't heal, or black skin",
  },
  pain_severe_worsening_fast: {
    question: 'Very bad pain, worse by the hour, or stopping sleep or moving despite painkillers',
    label: 'very bad pain that is quickly getting worse',
  },
  unexplained_weight_loss: {
    question: 'Losing weight without trying',
    label: 'weight loss without trying',
  },
  night_pain_unrelieved: {
    question: 'Constant pain, worse at night, not eased by rest or moving',
    label: 'constant pain that is worse at night',
  },
  calf_pain_walking_eases_rest: {
    question: 'Calf, thigh or bottom cramp when walking, gone on standing still',
    label: 'a cramp when walking that goes when you stop',
  },
  pain_eases_sitting_bending_forward: {
    question: 'Walking or standing makes legs ache, heavy or numb; only sitting or bending forward helps',
    label: 'leg pain when walking that only sitting or bending forward eases',
  },
  burning_numb_both_feet: {
    question: 'Both feet slowly burning, tingly or numb',
    label: 'burning, tingly or numb feet',
  },
  not_better_2_weeks_or_limiting: {
    question: 'Pain not better after 2 weeks, or it stops daily life',
    label: 'pain that is not getting better or stops everyday life',
  },
  frequent_or_long_cramps: {
    question: 'Cramps often, at night, or lasting over 10 minutes',
    symptoms: ['Or with numbness, swelling or thin, weak muscles'],
    label: 'cramps that are frequent, long, or come with other changes',
  },
  cancer_history: {
    question: 'Cancer, now or ever (treated or not)',
    label: 'cancer (now or in the past)',
  },
  immunosuppressed_or_injects_drugs: {
    question: 'Weak immune system (chemo, steroid tablets, HIV, transplant), or injecting drugs',
    label: 'a weak immune system (or injecting drugs)',
  },
  diabetes: {
    question: 'Diabetes',
    label: 'diabetes',
  },
  recent_long_travel: {
    question: 'Last 4 weeks: a journey over 4 hours sitting',
    label: 'a long journey in the past 4 weeks',
  },
  recent_surgery_or_immobility: {
    question: 'Last 12 weeks: operation, hospital stay, cast, boot, brace, or 3+ days hardly moving',
    label: 'a recent operation, hospital stay, cast or time stuck in bed',
  },
  previous_clot: {
    question: 'Past blood clot in a leg or lung',
    label: 'a blood clot in the past',
  },
  fluid_restriction_advised: {
    question: 'Drinks limit from a doctor or nurse',
    label: 'a drinks limit set by a doctor or nurse',
  },
  pain_started_during_exercise: {
    question: 'Began suddenly in sport or exercise (not a walk)',
    label: 'pain that began during sport or exercise',
  },
  cramp_comes_and_goes: {
    question: 'Sudden tight cramps, easing within minutes',
    label: 'cramps that come and go',
  },
  sweating_heat_or_low_fluids: {
    question: 'Before it began: sweating, heat or drinking less',
    label: 'sweating, heat or drinking less than usual',
  },
  shooting_pain_below_knee: {
    question: 'Shooting, burning or electric pain from back or bottom past the knee',
    label: 'nerve pain running down the leg below the knee',
  },
  worse_when_sitting: {
    question: 'Bottom or thigh pain, worse sitting, better standing',
    label: 'pain that is worse when sitting',
  },
  lump_behind_knee: {
    question: 'Lump or swelling behind the knee',
    label: 'a lump behind the knee',
  },
  location_back_of_thigh: {
    question: 'Mostly back of the thigh',
    label: 'pain at the back of the thigh',
  },
  location_calf: {
    question: 'Mostly calf or back of the ankle',
    label: 'pain in the calf',
  },
  dark_urine: {
    question: 'Dark brown pee, like cola',
    label: 'dark brown pee',
  },
  possible_fracture: {
    question: 'Fall or knock: a crack, or a very sore or misshapen bone',
    label: 'a possible broken bone',
  },
  under_16: {
    question: 'Under 16 (the person in pain)',
    label: 'being under 16',
  },
  pain_one_leg_only: {
    question: 'One leg',
    label: 'pain in one leg only',
  },
  pregnant_or_recently_gave_birth: {
    question: 'Pregnant, or gave birth in the last 6 weeks',
    label: 'pregnancy or a recent birth',
  },
  estrogen_medicine: {
    question: 'Combined pill, or HRT with estrogen',
    label: 'the combined pill or HRT with estrogen',
  },
  on_blood_thinners: {
    question: 'Blood thinner (like warfarin, apixaban) or bleeding problem',
    label: 'blood thinners or a bleeding problem',
  },
  takes_statin: {
    question: 'Statin for cholesterol (like atorvastatin)',
    label: 'taking a statin',
  },
  sudden_severe_leg_pain_numb_foot: {
    question: "Sudden, very bad leg pain; foot numb or toes won't move",
    label: 'sudden severe leg pain with a numb foot or toes that will not move',
  },
  location_behind_knee: {
    question: 'Mostly behind the knee',
    label: 'pain behind the knee',
  },
  new_foot_sore_or_hot_foot: {
    question: 'New sore, blister or crack on a foot',
    symptoms: ['Or a hot, red or puffy foot, even painless'],
    label: 'a new sore on the foot, or a hot, swollen foot',
  },
  joint_replacement_recent: {
    question: 'Last 12 weeks: new hip or knee joint',
    label: 'a hip or knee replacement in the past 12 weeks',
  },
}

/** Every finding with its words, in vocabulary order. */
export const FINDINGS: readonly Finding[] = (Object.keys(FINDING_LEVELS) as FindingId[]).map((id) => ({
  id,
  level: FINDING_LEVELS[id],
  ...TEXT[id],
}))

const BY_ID: ReadonlyMap<string, Finding> = new Map(FINDINGS.map((f) => [f.id, f]))

/**
 * The finding with this id.
 * @throws Error naming the id when it is not in the vocabulary: a typo must never pass silently.
 */
export function findingById(id: string): Finding {
  const f = BY_ID.get(id)
  if (!f) throw new Error(`Unknown finding id: "${id}"`)
  return f
}

/**
 * A finding as one line, where a checklist has no room for symptom lines (the warning-sign checks in a routine and
 * the pain log): the question, then every symptom line. No symptom is dropped.
 */
export function findingLine(f: FindingText): string {
  return f.symptoms?.length ? `${f.question}: ${f.symptoms.join('; ').toLowerCase()}` : f.question
}

/** Everything a person reads for a finding: its question, its symptom lines and its hint. */
export function findingWords(f: FindingText): string {
  return [f.question, ...(f.symptoms ?? []), f.hint ?? ''].join(' ')
}

export interface ScreenerStep {
  id: string
  title: string
  /**
   * A line above the checklist, only where it says what the title does not (the emergency step: new or worse than
   * usual, and one line is enough; the step that also asks one leg or both and when it started). Elsewhere the title
   * names the list, for screen readers too.
   */
  intro?: string
  /** The findings asked as ticks on this step. */
  findings: FindingId[]
}

/**
 * The screener's steps, in the order the product asks: emergency signs first (all of them, complete), then same-day
 * signs, where and how it started (with the one-leg-or-both choice and when it began, asked on their own by the UI),
 * see-a-doctor signs, then health background, medicines and recent events on one step ("About you": thirteen short
 * lines, one step and one tap fewer than when they were two).
 * Every finding appears in exactly one step; `pain_one_leg_only` is the required choice of the 'how-it-started' step.
 * `fever` sits with the same-day signs: with red skin, a swollen leg, nerve pain or a weak immune system it is
 * same-day (rule R5), and people think of it next to red, hot skin.
 */
export const SCREENER_STEPS: readonly ScreenerStep[] = [
  {
    id: 'emergency',
    title: 'Emergency signs',
    intro: 'Tick if any line is new or worse than usual.',
    findings: [
      'saddle_numbness_or_sexual_change',
      'new_bladder_bowel_problem',
      'nerve_pain_both_legs',
      'pe_symptoms',
      'sudden_severe_leg_pain_numb_foot',
      'leg_cold_pale_numb_cant_move',
      'severe_pain_after_crush_or_cast',
      'rapidly_spreading_dusky_redness',
      'very_unwell_with_infection',
    ],
  },
  {
    id: 'same-day',
    title: 'Signs to get checked today',
    findings: [
      'one_leg_swollen',
      'calf_tender_no_injury',
      'red_hot_swollen_skin',
      'fever',
      'pop_or_snap_at_onset',
      'cannot_bear_weight',
      'cannot_tiptoe',
      'foot_or_leg_weakness',
      'possible_fracture',
      'rest_pain_or_nonhealing_wound',
      'pain_severe_worsening_fast',
      'dark_urine',
    ],
  },
  {
    id: 'how-it-started',
    title: 'Your pain',
    intro: 'Tick all that fit.',
    findings: [
      'pain_one_leg_only',
      'location_back_of_thigh',
      'location_calf',
      'location_behind_knee',
      'pain_started_during_exercise',
      'cramp_comes_and_goes',
      'shooting_pain_below_knee',
      'worse_when_sitting',
      'sweating_heat_or_low_fluids',
    ],
  },
  {
    id: 'doctor',
    title: 'Signs to see a doctor about',
    findings: [
      'night_pain_unrelieved',
      'unexplained_weight_loss',
      'not_better_2_weeks_or_limiting',
      'calf_pain_walking_eases_rest',
      'pain_eases_sitting_bending_forward',
      'burning_numb_both_feet',
      'new_foot_sore_or_hot_foot',
      'frequent_or_long_cramps',
      'lump_behind_knee',
    ],
  },
  {
    id: 'health',
    title: 'About you',
    findings: [
      'under_16',
      'cancer_history',
      'immunosuppressed_or_injects_drugs',
      'diabetes',
      'previous_clot',
      'pregnant_or_recently_gave_birth',
      'fluid_restriction_advised',
      'recent_long_travel',
      'recent_surgery_or_immobility',
      'joint_replacement_recent',
      'estrogen_medicine',
      'on_blood_thinners',
      'takes_statin',
    ],
  },
]

/** The finding asked as the required "one leg or both legs" choice rather than as a tick. */
export const LEG_CHOICE_FINDING: FindingId = 'pain_one_leg_only'
