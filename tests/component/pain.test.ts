import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defineComponent, h } from 'vue'
import { createDb, setDb } from '../../src/db/db'
import PainTodayCard from '../../src/components/pain/PainTodayCard.vue'
import { usePainStore } from '../../src/stores/pain'
import { settle } from './settle'

const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: defineComponent({ render: () => h('div') }) }] })

describe('pain card on Today', () => {
  beforeEach(() => {
    setDb(createDb('t-' + Math.random()))
    setActivePinia(createPinia())
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('logs a score, refuses a missing one with an alert that keeps the note, and prompts a re-check after a 3-point jump', async () => {
    const w = mount(PainTodayCard, { global: { plugins: [router] }, attachTo: document.body })
    await settle()
    expect(w.text()).toContain('Log your pain each day')
    expect(w.find('[data-action="pain-recheck"]').exists()).toBe(false)

    await w.get('[data-action="log-pain"]').trigger('click')
    await vi.waitUntil(() => w.find('form').exists(), { timeout: 5000 }) // the form loads on first use
    await w.get('textarea').setValue('after the stairs')
    await w.get('form').trigger('submit')
    await settle()
    expect(w.get('[role="alert"]').text()).toContain('0 to 10')
    expect((w.get('textarea').element as HTMLTextAreaElement).value).toBe('after the stairs')

    await w.get('[data-pain-score="2"]').setValue(true)
    await w.get('form').trigger('submit')
    await settle()
    expect(w.text()).toContain('Latest: 2 out of 10')
    expect(w.text()).toContain('Saved: pain 2 out of 10')

    await w.get('[data-action="log-pain"]').trigger('click')
    await vi.waitUntil(() => w.find('form').exists(), { timeout: 5000 })
    await w.get('[data-pain-score="5"]').setValue(true)
    await w.get('form').trigger('submit')
    await settle()
    expect(w.find('[data-action="pain-recheck"]').exists()).toBe(true)
    expect(w.get('[data-recheck="jump-24h"]').text()).toContain('from 2 to 5')
    expect(w.get('[data-action="pain-recheck"]').attributes('href')).toBe('/check')
    expect(usePainStore().entries.map((e) => e.note)).toEqual(['', 'after the stairs'])
  })

  it('a score of 9 asks the warning signs right there: a yes raises the gate, "None of these" does not', async () => {
    const { useGateStore } = await import('../../src/stores/gate')
    const gate = useGateStore()
    await gate.load()
    const w = mount(PainTodayCard, { global: { plugins: [router] }, attachTo: document.body })
    await settle()
    await w.get('[data-action="log-pain"]').trigger('click')
    await vi.waitUntil(() => w.find('form').exists(), { timeout: 5000 })
    await w.get('[data-pain-score="9"]').setValue(true)
    await w.get('form').trigger('submit')
    await settle()
    const check = w.get('[data-warning-check]')
    expect(check.text()).toMatch(/Is any of these happening/)
    expect(usePainStore().entries[0]?.score).toBe(9) // saved before the questions
    await check.get('[data-action="none"]').trigger('submit')
    await settle()
    expect(w.find('[data-warning-check]').exists()).toBe(false)
    expect(gate.active).toBeNull()

    await w.get('[data-action="log-pain"]').trigger('click')
    await vi.waitUntil(() => w.find('form').exists(), { timeout: 5000 })
    await w.get('[data-pain-score="10"]').setValue(true)
    await w.get('form').trigger('submit')
    await settle()
    await w.get('[data-warning-check] input[data-finding="one_leg_swollen"]').setValue(true)
    expect(w.find('[data-warning-check] [data-action="none"]').exists()).toBe(false)
    await w.get('[data-warning-check] form').trigger('submit')
    await settle()
    expect(gate.active).toMatchObject({ level: 'urgent' })
    expect(gate.events.at(-1)).toMatchObject({ kind: 'raise', source: 'pain-jump', findings: ['one_leg_swollen'] })
  })

  it('a 2-point rise does not prompt', async () => {
    const pain = usePainStore()
    const w = mount(PainTodayCard, { global: { plugins: [router] } })
    await pain.add({ score: 3, where: '', note: '' }, Date.now() - 60_000)
    await pain.add({ score: 5, where: '', note: '' })
    await settle()
    expect(w.find('[data-action="pain-recheck"]').exists()).toBe(false)
  })
})
