import { defineStore } from 'pinia'
import { computed } from 'vue'
import { ROUTINES } from '../content/routines'
import { lastSessionOf, sessionsInDays } from '../db/sessions-read'
import { plansView } from '../domain/plansView'
import type { SessionRecord } from '../domain/records'
import { useLiveQuery } from '../composables/useLiveQuery'
import { useGateStore } from './gate'
import { useSafetyStore } from './safety'
import { useSettingsStore } from './settings'
import { useKeyedLiveQuery } from '../composables/useLiveQuery'
import { useToday } from '../composables/useNow'
import { useStorageStore } from './storage'

/**
 * Plans: what the safety core allows, today's sessions and the clock, turned into what Plans and Today show.
 */
export const usePlansStore = defineStore('plans', () => {
  const reportFailure = (e: unknown): void => useStorageStore().reportFailure(e)
  const gate = useGateStore()
  const settings = useSettingsStore()
  const safety = useSafetyStore()
  const { now, timeZone, todayKey } = useToday(30_000)
  const today = useKeyedLiveQuery(todayKey, (k) => sessionsInDays(k, k), [] as SessionRecord[], reportFailure)
  const { data: lastIce } = useLiveQuery(async () => (await lastSessionOf('ice')) ?? null, null as SessionRecord | null)

  const locked = computed(() => gate.plansLocked)
  const gateLevel = computed(() => gate.level)
  const view = computed(() =>
    plansView({
      safety: safety.safety,
      screening: safety.screening,
      now: now.value,
      timeZone: timeZone.value,
      todaySessions: today.data.value,
      lastIce: lastIce.value,
      wake: settings.settings.reminders.quietEnd,
      bedtime: settings.settings.reminders.quietStart,
      routines: ROUTINES,
    }),
  )
  const travelMode = computed(() => settings.settings.travelMode)
  async function setTravelMode(on: boolean): Promise<boolean> {
    return settings.update('travelMode', on)
  }

  /** Everything the view depends on has answered once, so it can be shown whole (nothing jumps as it loads). */
  const ready = computed(() => safety.ready && today.loaded.value)
  return { now, timeZone, todayKey, todaySessions: today.data, loaded: today.loaded, ready, locked, gateLevel, view, travelMode, setTravelMode }
})
