/**
 * What kind of thing each routine is: a cold pack, a warm pack, resting the leg up, stretches, easing a cramp, or
 * seat exercises for a journey. Words are written per kind and never shared across kinds (product.md, "Words belong
 * to their screen"): a line written for stretches never shows on a timer, and a caution about ice never shows on
 * stretches. Small, so any screen may load it.
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

/** The note before a cold or warm pack under the skin check, in that pack's own words; none for other kinds. */
export const SKIN_CHECK_NOTE: Readonly<Partial<Record<RoutineType, string>>> = {
  ice: "Before each session we ask you to touch the skin there. If it feels numb, don't start: you might not feel it getting too cold.",
  heat: "Before each session we ask you to touch the skin there. If it feels numb, don't start: you might not feel it getting too hot.",
}
