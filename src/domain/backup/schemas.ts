/**
 * One strict valibot schema per table: exact record shapes and plausible values. Checks that span fields (a day
 * that matches its time, an end after its start) are in ./validate.ts.
 */
import * as v from 'valibot'
import { ROUTINE_IDS } from '../../content/routines'
import { SESSION_KINDS } from '../records'
import type { Tables, TableName } from './tables'
import { MIN_INSTANT } from './format'
import { fieldPhrase, instantPhrase, objectPhrase } from './phrases'

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/
/** Largest skip or back offset a run may hold (ms): a year, far beyond any routine, below any overflow. */
export const MAX_SHIFT_MS = 366 * 24 * 60 * 60 * 1000

const supportedZones = new Map<string, boolean>()
/** Whether this device's Intl knows the IANA zone; memoised because a backup repeats a few zones many times. */
export function isSupportedTimeZone(zone: string): boolean {
  let known = supportedZones.get(zone)
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone })
      known = true
    } catch {
      known = false
    }
    supportedZones.set(zone, known)
  }
  return known
}

/** A YYYY-MM-DD string naming a real calendar date (no 2023-02-30). */
function isRealDay(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

const ID_RULE = 'ids must be text of 1 to 100 characters'
const SCORE_RULE = 'pain scores must be whole numbers from 0 to 10'

function idSchema(what: string, rule = ID_RULE) {
  const m = fieldPhrase(what, rule)
  return v.pipe(v.string(m), v.minLength(1, m), v.maxLength(100, m))
}

function textSchema(what: string, rule: string, max: number) {
  const m = fieldPhrase(what, rule)
  return v.pipe(v.string(m), v.maxLength(max, m))
}

function textListSchema(whatList: string, whatItem: string, plural: string, maxItems: number, maxLength: number) {
  const m = fieldPhrase(whatList, `${plural} must be a list of at most ${maxItems} items`)
  return v.pipe(
    v.array(textSchema(whatItem, `each of the ${plural} must be text of up to ${maxLength} characters`, maxLength), m),
    v.maxLength(maxItems, m),
  )
}

function picklistSchema<const T extends readonly [string, ...string[]]>(options: T, what: string, plural: string) {
  return v.picklist(options, fieldPhrase(what, `${plural} must be one of: ${options.join(', ')}`))
}

function timeZoneSchema() {
  const m = fieldPhrase('a time zone', 'time zones must be ones this device knows, such as "Europe/London"')
  return v.pipe(v.string(m), v.minLength(1, m), v.maxLength(100, m), v.check(isSupportedTimeZone, m))
}

function dayKeySchema(what: string) {
  const m = fieldPhrase(what, 'days must be real dates written as YYYY-MM-DD')
  return v.pipe(v.string(m), v.regex(DAY_KEY, m), v.check(isRealDay, m))
}

/** An instant (epoch ms) from 2000 on; one in the future is dealt with by ./validate.ts (dated now). */
function instantSchema(what: string) {
  const m = instantPhrase(what)
  return v.pipe(v.number(m), v.finite(m), v.minValue(MIN_INSTANT, m))
}

function scoreSchema(what: string) {
  const m = fieldPhrase(what, SCORE_RULE)
  return v.pipe(v.number(m), v.integer(m), v.minValue(0, m), v.maxValue(10, m))
}

/** Optional: the write order on the device that made the backup (../records.ts); backups made before it lack it. */
function seqSchema() {
  const m = fieldPhrase('a write order', 'write orders must be whole numbers from 1')
  return v.optional(v.pipe(v.number(m), v.integer(m), v.minValue(1, m)))
}

function routineIdSchema() {
  const m = fieldPhrase('a routine', `routines must be ones this app has, such as "${ROUTINE_IDS[0] ?? 'ice'}"`)
  return v.pipe(v.string(m), v.check((id) => ROUTINE_IDS.includes(id), m))
}

function buildSchemas() {
  const at = instantSchema('a time')
  const timeZone = timeZoneSchema()
  const dayKey = dayKeySchema('a day')
  const findings = textListSchema('a findings list', 'a finding', 'findings', 500, 100)
  const routineId = routineIdSchema()

  // A setting's value is checked by its own schema (../settingsSchema.ts), by name, in ./validate.ts.
  const setting = v.strictObject(
    { key: idSchema('a name', 'setting names must be text of 1 to 100 characters'), value: v.unknown() },
    objectPhrase,
  )

  const screening = v.strictObject(
    {
      id: idSchema('an id'),
      at,
      timeZone,
      dayKey,
      findings,
      disposition: picklistSchema(['emergency', 'urgent', 'doctor', 'self-care'], 'an outcome', 'outcomes'),
      plans: textListSchema('a plans list', 'a plan', 'plans', 500, 100),
      cautions: textListSchema('a cautions list', 'a caution', 'cautions', 500, 100),
      onsetAt: v.nullable(instantSchema('a pain start time')),
      seq: seqSchema(),
    },
    objectPhrase,
  )

  const gateEvent = v.strictObject(
    {
      id: idSchema('an id'),
      at,
      timeZone,
      kind: picklistSchema(['raise', 'clear'], 'a kind', 'kinds'),
      level: v.nullable(picklistSchema(['emergency', 'urgent'], 'a level', 'levels')),
      source: v.nullable(
        picklistSchema(['screening', 'routine-check', 'clot-check', 'pain-jump'], 'a source', 'sources'),
      ),
      screeningId: v.nullable(idSchema('a symptom check id')),
      reasons: textListSchema('a reasons list', 'a reason', 'reasons', 500, 2000),
      findings,
      clearedBy: v.nullable(
        picklistSchema(['clinician', 'new-screening', 'delete-all'], 'a "cleared by" value', '"cleared by" values'),
      ),
      assessedOn: v.nullable(dayKeySchema('an assessment day')),
      seq: seqSchema(),
    },
    objectPhrase,
  )

  const pause = v.strictObject(
    { at: instantSchema('a start time'), until: v.nullable(instantSchema('an end time')) },
    objectPhrase,
  )
  const pausesMessage = fieldPhrase('a pauses list', 'pauses must be a list of at most 10000 items')
  const shift = fieldPhrase('a skip offset', 'skip offsets must be numbers of milliseconds no larger than a year')
  const shiftsMessage = fieldPhrase('a skip offsets list', 'skip offsets must be a list of at most 10000 items')
  const run = v.strictObject(
    {
      id: idSchema('an id'),
      routineId,
      startedAt: instantSchema('a start time'),
      pauses: v.pipe(v.array(pause, pausesMessage), v.maxLength(10_000, pausesMessage)),
      shifts: v.pipe(
        v.array(
          v.pipe(v.number(shift), v.finite(shift), v.minValue(-MAX_SHIFT_MS, shift), v.maxValue(MAX_SHIFT_MS, shift)),
          shiftsMessage,
        ),
        v.maxLength(10_000, shiftsMessage),
      ),
      status: picklistSchema(['active', 'done', 'stopped'], 'a status', 'statuses'),
      endedAt: v.nullable(instantSchema('an end time')),
      painBefore: v.nullable(scoreSchema('a pain score before')),
      painAfter: v.nullable(scoreSchema('a pain score after')),
    },
    objectPhrase,
  )

  const completed = fieldPhrase('a "completed" mark', 'it must be true or false')
  const session = v.strictObject(
    {
      id: idSchema('an id'),
      routineId,
      kind: picklistSchema(SESSION_KINDS, 'a kind', 'kinds'),
      startedAt: instantSchema('a start time'),
      endedAt: instantSchema('an end time'),
      at,
      timeZone,
      dayKey,
      completed: v.boolean(completed),
      painBefore: v.nullable(scoreSchema('a pain score before')),
      painAfter: v.nullable(scoreSchema('a pain score after')),
      runId: v.nullable(idSchema('a run id')),
    },
    objectPhrase,
  )

  const pain = v.strictObject(
    {
      id: idSchema('an id'),
      at,
      timeZone,
      dayKey,
      score: scoreSchema('a pain score'),
      where: textSchema('a place', 'places must be text of up to 200 characters', 200),
      note: textSchema('a note', 'notes must be text of up to 5000 characters', 5000),
    },
    objectPhrase,
  )

  // Whole ml since the app rounds every drink; older versions kept fl oz drinks to 0.01 ml, which still reads back.
  const mlMessage = fieldPhrase('an amount', 'amounts must be between 1 and 5000 ml', ' ml')
  const water = v.strictObject(
    {
      id: idSchema('an id'),
      at,
      timeZone,
      dayKey,
      ml: v.pipe(v.number(mlMessage), v.finite(mlMessage), v.minValue(1, mlMessage), v.maxValue(5000, mlMessage)),
    },
    objectPhrase,
  )

  return {
    settings: setting,
    screenings: screening,
    gateEvents: gateEvent,
    runs: run,
    sessions: session,
    painEntries: pain,
    waterEntries: water,
  }
}

export type RecordSchemas = ReturnType<typeof buildSchemas>

let built: RecordSchemas | null = null
/** The schemas, built once. */
export function recordSchemas(): RecordSchemas {
  built ??= buildSchemas()
  return built
}

// The schemas must produce exactly the record types in ../records.ts; this fails to compile if they drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type SchemaOutputs = { [K in TableName]: v.InferOutput<RecordSchemas[K]> }
const schemasMatchRecords: { [K in TableName]: Same<SchemaOutputs[K], Tables[K][number]> } = {
  settings: true,
  screenings: true,
  gateEvents: true,
  runs: true,
  sessions: true,
  painEntries: true,
  waterEntries: true,
}
void schemasMatchRecords
