import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { newId } from '../db/db'
import { addPain, deletePain, painFromDay, updatePain } from '../db/pain'
import { addDays, dayKey } from '../domain/day'
import { TREND_DAYS, painTrend, recheckPrompt, validatePainInput, warningAfterLog, type PainInput, type PainResult } from '../domain/pain'
import type { PainRecord } from '../domain/records'
import { deviceDayKey, deviceTimeZone, useToday } from '../composables/useNow'
import { useStorageStore } from './storage'
import { useKeyedLiveQuery } from '../composables/useLiveQuery'

/**
 * The pain log: recent entries (the trend window and a day either side), the trend on Today and the re-check
 * prompt when pain jumps or keeps rising.
 */
export const usePainStore = defineStore('pain', () => {
  const reportFailure = (e: unknown): void => useStorageStore().reportFailure(e)
  const { now, timeZone, todayKey, refresh } = useToday()
  // The trend looks back TREND_DAYS days; one more day covers a traveller whose "today" moved back a day.
  const fromKey = computed(() => addDays(todayKey.value, -(TREND_DAYS + 1)))
  const recent = useKeyedLiveQuery(fromKey, painFromDay, [] as PainRecord[], reportFailure)
  const unsaved = ref<PainRecord[]>([])
  /** Newest first. */
  const entries = computed(() => [...recent.data.value, ...unsaved.value].sort((a, b) => b.at - a.at))
  // Today's key comes from the device clock's local fields: no Intl formatter while the screen opens (see useToday).
  const trend = computed(() => painTrend(entries.value, now.value, todayKey.value))
  const recheck = computed(() => recheckPrompt(entries.value, now.value, todayKey.value))
  const latest = computed(() => entries.value.find((e) => e.at <= now.value) ?? null)
  /** The last thing saved, for a "Saved" message. */
  const lastSaved = ref<PainRecord | null>(null)

  async function add(input: PainInput, at = Date.now()): Promise<PainResult> {
    const checked = validatePainInput(input)
    if (!checked.ok) return checked
    refresh()
    const zone = deviceTimeZone()
    const entry: PainRecord = { id: newId(), at, timeZone: zone, dayKey: dayKey(at, zone), score: checked.score, where: checked.where, note: checked.note }
    const warning = warningAfterLog(entries.value, entry, at, entry.dayKey)
    try {
      await addPain(entry)
      if (!recent.data.value.some((e) => e.id === entry.id)) recent.data.value = [entry, ...recent.data.value]
    } catch (e) {
      unsaved.value = [...unsaved.value, entry]
      useStorageStore().reportFailure(e)
    }
    lastSaved.value = entry
    return { ok: true, entry, warning }
  }

  async function change(entry: PainRecord, input: PainInput): Promise<PainResult> {
    const checked = validatePainInput(input)
    if (!checked.ok) return checked
    const next: PainRecord = { ...entry, score: checked.score, where: checked.where, note: checked.note }
    // A score raised by an edit asks the same questions as a new one.
    const others = entries.value.filter((e) => e.id !== entry.id)
    const at = Math.max(now.value, next.at)
    const warning = next.score > entry.score ? warningAfterLog(others, next, at, deviceDayKey(at)) : null
    if (unsaved.value.some((e) => e.id === entry.id)) {
      unsaved.value = unsaved.value.map((e) => (e.id === entry.id ? next : e))
      return { ok: true, entry: next, warning }
    }
    try {
      const found = await updatePain(entry.id, { score: next.score, where: next.where, note: next.note })
      if (!found) return { ok: false, error: 'That entry was deleted, maybe in another window.' }
      recent.data.value = recent.data.value.map((e) => (e.id === entry.id ? next : e))
      return { ok: true, entry: next, warning }
    } catch (e) {
      useStorageStore().reportFailure(e)
      return { ok: false, error: 'That change could not be saved.' }
    }
  }

  async function remove(id: string): Promise<boolean> {
    if (unsaved.value.some((e) => e.id === id)) {
      unsaved.value = unsaved.value.filter((e) => e.id !== id)
      return true
    }
    try {
      await deletePain(id)
      recent.data.value = recent.data.value.filter((e) => e.id !== id)
      return true
    } catch (e) {
      useStorageStore().reportFailure(e)
      return false
    }
  }

  return { now, timeZone, todayKey, loaded: recent.loaded, entries, trend, recheck, latest, lastSaved, add, change, remove }
})
