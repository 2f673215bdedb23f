import { describe, expect, it } from 'vitest'
import { CLIPS, wavBytes, wavDataUrl } from '../../src/domain/beepClips'

describe('beep clips made on the device', () => {
  it('writes a valid 16 kHz mono 16-bit WAV of the right length', () => {
    const b = wavBytes([[880, 100]])
    const v = new DataView(b.buffer)
    const str = (at: number) => String.fromCharCode(...b.subarray(at, at + 4))
    expect([str(0), str(8), str(12), str(36)]).toEqual(['RIFF', 'WAVE', 'fmt ', 'data'])
    expect(v.getUint16(20, true)).toBe(1)
    expect(v.getUint16(22, true)).toBe(1)
    expect(v.getUint32(24, true)).toBe(16_000)
    expect(v.getUint16(34, true)).toBe(16)
    expect(v.getUint32(40, true)).toBe(1600 * 2)
    expect(v.getUint32(4, true)).toBe(b.length - 8)
  })

  it('fades in and out (no click) and is silent where asked', () => {
    const b = wavBytes([[880, 100]], 0.5)
    const v = new DataView(b.buffer)
    expect(v.getInt16(44, true)).toBe(0)
    const peak = Math.max(...Array.from({ length: 1600 }, (_, k) => Math.abs(v.getInt16(44 + k * 2, true))))
    expect(peak).toBeGreaterThan(0.45 * 32767)
    expect(peak).toBeLessThanOrEqual(0.5 * 32767 + 1)
    const quiet = wavBytes(CLIPS.silence)
    expect(Array.from({ length: (quiet.length - 44) / 2 }, (_, k) => new DataView(quiet.buffer).getInt16(44 + k * 2, true)).every((s) => s === 0)).toBe(true)
  })

  it('makes small data URLs', () => {
    const url = wavDataUrl(CLIPS.end)
    expect(url.startsWith('data:audio/wav;base64,UklGR')).toBe(true)
    expect(url.length).toBeLessThan(40_000)
  })
})
