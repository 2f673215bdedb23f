import { cautionById, type CautionId } from '../../content/plans'
import { clockText as clockWords } from '../../domain/dateText'
import { formatDuration } from '../../domain/day'
import { deviceHourCycle } from '../../composables/useNow'
import type { RoutineBlock } from '../../stores/plans'

/** A time of day in the person's zone, in their 12- or 24-hour habit ("14:30", or "Thursday 22 November, 14:30"). */
export function clockText(at: number, now: number, timeZone: string): string {
  return clockWords(at, now, timeZone, deviceHourCycle())
}

/** "in 1 h 20 min" */
export function inText(at: number, now: number): string {
  return `in ${formatDuration(at - now)}`
}

/** The titles of the cautions, joined for a sentence. */
export function cautionTitles(ids: readonly CautionId[]): string {
  return ids.map((id) => cautionById(id)?.title ?? id).join('; ')
}

/** Why a routine cannot start now, in plain words. */
export function blockText(block: RoutineBlock, now: number, timeZone: string): string {
  switch (block.kind) {
    case 'caution':
      return `Left out for you: ${cautionTitles(block.cautions)}.`
    case 'strain':
      return block.unlocksAt === null
        ? 'Locked for 3 days after a strain. We do not know when your pain started, so check your symptoms again and tell us.'
        : `Unlocks at ${clockText(block.unlocksAt, now, timeZone)} (${inText(block.unlocksAt, now)}). Wait 3 days after a strain: a fresh tear can be pulled open.`
    case 'nerve':
      return 'Not for you now: this stretch can pull on an irritated nerve and make nerve pain worse.'
    case 'adult':
      return 'Our home plans are for adults. Ask a doctor what is safe for a child to do.'
  }
}

/** Short "unlocks at" words for Today. */
export function unlockShort(at: number | null, now: number, timeZone: string): string {
  return at === null ? 'locked for now after a strain' : `unlocks at ${clockText(at, now, timeZone)}`
}
