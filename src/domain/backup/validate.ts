/**
 * Record by record checks of a backup's tables, the same for an import and for an export's self-check. A record that
 * fails is left out with its reason (the rest still come in); a record that is fine but cannot be brought in as it
 * is (dated ahead of this device's clock, a routine still playing) is brought in changed, and the change is listed.
 */
import * as v from 'valibot'
import { TABLE_WORDS } from '../../content/backupWords'
import { isTimerId } from '../care'
import { dayKey } from '../day'
import type { RunRecord, SessionRecord } from '../records'
import { closeRun } from '../runEnd'
import { checkSetting } from '../settingsSchema'
import { FUTURE_TOLERANCE_MS } from './format'
import { Problems, recordLabel, show, showInstant } from './phrases'
import { recordSchemas } from './schemas'
import { emptyTables, perTable, recordKey, TABLE_NAMES, type PerTable, type TableName, type Tables } from './tables'

/** Records checked between two progress reports (and, on the main thread, two breaks for the page). */
export const CHECK_CHUNK = 1000

export interface CheckProgress {
  stage: 'reading' | 'checksum' | 'records'
  /** Records checked so far (records stage), else 0. */
  done: number
  /** Records in the file (records stage), else 0. */
  total: number
}

/** Called between chunks; awaiting it lets a caller on the main thread give the page a turn. */
export type OnProgress = (progress: CheckProgress) => void | Promise<void>

export interface CheckedTables {
  /** The records to bring in: valid, with any changes listed in `adjusted` applied. */
  tables: Tables
  /** Per table: records left out. */
  leftOut: PerTable<number>
  /** Why, one sentence per record (capped, with "…and N more"). */
  leftOutReasons: string[]
  /** Per table: records brought in changed. */
  adjusted: PerTable<number>
  adjustedReasons: string[]
}

type Row = Record<string, unknown>

/** The instants a record holds, by table, so a record dated ahead of the clock can be dated now as a whole. */
function latestInstant(table: TableName, r: Row): number {
  switch (table) {
    case 'screenings':
      return Math.max(r.at as number, (r.onsetAt as number | null) ?? 0)
    case 'runs': {
      const run = r as unknown as RunRecord
      return Math.max(run.startedAt, run.endedAt ?? 0, ...run.pauses.flatMap((p) => [p.at, p.until ?? 0]))
    }
    case 'sessions':
      return Math.max(r.startedAt as number, r.endedAt as number, r.at as number)
    case 'settings':
      return 0
    default:
      return r.at as number
  }
}

/** The same record with every instant no later than `now`, and its day worked out again from its new time. */
function datedNow(table: TableName, r: Row, now: number): Row {
  const c = (x: number): number => Math.min(x, now)
  switch (table) {
    case 'screenings':
      return { ...r, at: c(r.at as number), onsetAt: r.onsetAt === null ? null : c(r.onsetAt as number), dayKey: dayKey(c(r.at as number), r.timeZone as string) }
    case 'runs': {
      const run = r as unknown as RunRecord
      return {
        ...run,
        startedAt: c(run.startedAt),
        endedAt: run.endedAt === null ? null : c(run.endedAt),
        pauses: run.pauses.map((p) => ({ at: c(p.at), until: p.until === null ? null : c(p.until) })),
      }
    }
    case 'sessions':
      return { ...r, startedAt: c(r.startedAt as number), endedAt: c(r.endedAt as number), at: c(r.at as number), dayKey: dayKey(c(r.at as number), r.timeZone as string) }
    case 'gateEvents':
      return { ...r, at: c(r.at as number) }
    default:
      return { ...r, at: c(r.at as number), dayKey: dayKey(c(r.at as number), r.timeZone as string) }
  }
}

