import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { emergencyNumberFor, regionFor, regionToAsk, telHref } from '../content/emergency'
import { getAllSettings, setSetting } from '../db/settings'
import { DEFAULT_SETTINGS, mergeSettings, type Settings } from '../domain/settings'
import { useStorageStore } from './storage'

export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings>(structuredClone(DEFAULT_SETTINGS))
  // The device's time zone, read again whenever the settings load (a traveller's phone changes it on landing).
  const timeZone = ref(Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC')

  async function load(): Promise<void> {
    try {
      timeZone.value = Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC'
      settings.value = mergeSettings(await getAllSettings())
    } catch (e) {
      useStorageStore().reportFailure(e)
    }
  }

  /** Changes one setting now and saves it; on a storage fault the change stays for this visit only. */
  async function update<K extends keyof Settings>(key: K, value: Settings[K]): Promise<boolean> {
    settings.value = { ...settings.value, [key]: value }
    try {
      await setSetting(key, value)
      return true
    } catch (e) {
      useStorageStore().reportFailure(e)
      return false
    }
  }

  const regionChoice = computed(() => regionFor(settings.value.region, timeZone.value, navigator.language || 'en-US'))
  /** The region's numbers: the saved choice, else the time zone's suggestion, else the browser language's guess. */
  const numbers = computed(() => emergencyNumberFor(regionChoice.value.region))
  const emergencyHref = computed(() => telHref(numbers.value.emergency))
  const nonEmergencyHref = computed(() => (numbers.value.nonEmergency ? telHref(numbers.value.nonEmergency.number) : null))
  /** A region the time zone suggests instead of the saved one, asked about once. */
  const regionSuggestion = computed(() => regionToAsk(settings.value.region, timeZone.value, settings.value.regionAskedFor))

  /** The answer to "switch to the region where you are now?": switching or not, the question is not asked again. */
  async function answerRegionSuggestion(switchTo: boolean): Promise<void> {
    const suggested = regionSuggestion.value
    if (!suggested) return
    await update('regionAskedFor', suggested)
    if (switchTo) await update('region', suggested)
  }

  return {
    settings,
    load,
    update,
    timeZone,
    regionChoice,
    numbers,
    emergencyHref,
    nonEmergencyHref,
    regionSuggestion,
    answerRegionSuggestion,
  }
})
