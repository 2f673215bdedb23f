import Dexie, { type DexieOptions, type EntityTable } from 'dexie'
import type {
  GateEventRecord,
  PainRecord,
  RunRecord,
  ScreeningRecord,
  SessionRecord,
  SettingRecord,
  WaterRecord,
} from '../domain/records'
import { dexieUpgrade, UPGRADES } from './migrations'
import { SCHEMA_VERSIONS } from './schema'

export type AppDb = Dexie & {
  settings: EntityTable<SettingRecord, 'key'>
  screenings: EntityTable<ScreeningRecord, 'id'>
  gateEvents: EntityTable<GateEventRecord, 'id'>
  runs: EntityTable<RunRecord, 'id'>
  sessions: EntityTable<SessionRecord, 'id'>
  painEntries: EntityTable<PainRecord, 'id'>
  waterEntries: EntityTable<WaterRecord, 'id'>
}

// Dexie turns its debug mode on whenever the page is served from localhost (a console task for every table call).
// That is meant for development; the preview server, Lighthouse and the benchmarks load the production build from
// localhost and would otherwise measure a cost no installed copy pays.
if (import.meta.env.PROD) Dexie.debug = false

/**
 * Opens (lazily) a database with every shipped schema version and its upgrade. Tests pass their own name;
 * the storage-fault fallback passes an in-memory IndexedDB in `options`.
 */
export function createDb(name = 'leg-care', options?: DexieOptions): AppDb {
  const db = new Dexie(name, options) as AppDb
  for (const { version, stores } of SCHEMA_VERSIONS) {
    const declared = db.version(version).stores(stores)
    const step = UPGRADES[version]
    if (step) declared.upgrade(dexieUpgrade(step))
  }
  return db
}

let current: AppDb | null = null

/** The app's database. Replaceable so that tests and the storage-fault fallback can swap it. */
export function getDb(): AppDb {
  current ??= createDb()
  return current
}

export function setDb(db: AppDb): void {
  current = db
}

/** A new id for a record: random, so that merged backups from two devices never collide. */
export function newId(): string {
  return crypto.randomUUID()
}
