/**
 * The backup file: building it, checking a file someone picked before anything touches the database, and
 * planning how its records join what is already on the device.
 *
 * Everything here is pure and synchronous (the checksum uses ./sha256.ts rather than async WebCrypto), so the
 * db layer can parse, show the preview, and then apply the plan in one Dexie transaction.
 *
 * A backup is the only way data from outside reaches this app, so parsing is deliberately strict: exact record
 * shapes, plausible values, no prototype-polluting keys, and a checksum. Every refusal is a sentence a person can
 * act on, because the alternative to a clear refusal is a half-imported history they cannot trust.
 */
import * as v from 'valibot'
import type {
  GateEventRecord,
  PainRecord,
  RunRecord,
  ScreeningRecord,
  SessionRecord,
  SettingRecord,
  WaterRecord,
} from './records'
import { sha256Hex } from './sha256'

/** The marker that says "this JSON is a backup from this app". */
export const BACKUP_FORMAT = 'leg-care-backup'
/** The only backup schema version this build can read and write. */
export const BACKUP_SCHEMA_VERSION = 1
/** Files larger than this (bytes) are refused before parsing: 20 MB. */
export const DEFAULT_MAX_BACKUP_BYTES = 20 * 1024 * 1024
/** Most records one table may hold; far above years of real use, low enough to stop a hostile file. */
export const MAX_RECORDS_PER_TABLE = 100_000
/** Earliest instant accepted anywhere in a backup (2000-01-01T00:00:00Z, epoch ms). */
export const MIN_INSTANT = Date.UTC(2000, 0, 1)
/** How far past `now` (ms) an instant may be: tolerates a device clock that is a little behind. */
export const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000

/** The tables, in the order they appear in a backup. */
export const TABLE_NAMES = [
  'settings',
  'screenings',
  'gateEvents',
  'runs',
  'sessions',
  'painEntries',
  'waterEntries',
] as const
export type TableName = (typeof TABLE_NAMES)[number]

/** Every table's records: what a backup holds and what the db layer reads and writes. */
export interface Tables {
  settings: SettingRecord[]
  screenings: ScreeningRecord[]
  gateEvents: GateEventRecord[]
  runs: RunRecord[]
  sessions: SessionRecord[]
  painEntries: PainRecord[]
  waterEntries: WaterRecord[]
}

export interface Backup {
  format: typeof BACKUP_FORMAT
  schemaVersion: typeof BACKUP_SCHEMA_VERSION
  /** The app version that wrote the file, e.g. "0.1.0". */
  appVersion: string
  /** When the backup was made, as an ISO 8601 UTC string. */
  createdAt: string
  /** SHA-256 (hex) of `canonicalJson(tables)`. */
  checksum: string
  tables: Tables
}

/** What the import screen shows before the person confirms. */
export interface BackupPreview {
  /** Records per table. */
  counts: Record<TableName, number>
  /** Earliest and latest instant (epoch ms) across all entries; null when the backup has none. */
  earliest: number | null
  latest: number | null
  /** When the backup was made (epoch ms; `backup.createdAt` is the same instant as an ISO string). */
  createdAt: number
  appVersion: string
}

export type ParseBackupResult = { ok: true; backup: Backup; preview: BackupPreview } | { ok: false; errors: string[] }

export type ImportMode = 'merge' | 'replace'

export interface ImportPlan {
  mode: ImportMode
  /** True for replace: the db layer clears every table, then puts, in the same transaction. */
  clearFirst: boolean
  /** Exactly the records to put, per table. */
  puts: Tables
  /** Per table: records added, incoming records skipped (id already there), existing records removed (replace). */
  counts: Record<TableName, { added: number; skipped: number; removed: number }>
}

/** A fresh set of empty tables. */
export function emptyTables(): Tables {
  return { settings: [], screenings: [], gateEvents: [], runs: [], sessions: [], painEntries: [], waterEntries: [] }
}

