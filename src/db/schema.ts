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

export const SCHEMA_VERSIONS = [{ version: 1, stores: SCHEMA_V1 }] as const

export const CURRENT_SCHEMA_VERSION = 1
