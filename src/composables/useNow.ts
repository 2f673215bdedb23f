import { useNow as useVueUseNow } from '@vueuse/core'
import { computed, type ComputedRef } from 'vue'
import { hourCycleFor, type HourCycle } from '../domain/dateText'

/** The one clock the UI reads: epoch ms, updated every `intervalMs`. */
export function useNow(intervalMs = 1000): ComputedRef<number> {
  const now = useVueUseNow({ interval: intervalMs })
  return computed(() => now.value.getTime())
}

let cachedZone = ''
let cachedAt = -Infinity

/**
 * The device's current IANA time zone (it changes when a traveller's phone changes zone). Temporal reads it at once;
 * without Temporal, reading it builds an Intl formatter, which is slow on phones, so the answer is kept for up to
 * 10 s: a zone change shows within that.
 */
export function deviceTimeZone(): string {
  if (typeof globalThis.Temporal !== 'undefined') return globalThis.Temporal.Now.timeZoneId()
  const now = Date.now()
  if (now - cachedAt > 10_000 || now < cachedAt) {
    cachedZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
    cachedAt = now
  }
  return cachedZone
}

/** Whether the person's region reads the clock as 14:30 or 2:30 PM, from the browser's language. */
export function deviceHourCycle(): HourCycle {
  return hourCycleFor(navigator.language || 'en-US')
}