/**
 * JSON with object keys sorted at every depth, so the same data always gives the same text (and checksum)
 * whatever order the database or the JSON parser produced keys in. Built on JSON.stringify with a sorting
 * replacer, so everything else (toJSON, undefined dropped, non-finite numbers as null, string escaping) is
 * exactly what the saved file contains.
 */
export function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, val: unknown) => {
      if (val === null || typeof val !== 'object' || Array.isArray(val)) return val
      // A null-prototype copy, so a key named "__proto__" stays a plain key instead of setting a prototype.
      const sorted = Object.create(null) as Record<string, unknown>
      for (const key of Object.keys(val).sort()) sorted[key] = (val as Record<string, unknown>)[key]
      return sorted
    }) ?? 'null'
  )
}

/**
 * Builds the backup object for export; the caller stringifies it (`JSON.stringify(backup)`) and saves it.
 * @param input.tables every table's records, as read from the database
 * @param input.appVersion the running app's version
 * @param input.schemaVersion the backup schema version; only {@link BACKUP_SCHEMA_VERSION} exists
 * @param input.createdAt now (epoch ms)
 * @throws RangeError for a schema version this module cannot write or an invalid `createdAt`
 */
export function buildBackup(input: {
  tables: Tables
  appVersion: string
  schemaVersion?: number
  createdAt: number
}): Backup {
  const { tables: source, appVersion, schemaVersion = BACKUP_SCHEMA_VERSION, createdAt } = input
  // Writing a version that parseBackup would refuse would produce a backup nobody can restore.
  if (schemaVersion !== BACKUP_SCHEMA_VERSION) {
    throw new RangeError(`Backup schema version ${schemaVersion} is not supported; only ${BACKUP_SCHEMA_VERSION} is.`)
  }
  if (!Number.isFinite(createdAt)) throw new RangeError(`createdAt must be epoch ms, got ${createdAt}`)
  // Rebuilt with a fixed key order so files are diffable and carry exactly the known tables.
  const tables: Tables = {
    settings: source.settings,
    screenings: source.screenings,
    gateEvents: source.gateEvents,
    runs: source.runs,
    sessions: source.sessions,
    painEntries: source.painEntries,
    waterEntries: source.waterEntries,
  }
  return {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    appVersion,
    createdAt: new Date(createdAt).toISOString(),
    checksum: sha256Hex(canonicalJson(tables)),
    tables,
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Wording

const TABLE_WORDS: Record<TableName, { one: string; many: string }> = {
  settings: { one: 'Setting', many: 'settings' },
  screenings: { one: 'Screening', many: 'screenings' },
  gateEvents: { one: 'Seek-care-now event', many: 'seek-care-now events' },
  runs: { one: 'Routine run', many: 'routine runs' },
  sessions: { one: 'Session', many: 'sessions' },
  painEntries: { one: 'Pain entry', many: 'pain entries' },
  waterEntries: { one: 'Water entry', many: 'water entries' },
}

/** Field names as a person would say them, for "is missing its …". */
const FIELD_WORDS: Record<string, string> = {
  id: 'id',
  key: 'name',
  value: 'value',
  at: 'time',
  timeZone: 'time zone',
  dayKey: 'day',
  findings: 'findings',
  disposition: 'outcome',
  plans: 'plans',
  cautions: 'cautions',
  onsetAt: 'pain start time',
  kind: 'kind',
  level: 'level',
  source: 'source',
  screeningId: 'screening id',
  reasons: 'reasons',
  clearedBy: '"cleared by" value',
  assessedOn: 'assessment day',
  routineId: 'routine',
  startedAt: 'start time',
  pauses: 'pauses',
  shifts: 'skip offsets',
  status: 'status',
  endedAt: 'end time',
  painBefore: 'pain score before',
  painAfter: 'pain score after',
  completed: '"completed" mark',
  runId: 'run id',
  score: 'pain score',
  where: 'place',
  note: 'note',
  ml: 'amount',
  until: 'end time',
}

const MAX_ERRORS = 20
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/
const HEX_64 = /^[0-9a-f]{64}$/

const MSG = {
  notJson: 'This file is not a backup from this app (it is not a JSON file).',
  truncated: 'The file is cut off or damaged (it is not complete JSON).',
  empty: 'The file is empty.',
  blank: 'The file is empty (it contains only spaces or blank lines).',
  tooDeep: 'The file is damaged or not a backup (it is nested too deeply to read).',
  wrongFormat: 'This file is not a backup from this app.',
  noVersion: 'The backup does not say which version of the backup format it uses, so it cannot be opened.',
  noTables: 'The backup has no data in it (its tables are missing); the file is incomplete or damaged.',
  tablesNotGroup: 'The backup’s data is not in the expected form (its tables are not a group of lists).',
  badAppVersion: 'The backup does not say which version of the app made it, so it is not a complete backup.',
  badCreatedAt: 'The backup’s creation date is missing or not a valid date.',
  noChecksum: 'The backup has no valid checksum, so the app cannot check that it is complete.',
  checksum:
    'The backup has been changed or damaged since it was made (its checksum does not match its contents), so it cannot be trusted.',
}

/** A value shown inside a sentence. */
function show(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x)
  if (typeof x === 'number') return Number.isFinite(x) ? String(x) : 'an impossibly large number'
  if (x === null) return 'null'
  if (Array.isArray(x)) return 'a list'
  if (typeof x === 'object') return 'a group of fields'
  return String(x)
}

/** What kind of thing a value is, for "is … instead of …". */
function kindOf(x: unknown): string {
  if (typeof x === 'string') return `text (${show(x)})`
  if (typeof x === 'number') return `the number ${show(x)}`
  if (typeof x === 'boolean') return `a yes/no value (${x})`
  if (x === null) return 'empty (null)'
  if (x === undefined) return 'missing'
  if (Array.isArray(x)) return 'a list'
  return 'a group of fields'
}

const EXPECTED_KIND: Record<string, string> = {
  number: 'a number',
  string: 'text',
  boolean: 'a yes/no value',
  array: 'a list',
}

function showInstant(ms: number): string {
  // Beyond ±8.64e15 ms a Date is invalid; show the raw number rather than throw.
  if (Math.abs(ms) > 8.64e15) return String(ms)
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

type Phrase = (issue: v.BaseIssue<unknown>) => string

/**
 * The phrase for a bad field, completed later by the record's name: "has an amount of -200 ml; amounts must be …".
 * One function serves every check of the field, so a person gets one clear sentence per problem.
 */
function fieldPhrase(what: string, rule: string, unit = ''): Phrase {
  return (issue) => {
    const x = issue.input
    if (issue.kind === 'schema' && issue.type in EXPECTED_KIND) {
      return `has ${what} that is ${kindOf(x)} instead of ${EXPECTED_KIND[issue.type]}; ${rule}`
    }
    if (typeof x === 'number' && !Number.isFinite(x)) return `has ${what} that is too large to be a real number; ${rule}`
    if (typeof x === 'string' && x.length > 40) return `has ${what} that is ${x.length} characters long; ${rule}`
    if (Array.isArray(x)) return `has ${what} with ${x.length} items; ${rule}`
    return `has ${what} of ${show(x)}${typeof x === 'number' ? unit : ''}; ${rule}`
  }
}

function instantPhrase(what: string, now: number): Phrase {
  return (issue) => {
    const x = issue.input
    if (typeof x !== 'number') return `has ${what} that is ${kindOf(x)} instead of a time (a number of milliseconds)`
    if (!Number.isFinite(x)) return `has ${what} that is too large to be a real time`
    if (x > now + FUTURE_TOLERANCE_MS) return `has ${what} of ${showInstant(x)}, which is in the future`
    return `has ${what} of ${showInstant(x)}, which is before the year 2000`
  }
}

function objectPhrase(issue: v.BaseIssue<unknown>): string {
  if (issue.expected === 'never') return `has a field ${show(issue.input)} that this app does not know`
  const last = issue.path?.[issue.path.length - 1]
  if (last && last.type === 'object' && last.origin === 'key') {
    const key = String(last.key)
    return `is missing its ${FIELD_WORDS[key] ?? key}`
  }
  return `is ${kindOf(issue.input)} instead of a record`
}

// ---------------------------------------------------------------------------------------------------------------
// Record schemas

const supportedZones = new Map<string, boolean>()
/** Whether this device's Intl knows the IANA zone; memoised because a backup repeats a few zones many times. */
function isSupportedTimeZone(zone: string): boolean {
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

function instantSchema(what: string, now: number) {
  const m = instantPhrase(what, now)
  return v.pipe(v.number(m), v.finite(m), v.minValue(MIN_INSTANT, m), v.maxValue(now + FUTURE_TOLERANCE_MS, m))
}

/** Optional: the write order on the device that made the backup (records.ts); backups made before it lack it. */
function seqSchema() {
  const m = fieldPhrase('a write order', 'write orders must be whole numbers from 1')
  return v.optional(v.pipe(v.number(m), v.integer(m), v.minValue(1, m)))
}

function scoreSchema(what: string) {
  const m = fieldPhrase(what, SCORE_RULE)
  return v.pipe(v.number(m), v.integer(m), v.minValue(0, m), v.maxValue(10, m))
}

/** One strict schema per table; built per parse because instants are checked against `now`. */
function recordSchemas(now: number) {
  const at = instantSchema('a time', now)
  const timeZone = timeZoneSchema()
  const dayKey = dayKeySchema('a day')
  const findings = textListSchema('a findings list', 'a finding', 'findings', 500, 100)
  const routineId = idSchema('a routine', 'routines must be named by text of 1 to 100 characters')

  const setting = v.strictObject(
    {
      key: idSchema('a name', 'setting names must be text of 1 to 100 characters'),
      // Setting values are whatever the settings store saved; JSON.parse already limits them to plain data.
      value: v.unknown(),
    },
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
      onsetAt: v.nullable(instantSchema('a pain start time', now)),
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
      screeningId: v.nullable(idSchema('a screening id')),
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
    { at: instantSchema('a start time', now), until: v.nullable(instantSchema('an end time', now)) },
    objectPhrase,
  )
  const pausesMessage = fieldPhrase('a pauses list', 'pauses must be a list of at most 10000 items')
  const shift = fieldPhrase('a skip offset', 'skip offsets must be numbers of milliseconds')
  const shiftsMessage = fieldPhrase('a skip offsets list', 'skip offsets must be a list of at most 10000 items')
  const run = v.strictObject(
    {
      id: idSchema('an id'),
      routineId,
      startedAt: instantSchema('a start time', now),
      pauses: v.pipe(v.array(pause, pausesMessage), v.maxLength(10_000, pausesMessage)),
      shifts: v.pipe(v.array(v.pipe(v.number(shift), v.finite(shift)), shiftsMessage), v.maxLength(10_000, shiftsMessage)),
      status: picklistSchema(['active', 'done', 'stopped'], 'a status', 'statuses'),
      endedAt: v.nullable(instantSchema('an end time', now)),
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
      kind: picklistSchema(['routine', 'ice', 'heat', 'elevation'], 'a kind', 'kinds'),
      startedAt: instantSchema('a start time', now),
      endedAt: instantSchema('an end time', now),
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

// The schemas must produce exactly the record types in ./records.ts; this fails to compile if they drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type SchemaOutputs = { [K in TableName]: v.InferOutput<ReturnType<typeof recordSchemas>[K]> }
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

/** Order checks that a per-field schema cannot see; returns a phrase like the field ones, or null. */
function crossCheck(table: TableName, record: Record<string, unknown>): string | null {
  if (table === 'sessions' || table === 'runs') {
    const { startedAt, endedAt } = record as { startedAt: number; endedAt: number | null }
    if (endedAt !== null && endedAt < startedAt) return 'ends before it starts'
  }
  if (table === 'runs') {
    const pauses = (record as unknown as RunRecord).pauses
    const index = pauses.findIndex((p) => p.until !== null && p.until < p.at)
    if (index >= 0) return `(pause ${index + 1}) ends before it starts`
  }
  return null
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing

/** The UTF-8 size of `text` in bytes (what the file on disk measured), without allocating an encoded copy. */
function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        i++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

function isPlainRecord(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x)
}

/** Collects messages up to a cap, so a file with 100,000 bad entries gives a readable list, not a wall. */
class Problems {
  readonly list: string[] = []
  private extra = 0
  add(message: string): void {
    if (this.list.includes(message)) return
    if (this.list.length < MAX_ERRORS) this.list.push(message)
    else this.extra++
  }
  get any(): boolean {
    return this.list.length > 0
  }
  result(): { ok: false; errors: string[] } {
    const errors = [...this.list]
    if (this.extra > 0) errors.push(`…and ${this.extra.toLocaleString('en')} more problems.`)
    return { ok: false, errors }
  }
}

/** The record's name in a sentence, with a pause number when the problem is inside one of a run's pauses. */
function recordLabel(table: TableName, index: number, path: v.BaseIssue<unknown>['path']): string {
  let label = `${TABLE_WORDS[table].one} ${index + 1}`
  let parentKey: unknown
  for (const item of path ?? []) {
    if (item.type === 'array' && parentKey === 'pauses') label += ` (pause ${Number(item.key) + 1})`
    parentKey = item.key
  }
  return label
}

/**
 * Reads and checks a backup file's text. Nothing is trusted until every check passes.
 * @param text the file's contents
 * @param opts.now now (epoch ms): instants later than one day after it are refused
 * @param opts.maxBytes largest file accepted, in bytes (default 20 MB); checked before parsing
 * @returns the backup and a preview, or plain-language reasons for refusing it
 */
export function parseBackup(text: string, opts: { now: number; maxBytes?: number }): ParseBackupResult {
  const { now, maxBytes = DEFAULT_MAX_BACKUP_BYTES } = opts
  if (typeof text !== 'string') return { ok: false, errors: [MSG.notJson] }

  // Size first: parsing a huge file could freeze or crash the tab before any other check runs.
  // text.length is a lower bound on the UTF-8 size, so the exact count is only needed near the limit.
  if (text.length * 3 > maxBytes) {
    const bytes = utf8Length(text)
    if (bytes > maxBytes) {
      return {
        ok: false,
        errors: [
          `This file is ${formatMegabytes(bytes)}, which is too large; backups can be at most ${formatMegabytes(maxBytes)}.`,
        ],
      }
    }
  }

  if (text.length === 0) return { ok: false, errors: [MSG.empty] }
  // A BOM is what some editors add when a file is re-saved; it is not damage.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') return { ok: false, errors: [MSG.blank] }

  try {
    return parseChecked(body, now)
  } catch (error) {
    // Deeply nested arrays or objects overflow the stack in JSON.parse's reviver or in the checks.
    if (error instanceof RangeError) return { ok: false, errors: [MSG.tooDeep] }
    throw error
  }
}

function parseChecked(body: string, now: number): ParseBackupResult {
  const forbidden = new Set<string>()
  let data: unknown
  try {
    // JSON.parse makes "__proto__" an own property (no pollution yet), but any later spread or merge of it
    // could; the reviver sees every key, so such files are refused outright.
    data = JSON.parse(body, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden.add(key)
      return value
    })
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error
    // Text that starts like JSON but does not parse was most likely cut short or corrupted in transit.
    const first = body.trimStart()[0]
    return { ok: false, errors: [first === '{' || first === '[' ? MSG.truncated : MSG.notJson] }
  }

  if (forbidden.size > 0) {
    return {
      ok: false,
      errors: [...forbidden].map(
        (key) =>
          `The file contains a field named "${key}", which a backup never has; it was not made by this app or has been altered.`,
      ),
    }
  }

  if (!isPlainRecord(data)) {
    const what =
      data === null
        ? 'only the word null'
        : Array.isArray(data)
          ? 'a list'
          : typeof data === 'number'
            ? 'only a number'
            : typeof data === 'string'
              ? 'only a piece of text'
              : 'only true or false'
    return { ok: false, errors: [`This file is not a backup from this app (it contains ${what}).`] }
  }

  // The format marker and version decide whether anything else in the file can be understood, so they stop early.
  if (data.format !== BACKUP_FORMAT) return { ok: false, errors: [MSG.wrongFormat] }
  const version = data.schemaVersion
  if (typeof version !== 'number' || !Number.isFinite(version)) return { ok: false, errors: [MSG.noVersion] }
  if (version !== BACKUP_SCHEMA_VERSION) {
    const newer = Number.isInteger(version) && version > BACKUP_SCHEMA_VERSION
    return {
      ok: false,
      errors: [
        newer
          ? `This backup uses version ${version} of the backup format, from a newer version of the app; this app can only open version ${BACKUP_SCHEMA_VERSION}. Update the app, then try again.`
          : `This backup uses version ${version} of the backup format, which this app does not know; it can only open version ${BACKUP_SCHEMA_VERSION}.`,
      ],
    }
  }

  const problems = new Problems()
  for (const key of Object.keys(data)) {
    if (!['format', 'schemaVersion', 'appVersion', 'createdAt', 'checksum', 'tables'].includes(key)) {
      problems.add(`The backup has a part ${show(key)} that this app does not know.`)
    }
  }
  const appVersion = data.appVersion
  if (!v.is(v.pipe(v.string(), v.minLength(1), v.maxLength(50)), appVersion)) problems.add(MSG.badAppVersion)

  const createdAtText = data.createdAt
  const createdAt = typeof createdAtText === 'string' && ISO_INSTANT.test(createdAtText) ? Date.parse(createdAtText) : NaN
  if (!Number.isFinite(createdAt)) problems.add(MSG.badCreatedAt)
  else if (createdAt > now + FUTURE_TOLERANCE_MS) {
    problems.add(`The backup says it was made on ${showInstant(createdAt)}, which is in the future.`)
  } else if (createdAt < MIN_INSTANT) {
    problems.add(`The backup says it was made on ${showInstant(createdAt)}, which is before the year 2000.`)
  }

  const checksum = data.checksum
  if (typeof checksum !== 'string' || !HEX_64.test(checksum)) problems.add(MSG.noChecksum)

  const rawTables = data.tables
  if (rawTables === undefined) {
    problems.add(MSG.noTables)
    return problems.result()
  }
  if (!isPlainRecord(rawTables)) {
    problems.add(MSG.tablesNotGroup)
    return problems.result()
  }
  for (const key of Object.keys(rawTables)) {
    if (!(TABLE_NAMES as readonly string[]).includes(key)) {
      problems.add(`The backup contains a table ${show(key)} that this app does not know.`)
    }
  }

  const schemas = recordSchemas(now)
  const tables = emptyTables()
  for (const table of TABLE_NAMES) {
    const words = TABLE_WORDS[table]
    const rows = rawTables[table]
    if (rows === undefined) {
      problems.add(`The backup has no list of ${words.many}; the file is incomplete or damaged.`)
      continue
    }
    if (!Array.isArray(rows)) {
      problems.add(`The backup’s ${words.many} are not a list.`)
      continue
    }
    if (rows.length > MAX_RECORDS_PER_TABLE) {
      problems.add(
        `The backup has ${rows.length.toLocaleString('en')} ${words.many}; it can hold at most ${MAX_RECORDS_PER_TABLE.toLocaleString('en')}.`,
      )
      continue
    }
    const schema = schemas[table]
    const out: unknown[] = []
    const seen = new Map<string, number>()
    rows.forEach((row: unknown, index) => {
      const result = v.safeParse(schema, row, { abortPipeEarly: true })
      if (!result.success) {
        for (const issue of result.issues) problems.add(`${recordLabel(table, index, issue.path)} ${issue.message}.`)
      } else {
        const phrase = crossCheck(table, result.output)
        if (phrase) problems.add(`${recordLabel(table, index, undefined)} ${phrase}.`)
        out.push(result.output)
      }
      // Duplicates are checked on every row with a usable id, valid or not, so all problems show at once.
      const id = isPlainRecord(row) ? (table === 'settings' ? row.key : row.id) : undefined
      if (typeof id === 'string') {
        const first = seen.get(id)
        if (first === undefined) seen.set(id, index)
        else {
          const many = words.many[0]!.toUpperCase() + words.many.slice(1)
          const name = table === 'settings' ? 'name' : 'id'
          problems.add(
            `${many} ${first + 1} and ${index + 1} have the same ${name} ${show(id)}; each must have its own ${name}.`,
          )
        }
      }
    })
    ;(tables[table] as unknown[]) = out
  }

  if (problems.any) return problems.result()

  // Checked last, over the file's own tables: a mismatch with otherwise valid records means an edit or corruption.
  if (sha256Hex(canonicalJson(rawTables)) !== checksum) return { ok: false, errors: [MSG.checksum] }

  const backup: Backup = {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    appVersion: appVersion as string,
    createdAt: createdAtText as string,
    checksum: checksum as string,
    tables,
  }
  return { ok: true, backup, preview: previewOf(backup.tables, createdAt, backup.appVersion) }
}

/** The instants an entry covers, for the preview's date range (settings have none). */
function instantsOf(tables: Tables): number[] {
  const instants: number[] = []
  for (const r of tables.screenings) instants.push(r.at)
  for (const r of tables.gateEvents) instants.push(r.at)
  for (const r of tables.runs) instants.push(r.startedAt, ...(r.endedAt === null ? [] : [r.endedAt]))
  for (const r of tables.sessions) instants.push(r.startedAt, r.endedAt)
  for (const r of tables.painEntries) instants.push(r.at)
  for (const r of tables.waterEntries) instants.push(r.at)
  return instants
}

function previewOf(tables: Tables, createdAt: number, appVersion: string): BackupPreview {
  const counts = Object.fromEntries(TABLE_NAMES.map((name) => [name, tables[name].length])) as Record<
    TableName,
    number
  >
  let earliest: number | null = null
  let latest: number | null = null
  // A loop, not Math.min(...): spreading 100,000+ values would overflow the argument limit.
  for (const t of instantsOf(tables)) {
    if (earliest === null || t < earliest) earliest = t
    if (latest === null || t > latest) latest = t
  }
  return { counts, earliest, latest, createdAt, appVersion }
}

// ---------------------------------------------------------------------------------------------------------------
// Import planning

/**
 * Plans an import as exact puts per table, for the db layer to apply in one transaction.
 * - merge: incoming records whose id (settings: key) is not on the device are added; where both have it, the
 *   device's record is kept, so an import never overwrites something the person changed since the backup.
 * - replace: every table is cleared (`clearFirst`) and the backup's records are put.
 * Within `incoming`, a repeated id is skipped after its first record (parseBackup already refuses those).
 */
export function planImport(existing: Tables, incoming: Tables, mode: ImportMode): ImportPlan {
  const puts = emptyTables()
  const counts = {} as ImportPlan['counts']
  for (const table of TABLE_NAMES) {
    const keyOf = (record: Tables[typeof table][number]): string =>
      table === 'settings' ? (record as SettingRecord).key : (record as { id: string }).id
    const taken = new Set<string>(mode === 'merge' ? existing[table].map(keyOf) : [])
    const chosen: Tables[typeof table][number][] = []
    let skipped = 0
    for (const record of incoming[table]) {
      const key = keyOf(record)
      if (taken.has(key)) skipped++
      else {
        taken.add(key)
        chosen.push(record)
      }
    }
    ;(puts[table] as unknown[]) = chosen
    counts[table] = { added: chosen.length, skipped, removed: mode === 'replace' ? existing[table].length : 0 }
  }
  return { mode, clearFirst: mode === 'replace', puts, counts }
}
