/**
 * How a checked backup joins what is on the device: the exact records to put per table, and what that does to the
 * "seek care now" gate in force. Pure: the db layer runs it inside its write transaction, on what the device holds
 * at that moment, and refuses to write a plan that would end or weaken a gate the person has not agreed to lose.
 */
import { activeGate, type ActiveGate } from '../gate'
import { sequenceImport } from '../importOrder'
import type { GateEventRecord, GateLevel, SettingRecord } from '../records'
import { DEFAULT_SETTINGS, mergeSettings } from '../settings'
import { canonicalJson } from './format'
import { emptyTables, perTable, recordKey, TABLE_NAMES, type PerTable, type Tables } from './tables'

export type ImportMode = 'merge' | 'replace'

export interface TablePlan {
  /** Records put that were not on the device. */
  added: number
  /** Settings whose unset parts are filled in from the backup (merge only). */
  updated: number
  /** Incoming records not put: the device already has that id (merge), or the backup repeats it. */
  skipped: number
  /** Records on the device deleted first (replace). */
  removed: number
}

export interface ImportPlan {
  mode: ImportMode
  /** True for replace: the db layer clears every table, then puts, in the same transaction. */
  clearFirst: boolean
  /** Exactly the records to put, per table. */
  puts: Tables
  counts: PerTable<TablePlan>
}

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b)
const isGroup = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x)

/**
 * A merged setting: the device's value wherever the person has set one, the backup's wherever the device still has
 * the default. A grouped setting (water, reminders, cues) is merged part by part, so a device that only marked a hot
 * day keeps the backup's goal and its clinician's drinks limit instead of dropping the whole group.
 */
function mergeSetting(key: string, mine: unknown, theirs: unknown): unknown {
  if (!Object.hasOwn(DEFAULT_SETTINGS, key)) return mine
  const base: unknown = DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS]
  // The device's value as the app reads it (a value of the wrong kind counts as the default).
  const current: unknown = mergeSettings({ [key]: mine })[key as keyof typeof DEFAULT_SETTINGS]
  if (isGroup(base) && isGroup(current) && isGroup(theirs)) {
    const out: Record<string, unknown> = { ...current }
    for (const field of Object.keys(base)) {
      if (same(current[field], base[field]) && Object.hasOwn(theirs, field)) out[field] = theirs[field]
    }
    return out
  }
  return same(current, base) ? theirs : current
}

/**
 * Plans an import as exact puts per table, for the db layer to apply in one transaction.
 * - merge: incoming records whose id is not on the device are added; where both have it, the device's record is
 *   kept, so an import never overwrites something the person changed since the backup. Settings are merged part by
 *   part (see mergeSetting).
 * - replace: every table is cleared (`clearFirst`) and the backup's records are put.
 * Within `incoming`, a repeated id is skipped after its first record.
 */
export function planImport(existing: Tables, incoming: Tables, mode: ImportMode): ImportPlan {
  const puts = emptyTables()
  const counts = perTable<TablePlan>(() => ({ added: 0, updated: 0, skipped: 0, removed: 0 }))
  for (const table of TABLE_NAMES) {
    const count = counts[table]
    const mine = new Map<unknown, unknown>(mode === 'merge' ? existing[table].map((r) => [recordKey(table, r), r]) : [])
    const taken = new Set<unknown>()
    const chosen: unknown[] = []
    for (const record of incoming[table]) {
      const key = recordKey(table, record)
      if (taken.has(key)) {
        count.skipped++
        continue
      }
      taken.add(key)
      const there = mine.get(key)
      if (there === undefined) {
        chosen.push(record)
        count.added++
      } else if (table === 'settings') {
        const value = mergeSetting(key as string, (there as SettingRecord).value, (record as SettingRecord).value)
        if (same(value, (there as SettingRecord).value)) count.skipped++
        else {
          chosen.push({ key, value })
          count.updated++
        }
      } else count.skipped++
    }
    ;(puts[table] as unknown[]) = chosen
    count.removed = mode === 'replace' ? existing[table].length : 0
  }
  // Write order (../importOrder.ts): the backup's own for a replace; for a merge the device's and the backup's
  // records are interleaved by time and every one renumbered, so the device's are put again with their new `seq`.
  // The gate check below (tableAfter, activeGate) then sees the order that will be written.
  puts.screenings = sequenceImport(existing.screenings, puts.screenings, mode)
  puts.gateEvents = sequenceImport(existing.gateEvents, puts.gateEvents, mode)
  return { mode, clearFirst: mode === 'replace', puts, counts }
}

/** Every record of a table as it will be after the plan is applied to `existing`. */
export function tableAfter<K extends keyof Tables>(existing: Tables, plan: ImportPlan, table: K): Tables[K] {
  if (plan.clearFirst) return plan.puts[table]
  const replaced = new Set(plan.puts[table].map((r) => recordKey(table, r)))
  return [...existing[table].filter((r) => !replaced.has(recordKey(table, r))), ...plan.puts[table]] as Tables[K]
}

/** How an import would lower the gate in force: end it, lower its level, or drop some of its warning signs. */
export interface GateEffect {
  kind: 'ends' | 'lowers' | 'drops-signs'
  before: ActiveGate
  after: ActiveGate | null
  /** Names this exact change: a person's "yes" to it does not cover a gate raised after they were asked. */
  key: string
}

const RANK: Record<GateLevel, number> = { urgent: 1, emergency: 2 }

/**
 * Compares the gate in force before and after (the domain's own gate function on both event logs).
 * @returns how the gate would be lowered, or null when it stays as strong or gets stronger
 */
export function gateEffect(before: readonly GateEventRecord[], after: readonly GateEventRecord[]): GateEffect | null {
  const was = activeGate(before)
  if (!was) return null
  const now = activeGate(after)
  const kind: GateEffect['kind'] | null =
    now === null
      ? 'ends'
      : RANK[now.level] < RANK[was.level]
        ? 'lowers'
        : was.findings.some((f) => !now.findings.includes(f)) || was.reasons.some((r) => !now.reasons.includes(r))
          ? 'drops-signs'
          : null
  if (kind === null) return null
  const ids = (g: ActiveGate | null) => (g ? g.raises.map((r) => r.id).sort() : null)
  return { kind, before: was, after: now, key: JSON.stringify([kind, ids(was), now?.level ?? null, ids(now)]) }
}

/** What the import would do to the gate in force, for a plan made from `existing`. */
export function gateEffectOf(existing: Tables, plan: ImportPlan): GateEffect | null {
  return gateEffect(existing.gateEvents, tableAfter(existing, plan, 'gateEvents'))
}

/** Thrown inside the write transaction when the plan would lower a gate the person has not agreed to lose. */
export class GateChangeError extends Error {
  constructor(readonly effect: GateEffect) {
    super(`The import would ${effect.kind === 'ends' ? 'end' : 'weaken'} the "seek care now" warning in force.`)
    this.name = 'GateChangeError'
  }
}

/**
 * The plan to write, made inside the write transaction from what the device holds then.
 * @param accepted the `key` of the gate change the person agreed to, or null
 * @throws GateChangeError when the plan would lower the gate in force in any other way than the one agreed to
 */
export function planChecked(existing: Tables, incoming: Tables, mode: ImportMode, accepted: string | null): ImportPlan {
  const plan = planImport(existing, incoming, mode)
  const effect = gateEffectOf(existing, plan)
  if (effect && effect.key !== accepted) throw new GateChangeError(effect)
  return plan
}
