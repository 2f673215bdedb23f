import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import SettingsBackup from '../../src/components/settings/SettingsBackup.vue'
import SettingsDelete from '../../src/components/settings/SettingsDelete.vue'
import { createDb, setDb, type AppDb } from '../../src/db/db'
import { TABLE_NAMES, buildBackup, emptyTables, type Tables } from '../../src/domain/backup'
import { useGateStore } from '../../src/stores/gate'
import fixture from '../db/fixtures/v1.json'

const FIXTURE = fixture.tables as unknown as Tables
let db: AppDb

beforeEach(async () => {
  db = createDb('t-' + Math.random())
  setDb(db)
  setActivePinia(createPinia())
  await useGateStore().load()
})

async function counts(): Promise<number[]> {
  return Promise.all(TABLE_NAMES.map((n) => db.table(n).count()))
}

async function choose(wrapper: VueWrapper, text: string, name = 'backup.json'): Promise<void> {
  const input = wrapper.get('input[type=file][data-action="import"]')
  const file = new File([text], name, { type: 'application/json' })
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await vi.waitFor(async () => {
    await flushPromises()
    expect(wrapper.find('[data-import-preview], [role="alert"]').exists()).toBe(true)
  })
}

describe('SettingsBackup', () => {
  it('refuses a bad file with a plain alert and changes nothing', async () => {
    await db.waterEntries.bulkAdd(FIXTURE.waterEntries)
    const before = await counts()
    const wrapper = mount(SettingsBackup)
    await choose(wrapper, '[1, 2, 3]')
    const alert = wrapper.get('[role="alert"]')
    expect(alert.text()).toContain('This file was not imported')
    expect(alert.text()).toContain('Nothing on this device was changed')
    expect(alert.text()).toMatch(/not a backup from this app \(it contains a list\)/)
    expect(wrapper.find('[data-action="confirm-import"]').exists()).toBe(false)
    expect(await counts()).toEqual(before)
  })

  it('shows a preview with counts and a date range, writes nothing until confirmed, then imports', async () => {
    const text = JSON.stringify(await buildBackup({ tables: FIXTURE, appVersion: '0.1.0', createdAt: Date.UTC(2025, 5, 1) }))
    const wrapper = mount(SettingsBackup)
    await choose(wrapper, text)
    const preview = wrapper.get('[data-import-preview]')
    expect(preview.get('[data-count="waterEntries"]').text()).toBe(String(FIXTURE.waterEntries.length))
    expect(preview.text()).toMatch(/2025 to .*2025/)
    expect(preview.text()).toContain('app version 0.1.0')
    expect(await db.waterEntries.count()).toBe(0)
    await wrapper.get('[data-action="confirm-import"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-import-done]').exists()).toBe(true)
    })
    expect(wrapper.get('[data-import-done]').text()).toContain(`Imported ${TABLE_NAMES.reduce((s, n) => s + FIXTURE[n].length, 0)} records`)
    expect(await db.waterEntries.count()).toBe(FIXTURE.waterEntries.length)
  })

  it('asks a second time, naming the warning, before a replace takes it away; Cancel keeps it', async () => {
    await useGateStore().raise({ level: 'urgent', source: 'pain-jump', reasons: ['Your pain jumped by 4 points.'], findings: [] })
    const text = JSON.stringify(await buildBackup({ tables: emptyTables(), appVersion: '0.1.0', createdAt: Date.now() }))
    const wrapper = mount(SettingsBackup)
    await choose(wrapper, text)
    await wrapper.get('[data-import-mode="replace"]').setValue(true)
    await wrapper.get('[data-action="confirm-import"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-import-gate-question]').exists()).toBe(true)
    })
    const question = wrapper.get('[data-import-gate-question]')
    expect(question.attributes('role')).toBe('alert')
    expect(question.text()).toContain('This import would end the "seek care now" warning you have now, "Get seen by a doctor today"')
    expect(question.text()).toContain('Your pain jumped by 4 points.')
    expect(wrapper.get('[data-action="confirm-import"]').text()).toBe('Import and end the warning')
    expect(useGateStore().active).not.toBeNull()
    expect(await db.gateEvents.count()).toBe(1)
    // Switching to "add" puts the question away: a merge of this file keeps the warning.
    await wrapper.get('[data-import-mode="merge"]').setValue(true)
    expect(wrapper.find('[data-import-gate-question]').exists()).toBe(false)
    await wrapper.get('[data-import-mode="replace"]').setValue(true)
    await wrapper.get('[data-action="confirm-import"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-import-gate-question]').exists()).toBe(true)
    })
    await wrapper.get('[data-action="confirm-import"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(useGateStore().active).toBeNull()
    })
  })

  it('the preview lists what each table gains and loses, the settings that change, and what is left out', async () => {
    await db.waterEntries.bulkAdd(FIXTURE.waterEntries.slice(0, 3))
    const tables: Tables = {
      ...emptyTables(),
      settings: [
        { key: 'volumeUnit', value: 'floz' },
        { key: 'region', value: 'toString' },
      ],
      waterEntries: [...FIXTURE.waterEntries.slice(0, 5)],
    }
    const wrapper = mount(SettingsBackup)
    await choose(wrapper, JSON.stringify(await buildBackup({ tables, appVersion: '0.1.0', createdAt: Date.now() })))
    const preview = wrapper.get('[data-import-preview]')
    expect(preview.get('[data-table-outcome="waterEntries"]').text()).toBe(
      'Drinks: 5 in the file; 2 will be added; 3 are already on this device and stay as they are.',
    )
    expect(preview.get('[data-setting-changes]').text()).toContain('Units for drinks: from ml to US fl oz')
    expect(preview.get('[data-import-left-out]').text()).toContain('Setting 2 ("region") is "toString"')
    expect(preview.get('[data-table-outcome="settings"]').text()).toContain('1 left out')
    await wrapper.get('[data-import-mode="replace"]').setValue(true)
    expect(preview.get('[data-table-outcome="waterEntries"]').text()).toBe(
      'Drinks: 5 in the file; the 3 on this device will be deleted; 5 will be put in.',
    )
  })

  it('shows the check’s progress as a labelled <progress> with a polite live region', async () => {
    const wrapper = mount(SettingsBackup)
    const input = wrapper.get('input[type=file][data-action="import"]')
    const file = new File([JSON.stringify(await buildBackup({ tables: FIXTURE, appVersion: '0.1.0', createdAt: Date.UTC(2025, 5, 1) }))], 'b.json')
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
    await input.trigger('change')
    await flushPromises()
    await vi.waitFor(() => expect(wrapper.find('[data-import-progress]').exists()).toBe(true))
    const progress = wrapper.get('progress')
    expect(wrapper.get(`label[for="${progress.attributes('id')}"]`).text()).toBe('Checking the file')
    expect(wrapper.get('[data-import-progress] [aria-live="polite"]').text()).toMatch(/Reading|Checking/)
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-import-preview]').exists()).toBe(true)
    })
  })
})

