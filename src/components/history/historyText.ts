import { findingById, isFindingId } from '../../content/findings'
import { cautionById, planById } from '../../content/plans'
import { getRoutine } from '../../content/routines'
import { deviceDates, deviceTimeZone } from '../../composables/useNow'
import type { Disposition, GateClearedBy, GateSource } from '../../domain/records'

/** A date and time in the zone it was logged in ("Mon 3 Mar 2025, 14:05"), or the device's for a zone it lacks. */
export function dateTime(at: number, timeZone: string): string {
  const d = deviceDates()
  try {
    return `${d.date(at, timeZone, { weekday: 'short', month: 'short', year: true })}, ${d.time(at, timeZone)}`
  } catch {
    const here = deviceTimeZone()
    return `${d.date(at, here, { weekday: 'short', month: 'short', year: true })}, ${d.time(at, here)}`
  }
}

export function dispositionText(d: Disposition): string {
  switch (d) {
    case 'emergency':
      return 'Emergency: call for help'
    case 'urgent':
      return 'Urgent: be seen today'
    case 'doctor':
      return 'See a doctor soon'
    default:
      return 'Self-care at home'
  }
}

export function findingLabel(id: string): string {
  return isFindingId(id) ? findingById(id).label : id
}

export function cautionTitle(id: string): string {
  return cautionById(id)?.title ?? id
}

/** A routine's one name, the same as on Plans, Today and the player. */
export function routineName(id: string): string {
  return getRoutine(id)?.title ?? planById(id)?.title ?? id
}

export function gateSourceText(s: GateSource | null): string {
  switch (s) {
    case 'screening':
      return 'from a symptom check'
    case 'routine-check':
      return 'from a check during a routine'
    case 'clot-check':
      return 'from the clot-sign check'
    case 'pain-jump':
      return 'after a sudden rise in pain'
    default:
      return ''
  }
}

export function clearedByText(by: GateClearedBy | null, assessedOn: string | null): string {
  switch (by) {
    case 'clinician':
      return assessedOn ? `You said a clinician checked you on ${assessedOn}.` : 'You said a clinician checked you.'
    case 'new-screening':
      return 'A new symptom check found no warning signs.'
    case 'delete-all':
      return 'All data was deleted.'
    default:
      return ''
  }
}
