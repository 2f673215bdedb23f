/**
 * One valibot schema per setting: what the app may save (every settings write goes through `checkSetting`) and what
 * an imported backup may bring in. The `Settings` type is inferred from these schemas, so the type, the app's writes
 * and the import cannot drift apart.
 *
 * Not on the first screen: the settings store loads this module on its first write, and the backup checks with the
 * rest of the import. Reads at start-up only repair the shape (`mergeSettings` in ./settings.ts).
 */
import * as v from 'valibot'
import { EMERGENCY_NUMBERS } from '../content/emergency'
import { SETTING_WORDS } from '../content/backupWords'
import { isDayKey } from './day'
import { MAX_ENTRY_ML } from './hydration'
import { parseClock } from './reminders'

/** A rule in plain words, used as the message of every check of one field. */
const rule = (text: string) => () => text

function wholeMl(min: number, max: number, what: string) {
  const m = rule(`${what} must be a whole number of ml from ${min} to ${max}`)
  return v.pipe(v.number(m), v.integer(m), v.minValue(min, m), v.maxValue(max, m))
}

function flag(what: string) {
  return v.boolean(rule(`${what} must be on or off (true or false)`))
}

const dayRule = rule('it must be a real day written as YYYY-MM-DD')
const day = v.nullable(v.pipe(v.string(dayRule), v.check(isDayKey, dayRule)))

const clockRule = rule('quiet hours must be a time of day written as HH:MM, such as "22:00"')
const clock = v.pipe(v.string(clockRule), v.check((s) => parseClock(s) !== null, clockRule))

const regionRule = rule(`the region must be one this app has a number for, such as "GB" or "INTL"`)

export const SETTING_SCHEMAS = {
  region: v.nullable(
    v.pipe(v.string(regionRule), v.check((r) => Object.hasOwn(EMERGENCY_NUMBERS, r), regionRule)),
  ),
  /** The region the time zone suggested when the person was last asked whether to switch. */
  regionAskedFor: v.nullable(
    v.pipe(v.string(regionRule), v.check((r) => Object.hasOwn(EMERGENCY_NUMBERS, r), regionRule)),
  ),
  volumeUnit: v.picklist(['ml', 'floz'], rule('units must be "ml" or "floz"')),
  cues: v.strictObject(
    { voice: flag('spoken cues'), beep: flag('beeps'), vibration: flag('vibration') },
    rule('cues must be a group of voice, beep and vibration, each on or off'),
  ),
  water: v.strictObject(
    {
      goalMl: v.nullable(wholeMl(500, 6000, 'the daily goal')),
      quickAddMl: v.pipe(
        v.array(wholeMl(1, MAX_ENTRY_ML, 'each drink button'), rule('drink buttons must be a list')),
        v.minLength(1, rule('there must be 1 to 6 drink buttons')),
        v.maxLength(6, rule('there must be 1 to 6 drink buttons')),
      ),
      limitMl: v.nullable(wholeMl(500, 6000, 'the daily limit')),
      hotDay: day,
      activeDay: day,
    },
    rule('water settings must be a group of goal, drink buttons, limit, hot day and active day'),
  ),
  reminders: v.strictObject(
    {
      enabled: flag('reminders'),
      intervalMin: v.pipe(
        v.number(rule('the time between reminders must be a whole number of minutes from 15 to 720')),
        v.integer(rule('the time between reminders must be a whole number of minutes from 15 to 720')),
        v.minValue(15, rule('the time between reminders must be a whole number of minutes from 15 to 720')),
        v.maxValue(720, rule('the time between reminders must be a whole number of minutes from 15 to 720')),
      ),
      quietStart: clock,
      quietEnd: clock,
      notify: flag('notifications'),
    },
    rule('reminder settings must be a group of on/off, interval, quiet hours and notifications'),
  ),
  travelMode: flag('travel mode'),
  clotCheckedOn: day,
} as const

export type SettingKey = keyof typeof SETTING_SCHEMAS
/** The person's settings: inferred from the schemas above (the defaults are in ./settings.ts). */
export type Settings = { [K in SettingKey]: v.InferOutput<(typeof SETTING_SCHEMAS)[K]> }

/** Days (settings that name one) that may not lie ahead of today: a future "checked on" day would skip a check. */
const DAY_FIELDS = new Set(['hotDay', 'activeDay', 'clotCheckedOn'])
/** The furthest-ahead zone is UTC+14: a day key later than that day, at `now`, is in the future everywhere. */
const AHEAD_MS = 14 * 3_600_000

function latestDay(now: number): string {
  return new Date(now + AHEAD_MS).toISOString().slice(0, 10)
}

function show(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x)
  if (typeof x === 'number') return Number.isFinite(x) ? String(x) : 'an impossibly large number'
  if (x === null) return 'empty (null)'
  if (x === undefined) return 'missing'
  if (Array.isArray(x)) return 'a list'
  if (typeof x === 'object') return 'a group of fields'
  return String(x)
}

export type SettingCheck = { ok: true; key: SettingKey; value: unknown } | { ok: false; label: string; error: string }

/**
 * Checks one setting against its own schema.
 * @param key the setting's name (a key of SETTING_SCHEMAS; anything else is refused)
 * @param value its value
 * @param now epoch ms: a day setting may not be later than today anywhere on Earth
 * @returns the value to save, or the setting's name and the rest of a sentence about it ("has ...; rule")
 */
export function checkSetting(key: string, value: unknown, now: number): SettingCheck {
  if (!Object.hasOwn(SETTING_SCHEMAS, key)) return { ok: false, label: show(key), error: 'is not a setting this app has' }
  const k = key as SettingKey
  const label = SETTING_WORDS[k] ?? k
  const result = v.safeParse(SETTING_SCHEMAS[k], value, { abortPipeEarly: true })
  if (!result.success) {
    const issue = result.issues[0]
    const keys = (issue.path ?? []).map((p) => p.key)
    const field = keys.find((x): x is string => typeof x === 'string' && Object.hasOwn(SETTING_WORDS, x))
    const part = lower(field === undefined ? label : SETTING_WORDS[field]!)
    const error =
      issue.expected === 'never'
        ? `has a part ${show(keys.at(-1))} that this setting does not have`
        : keys.length === 0
          ? `is ${show(issue.input)}`
          : issue.input === undefined
            ? `is missing its ${part}`
            : `has ${show(issue.input)} for ${part}`
    return { ok: false, label, error: `${error}; ${issue.message}` }
  }
  const limit = latestDay(now)
  const days: [string, unknown][] = k === 'water' ? Object.entries(result.output as object) : [[k, result.output]]
  for (const [field, day] of days) {
    if (DAY_FIELDS.has(field) && typeof day === 'string' && day > limit) {
      return { ok: false, label, error: `has the day ${day} for ${lower(SETTING_WORDS[field] ?? field)}, which is in the future` }
    }
  }
  return { ok: true, key: k, value: result.output }
}

function lower(text: string): string {
  return text[0]!.toLowerCase() + text.slice(1)
}
