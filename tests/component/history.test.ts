import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
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
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    expect((w.get('.chart-table').element as HTMLElement).style.display).toBe('')
    const rows = w.findAll('tbody tr').map((r) => r.text())
    expect(rows).toHaveLength(3)
    expect(rows[0]).toContain('1800 ml')
    expect(rows[1]).toContain('0')
    w.unmount()
  })

  it('a line chart leaves a gap on a day with nothing logged', () => {
    const w = mount(DayChart, {
      props: { title: 'Pain', summary: 's', points: [...points.map((p) => ({ ...p, value: p.value && p.value / 300 }))], kind: 'line', yLabel: 'Pain', format: String, max: 10 },
    })
    expect(w.findAll('circle.dot')).toHaveLength(2)
    expect(w.get('path.line').attributes('d')!.match(/M/g)).toHaveLength(2)
    expect(w.findAll('tbody td').map((t) => t.text())).toContain('Not logged')
  })
})
