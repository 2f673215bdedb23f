import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import SettingsReminders from '../../src/components/settings/SettingsReminders.vue'
import { createDb, setDb } from '../../src/db/db'
import { useSettingsStore } from '../../src/stores/settings'

beforeEach(async () => {
  setDb(createDb('t-' + Math.random()))
  setActivePinia(createPinia())
  await useSettingsStore().load()
})
afterEach(() => {
  document.body.innerHTML = ''
})

const optionTexts = (el: Element) => [...el.querySelectorAll('option')].map((o) => o.textContent?.trim())

/** Reminders switched on: how often, quiet hours and notifications show only then. */
async function remindersOn(): Promise<void> {
  const store = useSettingsStore()
  await store.update('reminders', { ...store.settings.reminders, enabled: true })
}

describe('reminder options', () => {
  it('shows how often, quiet hours and notifications only once reminders are on', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US')
    const w = mount(SettingsReminders, { attachTo: document.body })
    expect(w.find('select#reminder-interval').exists()).toBe(false)
    expect(w.find('select#quiet-start').exists()).toBe(false)
    expect(w.text()).not.toContain('phone notification')
    // The person can still read what web app reminders can and cannot do before switching them on.
    expect(w.text()).toContain('A web app cannot wake itself up')

    await w.get('input[data-action="reminders"]').setValue(true)
    await flushPromises()
    expect(useSettingsStore().settings.reminders.enabled).toBe(true)
    expect(w.get('select#reminder-interval').element.querySelectorAll('option')).toHaveLength(5)
    expect(optionTexts(w.get('select#quiet-start').element)).toContain('10:00 PM')
    expect(w.text()).toContain('phone notification')

    await w.get('input[data-action="reminders"]').setValue(false)
    await flushPromises()
    expect(w.find('select#quiet-start').exists()).toBe(false)
  })
})

describe('quiet hours', () => {
  beforeEach(remindersOn)

  it('offers every half hour, on a 12-hour dial for en-US', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US')
    const w = mount(SettingsReminders, { attachTo: document.body })
    const start = w.get('select#quiet-start').element
    expect(start.querySelectorAll('option')).toHaveLength(48)
    expect(optionTexts(start).slice(0, 3)).toEqual(['12:00 AM', '12:30 AM', '1:00 AM'])
    expect(optionTexts(start)).toContain('10:00 PM')
    expect(w.get('label[for="quiet-start"]').text()).toBe('From')
  })

  it('uses a 24-hour dial for en-GB, and saves the half hour chosen', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-GB')
    const w = mount(SettingsReminders, { attachTo: document.body })
    expect(optionTexts(w.get('select#quiet-end').element)).toContain('07:30')
    await w.get('select#quiet-end').setValue('06:30')
    await flushPromises()
    expect(useSettingsStore().settings.reminders.quietEnd).toBe('06:30')
    expect((w.get('select#quiet-end').element as HTMLSelectElement).value).toBe('06:30')
  })

  it('keeps a saved time that is not on the half hour as its own choice, in order', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-GB')
    const store = useSettingsStore()
    await store.update('reminders', { ...store.settings.reminders, quietStart: '21:45' })
    const w = mount(SettingsReminders, { attachTo: document.body })
    const start = w.get('select#quiet-start').element as HTMLSelectElement
    expect(start.value).toBe('21:45')
    const texts = optionTexts(start)
    expect(texts).toHaveLength(49)
    expect(texts.slice(texts.indexOf('21:30'), texts.indexOf('21:30') + 3)).toEqual(['21:30', '21:45', '22:00'])
  })
})
