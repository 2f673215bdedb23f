import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import GateBanner from '../../src/components/gate/GateBanner.vue'
import GateScreen from '../../src/components/gate/GateScreen.vue'
import { dayKey } from '../../src/domain/day'
import { useGateStore } from '../../src/stores/gate'
import { setup } from './screener-helpers'
import { settle } from './settle'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

const today = dayKey(Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone)

async function withGate(level: 'emergency' | 'urgent', findings: string[], region = 'GB') {
  const ctx = await setup(region)
  const gate = useGateStore()
  await gate.raise({ level, source: 'screening', reasons: ['Because of your answers.'], findings })
  return { ...ctx, gate }
}

describe('GateScreen', () => {
  it('shows the call button, where to go, the reasons and what to do while waiting', async () => {
    const { pinia, router } = await withGate('urgent', ['cannot_bear_weight'])
    wrapper = mount(GateScreen, { global: { plugins: [pinia, router] } })
    await settle()
    const gate = wrapper.get('[data-gate="urgent"]')
    // Urgent: the region's advice line first, the emergency number beside it.
    expect(gate.get('a[href^="tel:"]').attributes('href')).toBe('tel:111')
    expect(gate.get('a[data-call="emergency"]').attributes('href')).toBe('tel:999')
    expect(gate.text()).toMatch(/emergency department/i)
    expect(gate.text()).toContain('Because of your answers.')
    expect(gate.text()).toMatch(/while you wait/i)
  })

  it('clears only after "A clinician has checked me" and a confirmed date; cancel and bad dates keep it', async () => {
    const { pinia, router, gate, db } = await withGate('emergency', ['pe_symptoms'])
    wrapper = mount(GateScreen, { global: { plugins: [pinia, router] } })
    await settle()

    await wrapper.get('[data-action="clinician-cleared"]').trigger('click')
    await wrapper.get('button[type="button"]:not([data-action])').trigger('click') // Cancel
    await settle()
    expect(gate.active).not.toBeNull()
    expect(wrapper.find('[data-action="confirm-clear-gate"]').exists()).toBe(false)

    await wrapper.get('[data-action="clinician-cleared"]').trigger('click')
    await wrapper.get('#assessed-on').setValue('2999-01-01')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.get('[role="alert"]').text()).toMatch(/future/i)
    expect(gate.active).not.toBeNull()

    await wrapper.get('#assessed-on').setValue('2000-01-01')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(wrapper.get('[role="alert"]').text()).toMatch(/before this warning/i)
    expect(gate.active).not.toBeNull()

    await wrapper.get('#assessed-on').setValue(today)
    // A double tap writes one clear.
    await Promise.all([wrapper.get('form').trigger('submit'), wrapper.get('form').trigger('submit')])
    await settle()
    expect(gate.active).toBeNull()
    const events = await db.gateEvents.orderBy('at').toArray()
    expect(events.map((e) => e.kind)).toEqual(['raise', 'clear'])
    expect(events[1]).toMatchObject({ clearedBy: 'clinician', assessedOn: today })
  })

  it('"Continue to the app" does not clear the gate', async () => {
    const { pinia, router, gate } = await withGate('emergency', ['pe_symptoms'])
    wrapper = mount(GateScreen, { global: { plugins: [pinia, router] } })
    await wrapper.get('[data-action="continue"]').trigger('click')
    await settle()
    expect(wrapper.emitted('continue')).toHaveLength(1)
    expect(gate.active?.level).toBe('emergency')
  })
})

describe('GateBanner', () => {
  it('carries data-gate and a visible call link for the region', async () => {
    const { pinia, router } = await withGate('emergency', ['pe_symptoms'], 'JP')
    wrapper = mount(GateBanner, { global: { plugins: [pinia, router] } })
    await settle()
    expect(wrapper.get('[data-gate="emergency"] a[href^="tel:"]').attributes('href')).toBe('tel:119')
  })
})
