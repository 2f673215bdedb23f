import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defineComponent, h } from 'vue'
import { createDb, setDb } from '../../src/db/db'
import WaterPastDays from '../../src/components/water/WaterPastDays.vue'
import WaterQuickAdd from '../../src/components/water/WaterQuickAdd.vue'
import WaterStatusLine from '../../src/components/water/WaterStatusLine.vue'
import WaterTodayCard from '../../src/components/water/WaterTodayCard.vue'
import { addDays } from '../../src/domain/day'
import { useHistoryStore } from '../../src/stores/history'
import { useSettingsStore } from '../../src/stores/settings'
import { useWaterStore } from '../../src/stores/water'
import { settle } from './settle'

const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: defineComponent({ render: () => h('div') }) }] })

function mountWith(component: object) {
  return mount(component, { global: { plugins: [router] }, attachTo: document.body })
}

describe('water components', () => {
  beforeEach(() => {
    setDb(createDb('t-' + Math.random()))
    setActivePinia(createPinia())
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('Today card: +250 ml adds to today, shows the total against the goal, and Undo takes it back', async () => {
    const w = mountWith(WaterTodayCard)
    await settle()
    const total = () => w.get('[data-water-today-ml]').attributes('data-water-today-ml')
    expect(total()).toBe('0')
    expect(w.text()).toContain('0 ml of 1600 ml')
    await w.get('[data-action="add-water"][data-amount-ml="250"]').trigger('click')
    await settle()
    expect(total()).toBe('250')
    expect(w.text()).toContain('1350 ml to go')
    await w.get('[data-action="undo-water"]').trigger('click')
    await settle()
    expect(total()).toBe('0')
    expect(w.find('[data-action="undo-water"]').exists()).toBe(false)
  })

  it('custom amount: a bad amount shows an alert and keeps the text; a good one is added', async () => {
    const w = mountWith(WaterQuickAdd)
    await settle()
    const input = w.get('#custom-amount')
    await input.setValue('lots')
    await w.get('form').trigger('submit')
    await settle()
    expect(w.get('[role="alert"]').text()).toContain('number')
    expect((input.element as HTMLInputElement).value).toBe('lots')
    expect(useWaterStore().todayTotalMl).toBe(0)
    // Half a millilitre: the app keeps whole ml, so a backup of it always reads back (it used to save 0.5 ml).
    await input.setValue('0.4')
    await w.get('form').trigger('submit')
    await settle()
    expect(w.get('[role="alert"]').text()).toContain('at least 1 ml')
    expect(useWaterStore().todayTotalMl).toBe(0)
    await input.setValue('400')
    await w.get('form').trigger('submit')
    await settle()
    expect(w.find('[role="alert"]').exists()).toBe(false)
    expect(useWaterStore().todayTotalMl).toBe(400)
  })

  it('quick-add buttons follow the sizes in settings and the unit', async () => {
    const settings = useSettingsStore()
    await settings.update('water', { ...settings.settings.water, quickAddMl: [200, 355] })
    await settings.update('volumeUnit', 'floz')
    const w = mountWith(WaterQuickAdd)
    await settle()
    const buttons = w.findAll('[data-action="add-water"]')
    expect(buttons.map((b) => b.attributes('data-amount-ml'))).toEqual(['200', '355'])
    expect(buttons.map((b) => b.text())).toEqual(['+ 6.8 fl oz', '+ 12 fl oz'])
  })

  it('under a fluid limit with no limit entered: no goal, and a request for the limit', async () => {
    const settings = useSettingsStore()
    const water = useWaterStore()
    const w = mountWith(WaterStatusLine)
    // Stand in for a screening where the person said a clinician limits their drinks.
    const { getDb } = await import('../../src/db/db')
    const db = getDb()
    await db.transaction('rw', db.screenings, () =>
      db.screenings.add({ id: 's', at: Date.now(), timeZone: 'UTC', dayKey: '2025-01-01', findings: ['fluid_restriction_advised'], disposition: 'self-care', plans: [], cautions: ['fluid-limit'], onsetAt: null }),
    )
    await settle()
    expect(water.fluidLimit).toBe(true)
    expect(w.text()).not.toContain('1600')
    expect(w.text()).toContain('Add the limit')
    await settings.update('water', { ...settings.settings.water, limitMl: 1000 })
    await water.add(850)
    await settle()
    expect(w.text()).toContain('850 ml of your 1000 ml limit')
    expect(w.text()).toContain('getting close')
    expect(water.status.promptToDrink).toBe(false)
  })

  it('a limit saved in Settings alone turns limit mode on: no goal, never "reached today\'s goal"', async () => {
    const settings = useSettingsStore()
    const water = useWaterStore()
    const w = mountWith(WaterStatusLine)
    await settle()
    expect(w.get('[data-water-mode]').attributes('data-water-mode')).toBe('goal')
    await settings.update('water', { ...settings.settings.water, limitMl: 1500 })
    await settle()
    expect(water.fluidLimit).toBe(true)
    expect(w.get('[data-water-mode]').attributes('data-water-mode')).toBe('limit')
    await water.add(1600)
    await settle()
    expect(w.text()).toContain('1600 ml of your 1500 ml limit')
    expect(w.text()).toContain('over your limit')
    expect(w.text()).not.toMatch(/goal/i)
    expect(water.status.promptToDrink).toBe(false)
  })

  it('steps back a day, and builds the date field only when asked, focused, refusing today', async () => {
    const w = mountWith(WaterPastDays)
    await settle()
    const history = useHistoryStore()
    const yesterday = addDays(history.todayKey, -1)
    expect(history.viewDay).toBe(yesterday)
    expect(w.find('input[type="date"]').exists()).toBe(false)
    await w.get('button:not([disabled])').trigger('click') // ‹ Day before
    expect(history.viewDay).toBe(addDays(yesterday, -1))
    await w.get('[data-action="pick-day"]').trigger('click')
    await settle()
    const input = w.get('input#past-day')
    expect(document.activeElement).toBe(input.element)
    expect(w.get('label[for="past-day"]').text()).toBe('Day to show')
    await input.setValue(history.todayKey)
    expect(history.viewDay).toBe(addDays(yesterday, -1))
    await input.setValue('2025-03-03')
    expect(history.viewDay).toBe('2025-03-03')
    expect(w.get('h3').text()).toContain('Monday, March 3, 2025')
  })
})
