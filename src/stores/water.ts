import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { newId } from '../db/db'
import { addWater, deleteWater, updateWaterMl, waterForDay } from '../db/water'
import { dayKey } from '../domain/day'
import { UNDO_MS, defaultGoalMl, goalFor, validateAmountMl, waterStatus, type VolumeUnit } from '../domain/hydration'
import type { WaterRecord } from '../domain/records'
import { useKeyedLiveQuery } from '../composables/useLiveQuery'
import { deviceTimeZone, useToday } from '../composables/useNow'
import { useSafetyStore } from './safety'
import { useSettingsStore } from './settings'
import { useStorageStore } from './storage'

export const useWaterStore = defineStore('water', () => {
  const reportFailure = (e: unknown): void => useStorageStore().reportFailure(e)
  const settingsStore = useSettingsStore()
  const { now, timeZone, todayKey, refresh } = useToday()

  const unit = computed<VolumeUnit>(() => settingsStore.settings.volumeUnit)
  const today = useKeyedLiveQuery(todayKey, waterForDay, [] as WaterRecord[], reportFailure)
  // Entries written while storage is failing: kept for this visit so the count stays honest on screen.
  const unsaved = ref<WaterRecord[]>([])
  const todayEntries = computed(() =>
    [...today.data.value, ...unsaved.value.filter((e) => e.dayKey === todayKey.value)].sort((a, b) => a.at - b.at),
  )
  const todayTotalMl = computed(() => Math.round(todayEntries.value.reduce((s, e) => s + e.ml, 0)))
  const loaded = today.loaded

  /**
   * Limit mode: the screener's answer or a limit saved in Settings (one fact, from the safety core). No target, only
   * the clinician's limit as a ceiling.
   */
  const fluidLimit = computed(() => useSafetyStore().safety.fluidLimit)

  const water = computed(() => settingsStore.settings.water)
  const defaultGoal = computed(() => defaultGoalMl({ sex: null }))
  const baseGoalMl = computed(() => water.value.goalMl ?? defaultGoal.value)
  const hotDay = computed(() => water.value.hotDay === todayKey.value)
  const activeDay = computed(() => water.value.activeDay === todayKey.value)
  const goalMl = computed(() => goalFor({ baseMl: baseGoalMl.value, hotDay: hotDay.value, activeDay: activeDay.value }))
  const status = computed(() =>
    waterStatus({ totalMl: todayTotalMl.value, goalMl: goalMl.value, limitMl: water.value.limitMl, fluidLimit: fluidLimit.value }),
  )
  const quickAddMl = computed(() => water.value.quickAddMl)
  /** The person's own goal and the clinician's limit as entered in Settings (ml), or null. */
  const ownGoalMl = computed(() => water.value.goalMl)
  const limitMl = computed(() => water.value.limitMl)

  /** The entry the Undo button would remove, until UNDO_MS after it was added. */
  const lastAdded = ref<WaterRecord | null>(null)
  let undoTimer: ReturnType<typeof setTimeout> | null = null

  function forgetUndo(): void {
    if (undoTimer) clearTimeout(undoTimer)
    undoTimer = null
    lastAdded.value = null
  }

  /**
   * Logs a drink now, in ml. Returns an error message in the person's unit for a bad amount (nothing is saved).
   */
  async function add(ml: number, at = Date.now()): Promise<{ ok: true; entry: WaterRecord } | { ok: false; error: string }> {
    const checked = validateAmountMl(ml, unit.value)
    if (!checked.ok) return checked
    refresh()
    const zone = deviceTimeZone()
    const entry: WaterRecord = { id: newId(), at, timeZone: zone, dayKey: dayKey(at, zone), ml: checked.ml }
    try {
      await addWater(entry)
      // Show it at once, even before the live query answers.
      if (entry.dayKey === todayKey.value && !today.data.value.some((e) => e.id === entry.id)) {
        today.data.value = [...today.data.value, entry]
      }
    } catch (e) {
      unsaved.value = [...unsaved.value, entry]
      useStorageStore().reportFailure(e)
    }
    forgetUndo()
    lastAdded.value = entry
    undoTimer = setTimeout(forgetUndo, UNDO_MS)
    return { ok: true, entry }
  }

  async function remove(id: string): Promise<boolean> {
    if (lastAdded.value?.id === id) forgetUndo()
    if (unsaved.value.some((e) => e.id === id)) {
      unsaved.value = unsaved.value.filter((e) => e.id !== id)
      return true
    }
    try {
      await deleteWater(id)
      today.data.value = today.data.value.filter((e) => e.id !== id)
      return true
    } catch (e) {
      useStorageStore().reportFailure(e)
      return false
    }
  }

  /** Removes the drink just added. */
  async function undo(): Promise<boolean> {
    const entry = lastAdded.value
    if (!entry) return false
    return remove(entry.id)
  }

  async function changeAmount(id: string, ml: number): Promise<{ ok: true } | { ok: false; error: string }> {
    const checked = validateAmountMl(ml, unit.value)
    if (!checked.ok) return checked
    const rounded = checked.ml
    if (unsaved.value.some((e) => e.id === id)) {
      unsaved.value = unsaved.value.map((e) => (e.id === id ? { ...e, ml: rounded } : e))
      return { ok: true }
    }
    try {
      const found = await updateWaterMl(id, rounded)
      if (!found) return { ok: false, error: 'That drink was deleted, maybe in another window.' }
      today.data.value = today.data.value.map((e) => (e.id === id ? { ...e, ml: rounded } : e))
      return { ok: true }
    } catch (e) {
      useStorageStore().reportFailure(e)
      return { ok: false, error: 'That change could not be saved.' }
    }
  }

  /** Saves only the water settings given (never a whole copy, which another tab may have changed since). */
  async function setWater(patch: Partial<typeof water.value>): Promise<boolean> {
    return settingsStore.update('water', patch)
  }
  /** Marks today as a hot or active day (it adds to today's goal only; tomorrow starts afresh). */
  function setHotDay(on: boolean): Promise<boolean> {
    return setWater({ hotDay: on ? todayKey.value : null })
  }
  function setActiveDay(on: boolean): Promise<boolean> {
    return setWater({ activeDay: on ? todayKey.value : null })
  }

  return {
    now,
    timeZone,
    todayKey,
    unit,
    loaded,
    todayEntries,
    todayTotalMl,
    fluidLimit,
    defaultGoal,
    baseGoalMl,
    hotDay,
    activeDay,
    goalMl,
    status,
    quickAddMl,
    ownGoalMl,
    limitMl,
    lastAdded,
    add,
    undo,
    remove,
    changeAmount,
    setWater,
    setHotDay,
    setActiveDay,
    forgetUndo,
  }
})
