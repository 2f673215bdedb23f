import { defineStore } from 'pinia'
import { ref } from 'vue'
import { getAllSettings, setSetting } from '../db/settings'
import { DEFAULT_SETTINGS, mergeSettings, type Settings } from '../domain/settings'
import { useStorageStore } from './storage'

type Check = typeof import('../domain/settingsSchema').checkSetting
/**
 * The per-setting schemas' check: loaded on the first write, so it is no part of the first screen; after that every
 * write is checked synchronously (no await between reading the settings and changing them).
 */
let check: Check | null = null

export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings>(structuredClone(DEFAULT_SETTINGS))
  /** Why the last change was refused (a value its schema does not allow), in plain words; null after a good one. */
  const problem = ref<string | null>(null)

  async function load(): Promise<void> {
    try {
      settings.value = mergeSettings(await getAllSettings())
    } catch (e) {
      useStorageStore().reportFailure(e)
    }
  }

  /**
   * Checks one setting against its own schema, then changes it now and saves it; on a storage fault the change stays
   * for this visit only. A value the schema refuses changes nothing: `problem` says why and the result is false.
   */
  async function update<K extends keyof Settings>(key: K, value: Settings[K]): Promise<boolean> {
    try {
      check ??= (await import('../domain/settingsSchema')).checkSetting
    } catch {
      problem.value = 'That change could not be checked, so it was not made. Reload the app and try again.'
      return false
    }
    const checked = check(key, value, Date.now())
    if (!checked.ok) {
      problem.value = `That change was not made: the setting "${checked.label}" ${checked.error}.`
      return false
    }
    problem.value = null
    settings.value = { ...settings.value, [key]: checked.value as Settings[K] }
    try {
      await setSetting(key, checked.value)
      return true
    } catch (e) {
      useStorageStore().reportFailure(e)
      return false
    }
  }

  return { settings, problem, load, update }
})
