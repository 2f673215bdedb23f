import { computed, type ComputedRef } from 'vue'
import { emergencyNumberFor, regionFromLocale, telHref, type EmergencyNumber } from '../content/emergency'
import { useSettingsStore } from '../stores/settings'

/** The region's emergency numbers: the one chosen in Settings, else a guess from the browser's language. */
export function useEmergencyNumber(): {
  region: ComputedRef<string>
  numbers: ComputedRef<EmergencyNumber>
  emergencyHref: ComputedRef<string>
  nonEmergencyHref: ComputedRef<string | null>
} {
  const settings = useSettingsStore()
  const region = computed(() => settings.settings.region ?? regionFromLocale(navigator.language || 'en-US'))
  const numbers = computed(() => emergencyNumberFor(region.value))
  return {
    region,
    numbers,
    emergencyHref: computed(() => telHref(numbers.value.emergency)),
    nonEmergencyHref: computed(() => (numbers.value.nonEmergency ? telHref(numbers.value.nonEmergency.number) : null)),
  }
}
