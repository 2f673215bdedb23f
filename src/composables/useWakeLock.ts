import { tryOnScopeDispose, useEventListener } from '@vueuse/core'
import { computed, readonly, ref, toValue, watch, type MaybeRefOrGetter } from 'vue'

/** Where keeping the screen on stands: not wanted, being asked for, granted, refused, or impossible here. */
export type ScreenOnState = 'off' | 'asking' | 'held' | 'failed' | 'unsupported'

interface Sentinel extends EventTarget {
  readonly released: boolean
  release(): Promise<void>
}
type WakeLockNavigator = Navigator & { wakeLock?: { request(type: 'screen'): Promise<Sentinel> } }

/**
 * Keeps the screen on while `active` is true (a routine is running). Browsers drop the lock when the page is
 * hidden, so it is asked for again when the page shows. WebKit grants it only inside a tap (the Start tap works,
 * a page coming back into view does not): after a refusal, the next tap or key press on the page asks again.
 * (VueUse's useWakeLock asks again on its own outside any tap and keeps a released lock as if held, so the state
 * is kept here.) `state` is 'unsupported' where the API is missing and 'failed' while the browser refuses; the
 * player says so in plain words.
 */
export function useScreenOn(active: MaybeRefOrGetter<boolean>) {
  const nav = typeof navigator === 'undefined' ? undefined : (navigator as WakeLockNavigator)
  const supported = nav?.wakeLock !== undefined
  const state = ref<ScreenOnState>(supported ? 'off' : 'unsupported')
  let sentinel: Sentinel | null = null
  let want = false
  let inFlight: Promise<void> | null = null

  function ask(): Promise<void> {
    inFlight ??= request().finally(() => (inFlight = null))
    return inFlight
  }

  async function request(): Promise<void> {
    if (!nav?.wakeLock || !want || document.visibilityState !== 'visible') return
    if (sentinel && !sentinel.released) return
    state.value = 'asking'
    try {
      const got = await nav.wakeLock.request('screen')
      if (!want) {
        void got.release().catch(() => undefined)
        return
      }
      sentinel = got
      state.value = 'held'
      got.addEventListener('release', () => {
        if (sentinel !== got) return
        sentinel = null
        // Dropped while hidden: asked again when the page shows.
        if (want) state.value = 'asking'
      })
    } catch {
      if (want) state.value = 'failed'
    }
  }

  function letGo(): void {
    const held = sentinel
    sentinel = null
    if (supported) state.value = 'off'
    void held?.release().catch(() => undefined)
  }

  if (supported && typeof document !== 'undefined') {
    useEventListener(document, 'visibilitychange', () => void ask())
    const retry = () => {
      if (state.value === 'failed') void ask()
    }
    useEventListener(document, 'click', retry, { capture: true, passive: true })
    useEventListener(document, 'keydown', retry, { capture: true, passive: true })
  }

  watch(
    () => toValue(active),
    (on) => {
      want = on
      if (on) void ask()
      else letGo()
    },
    { immediate: true },
  )
  tryOnScopeDispose(() => {
    want = false
    letGo()
  })

  return { supported: computed(() => supported), held: computed(() => state.value === 'held'), state: readonly(state) }
}
