import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { useScreenOn } from '../../src/composables/useWakeLock'

class FakeSentinel extends EventTarget {
  released = false
  async release(): Promise<void> {
    if (this.released) return
    this.released = true
    this.dispatchEvent(new Event('release'))
  }
}

/** A wake lock that refuses unless asked inside a click, as WebKit does. */
function webkitLikeWakeLock() {
  let inClick = false
  const granted: FakeSentinel[] = []
  const request = vi.fn(async () => {
    if (!inClick) throw new DOMException('Permission was denied', 'NotAllowedError')
    const s = new FakeSentinel()
    granted.push(s)
    return s
  })
  document.addEventListener('click', () => (inClick = true), { capture: true })
  document.addEventListener('click', () => (inClick = false))
  Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true })
  return { request, granted }
}

afterEach(() => {
  delete (navigator as { wakeLock?: unknown }).wakeLock
})

describe('useScreenOn', () => {
  it('says "unsupported" where the API is missing, and never asks', async () => {
    const scope = effectScope()
    const screen = scope.run(() => useScreenOn(() => true))!
    await flushPromises()
    expect(screen.state.value).toBe('unsupported')
    expect(screen.supported.value).toBe(false)
    scope.stop()
  })

  it('holds the lock while active and lets it go when not', async () => {
    const sentinel = new FakeSentinel()
    const request = vi.fn(async () => sentinel)
    Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true })
    const on = ref(true)
    const scope = effectScope()
    const screen = scope.run(() => useScreenOn(on))!
    await flushPromises()
    expect(screen.state.value).toBe('held')
    on.value = false
    await nextTick()
    await flushPromises()
    expect(sentinel.released).toBe(true)
    expect(screen.state.value).toBe('off')
    scope.stop()
  })

  it('after a refusal outside a tap, the next tap asks again and gets it', async () => {
    const lock = webkitLikeWakeLock()
    const scope = effectScope()
    const screen = scope.run(() => useScreenOn(() => true))!
    await flushPromises()
    expect(screen.state.value).toBe('failed')
    document.body.click()
    await flushPromises()
    expect(lock.request).toHaveBeenCalledTimes(2)
    expect(screen.state.value).toBe('held')
    // Dropped by the browser (page hidden): no longer held, and asked for again when the page shows.
    await lock.granted[0]!.release()
    expect(screen.state.value).not.toBe('held')
    document.dispatchEvent(new Event('visibilitychange'))
    await flushPromises()
    expect(screen.state.value).toBe('failed')
    document.body.click()
    await flushPromises()
    expect(screen.state.value).toBe('held')
    scope.stop()
    await flushPromises()
    expect(lock.granted[1]!.released).toBe(true)
  })
})

describe('CueDeviceLimits', () => {
  it('names what this browser cannot do, and the player adds a refused screen lock', async () => {
    vi.resetModules()
    const synth = { getVoices: () => [], addEventListener: vi.fn(), removeEventListener: vi.fn() }
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
    Object.defineProperty(navigator, 'vibrate', { value: undefined, configurable: true })
    Object.defineProperty(navigator, 'wakeLock', { value: { request: vi.fn() }, configurable: true })
    vi.useFakeTimers()
    try {
      const { default: CueDeviceLimits } = await import('../../src/components/cues/CueDeviceLimits.vue')
      const settings = mount(CueDeviceLimits)
      expect(settings.find('[data-device-limits]').attributes('data-checked')).toBeUndefined()
      await vi.advanceTimersByTimeAsync(2000)
      expect(settings.find('[data-device-limits]').attributes('data-checked')).toBe('')
      const keys = settings.findAll('[data-device-limit]').map((li) => li.attributes('data-device-limit'))
      expect(keys).toContain('voice')
      expect(keys).toContain('vibration')
      expect(keys).not.toContain('wake-lock')
      for (const li of settings.findAll('li')) expect(li.text()).toMatch(/^This browser /)

      const player = mount(CueDeviceLimits, { props: { screenOn: 'failed' } })
      await vi.advanceTimersByTimeAsync(10)
      expect(player.find('[data-device-limit="wake-lock"]').text()).toMatch(/cannot keep the screen on/)
      expect(player.find('[data-device-limits]').attributes('data-screen-on')).toBe('failed')
    } finally {
      vi.useRealTimers()
      delete (window as { speechSynthesis?: unknown }).speechSynthesis
      delete (navigator as { vibrate?: unknown }).vibrate
    }
  })
})
