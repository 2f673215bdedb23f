/**
 * The shapes of everything the app keeps on the device. Pure types: the Dexie schema in src/db and the
 * backup format both follow them. Instants are epoch ms; `timeZone` is the IANA zone the entry was made in;
 * `dayKey` is the local day (YYYY-MM-DD) in that zone, from `dayKey()` in ./day.ts.
 */

import type { Disposition } from '../content/vocabulary'

export type { Disposition }
export type GateLevel = 'emergency' | 'urgent'

/** A key/value setting: one row per key. */
export interface SettingRecord {
  key: string
  value: unknown
}

export interface ScreeningRecord {
  id: string
  at: number
  timeZone: string
  dayKey: string
  findings: string[]
  disposition: Disposition
  plans: string[]
  cautions: string[]
  /** When the pain started (epoch ms), as the person told the screener; plans use it for the 72-hour rule. */
  onsetAt: number | null
  /**
   * Write order on this device (1, 2, 3...), given by src/db as the record is written; "the latest screening" is the
   * one written last, whatever `at` says (see ./writeOrder.ts). Absent only before it is written.
   */
  seq?: number
}

/** Where a gate was raised from. */
export type GateSource = 'screening' | 'routine-check' | 'clot-check' | 'pain-jump'
/** How a gate was cleared. */
export type GateClearedBy = 'clinician' | 'new-screening' | 'delete-all'

export interface GateEventRecord {
  id: string
  at: number
  timeZone: string
  kind: 'raise' | 'clear'
  /** For a raise: its level. */
  level: GateLevel | null
  source: GateSource | null
  /** The screening that raised or cleared it, if any. */
  screeningId: string | null
  /** Plain-language reasons shown with the gate. */
  reasons: string[]
  /** The finding ids behind a raise. */
  findings: string[]
  clearedBy: GateClearedBy | null
  /** For a clinician clear: the day (YYYY-MM-DD) the person says they were assessed. */
  assessedOn: string | null
  /** Write order on this device, given by src/db as the event is written: the gate follows it, never `at`. */
  seq?: number
}

export interface RunPause {
  /** Epoch ms the pause began. */
  at: number
  /** Epoch ms it ended, or null while paused. */
  until: number | null
}

/** A routine in progress: enough to derive where it is at any moment (see routine engine). */
export interface RunRecord {
  id: string
  routineId: string
  startedAt: number
  pauses: RunPause[]
  /** Elapsed-time offsets (ms, pauses excluded) added by skip and back. */
  shifts: number[]
  status: 'active' | 'done' | 'stopped'
  endedAt: number | null
  painBefore: number | null
  painAfter: number | null
  /**
   * How many times the run has been written (1 when first saved): every write in src/db adds one, so a tab keeps
   * the newer of two copies of a run (its own or another tab's) by this number alone.
   */
  rev?: number
  /** How many device clock jumps the run has been moved by (see rebaseRun), so two tabs never move it twice. */
  clockEpoch?: number
  /** Set when a "seek care now" warning stopped the run, so the player can say why. */
  stoppedBy?: 'gate'
}

/** What a logged session was: a routine, or one of the ice, heat and elevation timers. */
export const SESSION_KINDS = ['routine', 'ice', 'heat', 'elevation'] as const
export type SessionKind = (typeof SESSION_KINDS)[number]

/** A logged session: a finished or stopped routine, or an ice, heat or elevation timer. */
export interface SessionRecord {
  id: string
  /** A routine id such as 'calf-stretch', or 'ice' | 'heat' | 'elevation'. */
  routineId: string
  kind: SessionKind
  startedAt: number
  endedAt: number
  at: number
  timeZone: string
  dayKey: string
  completed: boolean
  painBefore: number | null
  painAfter: number | null
  runId: string | null
}

export interface PainRecord {
  id: string
  at: number
  timeZone: string
  dayKey: string
  /** 0 (none) to 10 (worst imaginable). */
  score: number
  where: string
  note: string
}

export interface WaterRecord {
  id: string
  at: number
  timeZone: string
  dayKey: string
  /** Millilitres drunk. */
  ml: number
}
