import { defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw, watch } from 'vue'
import { useLiveQuery } from '../composables/useLiveQuery'
import { deviceTimeZone } from '../composables/useNow'
import { emergencyNumberFor, regionFor, regionToAsk, telHref } from '../content/emergency'
import { getAllSettings, patchSettings } from '../db/settings'
import { DEFAULT_SETTINGS, mergeSettings, type Settings } from '../domain/settings'
import { applySettingsPatch, type SettingsPatch } from '../domain/settingsPatch'
import { useStorageStore } from './storage'

type Check = typeof import('../domain/settingsSchema').checkSetting
/**
 * The per-setting schemas' check. Not part of any screen's start: it loads at the person's first tap or key press
 * anywhere, or at the first write, whichever comes first, so a change is rarely kept waiting on it (the tap that
 * starts a change comes before the change itself).
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

/**
 * The settings, the same in every tab: what is stored is watched live (a change saved in another tab shows here at
 * once), and each change is written as a patch of the fields changed, never as a whole copy that could be stale.
 * Every change is checked by its setting's own schema before it is saved.
 */
export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings>(structuredClone(DEFAULT_SETTINGS))
  /** Why the last change was refused (a value its schema does not allow), in plain words; null after a good one. */
  const problem = ref<string | null>(null)
  /** Every setting as last read from storage. */
  const stored = shallowRef<Record<string, unknown>>({})
  /** Changes shown before storage has them: in flight, or kept for this visit after a failed write. */
  const pending = shallowRef<SettingsPatch[]>([])
  // The device's time zone, read when first needed (the emergency numbers' region, when no region is saved) and again
  // whenever the settings load (a traveller's phone changes it on landing). Not before: reading it builds an Intl
  // formatter, slow on phones, and the first screen does not need it.
  const zoneRead = ref(0)
  const timeZone = computed(() => {
    void zoneRead.value
    return deviceTimeZone()
  })

  function show(): void {
    const next = mergeSettings(pending.value.reduce<Record<string, unknown>>(applySettingsPatch, stored.value)) as unknown as Record<string, unknown>
    // Groups that did not change keep their identity, so a save elsewhere does not wake every watcher of every group.
    const before = toRaw(settings.value) as unknown as Record<string, unknown>
    for (const key of Object.keys(next)) if (JSON.stringify(before[key]) === JSON.stringify(next[key])) next[key] = before[key]
    settings.value = next as unknown as Settings
  }

  // Another tab's save (or this tab's) reaches every open tab through Dexie's live query.
  const live = useLiveQuery<Record<string, unknown> | null>(getAllSettings, null)
  watch(live.data, (rows) => {
    if (rows === null) return
    stored.value = rows
    show()
  })

  async function load(): Promise<void> {
    try {
      zoneRead.value++
      stored.value = await getAllSettings()
      show()
    } catch (e) {
      useStorageStore().reportFailure(e)
    }
  }

  /**
   * Changes the fields in `change` now and saves only those, once each setting it touches has passed its schema (as
   * the whole setting it would become); on a storage fault the change stays for this visit only. A change a schema
   * refuses is taken back and never saved; `problem` says why, and the result is false. For a group (`water`, `cues`,
   * `reminders`) pass just the fields that changed.
   */
  async function patch(change: SettingsPatch): Promise<boolean> {
    pending.value = [...pending.value, change]
    show()
    const takeBack = (why: string): false => {
      pending.value = pending.value.filter((p) => p !== change)
      show()
      problem.value = why
      return false
    }
    try {
      check ??= await loadCheck()
    } catch {
      return takeBack('That change could not be checked, so it was not made. Reload the app and try again.')
    }
    const whole = applySettingsPatch(mergeSettings(stored.value) as unknown as Record<string, unknown>, change)
    for (const key of Object.keys(change)) {
      const checked = check(key, whole[key], Date.now())
      if (!checked.ok) return takeBack(`That change was not made: the setting "${checked.label}" ${checked.error}.`)
    }
    problem.value = null
    try {
      stored.value = await patchSettings(change)
      pending.value = pending.value.filter((p) => p !== change)
      show()
      return true
    } catch (e) {
      useStorageStore().reportFailure(e)
      return false
    }
  }

  /** Changes one setting (for a group, only the fields given). */
  function update<K extends keyof Settings>(key: K, value: NonNullable<SettingsPatch[K]> | Settings[K]): Promise<boolean> {
    return patch({ [key]: value } as SettingsPatch)
  }

  const regionChoice = computed(() => regionFor(settings.value.region, timeZone.value, navigator.language || 'en-US'))
  /** The region's numbers: the saved choice, else the time zone's suggestion, else the browser language's guess. */
  const numbers = computed(() => emergencyNumberFor(regionChoice.value.region))
  const emergencyHref = computed(() => telHref(numbers.value.emergency))
  const nonEmergencyHref = computed(() => (numbers.value.nonEmergency ? telHref(numbers.value.nonEmergency.number) : null))
  /** A region the time zone suggests instead of the saved one, asked about once. */
  const regionSuggestion = computed(() => {
    const saved = settings.value.region
    // Only a saved region is ever questioned, so the zone is read only then.
    return saved === null ? null : regionToAsk(saved, timeZone.value, settings.value.regionAskedFor)
  })

  /** The answer to "switch to the region where you are now?": switching or not, the question is not asked again. */
  async function answerRegionSuggestion(switchTo: boolean): Promise<void> {
    const suggested = regionSuggestion.value
    if (!suggested) return
    await patch(switchTo ? { regionAskedFor: suggested, region: suggested } : { regionAskedFor: suggested })
  }

  return {
    settings,
    problem,
    load,
    patch,
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