/** Checks that span fields; returns the rest of a sentence ("ends before it starts"), or null when fine. */
function crossCheck(table: TableName, r: Row): string | null {
  if (typeof r.dayKey === 'string' && typeof r.at === 'number') {
    const actual = dayKey(r.at, r.timeZone as string)
    if (actual !== r.dayKey) {
      return `has the day ${r.dayKey}, but its time (${showInstant(r.at)}) falls on ${actual} in ${r.timeZone as string}`
    }
  }
  if (table === 'sessions') {
    const s = r as unknown as SessionRecord
    if (s.endedAt < s.startedAt) return 'ends before it starts'
    const kind = isTimerId(s.routineId) ? s.routineId : 'routine'
    if (s.kind !== kind) return `has the kind ${show(s.kind)}, but its routine ${show(s.routineId)} is of the kind ${show(kind)}`
  }
  if (table === 'runs') {
    const run = r as unknown as RunRecord
    if (run.endedAt !== null && run.endedAt < run.startedAt) return 'ends before it starts'
    const backwards = run.pauses.findIndex((p) => p.until !== null && p.until < p.at)
    if (backwards >= 0) return `(pause ${backwards + 1}) ends before it starts`
    if (run.status !== 'active') {
      if (run.endedAt === null) return 'is finished but has no end time'
      const open = run.pauses.findIndex((p) => p.until === null)
      if (open >= 0) return `is finished, but its pause ${open + 1} never ended`
    } else if (run.pauses.slice(0, -1).some((p) => p.until === null)) {
      return 'has a pause that never ended before a later one'
    }
  }
  return null
}

/**
 * Checks every record of tables whose shape (an array per table) is already known.
 * @param raw the file's tables: each an array of anything
 * @param opts.now this device's clock (epoch ms)
 * @param opts.createdAt when the backup was made (epoch ms): where a routine still playing then is stopped
 * @param opts.onProgress awaited every {@link CHECK_CHUNK} records
 */
export async function checkTables(
  raw: Record<TableName, unknown[]>,
  opts: { now: number; createdAt: number; onProgress?: OnProgress },
): Promise<CheckedTables> {
  const { now, createdAt, onProgress } = opts
  const schemas = recordSchemas()
  const tables = emptyTables()
  const leftOut = perTable(() => 0)
  const adjusted = perTable(() => 0)
  const leftOutReasons = new Problems()
  const adjustedReasons = new Problems()
  const total = TABLE_NAMES.reduce((sum, t) => sum + raw[t].length, 0)
  let done = 0

  for (const table of TABLE_NAMES) {
    const words = TABLE_WORDS[table]
    const seen = new Map<unknown, number>()
    const out: unknown[] = []
    const leave = (message: string): void => {
      leftOut[table]++
      leftOutReasons.add(message)
    }
    const change = (message: string): void => {
      adjusted[table]++
      adjustedReasons.add(message)
    }
    for (const [index, row] of raw[table].entries()) {
      if (++done % CHECK_CHUNK === 0) await onProgress?.({ stage: 'records', done, total })
      const result = v.safeParse(schemas[table], row, { abortPipeEarly: true })
      if (!result.success) {
        const issue = result.issues[0]
        leave(`${recordLabel(table, index, issue.path)} ${issue.message}.`)
        continue
      }
      let record = result.output as Row
      const label = recordLabel(table, index)
      const problem = crossCheck(table, record)
      if (problem) {
        leave(`${label} ${problem}.`)
        continue
      }
      if (table === 'settings') {
        const checked = checkSetting(record.key as string, record.value, now)
        if (!checked.ok) {
          leave(`${label} (${show(record.key)}) ${checked.error}.`)
          continue
        }
        record = { key: checked.key, value: checked.value }
      }
      const key = recordKey(table, record)
      const first = seen.get(key)
      if (first !== undefined) {
        const name = table === 'settings' ? 'name' : 'id'
        const many = words.many[0]!.toUpperCase() + words.many.slice(1)
        leave(`${many} ${first + 1} and ${index + 1} have the same ${name} ${show(key)}; the second is left out.`)
        continue
      }
      seen.set(key, index)

      const latest = latestInstant(table, record)
      const allowance = table === 'gateEvents' ? 0 : FUTURE_TOLERANCE_MS
      if (latest > now + allowance) {
        record = datedNow(table, record, now)
        const ahead = table === 'gateEvents' ? 'ahead of this device’s clock' : 'more than a day ahead of this device’s clock'
        change(`${label} was dated ${showInstant(latest)}, ${ahead}; it is brought in dated now.`)
      }
      if (table === 'runs' && record.status === 'active') {
        const run = record as unknown as RunRecord
        record = closeRun(run, 'stopped', Math.min(now, Math.max(createdAt, latestInstant('runs', record)))) as unknown as Row
        change(`${label} was still playing when the backup was made; it is brought in as stopped.`)
      }
      out.push(record)
    }
    ;(tables[table] as unknown[]) = out
  }
  await onProgress?.({ stage: 'records', done: total, total })
  return {
    tables,
    leftOut,
    leftOutReasons: leftOutReasons.messages('records left out'),
    adjusted,
    adjustedReasons: adjustedReasons.messages('records changed'),
  }
}
