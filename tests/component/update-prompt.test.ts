import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'


import UpdatePrompt from '../../src/components/pwa/UpdatePrompt.vue'
import { useWebLock } from '../../src/composables/useWebLock'
import { acceptUpdate, BUSY_LOCK, needRefresh, updateAccepted } from '../../src/pwa/register'
import { useAppStore } from '../../src/stores/app'
import { useScreenerStore } from '../../src/stores/screener'
import { setup } from './screener-helpers'

/** A stand-in for navigator.locks: records each request and holds it until its callback's promise settles. */
function fakeLocks() {
  const requests: { name: string; mode: LockMode | undefined; released: boolean }[] = []
  const locks = {
    request: vi.fn(async (name: string, options: LockOptions, callback: () => Promise<unknown>) => {
      const entry = { name, mode: options.mode, released: false }
      requests.push(entry)
      await callback()
      entry.released = true
    }),
  }
  Object.defineProperty(navigator, 'locks', { value: locks, configurable: true })
  return requests
}

beforeEach(() => {
  setActivePinia(createPinia())
  needRefresh.value = false
  updateAccepted.value = false
})
afterEach(() => {
  document.body.innerHTML = ''
  Reflect.deleteProperty(navigator, 'locks')
})

describe('useWebLock', () => {
  it('holds the lock (shared) while `when` is true, lets go when it turns false and when the scope ends', async () => {
    const requests = fakeLocks()
    const when = ref(false)
    const scope = effectScope()
    scope.run(() => useWebLock({ name: 'x', when }))
    expect(requests).toHaveLength(0)
    when.value = true
    await nextTick()
    expect(requests).toEqual([{ name: 'x', mode: 'shared', released: false }])
    when.value = false
    await flushPromises()
    expect(requests[0]!.released).toBe(true)
    when.value = true
    await nextTick()
    expect(requests).toHaveLength(2)
    scope.stop()
    await flushPromises()
    expect(requests[1]!.released).toBe(true)
  })
})

describe('update prompt', () => {
  it('names what a busy tab waits for: its routine, or its unfinished check', async () => {
    fakeLocks()
    const app = useAppStore()
    const w = mount(UpdatePrompt, { attachTo: document.body })
    needRefresh.value = true
    app.setBusy('routine', true)
    await nextTick()
    expect(w.get('[data-update-prompt]').text()).toContain('It will wait until your routine ends.')
    app.setBusy('routine', false)
    app.setBusy('check', true)
    await nextTick()
    expect(w.get('[data-update-prompt]').text()).toContain('It will wait until you finish the check.')
    expect(w.find('[role="status"] [data-update-prompt]').exists(), 'the notice is in a live region').toBe(true)
  })

  it('a busy tab holds the busy lock; accepting asks for it exclusively, and the notice then says what it waits for', async () => {
    const requests = fakeLocks()
    const app = useAppStore()
    app.setBusy('check', true)
    const w = mount(UpdatePrompt, { attachTo: document.body })
    await nextTick()
    expect(requests).toEqual([{ name: BUSY_LOCK, mode: 'shared', released: false }])
    needRefresh.value = true
    await nextTick()
    await w.get('[data-action="apply-update"]').trigger('click')
    expect(requests.at(-1)).toMatchObject({ name: BUSY_LOCK, mode: 'exclusive' })
    expect(w.get('[data-update-prompt]').text()).toBe('The update will be applied when you finish the check.')
    expect(w.find('[data-action="apply-update"]').exists()).toBe(false)
    app.setBusy('check', false)
    await flushPromises()
    expect(requests[0]!.released).toBe(true)
    expect(w.get('[data-update-prompt]').text()).toBe('The update will be applied once no window has a routine or a check in progress.')
  })

  it('shows the waiting notice even after "Later", once an update was accepted in another tab', async () => {
    const requests = fakeLocks()
    const w = mount(UpdatePrompt, { attachTo: document.body })
    needRefresh.value = true
    await nextTick()
    await w.get('button:not([data-action])').trigger('click')
    expect(w.find('[data-update-prompt]').exists()).toBe(false)
    updateAccepted.value = true
    await nextTick()
    expect(w.find('[data-update-prompt]').exists()).toBe(true)
    const before = requests.length
    acceptUpdate() // already accepted (by the other tab, which asked for the lock): nothing more to ask for
    expect(requests).toHaveLength(before)
  })
})

describe('a check in progress keeps the tab busy', () => {
  it('from the first answer until its result is saved, and again after a restart with new answers', async () => {
    await setup()
    const screener = useScreenerStore()
    const app = useAppStore()
    expect(app.busy).toBe(false)
    await screener.none()
    expect(screener.stepIndex).toBe(1)
    expect(app.busyReason).toBe('check')
    while (!screener.finished) {
      if (screener.legError) screener.setAnswer('pain_one_leg_only', false)
      await screener.none()
    }
    expect(app.busy).toBe(false)
    screener.reset()
    expect(app.busy).toBe(false)
    screener.setAnswer(screener.steps[1]!.findings[0]!, true)
    await nextTick()
    expect(app.busy).toBe(true)
  })
})
