/**
 * The screener's vocabulary: every finding of ../shared/clinical/findings.json as typed data, in the app's own
 * plain words (the wording in findings.json is the clinical reference, never shown as is), and the order in which
 * the screener asks them.
 *
 * Plain TypeScript: no Vue, no DOM. The levels must match findings.json exactly (tests/unit/content.test.ts checks).
 */

/** How serious a finding is on its own; `null` for context and pattern findings (risk factors, not red flags). */
export type FindingLevel = 'EMERGENCY' | 'URGENT' | 'DOCTOR' | null

interface FindingData {
  id: string
  level: FindingLevel
  /** A checklist item a worried person reads fast: short, plain, in the app's own words. */
  question: string
  /** An optional short plain gloss shown under the item. */
  hint?: string
  /** A short noun phrase for the reasons ("You told us about ..."), the gate and the history. */
  label: string
}

// `as const` keeps each id a literal, so the triage rules and the steps are checked against this list at compile time.
const FINDING_DATA = [
  {
    id: 'saddle_numbness_or_sexual_change',
    level: 'EMERGENCY',
    question: 'Your bottom, genitals or inner thighs have gone numb or tingly, or your genitals feel or work differently',
    hint: 'The parts that would touch a bike seat. Tick it if this is new since the pain began.',
    label: 'numbness around the bottom or genitals',
  },
  {
    id: 'new_bladder_bowel_problem',
    level: 'EMERGENCY',
    question: "New trouble peeing (can't start, can't go, or leaking), or you can't feel or control when you poo",
    hint: 'Tick it if it is new, or much worse than usual for you.',
    label: 'new trouble with peeing or pooing',
  },
  {
    id: 'nerve_pain_both_legs',
    level: 'EMERGENCY',
    question: 'Nerve pain, numbness or weakness in both legs now, not just one',
    hint: 'Also tick it if it began in one leg and has spread to the other.',
    label: 'nerve pain, numbness or weakness in both legs',
  },
  {
    id: 'pe_symptoms',
    level: 'EMERGENCY',
    question: 'Sudden shortness of breath, chest pain when you breathe in, coughing up blood, fainting or a racing heart',
    hint: 'A clot in the leg can travel to the lungs.',
    label: 'breathlessness, chest pain, coughing blood or fainting',
  },
  {
    id: 'very_unwell_with_infection',
    level: 'EMERGENCY',
    question: 'You feel very ill: confused, very sleepy, breathing fast, or your skin is cold, clammy, pale or blotchy',
    label: 'feeling very ill (confused, breathing fast or clammy skin)',
  },
  {
    id: 'leg_cold_pale_numb_cant_move',
    level: 'EMERGENCY',
    question: 'Your leg or foot has suddenly gone cold and changed colour (pale, blue or grey) next to the other one',
    hint: 'It may also feel numb or be hard to move.',
    label: 'a leg or foot that suddenly went cold and pale',
  },
  {
    id: 'severe_pain_after_crush_or_cast',
    level: 'EMERGENCY',
    question:
      'After an injury or in a cast: pain far worse than expected, a hard, tight calf, pain when your toes are moved, or new pins and needles',
    hint: 'Any one of these counts. It also counts after a crush, very hard exercise, a tight bandage, or hours stuck in one position.',
    label: 'very bad pain or a tight calf after an injury, a crush or in a cast',
  },
  {
    id: 'rapidly_spreading_dusky_redness',
    level: 'EMERGENCY',
    question:
      'Red or dark skin that is spreading fast, skin that has turned purple, grey or blistered, or pain much worse than the skin looks',
    hint: 'Any one of these counts.',
    label: 'skin redness spreading fast, or pain far worse than the skin looks',
  },
  {
    id: 'one_leg_swollen',
    level: 'URGENT',
    question: 'One leg or calf is more swollen than the other',
    hint: 'A sock or trouser leg may feel tighter on that side, or pressing leaves a dent.',
    label: 'one leg more swollen than the other',
  },
  {
    id: 'calf_tender_no_injury',
    level: 'URGENT',
    question:
      'Throbbing, cramping, sore or heavy feeling in one calf or thigh (or a sore, hard vein there) that did not start with a clear injury',
    hint: 'Tick it even if you think a walk, an operation or a journey caused it.',
    label: 'pain, soreness or heaviness in one calf or thigh without an injury',
  },
  {
    id: 'red_hot_swollen_skin',
    level: 'URGENT',
    question: 'A patch of skin on your leg is red (or darker than usual), hot, swollen and sore',
    label: 'red, hot, swollen and sore skin',
  },
  {
    id: 'fever',
    level: 'DOCTOR',
    question: 'A temperature of 38°C or more, or shivers and chills',
    hint: 'No thermometer? Feeling hot and shivery counts.',
    label: 'a fever',
  },
  {
    id: 'pop_or_snap_at_onset',
    level: 'URGENT',
    question: 'You felt or heard a pop or snap as it started, or it felt like a kick to the back of your leg',
    label: 'a pop or snap when it started',
  },
  {
    id: 'cannot_bear_weight',
    level: 'URGENT',
    question: "You can't stand on the leg, or can only manage a few steps",
    label: "not being able to stand on the leg",
  },
  {
    id: 'cannot_tiptoe',
    level: 'URGENT',
    question: "Your foot won't push off, or you can't go up on tiptoe on that leg (not just that it hurts)",
    label: "a foot that won't push off or go up on tiptoe",
  },
  {
    id: 'foot_or_leg_weakness',
    level: 'URGENT',
    question: 'Your foot or leg is weak: the foot drags or slaps, you keep tripping, or the leg gives way',
    hint: 'Walking on your heels or on your toes may be hard.',
    label: 'a weak foot or leg',
  },
  {
    id: 'rest_pain_or_nonhealing_wound',
    level: 'URGENT',
    question: "Foot or toe pain at rest or in bed that eases when the leg hangs down, a sore that won't heal, or skin going black",
    label: "foot pain at rest, a sore that won't heal, or black skin",
  },
  {
    id: 'pain_severe_worsening_fast',
    level: 'URGENT',
    question: 'Very bad pain that is getting worse by the hour, or that stops you sleeping or moving even with painkillers',
    label: 'very bad pain that is quickly getting worse',
  },
  {
    id: 'unexplained_weight_loss',
    level: 'DOCTOR',
    question: 'Losing weight without trying',
    label: 'weight loss without trying',
  },
  {
    id: 'night_pain_unrelieved',
    level: 'DOCTOR',
    question: "Pain all the time that is worse at night and doesn't ease when you rest or move around",
    label: 'constant pain that is worse at night',
  },
  {
    id: 'calf_pain_walking_eases_rest',
    level: 'DOCTOR',
    question: 'Walking a set distance brings on an aching cramp in the calf, thigh or buttock, and standing still for a few minutes eases it',
    label: 'a cramp when walking that goes when you stop',
  },
  {
    id: 'pain_eases_sitting_bending_forward',
    level: 'DOCTOR',
    question: 'Walking or standing makes your legs ache, feel heavy or go numb, and only sitting or bending forward helps',
    hint: 'Like needing to lean on a trolley to keep going.',
    label: 'leg pain when walking that only sitting or bending forward eases',
  },
  {
    id: 'burning_numb_both_feet',
    level: 'DOCTOR',
    question: 'Both feet have slowly become burning, tingly or numb, maybe spreading up to the calves',
    label: 'burning, tingly or numb feet',
  },
  {
    id: 'not_better_2_weeks_or_limiting',
    level: 'DOCTOR',
    question: "Pain for over 2 weeks that home care hasn't helped, or pain that stops you doing everyday things",
    label: 'pain that is not getting better or stops everyday life',
  },
  {
    id: 'frequent_or_long_cramps',
    level: 'DOCTOR',
    question:
      'Cramps that are frequent, wake you, go on for more than 10 minutes, or come along with numb skin, swelling or thin, weak muscles',
    label: 'cramps that are frequent, long, or come with other changes',
  },
  {
    id: 'cancer_history',
    level: null,
    question: 'You have had treatment for cancer, now or in the past',
    label: 'cancer (now or in the past)',
  },
  {
    id: 'immunosuppressed_or_injects_drugs',
    level: null,
    question: 'Your immune system is weak, or you inject drugs',
    hint: 'Your immune system is how your body fights germs. It can be weak from chemotherapy, long-term steroid tablets, HIV or a transplant.',
    label: 'a weak immune system (or injecting drugs)',
  },
  {
    id: 'diabetes',
    level: null,
    question: 'You have diabetes',
    label: 'diabetes',
  },
  {
    id: 'recent_long_travel',
    level: null,
    question: 'In the past 4 weeks, you sat for over 4 hours on one journey (by plane, car, bus or train)',
    label: 'a long journey in the past 4 weeks',
  },
  {
    id: 'recent_surgery_or_immobility',
    level: null,
    question: 'In the past 12 weeks: an operation, a leg in plaster, or 3 or more days in bed or hardly moving',
    hint: 'An operation where you were put to sleep, or numbed from the waist down.',
    label: 'a recent operation, plaster cast or time stuck in bed',
  },
  {
    id: 'previous_clot',
    level: null,
    question: 'A blood clot before, in a leg or a lung (DVT or PE)',
    hint: 'DVT is a clot in a deep vein of the leg. PE is a clot in the lung.',
    label: 'a blood clot in the past',
  },
  {
    id: 'fluid_restriction_advised',
    level: null,
    question: 'A doctor or nurse has set a daily limit on how much you drink (for example for heart or kidney problems)',
    label: 'a drinks limit set by a doctor or nurse',
  },
  {
    id: 'pain_started_during_exercise',
    level: null,
    question: 'It began at one moment you can point to during sport or exercise (a sprint, a jump, a kick, or partway through a run)',
    hint: 'An ordinary walk does not count here.',
    label: 'pain that began during sport or exercise',
  },
  {
    id: 'cramp_comes_and_goes',
    level: null,
    question: 'The pain comes as a sudden, tight cramp for seconds or minutes, then lets go',
    hint: 'The muscle may feel sore afterwards.',
    label: 'cramps that come and go',
  },
  {
    id: 'sweating_heat_or_low_fluids',
    level: null,
    question: 'Before it began, you had sweated a lot, exercised in the heat, or drunk less than usual',
    label: 'sweating, heat or drinking less than usual',
  },
  {
    id: 'shooting_pain_below_knee',
    level: null,
    question: 'Sharp, burning or electric pain that runs from your lower back or bottom down the back of your leg to below the knee',
    hint: 'This is often sciatica: nerve pain from the lower back down the leg. There may be pins and needles or numbness too.',
    label: 'nerve pain running down the leg below the knee',
  },
  {
    id: 'worse_when_sitting',
    level: null,
    question: "Pain in your bottom or back of thigh that's worse sitting (driving, at a desk, on a bike) and better standing or walking",
    label: 'pain that is worse when sitting',
  },
  {
    id: 'lump_behind_knee',
    level: 'DOCTOR',
    question: 'A lump or swelling behind your knee',
    label: 'a lump behind the knee',
  },
  {
    id: 'location_back_of_thigh',
    level: null,
    question: 'The pain is mostly in the back of your thigh, between your bottom and your knee',
    hint: 'This is where the hamstring muscles are.',
    label: 'pain at the back of the thigh',
  },
  {
    id: 'location_calf',
    level: null,
    question: 'The pain is mostly in your calf or the back of your ankle',
    hint: 'The calf is the back of the lower leg, between the knee and the heel.',
    label: 'pain in the calf',
  },
  {
    id: 'dark_urine',
    level: 'URGENT',
    question: 'Your pee is dark brown, like cola',
    hint: 'This can follow a very hard workout, a crush injury, or being stuck on the floor for hours.',
    label: 'dark brown pee',
  },
  {
    id: 'possible_fracture',
    level: 'URGENT',
    question: 'After a fall or knock, a bone is very sore to touch, looks out of shape, or you heard a crack',
    hint: 'Some people can still walk on a broken bone, especially older people.',
    label: 'a possible broken bone',
  },
  {
    id: 'under_16',
    level: 'DOCTOR',
    question: 'The person with the leg pain is younger than 16',
    label: 'being under 16',
  },
  {
    id: 'pain_one_leg_only',
    level: null,
    question: 'Only one leg hurts',
    label: 'pain in one leg only',
  },
  {
    id: 'pregnant_or_recently_gave_birth',
    level: null,
    question: 'You are pregnant, or had a baby in the past 6 weeks',
    label: 'pregnancy or a recent birth',
  },
  {
    id: 'estrogen_medicine',
    level: null,
    question: 'You take the combined pill, or HRT that contains estrogen',
    hint: 'HRT is hormone replacement therapy, often used around the menopause.',
    label: 'the combined pill or HRT with estrogen',
  },
  {
    id: 'on_blood_thinners',
    level: null,
    question: 'You take a blood thinner (like warfarin, apixaban or rivaroxaban), or you bleed easily because of a health condition',
    label: 'blood thinners or a bleeding problem',
  },
  {
    id: 'takes_statin',
    level: null,
    question: 'You take a statin, a medicine that lowers cholesterol (for example atorvastatin)',
    label: 'taking a statin',
  },
] as const satisfies readonly FindingData[]

