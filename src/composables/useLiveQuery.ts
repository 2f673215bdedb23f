import { liveQuery } from 'dexie'
import { onScopeDispose, shallowRef, type ShallowRef } from 'vue'

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
