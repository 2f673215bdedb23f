import { ref, watch } from 'vue'
import { registerSW } from 'virtual:pwa-register'

/** A new version is waiting to take over. */
export const needRefresh = ref(false)
/** The app has been cached and works offline from now on. */
export const offlineReady = ref(false)
/** The user accepted the update while a routine was running: apply it when the routine ends. */
export const updateDeferred = ref(false)

let updateSW: ((reload?: boolean) => Promise<void>) | null = null

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return
  updateSW = registerSW({
    immediate: true,
    onNeedRefresh: () => (needRefresh.value = true),
    onOfflineReady: () => (offlineReady.value = true),
  })
}

/**
 * Applies the waiting version now, unless a routine is running: then it waits for the routine to end, because
 * the app must never reload itself in the middle of a routine.
 */
export function acceptUpdate(busy: { value: boolean }): void {
  if (!busy.value) {
    void updateSW?.(true)
    return
  }
  updateDeferred.value = true
  const stop = watch(
    () => busy.value,
    (isBusy) => {
      if (isBusy) return
      stop()
      updateDeferred.value = false
      void updateSW?.(true)
    },
  )
}