/** A finding id of the vocabulary. */
export type FindingId = (typeof FINDING_DATA)[number]['id']

/** One finding: its id, its level on its own, and the app's words for it. */
export interface Finding extends FindingData {
  id: FindingId
}

/** Every finding, in vocabulary order (the order of findings.json). */
export const FINDINGS: readonly Finding[] = FINDING_DATA

/** Every finding id, in vocabulary order. */
export const FINDING_IDS: readonly FindingId[] = FINDINGS.map((f) => f.id)

const BY_ID: ReadonlyMap<string, Finding> = new Map(FINDINGS.map((f) => [f.id, f]))

/** True when `id` is a finding of the vocabulary (narrows to FindingId). */
export function isFindingId(id: string): id is FindingId {
  return BY_ID.has(id)
}

/**
 * The finding with this id.
 * @throws Error naming the id when it is not in the vocabulary: a typo must never pass silently.
 */
export function findingById(id: string): Finding {
  const f = BY_ID.get(id)
  if (!f) throw new Error(`Unknown finding id: "${id}"`)
  return f
}

export interface ScreenerStep {
  id: string
  title: string
  /** What to do on this step, then why. */
  intro: string
  findings: FindingId[]
}

/**
 * The screener's steps, in the order the product asks: emergency signs first, then same-day signs, how and where
 * it started, see-a-doctor signs, then health background (split in two so no checklist gets too long).
 * Every finding appears in exactly one step. The onset time is asked by the UI on its own.
 * `fever` sits with the same-day signs: with red skin, a swollen leg, nerve pain or a weak immune system it is
 * same-day (rule R5), and people think of it next to red, hot skin.
 * `pop_or_snap_at_onset` is a same-day sign, so it is asked there rather than with "how it started".
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
      'very_unwell_with_infection',
      'leg_cold_pale_numb_cant_move',
      'severe_pain_after_crush_or_cast',
      'rapidly_spreading_dusky_redness',
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
    title: 'How and where it hurts',
    intro: 'Tick all that fit your pain. This helps us choose the right home care for you.',
    findings: [
      'pain_one_leg_only',
      'location_back_of_thigh',
      'location_calf',
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
      'estrogen_medicine',
      'on_blood_thinners',
      'takes_statin',
    ],
  },
]
