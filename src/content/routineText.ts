/**
 * The words of each routine: what it is for, how much, what it should feel like (in the words of its own kind:
 * a stretch, a cold pack, a walk...), when to stop, and the sources behind the dosing. Loaded with Plans and the
 * player only; the structure the rules and Today need is in ./routines.ts.
 *
 * Each routine is of one kind: a cold pack, a warm pack, resting the leg up, stretches, easing a cramp, or seat
 * exercises for a journey. Words are written per kind and never shared across kinds (product.md, "Words belong to
 * their screen"): a line written for stretches never shows on a timer, and a caution about ice never shows on
 * stretches.
 */
import type { CautionId } from './vocabulary'

export type RoutineType = 'ice' | 'heat' | 'elevation' | 'stretch' | 'cramp' | 'travel'

export const ROUTINE_TYPES: Readonly<Record<string, RoutineType>> = {
  'hamstring-stretch': 'stretch',
  'calf-stretch': 'stretch',
  'cramp-relief': 'cramp',
  'sciatica-relief': 'stretch',
  'sitting-relief': 'stretch',
  'travel-circulation': 'travel',
  ice: 'ice',
  heat: 'heat',
  elevation: 'elevation',
}

/** The kind of a routine, or undefined for an unknown id. */
export function routineType(id: string): RoutineType | undefined {
  return Object.hasOwn(ROUTINE_TYPES, id) ? ROUTINE_TYPES[id] : undefined
}

/**
 * The cautions that change each kind of routine. Drinks limits and painkillers change none of them; the skin check
 * is about cold and warm packs, so it never shows on stretches or walks.
 */
export const CAUTIONS_FOR_TYPE: Readonly<Record<RoutineType, readonly CautionId[]>> = {
  ice: ['skin-check', 'no-ice-no-heat', 'poor-circulation'],
  heat: ['skin-check', 'no-ice-no-heat', 'poor-circulation', 'no-heat', 'dvt-watch'],
  elevation: ['poor-circulation'],
  stretch: ['dvt-watch', 'hip-precautions', 'pregnancy-positions'],
  cramp: ['dvt-watch'],
  travel: ['dvt-watch', 'hip-precautions'],
}

/** Of the cautions in force, the ones that change this routine, in the order given. */
export function cautionsForRoutine<C extends string>(id: string, cautions: readonly C[]): C[] {
  const type = routineType(id)
  if (!type) return []
  const relevant: readonly string[] = CAUTIONS_FOR_TYPE[type]
  return cautions.filter((c) => relevant.includes(c))
}

/**
 * What a timed block asks of the person, said above its count in the words of its own kind ("Walk gently"), never as
 * a bare "timer": a walk by its exercise, a pack or a raised leg by its routine's kind.
 */
const TIMER_DOING_BY_EXERCISE: Readonly<Record<string, string>> = {
  'cramp-walk-off': 'Walk gently',
  'short-walk': 'Walk at an easy pace',
  'sitting-break': 'Up and moving',
}
const TIMER_DOING_BY_TYPE: Readonly<Record<RoutineType, string>> = {
  ice: 'Cooling the leg',
  heat: 'Warming the leg',
  elevation: 'Leg up, resting',
  stretch: 'Keep moving gently',
  cramp: 'Keep moving gently',
  travel: 'Keep moving gently',
}

/** The words above a timed block's count, for a routine and (when the block has one) its exercise. */
export function timerDoing(routineId: string, exerciseId?: string): string {
  if (exerciseId !== undefined && Object.hasOwn(TIMER_DOING_BY_EXERCISE, exerciseId)) return TIMER_DOING_BY_EXERCISE[exerciseId]!
  const type = routineType(routineId)
  return type ? TIMER_DOING_BY_TYPE[type] : 'Keep going'
}

/** The note before a cold or warm pack under the skin check, in that pack's own words; none for other kinds. */
export const SKIN_CHECK_NOTE: Readonly<Partial<Record<RoutineType, string>>> = {
  ice: "Before each session we ask you to touch the skin there. If it feels numb, don't start: you might not feel it getting too cold.",
  heat: "Before each session we ask you to touch the skin there. If it feels numb, don't start: you might not feel it getting too hot.",
}


export interface RoutineText {
  /** One plain sentence: what it is for. */
  summary: string
  /** How much and how often, in plain words. */
  dosing: string
  /** What it should feel like, in the words of this kind of routine. */
  feel: string
  /** Stop at once if any of these happen. */
  stopIf: string[]
  /** Reference ids (see ./sources.ts) behind the dosing. */
  sources: string[]
}

const STRETCH_STOP = [
  'Sharp pain, or pain that grows while you hold.',
  'Shooting pain down the leg, numbness or tingling.',
]
const TIMER_STOP = [
  'The skin turns white, blue, blotchy or numb: take the pack off.',
  'The pain gets much worse.',
]

