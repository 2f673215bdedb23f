import { onScopeDispose, toValue, type MaybeRefOrGetter } from 'vue'
import { CLIPS, wavDataUrl } from './beepClips'

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

type AudioCtor = typeof AudioContext

function audioCtor(): AudioCtor | null {
  if (typeof window === 'undefined') return null
  const w = window as unknown as { AudioContext?: AudioCtor; webkitAudioContext?: AudioCtor }
  return w.AudioContext ?? w.webkitAudioContext ?? null
}

/**
 * Voice, beep and vibration cues for the routine player. Browsers only let a page make sound after a tap, so
 * `unlock()` must run inside the Start tap: it creates (or resumes) the AudioContext. Speech is requested even
 * where no voice is installed (headless browsers): the request is all the page can do.
 */
export function useCues(options: UseCuesOptions) {
  let ctx: AudioContext | null = null
  /**
   * Step and end beeps play through this media element (clips made on the device), so the iPhone's silent switch
   * does not mute them and the page has a media session for the lock screen. Web Audio is the fallback, and still
   * plays the 3-2-1 countdown.
   */
  let media: HTMLAudioElement | null = null
  const clips = new Map<keyof typeof CLIPS, string>()
  const clip = (kind: keyof typeof CLIPS): string => {
    let url = clips.get(kind)
    if (!url) {
      url = wavDataUrl(CLIPS[kind])
      clips.set(kind, url)
    }
    return url
  }
  let countdownNodes: OscillatorNode[] = []

  const speechSupported = typeof window !== 'undefined' && 'speechSynthesis' in window
  const vibrateSupported = typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function'
  const audioSupported = audioCtor() !== null

  /** Call from a tap: makes beeps possible for the rest of the visit. */
  function unlock(): void {
    unlockMedia()
    const Ctor = audioCtor()
    if (!Ctor) return
    try {
      ctx ??= new Ctor()
      if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined)
    } catch {
      ctx = null
    }
  }

  /** Plays a short silence inside the tap: browsers then let this element play later cues on its own. */
  function unlockMedia(): void {
    if (typeof Audio === 'undefined') return
    try {
      media ??= new Audio()
      media.preload = 'auto'
      media.src = clip('silence')
      const p = media.play() as Promise<void> | undefined
      void p?.catch(() => undefined)
    } catch {
      media = null
    }
  }

  /** @returns false when the media element could not be asked to play */
  function playClip(kind: CueKind): boolean {
    if (!media) return false
    try {
      media.src = clip(kind)
      media.currentTime = 0
      const p = media.play() as Promise<void> | undefined
      // Refused (no tap yet, say): Web Audio gives the beep instead.
      void p?.catch(() => webBeep(kind))
      return true
    } catch {
      return false
    }
  }

  function tone(freq: number, startAt: number, lengthS: number, volume = 0.2): OscillatorNode | null {
    if (!ctx) return null
    try {
      const osc = ctx.createOscillator()
      const gain = ctx.createGain()
      osc.type = 'sine'
      osc.frequency.value = freq
      gain.gain.setValueAtTime(volume, startAt)
      gain.gain.exponentialRampToValueAtTime(0.001, startAt + lengthS)
      osc.connect(gain)
      gain.connect(ctx.destination)
      osc.start(startAt)
      osc.stop(startAt + lengthS)
      return osc
    } catch {
      return null
    }
  }

  function speak(text: string): void {
    if (!speechSupported) return
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

  function beep(kind: CueKind): void {
    if (!playClip(kind)) webBeep(kind)
  }

  function webBeep(kind: CueKind): void {
    if (!ctx) return
    if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined)
    const t = ctx.currentTime + 0.01
    if (kind === 'end') {
      tone(660, t, 0.2)
      tone(880, t + 0.25, 0.4)
    } else {
      tone(880, t, 0.18)
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
    if (on.beep) beep(kind)
    if (on.vibration) vibrate(kind)
  }

  /** Stops any scheduled countdown beeps (on pause, skip, back or stop). */
  function cancelCountdown(): void {
    for (const n of countdownNodes) {
      try {
        n.stop()
      } catch {
        // Already stopped.
      }
    }
    countdownNodes = []
  }

  /**
   * Schedules "3, 2, 1" beeps before a boundary on the audio clock (no extra timers), replacing earlier ones.
   * @param msUntil ms from now until the boundary
   */
  function scheduleCountdown(msUntil: number): void {
    cancelCountdown()
    if (!ctx || !toValue(options.switches).beep || !(toValue(options.countdown) ?? false)) return
    for (const before of [3000, 2000, 1000]) {
      const inMs = msUntil - before
      if (inMs < 50) continue
      const node = tone(520, ctx.currentTime + inMs / 1000, 0.08, 0.12)
      if (node) countdownNodes.push(node)
    }
  }

  /** Silences speech and countdown beeps. */
  function silence(): void {
    cancelCountdown()
    if (speechSupported) {
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
    void ctx?.close().catch(() => undefined)
    ctx = null
  })

  return { speechSupported, vibrateSupported, audioSupported, unlock, cue, scheduleCountdown, cancelCountdown, silence }
}
