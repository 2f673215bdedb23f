/**
 * Water: units, the daily goal, where today stands against the goal (or against a clinician's limit), and daily
 * totals. Volumes are millilitres throughout; fluid ounces exist only at the edges (input and display).
 * Sources are the [R#] references in shared/clinical/brief.md.
 */

/** Millilitres in one US fluid ounce. */
export const ML_PER_US_FL_OZ = 29.5735

/** The units a person can choose in settings. 'floz' is the US fluid ounce. */
export type VolumeUnit = 'ml' | 'floz'

/** The largest single entry we accept, in ml: more in one go is almost always a typing slip (2500 for 250). */
export const MAX_ENTRY_ML = 2000

/** How long the Undo button stays after a drink is added, in ms. */
export const UNDO_MS = 8000

/** Drinks goal in ml when nothing else is known. */
export const DEFAULT_GOAL_FEMALE_ML = 1600
export const DEFAULT_GOAL_MALE_ML = 2000
/** Extra ml on a hot day and on an active day: a round figure of our own (see GOAL_ADJUSTMENT_BASIS). */
export const HOT_DAY_EXTRA_ML = 500
export const ACTIVE_DAY_EXTRA_ML = 500
/** Share of the limit (0-1) at which someone under a fluid limit is told they are getting close. */
export const NEAR_LIMIT_FRACTION = 0.8

/** Where the default goal comes from, in plain words, for the about page and the water screen. */
export const GOAL_BASIS =
  'The European Food Safety Authority says women need about 2 litres of water a day and men about 2.5 litres, ' +
  'counting water in food. About a fifth of that usually comes from food, so drinks make up about 1.6 litres for ' +
  'women and 2 litres for men [R41]. The US Institute of Medicine gives higher totals (2.7 and 3.7 litres, about ' +
  '2.2 and 3 litres from drinks) [R42]. The NHS says 6 to 8 glasses a day [R43]. We start from the lower European ' +
  'figure because thirst covers the rest and drinking far more than you need is not healthier. If you have not ' +
  'told us your sex, we use the lower figure. You can change your goal.'

/** Why a hot or active day raises the goal, and that the amount is ours, not a source's. */
export const GOAL_ADJUSTMENT_BASIS =
  'The NHS says to drink more when it is hot and when you are active [R43]. It gives no amount, so we add ' +
  '500 ml for each: about two glasses. Drink to thirst; there is no need to drink more than your goal.'

/** Converts ml to US fl oz (unrounded). */
export function mlToFlOz(ml: number): number {
  return ml / ML_PER_US_FL_OZ
}

/** Converts US fl oz to ml (unrounded). */
export function flOzToMl(flOz: number): number {
  return flOz * ML_PER_US_FL_OZ
}

/** Rounds to at most one decimal and drops a trailing ".0". */
function oneDecimal(x: number): string {
  const r = Math.round(x * 10) / 10
  return Number.isInteger(r) ? String(r) : r.toFixed(1)
}

/**
 * A volume for display in the person's unit: '250 ml', '1600 ml', '8.5 fl oz', '54 fl oz'. Millilitres are shown
 * whole (people type whole ml, so what they entered comes back unchanged); fluid ounces keep one decimal below 10,
 * where a tenth is a visible share of a glass, and are whole from 10 up, where it is noise.
 * Non-finite input shows as a dash rather than "NaN ml".
 * @param ml volume in ml
 */
export function formatVolume(ml: number, unit: VolumeUnit): string {
  if (!Number.isFinite(ml)) return '–'
  if (unit === 'ml') return `${Math.round(ml) || 0} ${unitText(unit)}`
  const oz = mlToFlOz(ml)
  const text = Math.abs(oz) < 10 ? oneDecimal(oz) : String(Math.round(oz))
  return `${text === '-0' ? '0' : text} ${unitText(unit)}`
}

/**
 * The unit's name: 'ml' or 'fl oz' beside a number or on a chart axis; 'US fl oz' in full where someone types an
 * amount, so nobody enters imperial ounces.
 */
export function unitText(unit: VolumeUnit, where: 'beside' | 'input' = 'beside'): string {
  if (unit === 'ml') return 'ml'
  return where === 'input' ? 'US fl oz' : 'fl oz'
}

/**
 * The starting daily drinks goal in ml (drinks only, not water in food): EFSA's adequate intake less the share
 * that food usually supplies [R41]. An unspecified sex gets the lower figure: under-suggesting is the safe side,
 * because thirst covers the gap and over-drinking can harm (ACSM [R44]).
 */
export function defaultGoalMl(profile: { sex?: 'female' | 'male' | 'unspecified' | null }): number {
  return profile.sex === 'male' ? DEFAULT_GOAL_MALE_ML : DEFAULT_GOAL_FEMALE_ML
}

/**
 * Today's goal in ml: the base goal plus 500 ml for a hot day and 500 ml for an active day (NHS: more in heat and
 * with activity [R43]; the amount is ours). Not used under a fluid limit: there the clinician's limit applies.
 * @param input.baseMl the person's own goal or `defaultGoalMl`, in ml
 */