const TEXT: Readonly<Record<string, RoutineText>> = {
  'hamstring-stretch': {
    summary: 'Gentle stretches for the back of the thigh, to ease tightness and help it heal.',
    dosing: '30-second holds, 3 on each leg, once or twice a day. Feel a mild pull, never pain.',
    feel: 'You should feel a gentle pull behind the thigh, never pain. Keep your foot relaxed: pulling the toes up adds strain on the nerve.',
    stopIf: STRETCH_STOP,
    sources: ['R23', 'R24', 'R26', 'R27'],
  },
  'calf-stretch': {
    summary: 'Wall stretches for the two calf muscles: first with the back knee straight, then bent.',
    dosing: '30-second holds, 4 on each leg (2 straight, 2 bent), up to 3 times a day. Keep the heel down.',
    feel: 'You should feel a gentle pull in the calf, never pain. Keep the back heel on the floor.',
    stopIf: [...STRETCH_STOP, 'The calf is swollen, warm, red or very tender: stop and check your symptoms again.'],
    sources: ['R28', 'R21'],
  },
  'cramp-relief': {
    summary: 'What to do when a cramp grips: pull your toes up, walk it off, then ease the calf against a wall. A drink helps too.',
    dosing: 'When a cramp comes, and up to 3 times a day to help prevent them (the last one before bed).',
    feel: 'The cramp should ease within a few minutes. The muscle may stay a little sore afterwards.',
    stopIf: [
      'The cramp lasts longer than 10 minutes.',
      'The leg is swollen, red or warm, or stays very tender: stop and check your symptoms again.',
    ],
    sources: ['R21', 'R59'],
  },
  'sciatica-relief': {
    summary: 'Gentle moves for nerve pain that runs from the back or buttock down the leg. Keeping active helps most.',
    dosing: '30-second holds, 2 on each side, then a short walk. Twice a day, and keep moving in between.',
    feel: 'Move slowly and stay within what is comfortable. A little ache is fine; shooting pain is not.',
    stopIf: ['Shooting pain, numbness or tingling gets worse: stop.', 'New weakness in the leg or foot: stop and check your symptoms again.'],
    sources: ['R1', 'R47'],
  },
  'sitting-relief': {
    summary: 'A break for pain that is worse when you sit: stand, move and stretch.',
    dosing: 'A short break every 30 minutes while you sit. Stretches: 30 seconds, 2 on each side.',
    feel: 'Move gently and stay within what is comfortable. A mild pull in a stretch is fine, pain is not.',
    stopIf: STRETCH_STOP,
    sources: ['R27'],
  },
  'travel-circulation': {
    summary: 'Seat exercises that keep blood moving in your legs on a long trip. Walk about when you are allowed.',
    dosing: 'Every hour while you travel: ankle pumps (20), ankle circles (10 each way), calf raises (20), knee lifts (10). Drink water too.',
    feel: 'These are small, easy movements. You should feel the calf muscles working, not pain.',
    stopIf: ['Chest pain or sudden shortness of breath: get help at once.', 'One calf turns swollen, warm or painful: stop and check your symptoms again.'],
    sources: ['R37', 'R38', 'R40'],
  },
  'ice': {
    summary: 'Cold eases pain and swelling in the first days after a strain. Wrap the ice in a cloth.',
    dosing: '15 minutes (10 if your skin feels less), at least 2 hours apart, for the first 2 to 3 days. Never while asleep.',
    feel: 'It feels cold at first, then may sting or ache a little. Look at the skin every few minutes.',
    stopIf: TIMER_STOP,
    sources: ['R29', 'R30', 'R31', 'R33'],
  },
  'heat': {
    summary: 'Warmth relaxes cramps and stiffness. Never in the first 3 days after a strain.',
    dosing: '10 to 15 minutes, up to 3 or 4 times a day. Wrap it, and never fall asleep on it.',
    feel: 'It should feel pleasantly warm, never hot. Look at the skin every few minutes.',
    stopIf: ['The skin gets very red, blotchy or sore: take it off.', 'The pain or swelling gets worse.'],
    sources: ['R30', 'R35', 'R36'],
  },
  'elevation': {
    summary: 'Resting the leg up, above the level of your heart, helps swelling go down after a strain.',
    dosing: '20 to 30 minutes, a few times a day, in the first 1 to 2 days.',
    feel: 'It should feel restful. Keep the foot higher than your heart, with the knee slightly bent.',
    stopIf: ['The foot turns pale, cold or numb, or the pain gets worse: lower the leg.'],
    sources: ['R30', 'R32'],
  },
}

/** A routine's words, or undefined for an unknown id. */
export function routineText(id: string): RoutineText | undefined {
  return Object.hasOwn(TEXT, id) ? TEXT[id] : undefined
}
