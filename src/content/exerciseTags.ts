/**
 * What each exercise of the library does to the body, as tags the safety rules read (src/domain/safety.ts): the
 * rules hide an exercise by what it does, never by the routine it sits in, so a hamstring stretch inside any routine
 * is caught. Kept apart from ./exercises.ts (steps and drawings) so the first screen can decide without them.
 */

export type ExerciseTag =
  /** Stretches the hamstrings, and so tensions the sciatic nerve. */
  | 'stretches-hamstring'
  /** Stretches the calf. */
  | 'stretches-calf'
  /** Done lying flat on the back. */
  | 'lying-on-back'
  /** Bends the hip further than a right angle. */
  | 'hip-past-90'
  /** Crosses one leg over the other. */
  | 'crosses-legs'

export interface ExerciseKind {
  tags: readonly ExerciseTag[]
  /** A seated version to do instead when lying on the back is not advised (pregnancy): its id and its name. */
  seatedVersion?: { id: string; name: string }
}

/** Every exercise id of the library with its tags. tests/unit/exercises.test.ts checks both lists match. */
export const EXERCISE_KINDS: Readonly<Record<string, ExerciseKind>> = {
  // Raising the straight leg from lying bends the hip past a right angle once the pull is felt.
  'hamstring-lying-towel': { tags: ['stretches-hamstring', 'lying-on-back', 'hip-past-90'], seatedVersion: { id: 'hamstring-seated', name: 'Seated hamstring stretch' } },
  // Leaning forward from the hips over a straight leg bends the hip past a right angle.
  'hamstring-standing-step': { tags: ['stretches-hamstring', 'hip-past-90'] },
  'hamstring-seated': { tags: ['stretches-hamstring', 'hip-past-90'] },
  'hamstring-standing-floor': { tags: ['stretches-hamstring', 'hip-past-90'] },
  'calf-wall-straight': { tags: ['stretches-calf'] },
  'calf-wall-bent': { tags: ['stretches-calf'] },
  'cramp-toes-towel': { tags: ['stretches-calf'] },
  'cramp-walk-off': { tags: [] },
  'knee-to-chest': { tags: ['lying-on-back', 'hip-past-90'] },
  'figure-4-lying': { tags: ['lying-on-back', 'hip-past-90', 'crosses-legs'], seatedVersion: { id: 'figure-4-seated', name: 'Seated figure-4 stretch' } },
  'short-walk': { tags: [] },
  'figure-4-seated': { tags: ['crosses-legs'] },
  'sitting-break': { tags: [] },
  'ankle-pumps': { tags: [] },
  'ankle-circles': { tags: [] },
  'seated-calf-raises': { tags: [] },
  // Lifting a knee while seated takes the hip past the right angle of the chair.
  'knee-lifts': { tags: ['hip-past-90'] },
}

/** The tags of an exercise; none for an id the library does not know. */
export function exerciseTags(id: string): readonly ExerciseTag[] {
  return Object.hasOwn(EXERCISE_KINDS, id) ? (EXERCISE_KINDS[id]?.tags ?? []) : []
}
