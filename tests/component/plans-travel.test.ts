import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import TravelModeToggle from '../../src/components/plans/TravelModeToggle.vue'
import TravelReminder from '../../src/components/plans/TravelReminder.vue'
import { travelReminderDue } from '../../src/domain/reminders'
import { useGateStore } from '../../src/stores/gate'
import { useSettingsStore } from '../../src/stores/settings'

import { setup } from './screener-helpers'
import { settle } from './settle'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  vi.useRealTimers()
})

const Both = defineComponent({ render: () => h('div', [h(TravelModeToggle), h(TravelReminder)]) })

describe('travel mode', () => {
  it('the rule: due 60 min after the start, never when off or under the gate', () => {
    const since = 1_000_000
    expect(travelReminderDue({ on: true, locked: false, now: since + 59 * 60_000, since })).toBe(false)
    expect(travelReminderDue({ on: true, locked: false, now: since + 60 * 60_000, since })).toBe(true)
    expect(travelReminderDue({ on: false, locked: false, now: since + 120 * 60_000, since })).toBe(false)
    expect(travelReminderDue({ on: true, locked: true, now: since + 120 * 60_000, since })).toBe(false)
  })

  it('switching it on saves the setting, and an hour later a polite note offers the seated routine', async () => {
    const { pinia, router } = await setup()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
    wrapper = mount(Both, { global: { plugins: [pinia, router] } })
    await settle(10)
    const status = wrapper.get('[data-travel-reminder]')
    expect(status.attributes('role')).toBe('status')
    expect(status.text()).toBe('')
    await wrapper.get('input[data-action="travel-mode"]').setValue(true)
    await settle(10)
    expect(useSettingsStore().settings.travelMode).toBe(true)
    await vi.advanceTimersByTimeAsync(59 * 60_000)
    expect(wrapper.get('[data-travel-reminder]').text()).toBe('')
    await vi.advanceTimersByTimeAsync(2 * 60_000)
    const note = wrapper.get('[data-travel-reminder]')
    expect(note.text()).toMatch(/move your legs/)
    expect(note.find('a[href="/routines/travel-circulation"]').exists()).toBe(true)
    await note.get('button').trigger('click')
    expect(wrapper.get('[data-travel-reminder]').text()).toBe('')
    // Under a gate no routine is suggested.
    vi.useRealTimers()
    await useGateStore().raise({ level: 'urgent', source: 'screening', reasons: ['r'], findings: [] })
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
    await vi.advanceTimersByTimeAsync(61 * 60_000)
    expect(wrapper.get('[data-travel-reminder]').text()).toBe('')
  })
})

describe('travel mode under dvt-watch', () => {
  async function withClotRisk() {
    const ctx = await setup()
    const { saveScreening } = await import('../../src/db/screenings')
    const at = Date.now()
    await saveScreening(
      { id: 's1', at, timeZone: 'UTC', dayKey: '2026-12-01', findings: ['recent_long_travel'], disposition: 'self-care', plans: ['travel-circulation'], cautions: ['dvt-watch'], onsetAt: null },
      [],
    )
    wrapper = mount(TravelModeToggle, { global: { plugins: [ctx.pinia, ctx.router] } })
    await vi.waitUntil(async () => {
      await flushPromises()
      const { useSafetyStore } = await import('../../src/stores/safety')
      return useSafetyStore().screening !== null
    })
    return wrapper
  }

  it('switching it on asks the clot signs first; "None of these" turns it on', async () => {
    const w = await withClotRisk()
    await w.get('input[data-action="travel-mode"]').setValue(true)
    await flushPromises()
    expect(useSettingsStore().settings.travelMode).toBe(false)
    expect(w.find('[data-pre-check="clot"]').exists()).toBe(true)
    await w.get('[data-pre-check="clot"] [data-action="none"]').trigger('click')
    await vi.waitUntil(() => useSettingsStore().settings.travelMode)
    expect(useSettingsStore().settings.clotCheckedOn).not.toBeNull()
  })

  it('a yes raises the gate and travel mode stays off', async () => {
    const w = await withClotRisk()
    await w.get('input[data-action="travel-mode"]').setValue(true)
    await flushPromises()
    await w.get('[data-pre-check="clot"] input[data-finding="pe_symptoms"]').setValue(true)
    await w.get('[data-pre-check="clot"] form').trigger('submit')
    await vi.waitUntil(() => useGateStore().active !== null)
    expect(useGateStore().active?.level).toBe('emergency')
    expect(useGateStore().events.at(-1)).toMatchObject({ source: 'clot-check' })
    expect(useSettingsStore().settings.travelMode).toBe(false)
  })
})
