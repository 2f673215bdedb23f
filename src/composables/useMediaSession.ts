import { onScopeDispose, toValue, watch, type MaybeRefOrGetter } from 'vue'

export interface MediaSessionInfo {
  /** "Calf stretch, left, 0:20" */
  title: string
  /** The routine's name. */
  artist: string
  paused: boolean
}

export interface MediaSessionHandlers {
  play: () => void
  pause: () => void
  skip?: () => void
}

type Action = 'play' | 'pause' | 'nexttrack'

/**
 * The lock screen's view of a running routine: Media Session metadata (the step, the side and the time left) and
 * play and pause buttons mapped to the player's resume and pause. `info` is null while no routine runs; the
 * session is cleared then. Browsers without the API (Firefox before 82 and some WebViews) simply get nothing.
 */
export function useMediaSession(info: MaybeRefOrGetter<MediaSessionInfo | null>, handlers: MediaSessionHandlers) {
  const session = typeof navigator !== 'undefined' && 'mediaSession' in navigator ? navigator.mediaSession : null
  const Metadata = typeof window !== 'undefined' ? (window as { MediaMetadata?: typeof MediaMetadata }).MediaMetadata : undefined
  let bound = false

  function set(action: Action, fn: (() => void) | null): void {
    try {
      session?.setActionHandler(action, fn)
    } catch {
      // An action this browser does not know.
    }
  }

  function bind(): void {
    if (bound) return
    bound = true
    set('play', handlers.play)
    set('pause', handlers.pause)
    if (handlers.skip) set('nexttrack', handlers.skip)
  }

  function clear(): void {
    // Nothing shown yet (the player opening): the page's session is still empty, so the browser is not asked.
    if (!session || !bound) return
    session.metadata = null
    session.playbackState = 'none'
    for (const a of ['play', 'pause', 'nexttrack'] as const) set(a, null)
    bound = false
  }

  if (session) {
    watch(
      () => {
        const i = toValue(info)
        return i ? `${i.title}\n${i.artist}\n${i.paused}` : null
      },
      () => {
        const i = toValue(info)
        if (!i) return clear()
        bind()
        if (Metadata) session.metadata = new Metadata({ title: i.title, artist: i.artist, album: 'Leg care' })
        session.playbackState = i.paused ? 'paused' : 'playing'
      },
      { immediate: true },
    )
  }
  onScopeDispose(clear)

  return { supported: session !== null }
}
