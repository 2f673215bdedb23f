import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { getRoutine } from '../content/routines'
import { latestScreening as readLatestScreening } from '../db/screenings'
import type { ScreeningRecord } from '../domain/records'
import { safetyFor, type RoutineAccess } from '../domain/safety'
import { useLiveQuery } from '../composables/useLiveQuery'
import { deviceDayKey, useNow } from '../composables/useNow'
import { useGateStore } from './gate'
import { useSettingsStore } from './settings'

/**
 * The one place the app asks what is safe now: the latest screening (live across tabs, or kept in memory when the
 * device would not store it), the gate, the fluid limit from Settings and the clock, through `safetyFor`. Plans,
 * Today, Water, the routine player and every timer read it, so they cannot disagree.
 */
export const useSafetyStore = defineStore('safety', () => {
  const gate = useGateStore()
  const settings = useSettingsStore()
  const now = useNow(30_000)

  const { data: stored, ready } = useLiveQuery(async () => (await readLatestScreening()) ?? null, null as ScreeningRecord | null)
  /**
   * A screening the device would not store: it still counts for this visit, until a screening is stored after it
   * (in write order: the stored one's `seq` is past the last one stored when this was kept).
   */
  const memory = shallowRef<{ record: ScreeningRecord; after: number } | null>(null)
  const screening = computed<ScreeningRecord | null>(() => {
    const a = stored.value
    const b = memory.value
    if (!b) return a
    if (!a) return b.record
    return (a.seq ?? 0) > b.after ? a : b.record
  })

  const safety = computed(() =>
    safetyFor({
      screening: screening.value,
      gate: gate.level,
      fluidLimitMl: settings.settings.water.limitMl,
      clotCheckedToday: settings.settings.clotCheckedOn === deviceDayKey(now.value),
      now: now.value,
    }),
  )

  /** What a routine or timer may do now (a deep link, a resumed run, a start tap all ask this). */
  function routine(id: string): RoutineAccess {
    return safety.value.routine(getRoutine(id), id)
  }

  /** Keeps a screening that could not be saved, so its cautions and locks still hold until the app is closed. */
  function remember(record: ScreeningRecord): void {
    memory.value = { record, after: stored.value?.seq ?? 0 }
  }

  /** The clot-sign check was answered "none of these" today (the travel exercises then ask it once a day). */
  function clotCheckPassed(at = Date.now()): Promise<boolean> {
    return settings.update('clotCheckedOn', deviceDayKey(at))
  }

  return { now, screening, ready, safety, routine, remember, clotCheckPassed }
})
