import { computed, type ComputedRef } from 'vue'
import { EMERGENCY_NUMBERS, emergencyNumberFor, regionFromLocale, telHref, type EmergencyNumber } from '../content/emergency'
import { useSettingsStore } from '../stores/settings'

/** The region's emergency numbers: the one chosen in Settings, else a guess from the browser's language. */
export function useEmergencyNumber(): {
  region: ComputedRef<string>
  numbers: ComputedRef<EmergencyNumber>
  emergencyHref: ComputedRef<string>
  nonEmergencyHref: ComputedRef<string | null>
} {
  const settings = useSettingsStore()
  // A saved region this app has no number for (only an old import could save one) counts as not chosen.
  const region = computed(() => {
    const saved = settings.settings.region
    return saved !== null && Object.hasOwn(EMERGENCY_NUMBERS, saved) ? saved : regionFromLocale(navigator.language || 'en-US')
  })
  const numbers = computed(() => emergencyNumberFor(region.value))
  return {
    region,
    numbers,
    emergencyHref: computed(() => telHref(numbers.value.emergency)),
    nonEmergencyHref: computed(() => (numbers.value.nonEmergency ? telHref(numbers.value.nonEmergency.number) : null)),
  }
}
