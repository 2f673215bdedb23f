import { onScopeDispose, toValue, watch, type MaybeRefOrGetter } from 'vue'

export interface UseWebLockOptions {
  /** The lock's name, shared by every tab of this origin. */
  name: string
  /** 'shared' (many holders at once) or 'exclusive'. Default 'shared'. */
  mode?: LockMode
  /** The lock is held while this is true, and let go when it turns false or the scope ends. */
  when: MaybeRefOrGetter<boolean>
}

/**
 * Holds a Web Lock while `when` is true. Other tabs see it through `navigator.locks` (an exclusive request waits
 * until every shared holder has let go). Where Web Locks are missing, `supported` is false and nothing happens.
 */
export function useWebLock(options: UseWebLockOptions): { supported: boolean } {
  const { name, mode = 'shared', when } = options
  const supported = typeof navigator !== 'undefined' && 'locks' in navigator
  let release: (() => void) | null = null

  function acquire(): void {
    if (!supported || release) return
    // The lock is held for as long as this promise is pending. Letting go before it is granted is fine: the
    // callback then returns a settled promise and the lock goes at once.
    const held = new Promise<void>((done) => (release = done))
    navigator.locks.request(name, { mode }, () => held).catch(() => undefined)
  }
  function drop(): void {
    release?.()
    release = null
  }

  watch(() => toValue(when), (on) => (on ? acquire() : drop()), { immediate: true })
  onScopeDispose(drop)
  return { supported }
}
