/**
 * "This hurts" in the routine player: the warning signs that matter most for each kind of routine, asked first.
 * Every other emergency and same-day sign stays one tap away ("Other signs"), so any of them still raises the gate.
 */
import { FINDINGS, findingLine, type FindingId } from './findings'

/** Chest pain or sudden trouble breathing: asked in every routine. */
const EVERYWHERE: FindingId[] = ['pe_symptoms']
const NERVE: FindingId[] = ['saddle_numbness_or_sexual_change', 'new_bladder_bowel_problem', 'nerve_pain_both_legs', 'foot_or_leg_weakness']
const CLOT: FindingId[] = ['one_leg_swollen', 'calf_tender_no_injury', 'sudden_severe_leg_pain_numb_foot']
const MUSCLE: FindingId[] = ['cannot_bear_weight', 'cannot_tiptoe', 'foot_or_leg_weakness']
const SKIN: FindingId[] = ['red_hot_swollen_skin', 'leg_cold_pale_numb_cant_move', 'one_leg_swollen']

const BY_ROUTINE: Readonly<Record<string, FindingId[]>> = {
  'hamstring-stretch': [...EVERYWHERE, 'foot_or_leg_weakness', 'saddle_numbness_or_sexual_change', 'cannot_bear_weight'],
  'calf-stretch': [...EVERYWHERE, ...CLOT, 'cannot_tiptoe'],
  'cramp-relief': [...EVERYWHERE, ...CLOT, 'dark_urine'],
  'sciatica-relief': [...EVERYWHERE, ...NERVE],
  'sitting-relief': [...EVERYWHERE, 'saddle_numbness_or_sexual_change', 'foot_or_leg_weakness', 'one_leg_swollen'],
  'travel-circulation': [...EVERYWHERE, ...CLOT],
  ice: [...EVERYWHERE, ...SKIN],
  heat: [...EVERYWHERE, ...SKIN],
  elevation: [...EVERYWHERE, ...SKIN],
}

export interface HurtSign {
  finding: string
  question: string
}

/** The signs to ask first for a routine, and the rest (emergency signs first, then same-day signs). */
export function hurtSigns(routineId: string | null): { first: HurtSign[]; other: HurtSign[] } {
  const all = [...FINDINGS.filter((f) => f.level === 'EMERGENCY'), ...FINDINGS.filter((f) => f.level === 'URGENT')]
  const firstIds = (routineId !== null && Object.hasOwn(BY_ROUTINE, routineId) ? BY_ROUTINE[routineId] : undefined) ?? [...EVERYWHERE, ...MUSCLE]
  const byId = new Map(all.map((f) => [f.id as string, f]))
  const first = [...new Set(firstIds)].flatMap((id) => {
    const f = byId.get(id)
    return f ? [{ finding: f.id, question: findingLine(f) }] : []
  })
  const firstSet = new Set(first.map((s) => s.finding))
  const other = all.filter((f) => !firstSet.has(f.id)).map((f) => ({ finding: f.id, question: findingLine(f) }))
  return { first, other }
}
