/**
 * Short beep clips made on the device: 16-bit mono PCM in a WAV container, as a data URL. A media element plays
 * them, so every cue (the step beeps and the 3-2-1 countdown) is media playback, which the iPhone's silent switch
 * does not mute (unlike Web Audio), and no sound file has to be downloaded or cached.
 */

/** One tone: its pitch (Hz, 0 for silence) and length (ms). */
export type Tone = readonly [freq: number, ms: number]

const RATE = 16_000

function samplesOf(tones: readonly Tone[], volume: number): Int16Array {
  const total = tones.reduce((n, [, ms]) => n + Math.round((RATE * ms) / 1000), 0)
  const out = new Int16Array(total)
  let i = 0
  for (const [freq, ms] of tones) {
    const n = Math.round((RATE * ms) / 1000)
    const fade = Math.min(n / 2, RATE * 0.01) // 10 ms in and out: no click
    for (let k = 0; k < n; k++, i++) {
      if (freq <= 0) continue
      const env = Math.min(1, k / fade, (n - k) / fade)
      out[i] = Math.round(Math.sin((2 * Math.PI * freq * k) / RATE) * env * volume * 32767)
    }
  }
  return out
}

/** The bytes of a WAV file holding these tones. */
export function wavBytes(tones: readonly Tone[], volume = 0.5): Uint8Array {
  const pcm = samplesOf(tones, volume)
  const bytes = new Uint8Array(44 + pcm.length * 2)
  const v = new DataView(bytes.buffer)
  const text = (at: number, s: string) => [...s].forEach((c, k) => v.setUint8(at + k, c.charCodeAt(0)))
  text(0, 'RIFF')
  v.setUint32(4, 36 + pcm.length * 2, true)
  text(8, 'WAVE')
  text(12, 'fmt ')
  v.setUint32(16, 16, true) // format chunk length
  v.setUint16(20, 1, true) // PCM
  v.setUint16(22, 1, true) // mono
  v.setUint32(24, RATE, true)
  v.setUint32(28, RATE * 2, true) // bytes a second
  v.setUint16(32, 2, true) // bytes a frame
  v.setUint16(34, 16, true) // bits a sample
  text(36, 'data')
  v.setUint32(40, pcm.length * 2, true)
  pcm.forEach((s, k) => v.setInt16(44 + k * 2, s, true))
  return bytes
}

/** A WAV data URL for these tones. */
export function wavDataUrl(tones: readonly Tone[], volume = 0.5): string {
  const bytes = wavBytes(tones, volume)
  let bin = ''
  for (let k = 0; k < bytes.length; k += 0x8000) bin += String.fromCharCode(...bytes.subarray(k, k + 0x8000))
  return `data:audio/wav;base64,${btoa(bin)}`
}

/** Where the countdown clip's beeps start (ms into the clip): one a second, the last a second before the boundary. */
export const COUNTDOWN_BEEPS_AT = [0, 1000, 2000] as const
/** How long before the boundary the countdown clip starts (ms). */
export const COUNTDOWN_LEAD_MS = 3000

/**
 * The player's clips: a step beep, the two-note end, the 3-2-1 countdown (three low pips a second apart, played from
 * 3 s before a boundary), and a short silence that unlocks the element in a tap.
 */
export const CLIPS = {
  step: [[880, 180]],
  countdown: [
    [520, 80],
    [0, 920],
    [520, 80],
    [0, 920],
    [520, 80],
  ],
  end: [
    [660, 200],
    [0, 50],
    [880, 400],
  ],
  silence: [[0, 50]],
} as const satisfies Record<string, readonly Tone[]>
