import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { useMediaSession, type MediaSessionInfo } from '../../src/composables/useMediaSession'

/** A page's Media Session: what the lock screen shows, and every write the player makes to it. */
function fakeSession() {
  const writes: string[] = []
  const handlers = new Map<string, (() => void) | null>()
  let metadata: { title: string } | null = null
  let playbackState = 'none'
  const session = {
    get metadata() {
      return metadata
    },
    set metadata(m) {
      writes.push(`metadata ${m?.title ?? null}`)
      metadata = m
    },
    get playbackState() {
      return playbackState
    },
    set playbackState(s) {
      writes.push(`state ${s}`)
      playbackState = s
    },
    setActionHandler(action: string, fn: (() => void) | null) {
      writes.push(`${action} ${fn ? 'bound' : 'cleared'}`)
      handlers.set(action, fn)
    },
  }
  return { session, writes, handlers }
}

describe('useMediaSession', () => {
  let fake: ReturnType<typeof fakeSession>
  beforeEach(() => {
    fake = fakeSession()
    Object.defineProperty(navigator, 'mediaSession', { configurable: true, value: fake.session })
    vi.stubGlobal(
      'MediaMetadata',
      class {
        title: string
        constructor(init: { title: string }) {
          this.title = init.title
        }
      },
    )
  })
  afterEach(() => {
    delete (navigator as { mediaSession?: unknown }).mediaSession
    vi.unstubAllGlobals()
  })

  it('opening the player with no routine running asks nothing of the session', () => {
    const scope = effectScope()
    scope.run(() => useMediaSession(null, { play: () => undefined, pause: () => undefined }))
    expect(fake.writes).toEqual([])
    scope.stop()
    expect(fake.writes).toEqual([])
  })

  it('a running step shows on the lock screen with play and pause; the end clears it', async () => {
    const info = ref<MediaSessionInfo | null>(null)
    const play = vi.fn()
    const scope = effectScope()
    scope.run(() => useMediaSession(info, { play, pause: () => undefined, skip: () => undefined }))
    info.value = { title: 'Calf stretch, left, 0:20', artist: 'Calf stretches', paused: false }
    await nextTick()
    expect(fake.session.metadata?.title).toBe('Calf stretch, left, 0:20')
    expect(fake.session.playbackState).toBe('playing')
    fake.handlers.get('play')?.()
    expect(play).toHaveBeenCalled()
    info.value = null
    await nextTick()
    expect(fake.session.metadata).toBeNull()
    expect(fake.session.playbackState).toBe('none')
    expect([...fake.handlers.values()]).toEqual([null, null, null])
    scope.stop()
  })

  it('leaving the player mid-run clears the lock screen', async () => {
    const scope = effectScope()
    scope.run(() => useMediaSession({ title: 'Hold', artist: 'Ice', paused: true }, { play: () => undefined, pause: () => undefined }))
    expect(fake.session.playbackState).toBe('paused')
    scope.stop()
    expect(fake.session.metadata).toBeNull()
    expect(fake.session.playbackState).toBe('none')
  })
})
