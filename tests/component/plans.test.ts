import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import PlansPage from '../../src/pages/PlansPage.vue'
import { newId, type AppDb } from '../../src/db/db'
import { saveScreening } from '../../src/db/screenings'
import { dayKey } from '../../src/domain/day'
import type { ScreeningRecord } from '../../src/domain/records'
import { triage } from '../../src/domain/triage'
import { useGateStore } from '../../src/stores/gate'
import { ROUTINES } from '../../src/content/routines'
import { setup, settle } from './screener-helpers'

const tz = Intl.DateTimeFormat().resolvedOptions().timeZone
const HOUR = 3_600_000

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

async function seedScreening(findings: string[], onsetAt: number | null = Date.now()): Promise<ScreeningRecord> {
  const at = Date.now()
  const r = triage(findings)
  const record: ScreeningRecord = {
    id: newId(),
    at,
    timeZone: tz,
    dayKey: dayKey(at, tz),
    findings,
    disposition: r.disposition,
    plans: [...r.plans],
    cautions: [...r.cautions],
    onsetAt,
  }
  await saveScreening(record, [])
  return record
}

async function mountPlans(findings: string[] | null, onsetAt: number | null = Date.now()): Promise<{ w: VueWrapper; db: AppDb }> {
  const { pinia, router, db } = await setup()
  if (findings) await seedScreening(findings, onsetAt)
  await router.push('/plans')
  wrapper = mount(PlansPage, { global: { plugins: [pinia, router] }, attachTo: document.body })
  await settle()
  return { w: wrapper, db }
}

const startLinks = (w: VueWrapper) => w.findAll('a[href^="/routines/"]').map((a) => a.attributes('href'))

