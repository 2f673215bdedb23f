import { onScopeDispose, readonly, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'

interface LockManagerLike {
  request(name: string, options: { signal?: AbortSignal }, cb: () => Promise<void>): Promise<unknown>
}

function lockManager(): LockManagerLike | null {
  const nav = typeof navigator === 'undefined' ? null : (navigator as Navigator & { locks?: LockManagerLike })
  return nav?.locks && typeof nav.locks.request === 'function' ? nav.locks : null
}

export interface UseCueLeaderOptions {
  /** The Web Lock's name: one leader per name across every tab and window of the app. */
  name: string
  /** While true, this tab asks to lead (waiting its turn); when false, it lets go at once. */
  want: MaybeRefOrGetter<boolean>
}

/**
 * One tab leads: the holder of a Web Lock (`navigator.locks`). While `want` is true the tab asks for the lock and
 * `isLeader` turns true once it holds it (at once when no other tab does, or when the leader closes or lets go);
 * where Web Locks are missing every tab leads. Released when `want` turns false and when the scope is disposed.
 */
export function useCueLeader(options: UseCueLeaderOptions) {
  const isLeader = shallowRef(false)
  let abort: AbortController | null = null
  let release: (() => void) | null = null

  function take(): void {
    if (abort || isLeader.value) return
    const locks = lockManager()
    if (!locks) {
      isLeader.value = true
      return
    }
    const mine = new AbortController()
    abort = mine
    locks
      .request(options.name, { signal: mine.signal }, () => {
        isLeader.value = true
        return new Promise<void>((done) => {
          release = done
        })
      })
      .catch(() => undefined)
  }

  function drop(): void {
    abort?.abort()
    abort = null
    release?.()
    release = null
    isLeader.value = false
  }

  watch(
    () => toValue(options.want),
    (on) => (on ? take() : drop()),
    { immediate: true },
  )
  onScopeDispose(drop)

  return { isLeader: readonly(isLeader), take, drop }
}
