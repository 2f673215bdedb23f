import { onScopeDispose, toValue, type MaybeRefOrGetter } from 'vue'
import { CLIPS, COUNTDOWN_BEEPS_AT, COUNTDOWN_LEAD_MS, wavDataUrl } from '../domain/beepClips'

export interface CueSwitches {
  voice: boolean
  beep: boolean
  vibration: boolean
}

export interface UseCuesOptions {
  /** Which cues are on (from Settings, changed on the player too). Read at the moment each cue plays. */
  switches: MaybeRefOrGetter<CueSwitches>
  /** Three short beeps in the last 3 s of a step (only when beeps are on). */
  countdown?: MaybeRefOrGetter<boolean>
}

export type CueKind = 'step' | 'end'
type ClipKind = keyof typeof CLIPS

/** A countdown beep due sooner than this (ms) is left out rather than cut short. */
const MIN_LEAD_MS = 50

/**
 * Voice, beep and vibration cues for the routine player. Every beep (a step, the end, the 3-2-1 countdown) is a short
 * clip made on the device and played by ONE media element, never Web Audio: media playback is not muted by the
 * iPhone's silent switch, and the page has a media session for the lock screen. Browsers only let a page make sound
 * after a tap, so `unlock()` must run inside the Start tap: it plays a short silence on the element. Speech is
 * requested even where no voice is installed (headless browsers): the request is all the page can do. The element
 * carries `data-cue` (the clip it was last asked to play), for tests.
 */
export function useCues(options: UseCuesOptions) {
  let media: HTMLAudioElement | null = null
  const clips = new Map<ClipKind, string>()
  const clip = (kind: ClipKind): string => {
    let url = clips.get(kind)
    if (!url) {
      url = wavDataUrl(CLIPS[kind])
      clips.set(kind, url)
    }
    return url
  }
  let countdownTimer: ReturnType<typeof setTimeout> | null = null

  const speechSupported = typeof window !== 'undefined' && 'speechSynthesis' in window
  const vibrateSupported = typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function'
  const audioSupported = typeof Audio !== 'undefined'

  /** Call from a tap: plays a short silence, so browsers let this element play later cues on its own. */
  function unlock(): void {
    if (!audioSupported) return
    try {
      media ??= new Audio()
      media.preload = 'auto'
      play('silence')
    } catch {
      media = null
    }
  }

  /**
   * Asks the media element to play a clip from `fromS` seconds in.
   * @returns false when there is no element yet (no tap) or it would not take the clip
   */
  function play(kind: ClipKind, fromS = 0): boolean {
    if (!media) return false
    try {
      media.dataset.cue = kind
      media.src = clip(kind)
      media.currentTime = fromS
      const p = media.play() as Promise<void> | undefined
      // Refused (no tap yet, say): the screen, the voice and the buzz still give the cue.
      void p?.catch(() => undefined)
      return true
    } catch {
      return false
    }
  }

  /** Whether this player has asked for speech: until then there is nothing of its own to silence. */
  let spoke = false

  function speak(text: string): void {
    if (!speechSupported) return
    spoke = true
    try {
      // A new step replaces whatever is still being said: the newest cue is the true one.
      window.speechSynthesis.cancel()
      const u = new SpeechSynthesisUtterance(text)
      u.rate = 1
      window.speechSynthesis.speak(u)
    } catch {
      // Speech can throw on some platforms when no engine is present; the screen still shows the step.
    }
  }

  function vibrate(kind: CueKind): void {
    if (!vibrateSupported) return
    try {
      navigator.vibrate(kind === 'end' ? [300, 100, 300] : [200])
    } catch {
      // Some browsers throw when vibration is blocked; nothing to do.
    }
  }

  /** Plays the cues that are switched on: says `text`, beeps, buzzes. */
  function cue(text: string, kind: CueKind = 'step'): void {
    const on = toValue(options.switches)
    if (on.voice) speak(text)
    if (on.beep) play(kind)
    if (on.vibration) vibrate(kind)
  }

  const countdownOn = (): boolean => toValue(options.switches).beep && (toValue(options.countdown) ?? false)

  /** Stops the countdown: its timer, and its clip if it is playing (on pause, skip, back or stop). */
  function cancelCountdown(): void {
    if (countdownTimer !== null) clearTimeout(countdownTimer)
    countdownTimer = null
    if (media?.dataset.cue === 'countdown') {
      try {
        media.pause()
      } catch {
        // Nothing playing.
      }
    }
  }

  /**
   * Plays "3, 2, 1" before a boundary, replacing an earlier countdown: one timer starts the countdown clip 3 s before
   * the boundary, or partway in (from its next beep) when less time is left.
   * @param msUntil ms from now until the boundary
   */
  function scheduleCountdown(msUntil: number): void {
    cancelCountdown()
    if (!media || !countdownOn()) return
    const beepAt = COUNTDOWN_BEEPS_AT.find((at) => msUntil - (COUNTDOWN_LEAD_MS - at) >= MIN_LEAD_MS)
    if (beepAt === undefined) return
    countdownTimer = setTimeout(
      () => {
        countdownTimer = null
        if (countdownOn()) play('countdown', beepAt / 1000)
      },
      msUntil - (COUNTDOWN_LEAD_MS - beepAt),
    )
  }

  /**
   * Silences speech and the countdown. Speech is left alone until this player has spoken: the first touch of the
   * browser's speech engine sets it up, work the player's opening does not need.
   */
  function silence(): void {
    cancelCountdown()
    if (speechSupported && spoke) {
      try {
        window.speechSynthesis.cancel()
      } catch {
        // Nothing to cancel.
      }
    }
  }

  onScopeDispose(() => {
    cancelCountdown()
    media?.pause()
    media = null
  })

  return { unlock, cue, scheduleCountdown, cancelCountdown, silence }
}
