/**
 * The routines behind each plan, with their dosing from the clinical brief (section 2), and the ice, heat and
 * elevation timers. A routine is data for the engine (`expandRoutine` in ../domain/routine.ts); the player adds
 * nothing but the clock. Exercise ids point into ./exercises.ts.
 */
import type { RoutineDef } from '../domain/routine'

export interface RoutineContent extends RoutineDef {
  /** One plain sentence: what it is for. */
  summary: string
  /** How much and how often, in plain words. */
  dosing: string
  /** How many sessions a day the plan suggests (the Today card counts against it). */
  timesPerDay: number
  /** What it should feel like, in the words of this kind of routine (a stretch, a cold pack, a walk...). */
  feel: string
  /** Stop at once if any of these happen. */
  stopIf: string[]
  /** Reference ids (see ./sources.ts) behind the dosing. */
  sources: string[]
}

const S = 1000
const MIN = 60 * S

const STRETCH_STOP = [
  'Sharp pain, or pain that grows while you hold.',
  'Shooting pain down the leg, numbness or tingling.',
]
const TIMER_STOP = [
  'The skin turns white, blue, blotchy or numb: take the pack off.',
  'The pain gets much worse.',
]

/** Every routine with a player, in the order the library lists them. */
export const ROUTINES: readonly RoutineContent[] = [
  {
    id: 'hamstring-stretch',
    title: 'Hamstring stretches',
    summary: 'Gentle stretches for the back of the thigh, to ease tightness and help it heal.',
    dosing: '30-second holds, 3 on each leg, once or twice a day. Feel a mild pull, never pain.',
    timesPerDay: 2,
    feel: 'You should feel a gentle pull behind the thigh, never pain. Keep your foot relaxed: pulling the toes up adds strain on the nerve.',
    stopIf: STRETCH_STOP,
    sources: ['R23', 'R24', 'R26', 'R27'],
    items: [
      { exerciseId: 'hamstring-lying-towel', name: 'Lying hamstring stretch', sides: 'both', reps: 2, holdMs: 30 * S, restMs: 10 * S },
      { exerciseId: 'hamstring-seated', name: 'Seated hamstring stretch', sides: 'both', reps: 1, holdMs: 30 * S, restMs: 10 * S },
    ],
  },
  {
    id: 'calf-stretch',
    title: 'Calf stretches',
    summary: 'Wall stretches for the two calf muscles: first with the back knee straight, then bent.',
    dosing: '30-second holds, 4 on each leg (2 straight, 2 bent), up to 3 times a day. Keep the heel down.',
    timesPerDay: 3,
    feel: 'You should feel a gentle pull in the calf, never pain. Keep the back heel on the floor.',
    stopIf: [...STRETCH_STOP, 'The calf is swollen, warm, red or very tender: stop and check your symptoms again.'],
    sources: ['R28', 'R21'],
    items: [
      { exerciseId: 'calf-wall-straight', name: 'Calf stretch, knee straight', sides: 'both', reps: 2, holdMs: 30 * S, restMs: 10 * S },
      { exerciseId: 'calf-wall-bent', name: 'Calf stretch, knee bent', sides: 'both', reps: 2, holdMs: 30 * S, restMs: 10 * S },
    ],
  },
  {
    id: 'cramp-relief',
    title: 'Cramp relief',
    summary: 'What to do when a cramp grips: pull the toes up, walk it off, then stretch. A drink helps too.',
    dosing: 'When a cramp comes, and up to 3 times a day to help prevent them (the last one before bed).',
    timesPerDay: 3,
    feel: 'The cramp should ease within a few minutes. The muscle may stay a little sore afterwards.',
    stopIf: [
      'The cramp lasts longer than 10 minutes.',
      'The leg is swollen, red or warm, or stays very tender: stop and check your symptoms again.',
    ],
    sources: ['R21', 'R59'],
    items: [
      { exerciseId: 'cramp-toes-towel', name: 'Pull your toes up', sides: 'none', reps: 2, holdMs: 30 * S, restMs: 10 * S },
      { exerciseId: 'cramp-walk-off', name: 'Walk it off', sides: 'none', holdMs: 60 * S },
      { exerciseId: 'calf-wall-straight', name: 'Calf stretch at a wall', sides: 'both', reps: 1, holdMs: 30 * S, restMs: 10 * S },
    ],
  },
  {
    id: 'sciatica-relief',
    title: 'Sciatica relief',
    summary: 'Gentle moves for nerve pain that runs from the back or buttock down the leg. Keeping active helps most.',
    dosing: '30-second holds, 2 on each side, then a short walk. Twice a day, and keep moving in between.',
    timesPerDay: 2,
    feel: 'Move slowly and stay within what is comfortable. A little ache is fine; shooting pain is not.',
    stopIf: ['Shooting pain, numbness or tingling gets worse: stop.', 'New weakness in the leg or foot: stop and check your symptoms again.'],
    sources: ['R1', 'R47'],
    items: [
      { exerciseId: 'knee-to-chest', name: 'Single knee to chest', sides: 'both', reps: 2, holdMs: 30 * S, restMs: 10 * S },
      { exerciseId: 'figure-4-lying', name: 'Lying figure-4 stretch', sides: 'both', reps: 2, holdMs: 30 * S, restMs: 10 * S },
      { exerciseId: 'short-walk', name: 'Short walk', sides: 'none', holdMs: 5 * MIN },
    ],
  },
  {
    id: 'sitting-relief',
    title: 'Sitting relief',
    summary: 'A break for pain that is worse when you sit: stand, move and stretch.',
    dosing: 'A short break every 30 minutes while you sit. Stretches: 30 seconds, 2 on each side.',
    timesPerDay: 4,
    feel: 'Move gently and stay within what is comfortable. A mild pull in a stretch is fine, pain is not.',
    stopIf: STRETCH_STOP,
    sources: ['R27'],
    items: [
      { exerciseId: 'sitting-break', name: 'Stand up and move', sides: 'none', holdMs: 60 * S },
      { exerciseId: 'figure-4-seated', name: 'Seated figure-4 stretch', sides: 'both', reps: 2, holdMs: 30 * S, restMs: 10 * S },
      { exerciseId: 'hamstring-standing-floor', name: 'Standing hamstring stretch', sides: 'both', reps: 2, holdMs: 30 * S, restMs: 10 * S },
    ],
  },
  {
    id: 'travel-circulation',
    title: 'Travel circulation',
    summary: 'Seat exercises that keep blood moving in your legs on a long trip. Walk about when you are allowed.',
    dosing: 'Every hour while you travel: ankle pumps (20), ankle circles (10 each way), calf raises (20), knee lifts (10). Drink water too.',
    timesPerDay: 6,
    feel: 'These are small, easy movements. You should feel the calf muscles working, not pain.',
    stopIf: ['Chest pain or sudden shortness of breath: get help at once.', 'One calf turns swollen, warm or painful: stop and check your symptoms again.'],
    sources: ['R37', 'R38', 'R40'],
    getReadyMs: 5 * S,
    betweenMs: 5 * S,
    items: [
      { kind: 'reps', exerciseId: 'ankle-pumps', name: 'Ankle pumps', sides: 'none', count: 20, holdMs: 40 * S },
      { kind: 'reps', exerciseId: 'ankle-circles', name: 'Ankle circles, 10 each way', sides: 'both', count: 20, holdMs: 30 * S, restMs: 5 * S },
      { kind: 'reps', exerciseId: 'seated-calf-raises', name: 'Seated calf raises', sides: 'none', count: 20, holdMs: 40 * S },
      { kind: 'reps', exerciseId: 'knee-lifts', name: 'Seated knee lifts', sides: 'both', count: 10, holdMs: 25 * S, restMs: 5 * S },
    ],
  },
  {
    id: 'ice',
    title: 'Ice',
    summary: 'Cold eases pain and swelling in the first days after a strain. Wrap the ice in a cloth.',
    dosing: '15 minutes (10 if your skin feels less), at least 2 hours apart, for the first 2 to 3 days. Never while asleep.',
    timesPerDay: 4,
    feel: 'It feels cold at first, then may sting or ache a little. Look at the skin every few minutes.',
    stopIf: TIMER_STOP,
    sources: ['R29', 'R30', 'R31', 'R33'],
    getReadyMs: 0,
    items: [{ kind: 'timer', name: 'Ice pack on, wrapped in a cloth', holdMs: 15 * MIN }],
  },
  {
    id: 'heat',
    title: 'Heat',
    summary: 'Warmth relaxes cramps and stiffness. Never in the first 3 days after a strain.',
    dosing: '10 to 15 minutes, up to 3 or 4 times a day. Wrap it, and never fall asleep on it.',
    timesPerDay: 3,
    feel: 'It should feel pleasantly warm, never hot. Look at the skin every few minutes.',
    stopIf: ['The skin gets very red, blotchy or sore: take it off.', 'The pain or swelling gets worse.'],
    sources: ['R30', 'R35', 'R36'],
    getReadyMs: 0,
    items: [{ kind: 'timer', name: 'Warm pack on, wrapped in a cloth', holdMs: 15 * MIN }],
  },
  {
    id: 'elevation',
    title: 'Raise your leg',
    summary: 'Resting the leg up, above the level of your heart, helps swelling go down after a strain.',
    dosing: '20 to 30 minutes, a few times a day, in the first 1 to 2 days.',
    timesPerDay: 3,
    feel: 'It should feel restful. Keep the foot higher than your heart, with the knee slightly bent.',
    stopIf: ['The foot turns pale, cold or numb, or the pain gets worse: lower the leg.'],
    sources: ['R30', 'R32'],
    getReadyMs: 0,
    items: [{ kind: 'timer', name: 'Leg raised on pillows', holdMs: 20 * MIN }],
  },
]

/** Every routine with a player, in the order the library lists them. */
export const ROUTINE_IDS: readonly string[] = ROUTINES.map((r) => r.id)

/** A routine by id, or undefined for an unknown id. */
export function getRoutine(id: string): RoutineContent | undefined {
  return ROUTINES.find((r) => r.id === id)
}

/** The exercise ids a routine uses (for content tests). */
export function exerciseIdsOf(routine: RoutineContent): string[] {
  return routine.items.flatMap((i) => (i.exerciseId ? [i.exerciseId] : []))
}