describe('SettingsDelete', () => {
  it('deletes everything only after a confirmation', async () => {
    await db.painEntries.bulkAdd(FIXTURE.painEntries)
    const wrapper = mount(SettingsDelete)
    await wrapper.get('[data-action="delete-all"]').trigger('click')
    await wrapper.get('[data-action="cancel-delete"]').trigger('click')
    expect(await db.painEntries.count()).toBe(FIXTURE.painEntries.length)
    await wrapper.get('[data-action="delete-all"]').trigger('click')
    await wrapper.get('[data-action="confirm-delete"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.get('[data-delete-status]').text()).toContain('Everything was deleted')
    })
    expect(await db.painEntries.count()).toBe(0)
  })

  it('with a warning in force, asks again: keeping it deletes the rest, only the explicit second choice removes it', async () => {
    const gate = useGateStore()
    await db.painEntries.bulkAdd(FIXTURE.painEntries)
    await gate.raise({ level: 'emergency', source: 'screening', reasons: ['r'], findings: ['pe_symptoms'] })
    const wrapper = mount(SettingsDelete)
    await wrapper.get('[data-action="delete-all"]').trigger('click')
    await wrapper.get('[data-action="confirm-delete"]').trigger('click')
    await flushPromises()
    expect(await db.painEntries.count()).toBe(FIXTURE.painEntries.length) // nothing yet
    expect(wrapper.text()).toContain('Deleting everything would remove it too')
    await wrapper.get('[data-action="delete-keep-gate"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.get('[data-delete-status]').text()).toContain('still in force')
    })
    expect(await db.painEntries.count()).toBe(0)
    expect(gate.active?.level).toBe('emergency')

    await wrapper.get('[data-action="delete-all"]').trigger('click')
    await wrapper.get('[data-action="confirm-delete"]').trigger('click')
    await flushPromises()
    await wrapper.get('[data-action="confirm-delete-gate"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(gate.active).toBeNull()
    })
    expect(await db.gateEvents.count()).toBe(0)
  })
})