describe('Plans', () => {
  it('under an active gate every plan is locked: an explanation and no start links', async () => {
    const { pinia, router } = await setup()
    await seedScreening(['pain_started_during_exercise', 'location_calf'])
    await useGateStore().raise({ level: 'urgent', source: 'screening', reasons: ['A reason.'], findings: ['cannot_bear_weight'] })
    wrapper = mount(PlansPage, { global: { plugins: [pinia, router] } })
    await settle()
    const locked = wrapper.get('[data-plans-locked]')
    expect(locked.text()).toMatch(/paused/i)
    expect(locked.text()).toMatch(/warning at the top/i)
    expect(startLinks(wrapper)).toEqual([])
    expect(wrapper.find('[data-library]').exists()).toBe(false)
    expect(wrapper.find('[data-rice]').exists()).toBe(false)
  })

  it('without a screening suggests checking symptoms first, and the library lists every routine with a start link', async () => {
    const { w } = await mountPlans(null)
    expect(w.get('[data-no-screening]').find('a[href="/check"]').exists()).toBe(true)
    const library = w.get('[data-library]')
    for (const { id, title } of ROUTINES) {
      if (['ice', 'heat', 'elevation'].includes(id)) continue // the RICE section starts the timers
      const item = library.get(`[data-routine="${id}"]`)
      expect(item.get(`a[href="/routines/${id}"]`).text()).toBe(`Start ${title}`)
      expect(item.text().length).toBeGreaterThan(20) // title, summary and dosing
    }
    // The RICE section starts the ice, heat and leg-raise timers.
    const rice = w.get('[data-rice]')
    for (const id of ['ice', 'heat', 'elevation']) expect(rice.find(`a[href="/routines/${id}"]`).exists()).toBe(true)
  })

  it('a calf strain: RICE and calf stretches, the stretch and heat locked until 72 h after onset, other stretches open', async () => {
    const onset = Date.now() - 10 * HOUR
    const { w } = await mountPlans(['pain_started_during_exercise', 'location_calf'], onset)
    const mine = w.get('[data-your-plans]')
    expect(mine.findAll('[data-plan]').map((p) => p.attributes('data-plan'))).toEqual(['rice', 'calf-stretch'])
    expect(mine.get('[data-plan="calf-stretch"] [data-plan-reason]').text()).toMatch(/pain that began during sport or exercise and pain in the calf/)
    const stretch = mine.get('[data-plan="calf-stretch"] [data-routine="calf-stretch"]')
    expect(stretch.find('a').exists()).toBe(false)
    expect(stretch.get('[data-unlocks-at]').attributes('data-unlocks-at')).toBe(String(onset + 72 * HOUR))
    expect(stretch.text()).toMatch(/You can start it from /)
    // Heat waits too (a strain); ice and raising the leg do not.
    const heat = w.get('[data-care="heat"] [data-routine="heat"]')
    expect(heat.find('a').exists()).toBe(false)
    expect(heat.text()).toMatch(/You can start it from /)
    expect(w.get('[data-care="ice"]').find('a[href="/routines/ice"]').exists()).toBe(true)
    // The library locks the strained muscle's stretch only.
    const library = w.get('[data-library]')
    expect(library.find('a[href="/routines/calf-stretch"]').exists()).toBe(false)
    expect(library.find('a[href="/routines/hamstring-stretch"]').exists()).toBe(true)
  })

  it('the stretch unlocks once 72 h have passed', async () => {
    const { w } = await mountPlans(['pain_started_during_exercise', 'location_calf'], Date.now() - 73 * HOUR)
    expect(w.get('[data-plan="calf-stretch"]').find('a[href="/routines/calf-stretch"]').exists()).toBe(true)
  })

  const table: { caution: string; findings: string[]; hidden: string[]; shown: string[] }[] = [
    { caution: 'poor-circulation', findings: ['calf_pain_walking_eases_rest'], hidden: ['ice', 'heat', 'elevation', 'compression'], shown: [] },
    { caution: 'no-ice-no-heat', findings: ['burning_numb_both_feet'], hidden: ['ice', 'heat', 'compression'], shown: ['elevation'] },
    { caution: 'no-heat', findings: ['on_blood_thinners'], hidden: ['heat'], shown: ['ice', 'elevation', 'compression'] },
    { caution: 'skin-check', findings: ['diabetes'], hidden: ['compression'], shown: ['ice', 'heat', 'elevation'] },
  ]
  for (const row of table) {
    it(`${row.caution} hides ${row.hidden.join(', ')}`, async () => {
      const { w } = await mountPlans(['pain_started_during_exercise', 'location_calf', ...row.findings], Date.now() - 100 * HOUR)
      expect(w.find(`[data-plan-cautions] [data-caution="${row.caution}"]`).exists()).toBe(true)
      const rice = w.get('[data-rice]')
      for (const kind of row.hidden) {
        expect(rice.find(`[data-care="${kind}"]`).exists(), kind).toBe(false)
        expect(rice.get(`[data-hidden-care="${kind}"]`).text()).toContain(':')
        if (kind !== 'compression') expect(startLinks(w), kind).not.toContain(`/routines/${kind}`)
      }
      for (const kind of row.shown) {
        expect(rice.find(`[data-care="${kind}"]`).exists(), kind).toBe(true)
        if (kind !== 'compression') expect(startLinks(w), kind).toContain(`/routines/${kind}`)
      }
    })
  }

  it('skin-check: 10-minute ice and heat, a skin prompt before each, and no compression', async () => {
    const { w } = await mountPlans(['pain_started_during_exercise', 'location_calf', 'diabetes'], Date.now() - 100 * HOUR)
    const ice = w.get('[data-care="ice"]')
    expect(ice.get('[data-ice-minutes]').attributes('data-ice-minutes')).toBe('10')
    expect(ice.text()).toContain('10 minutes')
    expect(ice.get('[data-skin-check]').text()).toMatch(/numb/)
    expect(w.get('[data-care="heat"]').text()).toContain('10 minutes')
    expect(w.find('[data-care="heat"] [data-skin-check]').exists()).toBe(true)
    expect(w.find('[data-care="compression"]').exists()).toBe(false)
  })

  it('without skin-check ice is 15 minutes, with a cloth barrier, never asleep and 2 h apart', async () => {
    const { w } = await mountPlans(['pain_started_during_exercise', 'location_calf'])
    const ice = w.get('[data-care="ice"]')
    expect(ice.get('[data-ice-minutes]').attributes('data-ice-minutes')).toBe('15')
    expect(ice.text()).toMatch(/cloth/)
    expect(ice.text()).toMatch(/while you sleep/)
    expect(ice.text()).toMatch(/2 hours/)
    expect(ice.find('[data-skin-check]').exists()).toBe(false)
  })

  it('dvt-watch: the clot-check note on calf routines, the clot signs, and no calf massage', async () => {
    const { w } = await mountPlans(['cramp_comes_and_goes', 'location_calf', 'previous_clot'])
    const cramp = w.get('[data-plan="cramp-relief"]')
    expect(cramp.find('[data-care="calf-massage"]').exists()).toBe(false)
    expect(cramp.get('[data-no-calf-massage]').text()).toMatch(/Don't rub or massage your calf/)
    expect(w.get('[data-plan="calf-stretch"] [data-clot-check-note]').text()).toMatch(/blood clot/)
    expect(w.find('[data-plan="cramp-relief"] [data-routine="cramp-relief"] [data-clot-check-note]').exists()).toBe(true)
    expect(w.find('[data-safety-net] [data-clot-signs]').exists()).toBe(true)
  })

  it('without dvt-watch cramp relief may rub the muscle, and no clot check is asked', async () => {
    const { w } = await mountPlans(['cramp_comes_and_goes', 'location_calf'])
    expect(w.find('[data-plan="cramp-relief"] [data-care="calf-massage"]').exists()).toBe(true)
    expect(w.find('[data-clot-check-note]').exists()).toBe(false)
    expect(w.find('[data-clot-signs]').exists()).toBe(false)
  })

  it('no-nsaid: painkiller tips leave out anti-inflammatories', async () => {
    const { w } = await mountPlans(['pain_started_during_exercise', 'location_calf', 'on_blood_thinners'])
    for (const tip of w.findAll('[data-painkiller-tip]')) expect(tip.text()).not.toMatch(/ibuprofen|anti-inflammator|naproxen/i)
    const plain = await mountPlansAgain(['pain_started_during_exercise', 'location_calf'])
    expect(plain.get('[data-painkiller-tip]').text()).toMatch(/ibuprofen/i)
  })

  it('fluid-limit: no "drinking enough" plan, and the limit comes first', async () => {
    const { w } = await mountPlans(['cramp_comes_and_goes', 'fluid_restriction_advised'])
    expect(w.find('[data-plan="hydration"]').exists()).toBe(false)
    expect(w.find('[data-plan="cramp-relief"]').exists()).toBe(true)
    expect(w.get('[data-plan-cautions] [data-caution="fluid-limit"]').text()).toMatch(/limit/)
  })

  it('a doctor disposition labels the plans "while you wait"', async () => {
    const { w } = await mountPlans(['shooting_pain_below_knee', 'calf_pain_walking_eases_rest'])
    expect(w.get('[data-your-plans] h2').text()).toMatch(/while you wait/i)
    expect(w.get('[data-plan="sciatica-relief"]').text()).toMatch(/While you wait/)
    // Nerve pain below the knee: the back-of-thigh stretch is not offered.
    expect(w.get('[data-library] [data-routine="hamstring-stretch"]').find('a').exists()).toBe(false)
  })

  it('the next ice session is due 2 h after the last one ended', async () => {
    const { w, db } = await mountPlans(['pain_started_during_exercise', 'location_calf'])
    const ended = Date.now() - 40 * 60_000
    await db.transaction('rw', db.sessions, () =>
      db.sessions.add({
        id: newId(), routineId: 'ice', kind: 'ice', startedAt: ended - 15 * 60_000, endedAt: ended, at: ended, timeZone: tz,
        dayKey: dayKey(ended, tz), completed: true, painBefore: null, painAfter: null, runId: null,
      }),
    )
    await settle()
    expect(w.get('[data-ice-next]').text()).toMatch(/Next ice session due at .* \(in 1 h 20 min\)/)
  })

  async function mountPlansAgain(findings: string[]): Promise<VueWrapper> {
    wrapper?.unmount()
    return (await mountPlans(findings)).w
  }
})