export function goalFor(input: { baseMl: number; hotDay: boolean; activeDay: boolean }): number {
  return input.baseMl + (input.hotDay ? HOT_DAY_EXTRA_ML : 0) + (input.activeDay ? ACTIVE_DAY_EXTRA_ML : 0)
}

/** Where today stands with an ordinary goal. */
export interface GoalStatus {
  mode: 'goal'
  goalMl: number
  /** ml still to go, never below 0. */
  remainingMl: number
  reached: boolean
  /** Whether reminders may suggest a drink. False once the goal is reached: we never push water past it (ACSM). */
  promptToDrink: boolean
}

/** Where today stands under a clinician's fluid limit. There is no target to reach, only a ceiling. */
export interface LimitStatus {
  mode: 'limit'
  limitMl: number
  /** ml left within the limit, never below 0. */
  remainingMl: number
  /** ml over the limit, 0 unless over. */
  overMl: number
  /** 'near' from 80% of the limit; 'reached' at the limit (to the nearest ml); 'over' beyond it. */
  warning: 'none' | 'near' | 'reached' | 'over'
  /** Always false: someone on a fluid limit is never nudged to drink; the app only keeps count for them. */
  promptToDrink: false
}

/**
 * Under the fluid-limit caution but with no limit entered yet. We show no generic goal (clinical brief:
 * "disable generic targets"), only the total, and ask for the limit the clinician gave.
 */
export interface LimitUnsetStatus {
  mode: 'limit-unset'
  promptToDrink: false
}

export type WaterStatus = GoalStatus | LimitStatus | LimitUnsetStatus

/**
 * Today's water against the goal, or against the clinician's limit when `fluidLimit` is set. Compares whole ml so
 * that fluid-ounce conversions (8 fl oz = 236.588 ml) cannot leave someone 0.001 ml short of "reached".
 * @param input.totalMl ml drunk today (local day)
 * @param input.goalMl today's goal in ml (from `goalFor`)
 * @param input.limitMl the clinician's daily limit in ml, or null when not entered
 * @param input.fluidLimit true when the person has been told to limit fluids
 */
export function waterStatus(input: {
  totalMl: number
  goalMl: number
  limitMl: number | null
  fluidLimit: boolean
}): WaterStatus {
  const total = Math.round(Math.max(0, input.totalMl))
  if (input.fluidLimit) {
    const limit = input.limitMl
    if (limit === null || !Number.isFinite(limit) || limit <= 0) return { mode: 'limit-unset', promptToDrink: false }
    const limitMl = Math.round(limit)
    const warning: LimitStatus['warning'] =
      total > limitMl ? 'over' : total === limitMl ? 'reached' : total >= NEAR_LIMIT_FRACTION * limitMl ? 'near' : 'none'
    return {
      mode: 'limit',
      limitMl,
      remainingMl: Math.max(0, limitMl - total),
      overMl: Math.max(0, total - limitMl),
      warning,
      promptToDrink: false,
    }
  }
  // A missing or broken goal must not turn into endless prompts: treat it as 0, i.e. already reached.
  const goalMl = Number.isFinite(input.goalMl) ? Math.max(0, Math.round(input.goalMl)) : 0
  const reached = total >= goalMl
  return { mode: 'goal', goalMl, remainingMl: Math.max(0, goalMl - total), reached, promptToDrink: !reached }
}

/**
 * Checks one entry's amount before it is saved: the same rule a backup's drinks are read back with, so every drink
 * the app saves can be exported and imported again.
 * @param ml the amount in ml (converted from fl oz by the caller if need be)
 * @param unit the unit to word the message in
 * @returns the amount rounded to whole ml (1 to MAX_ENTRY_ML), or a message in plain words
 */
export function validateAmountMl(
  ml: unknown,
  unit: VolumeUnit = 'ml',
): { ok: true; ml: number } | { ok: false; error: string } {
  if (typeof ml !== 'number' || !Number.isFinite(ml)) return { ok: false, error: 'Please enter an amount as a number.' }
  const whole = Math.round(ml)
  if (whole < 1) {
    return { ok: false, error: unit === 'ml' ? 'Please enter an amount of at least 1 ml.' : 'Please enter an amount of at least 0.1 fl oz.' }
  }
  if (whole > MAX_ENTRY_ML) {
    return {
      ok: false,
      error: `That is more than ${formatVolume(MAX_ENTRY_ML, unit)} in one go. Please check the amount, or add it as two drinks.`,
    }
  }
  return { ok: true, ml: whole }
}

/**
 * Total ml per local day, for the given days in their order; 0 for a day with no entries. Entries are grouped by
 * their stored day key, so a traveller's drinks stay on the day they were drunk.
 */
export function sumByDay(
  entries: ReadonlyArray<{ dayKey: string; ml: number }>,
  dayKeys: readonly string[],
): { dayKey: string; ml: number }[] {
  const totals = new Map<string, number>()
  for (const k of dayKeys) totals.set(k, 0)
  for (const e of entries) {
    const t = totals.get(e.dayKey)
    if (t !== undefined && Number.isFinite(e.ml)) totals.set(e.dayKey, t + e.ml)
  }
  return dayKeys.map((dayKey) => ({ dayKey, ml: totals.get(dayKey) ?? 0 }))
}
