/**
 * The routine as this person plays it: the safety core's answer applied to a routine's content. Kept apart from
 * ./safety.ts so the start-up code (which asks the safety core) does not carry the routine engine.
 */
import type { RoutineDef } from '../content/routines'
import { isTimerId } from './care'
import { expandRoutine, simpleTimer, type Routine } from './routine'
import { adaptRoutine, type RoutineAccess } from './safety'

/**
 * Ice, heat and elevation play as one timer of the length the cautions allow (shorter under skin-check); any other
 * routine plays without the exercises left out for this person, with the seated swaps in their place.
 */
export function playableRoutine(def: RoutineDef, access: Pick<RoutineAccess, 'id' | 'hidden' | 'sessionMs'>): Routine {
  if (isTimerId(access.id)) return simpleTimer(access.id, def.title, access.sessionMs ?? def.items[0]?.holdMs ?? 0)
  return expandRoutine(adaptRoutine(def, access))
}
