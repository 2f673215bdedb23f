/**
 * Reading a backup file someone picked, before anything touches the database. The whole file is refused only when
 * it cannot be trusted as a whole (not JSON, another app's file, a checksum that does not match, a part missing);
 * otherwise every record is checked on its own (./validate.ts) and the ones that fail are left out with a reason.
 *
 * Async: the checksum is WebCrypto's, and the record checks stop every few thousand records to report progress (in
 * a worker) or to give the page a turn (on the main thread).
 */
import * as v from 'valibot'
import { TABLE_WORDS } from '../../content/backupWords'
import {
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  checksumOf,
  DEFAULT_MAX_BACKUP_BYTES,
  MAX_RECORDS_PER_TABLE,
  MIN_INSTANT,
  type Backup,
} from './format'
import { formatMegabytes, MSG, Problems, show, showInstant } from './phrases'
import { TABLE_NAMES, type TableName } from './tables'
import { checkTables, type CheckedTables, type OnProgress } from './validate'

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/
const HEX_64 = /^[0-9a-f]{64}$/
const ENVELOPE_KEYS = ['format', 'schemaVersion', 'appVersion', 'createdAt', 'checksum', 'tables']
/** JSON's own whitespace: String.prototype.trim also strips a byte-order mark, which JSON.parse does not accept. */
const JSON_SPACE = /^[ \t\n\r]*/

/** What the import screen shows about the file itself, before the person chooses how to bring it in. */
export interface BackupSummary {
  /** Records per table in the file, valid or not. */
  inFile: Record<TableName, number>
  /** Earliest and latest instant (epoch ms) across the records brought in; null when there are none. */
  earliest: number | null
  latest: number | null
  /** When the backup was made (epoch ms; `backup.createdAt` is the same instant as an ISO string). */
  createdAt: number
  appVersion: string
  /** Set when the file says it was made later than this device's clock says it is now. */
  madeAhead: boolean
}

export type ParseBackupResult =
  | { ok: true; backup: Backup; checked: CheckedTables; summary: BackupSummary }
  | { ok: false; errors: string[] }

const refuse = (...errors: string[]): { ok: false; errors: string[] } => ({ ok: false, errors })

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

function isPlainRecord(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x)
}

/**
 * Reads and checks a backup file's text. Nothing is trusted until the file-wide checks pass.
 * @param text the file's contents
 * @param opts.now now (epoch ms): records dated ahead of it are brought in dated now (see ./validate.ts)
 * @param opts.maxBytes largest file accepted, in bytes (default 20 MB); checked before parsing
 * @param opts.onProgress awaited between stages and every few thousand records
 * @returns the backup, its checked records and a summary, or plain-language reasons for refusing the whole file
 */
export async function parseBackup(
  text: string,
  opts: { now: number; maxBytes?: number; onProgress?: OnProgress },
): Promise<ParseBackupResult> {
  const { now, maxBytes = DEFAULT_MAX_BACKUP_BYTES } = opts
  if (typeof text !== 'string') return refuse(MSG.notJson)

  // Size first: parsing a huge file could freeze or crash the tab before any other check runs.
  // text.length is a lower bound on the UTF-8 size, so the exact count is only needed near the limit.
  if (text.length * 3 > maxBytes) {
    const bytes = utf8Length(text)
    if (bytes > maxBytes) {
      return refuse(
        `This file is ${formatMegabytes(bytes)}, which is too large; backups can be at most ${formatMegabytes(maxBytes)}.`,
      )
    }
  }

  if (text.length === 0) return refuse(MSG.empty)
  // One BOM is what some editors add when a file is re-saved; it is not damage. Two are not something one save adds.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.replace(JSON_SPACE, '').charCodeAt(0) === 0xfeff) return refuse(MSG.manyBoms)
  if (body.trim() === '') return refuse(MSG.blank)

  await opts.onProgress?.({ stage: 'reading', done: 0, total: 0 })
  try {
    return await parseChecked(body, now, opts.onProgress)
  } catch (error) {
    // Deeply nested arrays or objects overflow the stack in JSON.parse's reviver or in the checks.
    if (error instanceof RangeError) return refuse(MSG.tooDeep)
    throw error
  }
}

