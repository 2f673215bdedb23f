import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import ScreenerResult from '../../src/components/screener/ScreenerResult.vue'
import { triage } from '../../src/domain/triage'
import type { ScreenerOutcome } from '../../src/domain/screener'
import { setup } from './screener-helpers'
import { settle } from './settle'

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

function outcome(findings: string[], saved = true): ScreenerOutcome {
  const result = triage(findings)
  return {
    result,
    saved,
    record: {
      id: 'x',
      at: 0,
      timeZone: 'UTC',
      dayKey: '1970-01-01',
      findings,
      disposition: result.disposition,
      plans: result.plans,
      cautions: result.cautions,
      onsetAt: null,
    },
  }
}

async function show(findings: string[], region = 'GB', saved = true): Promise<VueWrapper> {
  const { pinia, router } = await setup(region)
  wrapper = mount(ScreenerResult, { props: { outcome: outcome(findings, saved) }, global: { plugins: [pinia, router] } })
  await settle()
  return wrapper
}

const links = (w: VueWrapper, sel: string) => w.findAll(`${sel} a`).map((a) => a.attributes('href'))

describe('screener result', () => {
  it('urgent where the region has no advice line: the emergency number, "or go to the emergency department today"', async () => {
    const w = await show(['pain_one_leg_only', 'location_calf', 'recent_long_travel'], 'ES')
    const gate = w.get('[data-gate="urgent"]')
    expect(gate.findAll('a[href^="tel:"]').map((a) => a.attributes('href'))).toEqual(['tel:112'])
    expect(gate.find('[data-call="non-emergency"]').exists()).toBe(false)
    expect(gate.text()).toMatch(/emergency department today/)
  })

  it('emergency: the gate with the region number, the reasons, no plans, the note and sources', async () => {
    const w = await show(['nerve_pain_both_legs'], 'AU')
    const root = w.get('[data-disposition]')
    expect(root.attributes('data-disposition')).toBe('emergency')
    expect(root.get('[data-gate="emergency"] a[href^="tel:"]').attributes('href')).toBe('tel:000')
    expect(w.text()).toContain('Call 000 now')
    expect(w.get('[data-reasons]').text()).toMatch(/both legs/i)
    expect(w.text()).toMatch(/raise, warm, cool or rub/i)
    expect(w.find('[data-result-plans]').exists()).toBe(false)
    expect(w.find('[data-safety-net]').exists()).toBe(false)
    expect(w.get('[data-not-diagnosis]').text()).toMatch(/not a diagnosis/i)
    expect(w.get('a[data-sources-link]').attributes('href')).toBe('/sources')
  })

  it('urgent: where to go, the non-emergency line first with the emergency number beside it, and the rule in plain words', async () => {
    const w = await show(['pain_one_leg_only', 'location_calf', 'recent_long_travel'], 'GB')
    expect(w.get('[data-disposition]').attributes('data-disposition')).toBe('urgent')
    const gate = w.get('[data-gate="urgent"]')
    expect(gate.findAll('a[href^="tel:"]').map((a) => [a.attributes('href'), a.attributes('data-call')])).toEqual([
      ['tel:111', 'non-emergency'],
      ['tel:999', 'emergency'],
    ])
    expect(gate.get('[data-call="emergency"]').text()).toMatch(/breathless|chest pain|much worse/)
    expect(gate.text()).toContain('Get seen today')
    const reasons = w.get('[data-reasons]').text()
    expect(reasons).toMatch(/blood clot/i)
    expect(reasons).toContain('Rule R4')
    expect(reasons).toContain('a long journey in the past 4 weeks')
    expect(w.find('[data-result-plans]').exists()).toBe(false)
    expect(w.find('a[data-sources-link]').exists()).toBe(true)
  })

  it('urgent with a suspected fracture sends the person to the emergency department', async () => {
    const w = await show(['possible_fracture'])
    expect(w.get('[data-gate="urgent"]').text()).toMatch(/emergency department/i)
  })

  it('doctor: the home care that is safe while waiting, minus what a caution forbids', async () => {
    // Exercise + calf gives RICE and calf stretches, but poor circulation forbids RICE.
    const w = await show(['pain_started_during_exercise', 'location_calf', 'calf_pain_walking_eases_rest'])
    expect(w.get('[data-disposition]').attributes('data-disposition')).toBe('doctor')
    expect(w.find('[data-gate]').exists()).toBe(false)
    expect(w.text()).toMatch(/while you wait/i)
    expect(links(w, '[data-result-plans]')).toEqual(['/routines/calf-stretch'])
    expect(w.find('[data-caution="poor-circulation"]').exists()).toBe(true)
    expect(w.find('[data-safety-net]').exists()).toBe(true)
    expect(w.find('a[data-sources-link]').exists()).toBe(true)
  })

  it('self-care: the matched plans with their links, cautions and the safety-net', async () => {
    const w = await show(['pain_started_during_exercise', 'location_calf', 'sweating_heat_or_low_fluids', 'previous_clot'])
    expect(w.get('[data-disposition]').attributes('data-disposition')).toBe('self-care')
    expect(links(w, '[data-result-plans]')).toEqual(['/routines/rice', '/routines/calf-stretch', '/water'])
    expect(w.get('[data-caution="dvt-watch"]').text()).toMatch(/massage/i)
    const net = w.get('[data-safety-net]').text()
    expect(net).toMatch(/shortness of breath/i)
    expect(net).toMatch(/signs of a blood clot/i) // dvt-watch adds the clot signs
    expect(w.find('[data-not-diagnosis]').exists()).toBe(true)
    expect(w.get('a[data-sources-link]').attributes('href')).toBe('/sources')
    expect(w.find('[data-gate]').exists()).toBe(false)
  })

  it('says so when the result could not be saved', async () => {
    const w = await show([], 'GB', false)
    expect(w.text()).toMatch(/could not be saved/i)
  })
})
