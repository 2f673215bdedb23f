/**
 * The backup file's envelope: its marker, version and checksum, and how the app writes one.
 *
 * The checksum is SHA-256 from WebCrypto (`crypto.subtle.digest`), which every browser this app supports has in a
 * secure context (https or localhost) and in workers, and Node has too; so writing and reading a backup are async.
 */
import type { Tables } from './tables'

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
/**
 * How far past `now` (ms) an entry's time may be and still be brought in as it is: tolerates a device clock that is
 * a little behind the one that made the backup. Later entries are brought in dated now. Warning ("seek care now")
 * events get no such allowance: they are never dated ahead of now, since a clear dated ahead would hide new raises.
 */
export const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000

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

/** SHA-256 of the UTF-8 text, as 64 lowercase hex digits (WebCrypto). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  let hex = ''
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0')
  return hex
}

/** The checksum a backup carries for its tables. */
export function checksumOf(tables: unknown): Promise<string> {
  return sha256Hex(canonicalJson(tables))
}

/**
 * Builds the backup object for export; the caller stringifies it (`JSON.stringify(backup)`) and saves it.
 * @param input.tables every table's records, as read from the database
 * @param input.appVersion the running app's version
 * @param input.schemaVersion the backup schema version; only {@link BACKUP_SCHEMA_VERSION} exists
 * @param input.createdAt now (epoch ms)
 * @throws RangeError for a schema version this module cannot write or an invalid `createdAt`
 */
export async function buildBackup(input: {
  tables: Tables
  appVersion: string
  schemaVersion?: number
  createdAt: number
}): Promise<Backup> {
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
    checksum: await checksumOf(tables),
    tables,
  }
}
