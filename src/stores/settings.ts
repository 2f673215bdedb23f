import { defineStore } from 'pinia'
import { ref } from 'vue'
import { getAllSettings, setSetting } from '../db/settings'
import { DEFAULT_SETTINGS, mergeSettings, type Settings } from '../domain/settings'
import { useStorageStore } from './storage'

type Check = typeof import('../domain/settingsSchema').checkSetting
/**
 * The per-setting schemas' check. Not part of the first screen: it loads when Settings opens, at the person's first
 * tap or key press anywhere, or at the first write, whichever comes first, so a change is rarely kept waiting on it.
 */
let check: Check | null = null
let loading: Promise<Check> | null = null
function loadCheck(): Promise<Check> {
  loading ??= import('../domain/settingsSchema').then(
    (m) => (check = m.checkSetting),
    (e: unknown) => {
      loading = null
      throw e
    },
  )
  return loading
}
if (typeof window !== 'undefined') {
  const warm = (): void => void loadCheck().catch(() => {})
  for (const type of ['pointerdown', 'keydown'] as const) window.addEventListener(type, warm, { capture: true, once: true, passive: true })
}

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
   * Changes one setting now and saves it once its own schema has checked it; on a storage fault the change stays for
   * this visit only. The change shows at once (as a value of the right kind: `mergeSettings`' repair), so two quick
   * changes to one group never work from a stale copy while the schemas load; a value the schema refuses is never
   * saved and is taken back, `problem` says why, and the result is false.
   */
  async function update<K extends keyof Settings>(key: K, value: Settings[K]): Promise<boolean> {
    const before = settings.value[key]
    const shown = mergeSettings({ [key]: value })[key]
    settings.value = { ...settings.value, [key]: shown }
    const takeBack = (why: string): false => {
      if (settings.value[key] === shown) settings.value = { ...settings.value, [key]: before }
      problem.value = why
      return false
    }
    try {
      check ??= await loadCheck()
    } catch {
      return takeBack('That change could not be checked, so it was not made. Reload the app and try again.')
    }
    const checked = check(key, value, Date.now())
    if (!checked.ok) return takeBack(`That change was not made: the setting "${checked.label}" ${checked.error}.`)
    problem.value = null
    try {
      await setSetting(key, checked.value)
      return true
    } catch (e) {
      useStorageStore().reportFailure(e)
      return false
    }
  }

  /** Starts loading the settings checks (Settings calls it as it opens). */
  function warmChecks(): void {
    void loadCheck().catch(() => {})
  }

  return { settings, problem, load, update, warmChecks }
})
