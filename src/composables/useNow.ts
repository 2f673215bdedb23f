import { useNow as useVueUseNow } from '@vueuse/core'
import { computed, type ComputedRef } from 'vue'

/** The one clock the UI reads: epoch ms, updated every `intervalMs`. */
export function useNow(intervalMs = 1000): ComputedRef<number> {
  const now = useVueUseNow({ interval: intervalMs })
  return computed(() => now.value.getTime())
}

/** The device's current IANA time zone (it changes when a traveller's phone changes zone). */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}
