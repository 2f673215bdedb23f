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
 * How to ship the next version (say, waterEntries gains a `source` field and a `source` index):
 *
 *   1. Add `export const SCHEMA_V3 = { ...SCHEMA_V2, waterEntries: 'id, at, dayKey, source' } as const` below.
 *      Never edit an earlier one: browsers in the wild hold databases built from it.
 *   2. Append `{ version: 3, stores: SCHEMA_V3 }` to SCHEMA_VERSIONS and set CURRENT_SCHEMA_VERSION = 3.
 *   3. In ./migrations.ts, add to UPGRADES a pure function per changed table, e.g.
 *      `3: { waterEntries: (r) => ({ ...r, source: 'manual' }) }` (or `{ table: (rows) => rows }` for a step that
 *      needs the whole table), and test it in tests/db/migrations.test.ts from a fixture of old records, both as a
 *      pure function and by opening an old database with the new code (as the version-2 tests do from v1.json).
 *   4. Records in src/domain/records.ts and the backup format follow the new shape; a backup of an older format
 *      is upgraded with `migrateTables` before it is imported.
 */

/**
 * Version 2: screenings and gate events gain `seq`, their write order on this device, indexed (the gate and the
 * latest screening follow it, not the device clock's dates); runs gain `rev`, a stored revision counter for keeping
 * tabs in step (not indexed). Upgrade in ./migrations.ts.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  screenings: 'id, at, dayKey, seq',
  gateEvents: 'id, at, seq',
} as const

export const SCHEMA_VERSIONS: readonly { version: number; stores: Readonly<Record<string, string | null>> }[] = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2 },
]

export const CURRENT_SCHEMA_VERSION = 2
