/**
 * What the screener shows for each finding of the vocabulary (./vocabulary.ts), in the app's own plain words, and the
 * steps that ask them. The clinical wording of findings.json is the reference, never shown as is; what must survive
 * the rewording (every symptom the contract's question names, its `mustMention`) is checked by
 * tests/unit/content.test.ts over every finding.
 *
 * A finding that bundles several symptoms lists them one per line (`symptoms`): the person reads a short lead and a
 * list, and one tick answers yes to any line. Plain TypeScript: no Vue, no DOM.
 */
import { FINDING_LEVELS, type FindingId, type FindingLevel } from './vocabulary'

export { FINDING_IDS, isFindingId, type FindingId, type FindingLevel } from './vocabulary'

export interface FindingText {
  /** The checklist item a worried person reads first: short and plain. It labels the checkbox. */
  question: string
  /** The symptoms the item covers, one per line; any one of them is a yes. */
  symptoms?: readonly string[]
  /** A short plain gloss under the item. */
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
    question: 'New numbness or tingling where you sit on a bike seat',
    symptoms: [
      'Around your bottom, your genitals or your inner thighs',
      'Or your genitals feel different, or do not work as before',
    ],
    hint: 'Tick it if this began since the pain started.',
    label: 'numbness around the bottom or genitals',
  },
  new_bladder_bowel_problem: {
    question: 'New changes when you pee or poo',
    symptoms: [
      'Hard to start peeing, or a weak flow',
      'You cannot empty your bladder, or cannot pee at all',
      "You can't tell when you need to pee, or that pee is coming out",
      'Pee leaks out',
      'You cannot feel or control your bowels (poo)',
    ],
    hint: 'Tick it if it is new, or much worse than what is usual for you.',
    label: 'new trouble with peeing or pooing',
  },
  nerve_pain_both_legs: {
    question: 'Nerve pain, numbness or weakness in both legs now',
    hint: 'Also tick it if it started in one leg and has spread to the other.',
    label: 'nerve pain, numbness or weakness in both legs',
  },
  pe_symptoms: {
    question: 'Sudden trouble breathing, or chest pain',
    symptoms: [
      'You are suddenly short of breath',
      'Pain in your chest or upper back that is worse when you breathe in',
      'You are coughing up blood',
      'You fainted, or your heart is racing',
    ],
    hint: 'A clot in the leg can travel to the lungs.',
    label: 'breathlessness, chest pain, coughing blood or fainting',
  },
  very_unwell_with_infection: {
    question: 'You feel very ill',
    symptoms: ['Confused, or very sleepy', 'Breathing very fast', 'Skin that is cold, clammy, pale or blotchy'],
    label: 'feeling very ill (confused, breathing fast or clammy skin)',
  },
  leg_cold_pale_numb_cant_move: {
    question: 'Your leg or foot suddenly looks or feels different from the other one',
    symptoms: ['It has gone cold', 'Or it has gone pale, blotchy, blue or grey'],
    hint: 'Either one is enough to tick. It may also feel numb or be hard to move.',
    label: 'a leg or foot that suddenly went cold or changed colour',
  },
  severe_pain_after_crush_or_cast: {
    question: 'Any of these after an injury, or whenever you are on a blood thinner',
    symptoms: [
      'Pain far worse than you would expect',
      'Pain when someone moves your toes or foot',
      'A calf that feels tight or hard',
      'New pins and needles, or numbness',
    ],
    hint: 'An injury here includes a crush, very hard exercise, hours lying on the leg, a plaster cast or a tight bandage.',
    label: 'very bad pain or a tight calf after an injury, or on a blood thinner',
  },
  rapidly_spreading_dusky_redness: {
    question: 'A skin problem on the leg that is getting worse fast',
    symptoms: [
      'Red or dark skin that spreads over hours',
      'Skin that has turned purple or grey, or has blisters',
      'Pain much worse than the skin looks',
    ],
    hint: 'Any one of these is enough to tick.',
    label: 'skin redness spreading fast, or pain far worse than the skin looks',
  },
  one_leg_swollen: {
    question: 'One leg or calf is more swollen than the other',
    hint: 'A sock or trouser leg may feel tighter on that side, or pressing leaves a dent.',
    label: 'one leg more swollen than the other',
  },
  calf_tender_no_injury: {
    question: 'Pain in one calf or thigh that did not start with an injury',
    symptoms: ['Throbbing or cramping', 'Sore to touch, or heavy', 'Or a hard, sore vein there'],
    hint: 'Tick it even if you think a walk, an operation or a journey caused it.',
    label: 'pain, soreness or heaviness in one calf or thigh without an injury',
  },
  red_hot_swollen_skin: {
    question: 'A patch of skin on your leg is red (or darker than usual), hot, swollen and sore',
    label: 'red, hot, swollen and sore skin',
  },
  fever: {
    question: 'A temperature of 38°C (100.4°F) or more, or shivers and chills',
    hint: 'No thermometer? Feeling hot and shivery counts.',
    label: 'a fever',
  },
  pop_or_snap_at_onset: {
    question: 'You felt or heard a pop or snap as it started, or it felt like a kick to the back of your leg',
    label: 'a pop or snap when it started',
  },
  cannot_bear_weight: {
    question: "You can't stand on the leg, or can only manage a few steps",
    label: 'not being able to stand on the leg',
  },
  cannot_tiptoe: {
    question: "Your foot won't push off, or you can't go up on tiptoe on that leg (not just that it hurts)",
    label: "a foot that won't push off or go up on tiptoe",
  },
  foot_or_leg_weakness: {
    question: 'Your foot or leg is weak',
    symptoms: ['The foot drags or slaps, or you keep tripping', 'The leg gives way', 'Walking on your heels, or on tiptoe, is not possible'],
    label: 'a weak foot or leg',
  },
  rest_pain_or_nonhealing_wound: {
    question: 'Signs that blood is not reaching the foot well',
    symptoms: [
      'Foot or toe pain at rest or in bed that eases when the leg hangs down',
      "A sore on your foot or leg that won't heal",
      'Skin turning black',
    ],
    label: "foot pain at rest, a sore that won't heal, or black skin",
  },
  pain_severe_worsening_fast: {
    question: 'Very bad pain that is getting worse by the hour, or that stops you sleeping or moving even with painkillers',
    label: 'very bad pain that is quickly getting worse',
  },
  unexplained_weight_loss: {
    question: 'Losing weight without trying',
    label: 'weight loss without trying',
  },
  night_pain_unrelieved: {
    question: "Pain all the time that is worse at night and doesn't ease when you rest or move around",
    label: 'constant pain that is worse at night',
  },
  calf_pain_walking_eases_rest: {
    question: 'Walking a set distance brings on an aching cramp in the calf, thigh or buttock, and a few minutes standing still eases it',
    label: 'a cramp when walking that goes when you stop',
  },
  pain_eases_sitting_bending_forward: {
    question: 'Walking or standing makes your legs ache, feel heavy or go numb, and only sitting or bending forward helps',
    hint: 'Like needing to lean on a trolley to keep going.',
    label: 'leg pain when walking that only sitting or bending forward eases',
  },
  burning_numb_both_feet: {
    question: 'Both feet have slowly become burning, tingly or numb, maybe spreading up to the calves',
    label: 'burning, tingly or numb feet',
  },
  not_better_2_weeks_or_limiting: {
    question: "Pain for over 2 weeks that home care hasn't helped, or pain that stops you doing everyday things",
    label: 'pain that is not getting better or stops everyday life',
  },
  frequent_or_long_cramps: {
    question: 'Cramps that are frequent, wake you, go on for more than 10 minutes, or come with numb skin, swelling or thin, weak muscles',
    label: 'cramps that are frequent, long, or come with other changes',
  },
  cancer_history: {
    question: 'You have cancer, or had it in the past',
    hint: 'Tick it whether or not it was treated, and if doctors are keeping an eye on it.',
    label: 'cancer (now or in the past)',
  },
  immunosuppressed_or_injects_drugs: {
    question: 'Your immune system is weak, or you inject drugs',
    hint: 'Your immune system is how your body fights germs. It can be weak from chemotherapy, long-term steroid tablets, HIV or a transplant.',
    label: 'a weak immune system (or injecting drugs)',
  },
  diabetes: {
    question: 'You have diabetes',
    label: 'diabetes',
  },
  recent_long_travel: {
    question: 'In the past 4 weeks, you sat for over 4 hours on one journey (by plane, car, bus or train)',
    label: 'a long journey in the past 4 weeks',
  },
  recent_surgery_or_immobility: {
    question: 'In the past 12 weeks: an operation, a hospital stay, a plaster cast, boot or brace on the leg, or 3 or more days in bed or hardly moving',
    label: 'a recent operation, hospital stay, cast or time stuck in bed',
  },
  previous_clot: {
    question: 'A blood clot before, in a leg or a lung (DVT or PE)',
    hint: 'DVT is a clot in a deep vein of the leg. PE is a clot in the lung.',
    label: 'a blood clot in the past',
  },
  fluid_restriction_advised: {
    question: 'A doctor or nurse has set a daily limit on how much you drink (for example for heart or kidney problems)',
    label: 'a drinks limit set by a doctor or nurse',
  },
  pain_started_during_exercise: {
    question: 'It began at one moment you can point to during sport or exercise (a sprint, a jump, a kick, or partway through a run)',
    hint: 'An ordinary walk does not count here.',
    label: 'pain that began during sport or exercise',
  },
  cramp_comes_and_goes: {
    question: 'The pain comes as a sudden, tight cramp for seconds or minutes, then lets go',
    hint: 'The muscle may feel sore afterwards.',
    label: 'cramps that come and go',
  },
  sweating_heat_or_low_fluids: {
    question: 'Before it began, you had sweated a lot, exercised in the heat, or drunk less than usual',
    label: 'sweating, heat or drinking less than usual',
  },
  shooting_pain_below_knee: {
    question: 'Sharp, burning or electric pain that runs from your lower back or bottom down the back of your leg to below the knee',
    hint: 'This is often sciatica: nerve pain from the lower back down the leg. There may be pins and needles or numbness too.',
    label: 'nerve pain running down the leg below the knee',
  },
  worse_when_sitting: {
    question: "Pain in your bottom or back of thigh that's worse sitting (driving, at a desk, on a bike) and better standing or walking",
    label: 'pain that is worse when sitting',
  },
  lump_behind_knee: {
    question: 'A lump or swelling behind your knee',
    label: 'a lump behind the knee',
  },
  location_back_of_thigh: {
    question: 'The pain is mostly in the back of your thigh, between your bottom and your knee',
    hint: 'This is where the hamstring muscles are.',
    label: 'pain at the back of the thigh',
  },
  location_calf: {
    question: 'The pain is mostly in your calf or the back of your ankle',
    hint: 'The calf is the back of the lower leg, between the knee and the heel.',
    label: 'pain in the calf',
  },
  dark_urine: {
    question: 'Your pee is dark brown, like cola',
    hint: 'This can follow a very hard workout, a crush injury, or being stuck on the floor for hours.',
    label: 'dark brown pee',
  },
  possible_fracture: {
    question: 'After a fall or knock, a bone is very sore to touch, looks out of shape, or you heard a crack',
    hint: 'Some people can still walk on a broken bone, especially older people.',
    label: 'a possible broken bone',
  },
  under_16: {
    question: 'The person with the leg pain is younger than 16',
    label: 'being under 16',
  },
  pain_one_leg_only: {
    question: 'One leg',
    label: 'pain in one leg only',
  },
  pregnant_or_recently_gave_birth: {
    question: 'You are pregnant, or had a baby in the past 6 weeks',
    label: 'pregnancy or a recent birth',
  },
  estrogen_medicine: {
    question: 'You take the combined pill, or HRT that contains estrogen',
    hint: 'HRT is hormone replacement therapy, often used around the menopause.',
    label: 'the combined pill or HRT with estrogen',
  },
  on_blood_thinners: {
    question: 'You take a blood thinner (like warfarin, apixaban or rivaroxaban), or you bleed easily because of a health condition',
    label: 'blood thinners or a bleeding problem',
  },
  takes_statin: {
    question: 'You take a statin, a medicine that lowers cholesterol (for example atorvastatin)',
    label: 'taking a statin',
  },
  sudden_severe_leg_pain_numb_foot: {
    question: 'Very bad leg pain that came on suddenly, within minutes',
    symptoms: ['And now the foot is numb', 'Or you cannot move your toes'],
    hint: 'Tick it even if the leg looks its usual colour.',
    label: 'sudden severe leg pain with a numb foot or toes that will not move',
  },
  location_behind_knee: {
    question: 'The pain is mostly behind your knee',
    label: 'pain behind the knee',
  },
  new_foot_sore_or_hot_foot: {
    question: 'Your foot has a new sore, blister or crack, or it has become hot, red or puffy',
    hint: 'Tick it even if it does not hurt.',
    label: 'a new sore on the foot, or a hot, swollen foot',
  },
  joint_replacement_recent: {
    question: 'A new hip or knee joint (a joint replacement) in the past 12 weeks',
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

/** Everything a person reads for a finding: its question, its symptom lines and its hint. */
export function findingWords(f: FindingText): string {
  return [f.question, ...(f.symptoms ?? []), f.hint ?? ''].join(' ')
}

export interface ScreenerStep {
  id: string
  title: string
  /** What to do on this step, then why. */
  intro: string
  /** The findings asked as ticks on this step. */
  findings: FindingId[]
}

/**
 * The screener's steps, in the order the product asks: emergency signs first (all of them, complete), then same-day
 * signs, where and how it started (with the one-leg-or-both choice and when it began, asked on their own by the UI),
 * see-a-doctor signs, then health background (split in two so no checklist gets too long).
 * Every finding appears in exactly one step; `pain_one_leg_only` is the required choice of the 'how-it-started' step.
 * `fever` sits with the same-day signs: with red skin, a swollen leg, nerve pain or a weak immune system it is
 * same-day (rule R5), and people think of it next to red, hot skin.
 */
export const SCREENER_STEPS: readonly ScreenerStep[] = [
  {
    id: 'emergency',
    title: 'Signs that need help now',
    intro: 'Tick any that are happening to you. These can be signs of something serious that needs help straight away.',
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
    intro: 'Tick any that are true for you. These need a doctor or nurse to check you today.',
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
    title: 'Where and how it hurts',
    intro: 'Tick all that fit your pain. This helps us choose safe home care for you.',
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
    intro: 'Tick any that are true for you. These need a doctor to check them in the next few days.',
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
    title: 'Your health',
    intro: 'Tick any that apply. Some health conditions change what care is safe for you.',
    findings: [
      'under_16',
      'cancer_history',
      'immunosuppressed_or_injects_drugs',
      'diabetes',
      'previous_clot',
      'pregnant_or_recently_gave_birth',
      'fluid_restriction_advised',
    ],
  },
  {
    id: 'medicines-and-recent-events',
    title: 'Medicines and recent events',
    intro: 'Tick any that apply. Some medicines and recent events make a blood clot more likely, or change what care is safe.',
    findings: [
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
