import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import DayChart from '../../src/components/charts/DayChart.vue'

const points = [
  { dayKey: '2025-03-08', value: 1200 },
  { dayKey: '2025-03-09', value: null },
  { dayKey: '2025-03-10', value: 1800 },
]

describe('DayChart', () => {
  it('is an image with a summary, labelled axes, a goal line, and a table that the button reveals', async () => {
    const w = mount(DayChart, {
      props: { title: 'Water', summary: 'Water over 3 days', points, yLabel: 'ml', format: (v: number) => `${v} ml`, line: { value: 1600, label: 'Goal' }, emptyText: '0' },
      attachTo: document.body,
    })
    const svg = w.get('svg')
    expect(svg.attributes('role')).toBe('img')
    expect(svg.attributes('aria-label')).toBe('Water over 3 days')
    expect(w.findAll('rect.bar')).toHaveLength(2)
    expect(svg.text()).toContain('Goal')
    expect(svg.text()).toContain('2000 ml')
    const toggle = w.get('button')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    expect((w.get('.chart-table').element as HTMLElement).style.display).toBe('none')
    expect(w.findAll('tbody tr'), 'no rows are built before the table is shown').toHaveLength(0)
    // The axis names the weekdays (8 to 10 March 2025: Saturday to Monday).
    expect(w.findAll('text.x-label').map((t) => t.text())).toEqual(['Sat', 'Sun', 'Mon'])
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    expect((w.get('.chart-table').element as HTMLElement).style.display).toBe('')
    const rows = w.findAll('tbody tr').map((r) => r.text())
    expect(rows).toHaveLength(3)
    expect(rows[0]).toContain('1800 ml')
    expect(rows[1]).toContain('0')
    w.unmount()
  })

  it('builds its table for printing', async () => {
    const w = mount(DayChart, { props: { title: 'Water', summary: 's', points, yLabel: 'ml', format: (v: number) => `${v} ml` } })
    expect(w.findAll('tbody tr')).toHaveLength(0)
    window.dispatchEvent(new Event('beforeprint'))
    await nextTick()
    expect(w.findAll('tbody tr').map((r) => r.text())).toEqual([expect.stringMatching(/^Monday,? (10 March|March 10),? 2025/), expect.any(String), expect.any(String)])
    window.dispatchEvent(new Event('afterprint'))
    await nextTick()
    expect(w.findAll('tbody tr')).toHaveLength(0)
    w.unmount()
  })

  it('a line chart leaves a gap on a day with nothing logged', async () => {
    const w = mount(DayChart, {
      props: { title: 'Pain', summary: 's', points: [...points.map((p) => ({ ...p, value: p.value && p.value / 300 }))], kind: 'line', yLabel: 'Pain', format: String, max: 10 },
    })
    expect(w.findAll('circle.dot')).toHaveLength(2)
    // A 0-10 score axis in whole steps.
    expect(w.findAll('.grid text').map((t) => t.text())).toEqual(['0', '2', '4', '6', '8', '10'])
    expect(w.get('path.line').attributes('d')!.match(/M/g)).toHaveLength(2)
    await w.get('button').trigger('click')
    expect(w.findAll('tbody td').map((t) => t.text())).toContain('Not logged')
  })

  it('keeps the axis title on its own line above the highest tick label', () => {
    const w = mount(DayChart, {
      props: { title: 'Pain', summary: 's', points, kind: 'line', yLabel: 'Pain (0-10)', format: String, max: 10 },
    })
    const title = Number(w.get('text.y-title').attributes('y'))
    const tickYs = w.findAll('.grid text').map((t) => Number(t.attributes('y')))
    // Text baselines: the title's (font about 11 px) sits well above the top tick's.
    expect(Math.min(...tickYs) - title).toBeGreaterThanOrEqual(12)
  })

  it('says nothing was logged instead of drawing an empty grid scaled to nothing', () => {
    const none = points.map((p) => ({ ...p, value: null }))
    const w = mount(DayChart, { props: { title: 'Water', summary: 's', points: none, yLabel: 'ml', format: (v: number) => `${v} ml`, emptyText: '0' } })
    expect(w.find('svg').exists()).toBe(false)
    expect(w.get('[data-chart-empty]').text()).toContain('Nothing logged')
    expect(w.find('button').exists()).toBe(false)
    // With a goal to show, the empty days are drawn against it (scaled to the goal, never to 0-1 ml).
    const goal = mount(DayChart, { props: { title: 'Water', summary: 's', points: none, yLabel: 'ml', format: (v: number) => `${v} ml`, line: { value: 1600, label: 'Goal' } } })
    expect(goal.get('svg').text()).toContain('2000 ml')
    expect(goal.get('svg').text()).not.toMatch(/\b1 ml/)
  })
})
