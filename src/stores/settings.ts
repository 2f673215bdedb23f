import { defineStore } from 'pinia'
import { ref } from 'vue'
import { getAllSettings, setSetting } from '../db/settings'
import { DEFAULT_SETTINGS, mergeSettings, type Settings } from '../domain/settings'
import { useStorageStore } from './storage'

export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings>(structuredClone(DEFAULT_SETTINGS))

  async function load(): Promise<void> {
    try {
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

  return { settings, load, update }
})
