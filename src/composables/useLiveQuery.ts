import { liveQuery } from 'dexie'
import { effectScope, onScopeDispose, ref, shallowRef, watch, type EffectScope, type Ref, type ShallowRef } from 'vue'

/**
 * A Dexie live query as a Vue ref: re-runs when the tables it read change, in this tab or another.
 * `initial` is shown until the first answer. Errors land in `error` instead of being thrown away.
 */
export function useLiveQuery<T>(
  query: () => T | Promise<T>,
  initial: T,
): { data: ShallowRef<T>; error: ShallowRef<unknown>; ready: ShallowRef<boolean> } {
  const data = shallowRef(initial) as ShallowRef<T>
  const error = shallowRef<unknown>(null)
  /** True once the first answer (or error) has come: until then `data` is only `initial`. */
  const ready = shallowRef(false)
  const sub = liveQuery(query).subscribe({
    next: (value) => {
      data.value = value
      error.value = null
      ready.value = true
    },
    error: (e: unknown) => {
      error.value = e
      ready.value = true
    },
  })
  onScopeDispose(() => sub.unsubscribe())
  return { data, error, ready }
}

/**
 * A live query whose arguments come from refs (a day key, say): re-subscribes when they change and keeps the
 * last answer on screen until the new one arrives, so nothing flickers to zero at midnight. A failed read goes to
 * `onError` (the storage store's report, say).
 */
export function useKeyedLiveQuery<K, T>(
  key: Ref<K>,
  query: (k: K) => Promise<T>,
  initial: T,
  onError: (e: unknown) => void,
): { data: ShallowRef<T>; loaded: Ref<boolean> } {
  const data = shallowRef(initial) as ShallowRef<T>
  const loaded = ref(false)
  let scope: EffectScope | null = null
  watch(
    key,
    (k) => {
      scope?.stop()
      scope = effectScope()
      scope.run(() => {
        const live = useLiveQuery(async () => ({ value: await query(k) }), null as { value: T } | null)
        watch(live.data, (v) => {
          if (v) {
            data.value = v.value
            loaded.value = true
          }
        })
        watch(live.error, (e) => {
          if (e) onError(e)
        })
      })
    },
    { immediate: true },
  )
  onScopeDispose(() => scope?.stop())
  return { data, loaded }
}
