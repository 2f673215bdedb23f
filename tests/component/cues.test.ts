import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, ref } from 'vue'
import { CLIPS, wavDataUrl } from '../../src/domain/beepClips'
import { useCues, type CueSwitches } from '../../src/composables/useCues'

/**
 * Every beep goes through the media element (never Web Audio, which the iPhone's silent switch mutes): what the
 * element is asked to play, and when. Whether a sound is heard is the device's.
 */
let plays: { cue: string | undefined; src: string; at: number; t: number }[] = []
const switches = ref<CueSwitches>({ voice: false, beep: true, vibration: false })
const countdown = ref(true)

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  plays = []
  switches.value = { voice: false, beep: true, vibration: false }
  countdown.value = true
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(function (this: HTMLMediaElement) {
    plays.push({ cue: this.dataset.cue, src: this.src, at: this.currentTime, t: Date.now() })
    return Promise.resolve()
  })
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined)
})

afterEach(() => {
  vi.restoreAllMocks()
  vi.useRealTimers()
})

function cues() {
  const scope = effectScope()
  const c = scope.run(() => useCues({ switches, countdown }))!
  return { c, stop: () => scope.stop() }
}

describe('useCues: beeps through the media element', () => {
  it('uses no Web Audio at all', () => {
    const made = vi.fn()
    vi.stubGlobal('AudioContext', made)
    const { c, stop } = cues()
    c.unlock()
    c.cue('Hold', 'step')
    c.scheduleCountdown(5_000)
    vi.advanceTimersByTime(5_000)
    expect(made).not.toHaveBeenCalled()
    stop()
    vi.unstubAllGlobals()
  })

  it('the Start tap plays a silence; a step plays its beep clip', () => {
    const { c, stop } = cues()
    c.unlock()
    c.cue('Hold', 'step')
    c.cue('Done', 'end')
    expect(plays.map((p) => p.cue)).toEqual(['silence', 'step', 'end'])
    expect(plays[1]!.src).toBe(wavDataUrl(CLIPS.step))
    stop()
  })

  it('3-2-1: the countdown clip starts 3 s before the boundary, on the media element', () => {
    const { c, stop } = cues()
    c.unlock()
    const t0 = Date.now()
    c.scheduleCountdown(10_000)
    vi.advanceTimersByTime(6_999)
    expect(plays.map((p) => p.cue)).toEqual(['silence'])
    vi.advanceTimersByTime(1)
    expect(plays.at(-1)).toMatchObject({ cue: 'countdown', src: wavDataUrl(CLIPS.countdown), at: 0, t: t0 + 7_000 })
    vi.advanceTimersByTime(10_000)
    expect(plays).toHaveLength(2)
    stop()
  })

  it('with less than 3 s left it starts at the next whole beep, and with too little left not at all', () => {
    const { c, stop } = cues()
    c.unlock()
    const t0 = Date.now()
    // 2.5 s left: the "3" has passed; from the "2" (1 s into the clip), 0.5 s from now.
    c.scheduleCountdown(2_500)
    vi.advanceTimersByTime(2_500)
    expect(plays.at(-1)).toMatchObject({ cue: 'countdown', at: 1, t: t0 + 500 })
    // 1.02 s left: the "1" would be 20 ms away, so nothing is played.
    c.scheduleCountdown(1_020)
    vi.advanceTimersByTime(2_000)
    expect(plays.filter((p) => p.cue === 'countdown')).toHaveLength(1)
    stop()
  })

  it('none when cancelled (pause, skip), when 3-2-1 or the beeps are off, or before the Start tap', () => {
    const { c, stop } = cues()
    c.scheduleCountdown(5_000)
    vi.advanceTimersByTime(5_000)
    expect(plays).toHaveLength(0) // no tap yet: no element
    c.unlock()
    c.scheduleCountdown(5_000)
    c.cancelCountdown()
    vi.advanceTimersByTime(5_000)
    countdown.value = false
    c.scheduleCountdown(5_000)
    vi.advanceTimersByTime(5_000)
    countdown.value = true
    switches.value = { ...switches.value, beep: false }
    c.scheduleCountdown(5_000)
    vi.advanceTimersByTime(5_000)
    // Switched off after it was scheduled: still nothing.
    switches.value = { ...switches.value, beep: true }
    c.scheduleCountdown(5_000)
    countdown.value = false
    vi.advanceTimersByTime(5_000)
    expect(plays.map((p) => p.cue)).toEqual(['silence'])
    stop()
  })

  it('a cancel stops a countdown clip already playing, not a step beep', () => {
    const pause = vi.mocked(HTMLMediaElement.prototype.pause)
    const { c, stop } = cues()
    c.unlock()
    c.scheduleCountdown(3_000)
    vi.advanceTimersByTime(3_000)
    expect(plays.at(-1)?.cue).toBe('countdown')
    c.cancelCountdown()
    expect(pause).toHaveBeenCalledTimes(1)
    c.cue('Hold', 'step')
    c.cancelCountdown()
    expect(pause).toHaveBeenCalledTimes(1)
    stop()
  })
})

describe('useCues: speech', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('silence leaves the speech engine untouched until the player has spoken, then cancels what it says', () => {
    const engine = { speak: vi.fn(), cancel: vi.fn() }
    const touched = vi.fn(() => engine)
    vi.stubGlobal('SpeechSynthesisUtterance', class {
      rate = 1
      constructor(public text: string) {}
    })
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: touched })
    const { c, stop } = cues()
    c.silence() // the player opening: nothing of its own is being said
    expect(touched).not.toHaveBeenCalled()
    switches.value = { voice: true, beep: false, vibration: false }
    c.cue('Hold', 'step')
    expect(engine.speak).toHaveBeenCalledTimes(1)
    c.silence()
    expect(engine.cancel).toHaveBeenCalledTimes(2) // the new step replaced anything still said, then the silence
    stop()
    delete (window as { speechSynthesis?: unknown }).speechSynthesis
  })
})
