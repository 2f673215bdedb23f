/**
 * The routines behind each plan, with their dosing from the clinical brief (section 2), and the ice, heat and
 * elevation timers: their structure, which the rules, Today and the engine need (`expandRoutine` in
 * ../domain/routine.ts). Their words are in ./routineText.ts. Exercise ids point into ./exercises.ts.
 */

/** How the sides of an exercise are played. 'both' = left and right; 'none' = not a one-leg exercise. */
export type SidesSpec = 'both' | 'left' | 'right' | 'none'

/** One exercise (or timer) in a routine definition. */
export interface RoutineItem {
  /**
   * 'hold' (a stretch held still), 'reps' (a count done within a time budget) or 'timer' (one timed block: a pack
   * on the leg, or a walk, said as "Walk it off: 1 minute", never as a hold). Default 'hold'.
   */
  kind?: 'hold' | 'reps' | 'timer'
  /** The exercise in the library; required for hold and reps, optional for a timer. */
  exerciseId?: string
  /** Name shown in labels, e.g. "Lying hamstring stretch". */
  name: string
  /** Default 'none'. Ignored for timers. */
  sides?: SidesSpec
  /** Reps per side (default 1). Ignored for timers. */
  reps?: number
  /** How long one hold lasts; for 'reps' the time budget of one set; for a timer its length (ms). */
  holdMs: number
  /** For 'reps': how many movements in one set. */
  count?: number
  /** Rest between reps and between sides of this item (ms, default 0 = straight on). */
  restMs?: number
  /**
   * 'alternate' (default): left 1, right 1, left 2 ... so each leg rests while the other works.
   * 'one-side-first': all reps on the left, then all on the right.
   */
  order?: 'alternate' | 'one-side-first'
}

/** A routine as authored: the exercises and their dosing, expanded by `expandRoutine`. */
export interface RoutineDef {
  id: string
  title: string
  /** Opening get-ready (ms). Default 5000. */
  getReadyMs?: number
  /** Pause to get into position between two different items (ms). Default 10 000. */
  betweenMs?: number
  items: readonly RoutineItem[]
}

export interface RoutineContent extends RoutineDef {
  /** How many sessions a day the plan suggests (the Today card counts against it). */
  timesPerDay: number
}

const S = 1000
const MIN = 60 * S

/** Every routine with a player, in the order the library lists them. */
export const ROUTINES: readonly RoutineContent[] = [
  {
    id: 'hamstring-stretch',
    title: 'Back-of-thigh stretches',
    timesPerDay: 2,
    items: [
      { exerciseId: 'hamstring-lying-towel', name: 'Lying hamstring stretch', sides: 'both', reps: 2, holdMs: 30 * S, restMs: 10 * S },
      { exerciseId: 'hamstring-seated', name: 'Seated hamstring stretch', sides: 'both', reps: 1, holdMs: 30 * S, restMs: 10 * S },
    ],
  },
  {
    id: 'calf-stretch',
    title: 'Calf stretches',
    timesPerDay: 3,
    items: [
      { exerciseId: 'calf-wall-straight', name: 'Calf stretch, knee straight', sides: 'both', reps: 2, holdMs: 30 * S, restMs: 10 * S },
      { exerciseId: 'calf-wall-bent', name: 'Calf stretch, knee bent', sides: 'both', reps: 2, holdMs: 30 * S, restMs: 10 * S },
    ],
  },
  {
    id: 'cramp-relief',
    title: 'Cramp relief',
    timesPerDay: 3,
    items: [
      { exerciseId: 'cramp-toes-towel', name: 'Pull your toes up', sides: 'none', reps: 2, holdMs: 30 * S, restMs: 10 * S },
      { kind: 'timer', exerciseId: 'cramp-walk-off', name: 'Walk it off', holdMs: 60 * S },
      { exerciseId: 'calf-wall-straight', name: 'Calf stretch at a wall', sides: 'both', reps: 1, holdMs: 30 * S, restMs: 10 * S },
    ],
  },
  {
    id: 'sciatica-relief',
    title: 'Sciatica relief',
    timesPerDay: 2,
    items: [
      { exerciseId: 'knee-to-chest', name: 'Single knee to chest', sides: 'both', reps: 2, holdMs: 30 * S, restMs: 10 * S },
      { exerciseId: 'figure-4-lying', name: 'Lying figure-4 stretch', sides: 'both', reps: 2, holdMs: 30 * S, restMs: 10 * S },
      { kind: 'timer', exerciseId: 'short-walk', name: 'Short walk', holdMs: 5 * MIN },
    ],
  },
  {
    id: 'sitting-relief',
    title: 'Sitting breaks',
    timesPerDay: 4,
    items: [
      { kind: 'timer', exerciseId: 'sitting-break', name: 'Stand up and move', holdMs: 60 * S },
      { exerciseId: 'figure-4-seated', name: 'Seated figure-4 stretch', sides: 'both', reps: 2, holdMs: 30 * S, restMs: 10 * S },
      { exerciseId: 'hamstring-standing-floor', name: 'Standing hamstring stretch', sides: 'both', reps: 2, holdMs: 30 * S, restMs: 10 * S },
    ],
  },
  {
    id: 'travel-circulation',
    title: 'Travel exercises',
    timesPerDay: 6,
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
    timesPerDay: 4,
    getReadyMs: 0,
    items: [{ kind: 'timer', name: 'Ice pack on, wrapped in a cloth', holdMs: 15 * MIN }],
  },
  {
    id: 'heat',
    title: 'Heat',
    timesPerDay: 3,
    getReadyMs: 0,
    items: [{ kind: 'timer', name: 'Warm pack on, wrapped in a cloth', holdMs: 15 * MIN }],
  },
  {
    id: 'elevation',
    title: 'Raise your leg',
    timesPerDay: 3,
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
