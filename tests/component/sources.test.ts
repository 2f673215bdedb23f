import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { SCREENER_STEPS } from '../../src/content/findings'
import { FINDING_SOURCES, SOURCES } from '../../src/content/sources'
import SourcesPage from '../../src/pages/SourcesPage.vue'
import { settle } from './settle'

describe('the Sources page', () => {
  it('lists every source by topic, and draws a question group’s sources when it is opened', async () => {
    const page = mount(SourcesPage, { attachTo: document.body })
    // Every source once, by topic.
    expect(page.findAll('[data-source]').map((li) => li.attributes('data-source')).sort()).toEqual(SOURCES.map((s) => s.id).sort())
    // The groups of questions start closed, with nothing drawn inside.
    expect(page.findAll('[data-finding-sources]')).toHaveLength(0)

    const step = SCREENER_STEPS[0]!
    const details = page.find(`[data-step-sources="${step.id}"]`)
    ;(details.element as HTMLDetailsElement).open = true
    await details.trigger('toggle')
    await settle()
    const rows = details.findAll('[data-finding-sources]')
    expect(rows.map((li) => li.attributes('data-finding-sources'))).toEqual([...step.findings])
    // Each question shows as many citations as it has sources.
    for (const [i, id] of step.findings.entries()) expect(rows[i]!.findAll('.citation')).toHaveLength(FINDING_SOURCES[id].length)
    // Only the opened group is drawn.
    expect(page.findAll('[data-finding-sources]')).toHaveLength(step.findings.length)
    page.unmount()
  })
})
