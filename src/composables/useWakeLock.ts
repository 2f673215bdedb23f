import { useWakeLock } from '@vueuse/core'
import { computed, toValue, watch, type MaybeRefOrGetter } from 'vue'

/**
 * Keeps the screen on while `active` is true (a routine is running), with VueUse's wake lock: it asks again
 * when the page becomes visible (browsers drop the lock when a tab is hidden). Where the API is missing,
 * `supported` is false and the player shows a plain note instead.
 */
export function useScreenOn(active: MaybeRefOrGetter<boolean>) {
  const lock = useWakeLock()

  watch(
    () => toValue(active),
    (on) => {
      if (!lock.isSupported.value) return
      if (on) void lock.request('screen').catch(() => undefined)
      else void lock.release().catch(() => undefined)
    },
    { immediate: true },
  )

  return { supported: computed(() => lock.isSupported.value), held: lock.isActive }
}
