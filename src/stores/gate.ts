import { liveQuery, type Subscription } from 'dexie'
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { newId } from '../db/db'
import { addGateEvents, listGateEvents, saveScreening } from '../db/screenings'
import { activeGate, type RaiseInput } from '../domain/gate'
import { inWriteOrder } from '../domain/writeOrder'
import type { GateClearedBy, GateEventRecord, GateLevel, ScreeningRecord } from '../domain/records'
import { deviceTimeZone } from '../composables/useNow'
import { useStorageStore } from './storage'

/**
 * The "seek care now" gate. Its state is derived from the event log, read before the app mounts and kept in
 * step with other tabs by a live query. When storage fails, events are kept in memory so the gate still
 * shows, and the storage store tells the user it is not saved.
 */
export const useGateStore = defineStore('gate', () => {
  const saved = ref<GateEventRecord[]>([])
  const unsaved = ref<GateEventRecord[]>([])
  /** Every event in the order it was written (events kept in memory after a storage fault come last). */
  const events = computed(() => inWriteOrder([...saved.value, ...unsaved.value]))
  const active = computed(() => activeGate(events.value))
  /** The level in force ('emergency' | 'urgent'), or null when no gate is up. */
  const level = computed<GateLevel | null>(() => active.value?.level ?? null)
  /** True while a gate is up: plans and routines must not start (see triage-rules.md, "The gate"). */
  const plansLocked = computed(() => active.value !== null)
  let sub: Subscription | null = null

  async function load(): Promise<void> {
    try {
      saved.value = await listGateEvents()
      sub ??= liveQuery(listGateEvents).subscribe({
        next: (list) => (saved.value = list),
        error: (e: unknown) => useStorageStore().reportFailure(e),
      })
    } catch (e) {
      useStorageStore().reportFailure(e)
    }
  }

  function raiseEvent(input: RaiseInput, now: number): GateEventRecord {
    return {
      id: newId(),
      at: now,
      timeZone: deviceTimeZone(),
      kind: 'raise',
      level: input.level,
      source: input.source,
      screeningId: input.screeningId ?? null,
      reasons: input.reasons,
      findings: input.findings,
      clearedBy: null,
      assessedOn: null,
    }
  }

  function clearEvent(by: GateClearedBy, now: number, assessedOn: string | null = null, screeningId: string | null = null): GateEventRecord {
    return {
      id: newId(),
      at: now,
      timeZone: deviceTimeZone(),
      kind: 'clear',
      level: null,
      source: null,
      screeningId,
      reasons: [],
      findings: [],
      clearedBy: by,
      assessedOn,
    }
  }

  /** Writes events (and the screening behind them) in one transaction; falls back to memory on a fault. */
  async function commit(list: GateEventRecord[], screening?: ScreeningRecord): Promise<boolean> {
    try {
      const written = screening ? (await saveScreening(screening, list)).gateEvents : await addGateEvents(list)
      saved.value = [...saved.value.filter((e) => !written.some((n) => n.id === e.id)), ...written]
      return true
    } catch (e) {
      unsaved.value = [...unsaved.value, ...list]
      useStorageStore().reportFailure(e)
      return false
    }
  }

  async function raise(input: RaiseInput, now = Date.now()): Promise<boolean> {
    return commit([raiseEvent(input, now)])
  }

  /** Clears the gate by an explicit act only: a clinician's assessment (with its date) or a clear screening. */
  async function clear(by: GateClearedBy, assessedOn: string | null = null, now = Date.now()): Promise<boolean> {
    if (!active.value) return true
    return commit([clearEvent(by, now, assessedOn)])
  }

  return { events, active, level, plansLocked, load, commit, raise, clear, raiseEvent, clearEvent }
})
