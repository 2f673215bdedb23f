import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { useCueLeader } from '../../src/composables/useCueLeader'

/** A Web Locks stand-in shared by every "tab" of the test: one holder per name, the next waits its turn. */
function fakeLocks() {
  const queues = new Map<string, { cb: () => Promise<void>; signal?: AbortSignal; done: (v: unknown) => void }[]>()
  function pump(name: string): void {
    const q = queues.get(name) ?? []
    const head = q[0]
    if (!head || (head as { running?: boolean }).running) return
    ;(head as { running?: boolean }).running = true
    void head.cb().then((v) => {
      q.shift()
      head.done(v)
      pump(name)
    })
  }
  return {
    request(name: string, options: { signal?: AbortSignal }, cb: () => Promise<void>): Promise<unknown> {
      return new Promise((done, fail) => {
        const q = queues.get(name) ?? []
        queues.set(name, q)
        const entry = { cb, signal: options.signal, done }
        options.signal?.addEventListener('abort', () => {
          const i = q.indexOf(entry)
          if (i > 0 || (i === 0 && !(entry as { running?: boolean }).running)) {
            q.splice(i, 1)
            fail(new DOMException('aborted', 'AbortError'))
          }
        })
        q.push(entry)
        pump(name)
      })
    },
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('useCueLeader', () => {
  it('one tab leads; when it lets go the next one waiting leads', async () => {
    vi.stubGlobal('navigator', { locks: fakeLocks() })
    const a = effectScope()
    const b = effectScope()
    const wantA = ref(true)
    const leaderA = a.run(() => useCueLeader({ name: 'cues', want: wantA }))!
    const leaderB = b.run(() => useCueLeader({ name: 'cues', want: true }))!
    await vi.waitFor(() => expect(leaderA.isLeader.value).toBe(true))
    expect(leaderB.isLeader.value).toBe(false)
    wantA.value = false
    await nextTick()
    expect(leaderA.isLeader.value).toBe(false)
    await vi.waitFor(() => expect(leaderB.isLeader.value).toBe(true))
    // A tab that closes lets go too.
    wantA.value = true
    await nextTick()
    b.stop()
    await vi.waitFor(() => expect(leaderA.isLeader.value).toBe(true))
    a.stop()
  })

  it('where Web Locks are missing, every tab that wants to lead does', async () => {
    vi.stubGlobal('navigator', {})
    const scope = effectScope()
    const leader = scope.run(() => useCueLeader({ name: 'cues', want: true }))!
    expect(leader.isLeader.value).toBe(true)
    scope.stop()
    expect(leader.isLeader.value).toBe(false)
  })
})
