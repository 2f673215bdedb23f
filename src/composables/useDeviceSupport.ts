import { readonly, shallowRef, type Ref } from 'vue'

/** What this browser can do for a routine's cues, found by asking it (never from its name). */
export interface DeviceSupport {
  /**
   * The Screen Wake Lock API is there. Whether a lock is granted is known only when the player asks for one:
   * WebKit refuses it without a tap and grants it on the Start tap, so asking from here would say the wrong thing.
   */
  wakeLock: boolean
  vibration: boolean
  /** Speech voices installed (0: steps cannot be read aloud). */
  voices: number
  /** Web Locks: only one tab plays the cues of a routine open in two. */
  webLocks: boolean
}

/** How long to wait for the voice list: browsers fill it in after the page loads, and some never fire an event. */
const VOICES_WAIT_MS = 1500

async function voiceCount(): Promise<number> {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return 0
  const synth = window.speechSynthesis as SpeechSynthesis | undefined
  if (typeof synth?.getVoices !== 'function') return 0
  const now = synth.getVoices().length
  if (now > 0) return now
  return new Promise((ok) => {
    const done = () => {
      synth.removeEventListener?.('voiceschanged', done)
      clearTimeout(timer)
      ok(synth.getVoices().length)
    }
    const timer = setTimeout(done, VOICES_WAIT_MS)
    synth.addEventListener?.('voiceschanged', done)
  })
}

let pending: Promise<DeviceSupport> | null = null

/** Measures once per page load (later calls share the answer). */
export function detectDeviceSupport(): Promise<DeviceSupport> {
  pending ??= (async () => {
    const voices = await voiceCount().catch(() => 0)
    return {
      wakeLock: 'wakeLock' in navigator,
      vibration: typeof navigator.vibrate === 'function',
      voices,
      webLocks: typeof (navigator as Navigator & { locks?: { request?: unknown } }).locks?.request === 'function',
    }
  })()
  return pending
}

/** The measured support as a ref: null until the browser has answered. */
export function useDeviceSupport(): Readonly<Ref<DeviceSupport | null>> {
  const support = shallowRef<DeviceSupport | null>(null)
  void detectDeviceSupport().then((s) => (support.value = s))
  return readonly(support)
}