async function parseChecked(body: string, now: number, onProgress: OnProgress | undefined): Promise<ParseBackupResult> {
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
    const first = body.replace(JSON_SPACE, '')[0]
    return refuse(first === '{' || first === '[' ? MSG.truncated : MSG.notJson)
  }

  if (forbidden.size > 0) {
    return refuse(
      ...[...forbidden].map(
        (key) =>
          `The file contains a field named "${key}", which a backup never has; it was not made by this app or has been altered.`,
      ),
    )
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
    return refuse(`This file is not a backup from this app (it contains ${what}).`)
  }

  // The format marker and version decide whether anything else in the file can be understood, so they stop early.
  if (data.format !== BACKUP_FORMAT) return refuse(MSG.wrongFormat)
  const version = data.schemaVersion
  if (typeof version !== 'number' || !Number.isFinite(version)) return refuse(MSG.noVersion)
  if (version !== BACKUP_SCHEMA_VERSION) {
    const newer = Number.isInteger(version) && version > BACKUP_SCHEMA_VERSION
    return refuse(
      newer
        ? `This backup uses version ${version} of the backup format, from a newer version of the app; this app can only open version ${BACKUP_SCHEMA_VERSION}. Update the app, then try again.`
        : `This backup uses version ${version} of the backup format, which this app does not know; it can only open version ${BACKUP_SCHEMA_VERSION}.`,
    )
  }

  const problems = new Problems()
  for (const key of Object.keys(data)) {
    if (!ENVELOPE_KEYS.includes(key)) problems.add(`The backup has a part ${show(key)} that this app does not know.`)
  }
  const appVersion = data.appVersion
  if (!v.is(v.pipe(v.string(), v.minLength(1), v.maxLength(50)), appVersion)) problems.add(MSG.badAppVersion)

  const createdAtText = data.createdAt
  const createdAt = typeof createdAtText === 'string' && ISO_INSTANT.test(createdAtText) ? Date.parse(createdAtText) : NaN
  if (!Number.isFinite(createdAt)) problems.add(MSG.badCreatedAt)
  else if (createdAt < MIN_INSTANT) {
    problems.add(`The backup says it was made on ${showInstant(createdAt)}, which is before the year 2000.`)
  }

  const checksum = data.checksum
  if (typeof checksum !== 'string' || !HEX_64.test(checksum)) problems.add(MSG.noChecksum)

  const rawTables = data.tables
  if (rawTables === undefined) problems.add(MSG.noTables)
  else if (!isPlainRecord(rawTables)) problems.add(MSG.tablesNotGroup)
  else {
    for (const key of Object.keys(rawTables)) {
      if (!(TABLE_NAMES as readonly string[]).includes(key)) {
        problems.add(`The backup contains a table ${show(key)} that this app does not know.`)
      }
    }
    for (const table of TABLE_NAMES) {
      const many = TABLE_WORDS[table].many
      const rows = rawTables[table]
      if (rows === undefined) problems.add(`The backup has no list of ${many}; the file is incomplete or damaged.`)
      else if (!Array.isArray(rows)) problems.add(`The backup’s ${many} are not a list.`)
      else if (rows.length > MAX_RECORDS_PER_TABLE) {
        problems.add(
          `The backup has ${rows.length.toLocaleString('en')} ${many}; it can hold at most ${MAX_RECORDS_PER_TABLE.toLocaleString('en')}.`,
        )
      }
    }
  }
  if (problems.any) return refuse(...problems.messages())

  // Before any record is looked at: a mismatch means an edit or corruption, and then no part of the file is trusted.
  await onProgress?.({ stage: 'checksum', done: 0, total: 0 })
  if ((await checksumOf(rawTables)) !== checksum) return refuse(MSG.checksum)

  const raw = rawTables as Record<TableName, unknown[]>
  const checked = await checkTables(raw, { now, createdAt, onProgress })
  const backup: Backup = {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    appVersion: appVersion as string,
    createdAt: createdAtText as string,
    checksum: checksum as string,
    tables: checked.tables,
  }
  const inFile = Object.fromEntries(TABLE_NAMES.map((t) => [t, raw[t].length])) as Record<TableName, number>
  return { ok: true, backup, checked, summary: summarise(checked, inFile, createdAt, backup.appVersion, now) }
}

function summarise(
  checked: CheckedTables,
  inFile: Record<TableName, number>,
  createdAt: number,
  appVersion: string,
  now: number,
): BackupSummary {
  const t = checked.tables
  let earliest: number | null = null
  let latest: number | null = null
  // A loop, not Math.min(...): spreading 100,000+ values would overflow the argument limit.
  const see = (x: number): void => {
    if (earliest === null || x < earliest) earliest = x
    if (latest === null || x > latest) latest = x
  }
  for (const r of t.screenings) see(r.at)
  for (const r of t.gateEvents) see(r.at)
  for (const r of t.runs) {
    see(r.startedAt)
    if (r.endedAt !== null) see(r.endedAt)
  }
  for (const r of t.sessions) {
    see(r.startedAt)
    see(r.endedAt)
  }
  for (const r of t.painEntries) see(r.at)
  for (const r of t.waterEntries) see(r.at)
  return { inFile, earliest, latest, createdAt, appVersion, madeAhead: createdAt > now }
}
