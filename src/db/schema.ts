/**
 * Every schema version the app has shipped, kept exactly as it was. A new version is appended with its own
 * upgrade function (a pure function over plain records, tested from fixtures); old entries are never edited.
 */
export const SCHEMA_V1 = {
  settings: 'key',
  screenings: 'id, at, dayKey',
  gateEvents: 'id, at',
  runs: 'id, status, startedAt',
  sessions: 'id, at, dayKey, routineId',
  painEntries: 'id, at, dayKey',
  waterEntries: 'id, at, dayKey',
} as const

/*
 * How to ship version 2 (say, waterEntries gains a `source` field and a `source` index):
 *
 *   1. Add `export const SCHEMA_V2 = { ...SCHEMA_V1, waterEntries: 'id, at, dayKey, source' } as const` below.
 *      Never edit SCHEMA_V1: browsers in the wild hold databases built from it.
 *   2. Append `{ version: 2, stores: SCHEMA_V2 }` to SCHEMA_VERSIONS and set CURRENT_SCHEMA_VERSION = 2.
 *   3. In ./migrations.ts, add to UPGRADES a pure function per changed table, e.g.
 *      `2: { waterEntries: (r) => ({ ...r, source: 'manual' }) }`, and test it in tests/db/migrations.test.ts
 *      from a fixture of version-1 records (tests/db/fixtures/v1.json), both as a pure function and by opening a
 *      version-1 database with the new code.
 *   4. Records in src/domain/records.ts and the backup format follow the new shape; a backup of an older format
 *      is upgraded with `migrateTables` before it is imported.
 */

export const SCHEMA_VERSIONS: readonly { version: number; stores: Readonly<Record<string, string | null>> }[] = [
  { version: 1, stores: SCHEMA_V1 },
]

export const CURRENT_SCHEMA_VERSION = 1
