// The first screen of a launch draws its sections one task at a time; a screen opened later by a tap draws at once.
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'

type Module = typeof import('../../src/composables/useStagedRender')

/** A screen with a heading and `stages` staged sections, as TodayPage and SettingsPage use them. */
function screen(m: Module, stages = 3, options?: { alsoAfterLaunch?: boolean; datesAt?: number }) {
  return defineComponent({
    setup() {
      const stage = m.useStagedRender(stages, options)
      const sections = Array.from({ length: stages }, (_, i) => i + 1)
      return () => h('section', [h('h1', 'Screen'), ...sections.flatMap((n) => (stage.value >= n ? [h('p', { 'data-section': n })] : []))])
    },
  })
}

const sections = (w: ReturnType<typeof mount>): number => w.findAll('[data-section]').length

/** Runs the next queued task and whatever it settles. */
async function nextTask(): Promise<void> {
  vi.advanceTimersToNextTimer()
  await flushPromises()
}

describe('useStagedRender', () => {
  let m: Module
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    vi.resetModules() // each test starts a fresh launch
    m = await import('../../src/composables/useStagedRender')
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('at launch: the heading first, then one section per task, in order', async () => {
    const w = mount(screen(m))
    expect(sections(w)).toBe(0)
    for (const expected of [1, 2, 3]) {
      vi.advanceTimersToNextTimer()
      await nextTick()
      expect(sections(w)).toBe(expected)
    }
  })

  it('once another screen opens: every section in the first render, no task queued', async () => {
    mount(screen(m)).unmount() // the launch screen
    m.launchOver()
    const timers = vi.getTimerCount()
    const w = mount(screen(m))
    expect(sections(w)).toBe(3)
    expect(vi.getTimerCount()).toBe(timers)
  })

  it('datesAt: the date data loads in three tasks of its own, then the stage that first shows a date in its own', async () => {
    const maximize = vi.spyOn(Intl.Locale.prototype, 'maximize')
    const formatsFor = vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf')
    const clockOf = vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions')
    const w = mount(screen(m, 3, { datesAt: 2 }))
    await nextTask()
    expect(sections(w)).toBe(1)
    expect(maximize).not.toHaveBeenCalled()
    await nextTask() // the stage's task: it only queues the first piece
    await nextTask() // the likely-region table
    expect(maximize).toHaveBeenCalledTimes(1)
    expect(formatsFor).not.toHaveBeenCalled()
    await nextTask() // the locales with date formats
    expect(formatsFor).toHaveBeenCalledTimes(1)
    expect(clockOf).not.toHaveBeenCalled()
    await nextTask() // the device's clock and the date words
    expect(clockOf).toHaveBeenCalled()
    expect(sections(w)).toBe(1)
    await nextTask() // the stage itself
    expect(sections(w)).toBe(2)
    await nextTask()
    expect(sections(w)).toBe(3)
  })

  it('datesAt: no extra task once the date words are built', async () => {
    ;(await import('../../src/composables/useNow')).deviceDates()
    const w = mount(screen(m, 2, { datesAt: 1 }))
    await nextTask()
    expect(sections(w)).toBe(1)
  })

  it('datesAt: the sections still come when the date words cannot be built ahead', async () => {
    vi.spyOn(navigator, 'language', 'get').mockImplementation(() => {
      throw new Error('no language')
    })
    const w = mount(screen(m, 2, { datesAt: 1 }))
    for (let i = 0; i < 3; i++) await nextTask()
    expect(sections(w)).toBe(2)
  })

  it('alsoAfterLaunch: still one section per task once another screen opens', async () => {
    m.launchOver()
    const w = mount(screen(m, 1, { alsoAfterLaunch: true }))
    expect(sections(w)).toBe(0)
    vi.advanceTimersToNextTimer()
    await nextTick()
    expect(sections(w)).toBe(1)
  })
})
