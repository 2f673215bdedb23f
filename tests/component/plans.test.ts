import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import PlansPage from '../../src/pages/PlansPage.vue'
import { newId, type AppDb } from '../../src/db/db'
import { saveScreening } from '../../src/db/screenings'
import { dayKey } from '../../src/domain/day'
import type { ScreeningRecord } from '../../src/domain/records'
import { triage } from '../../src/domain/triage'
import { useGateStore } from '../../src/stores/gate'
import { ROUTINES } from '../../src/content/routines'
import { setup } from './screener-helpers'
import { settle } from './settle'

const tz = Intl.DateTimeFormat().resolvedOptions().timeZone
const HOUR = 3_600_000
/** The unlock time in words people use: "from Friday morning", "from 3 pm today". */
const UNLOCK_WORDS = /from ((tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (morning|afternoon|evening|night)|\S+( [ap]m)? (today|tonight))/

let wrapper: VueWrapper | null = null
afterEach(() => {
  vi.useRealTimers()
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

  it('without a screening suggests checking symptoms first, and the library, open, lists every routine once with a start link', async () => {
    const { w } = await mountPlans(null)
    expect(w.get('[data-no-screening]').find('a[href="/check"]').exists()).toBe(true)
    expect(w.find('[data-your-plans]').exists()).toBe(false)
    const library = w.get('[data-library]')
    expect(library.get('details').attributes('open')).toBeDefined()
    expect(library.findAll('[data-routine]')).toHaveLength(ROUTINES.length)
    for (const { id, title } of ROUTINES) {
      const item = library.get(`[data-routine="${id}"]`)
      expect(item.get(`a[href="/routines/${id}"]`).text()).toBe(`Start ${title}`)
      expect(item.get('h3').text()).toBe(title)
    }
    expect(library.get('[data-rice-general]').text()).toMatch(/numb/)
  })

  it('a calf strain: RICE and calf stretches as cards, one Start each; the stretch and heat wait until 72 h after onset, in words', async () => {
    const onset = Date.now() - 10 * HOUR
    const { w } = await mountPlans(['pain_started_during_exercise', 'location_calf'], onset)
    const mine = w.get('[data-your-plans]')
    expect(mine.get('h2').text()).toBe('Your plan')
    expect(mine.findAll('[data-plan]').map((p) => p.attributes('data-plan'))).toEqual(['rice', 'calf-stretch'])
    expect(mine.get('[data-plan="calf-stretch"] [data-plan-reason]').text()).toMatch(/pain that began during sport or exercise and pain in the calf/)
    for (const card of mine.findAll('[data-plan]')) expect(card.findAll('.button.primary').length, card.attributes('data-plan')).toBeLessThanOrEqual(1)
    // RICE: Start opens ice; raising the leg is a plain link beside it.
    const rice = mine.get('[data-plan="rice"]')
    expect(rice.get('[data-start-routine]').attributes('href')).toBe('/routines/ice')
    expect(rice.get('a[data-extra="elevation"]').text()).toBe('Raise your leg')
    // The stretch waits: from when, in words, and what to do until then; no link at all.
    const stretch = mine.get('[data-plan="calf-stretch"]')
    expect(stretch.find('a').exists()).toBe(false)
    const wait = stretch.get('[data-routine="calf-stretch"] [data-unlocks-at]')
    expect(wait.attributes('data-unlocks-at')).toBe(String(onset + 72 * HOUR))
    expect(wait.text()).toMatch(UNLOCK_WORDS)
    expect(wait.text()).toMatch(/Until then: rest, ice and gentle walking\./)
    expect(wait.text()).not.toMatch(/\d+ h \d+ min|\d{1,2}:\d{2}/)
    expect(stretch.get('[data-wait-why]').text()).toMatch(/Stretching/)
    // Heat waits too, explained in heat's own words; it is in the library only.
    const library = w.get('[data-library]')
    expect(library.get('details').attributes('open')).toBeUndefined()
    const heat = library.get('[data-routine="heat"]')
    expect(heat.find('a').exists()).toBe(false)
    expect(heat.text()).toMatch(UNLOCK_WORDS)
    expect(heat.text()).toMatch(/ice instead/)
    expect(heat.text()).not.toMatch(/stretch|pull/i)
    // The library locks the strained muscle's stretch only.
    expect(library.find('a[href="/routines/calf-stretch"]').exists()).toBe(false)
    expect(library.find('a[href="/routines/hamstring-stretch"]').exists()).toBe(true)
  })

  it('outside the folded library, no routine is offered twice, and each has one name', async () => {
    const { w } = await mountPlans(['pain_started_during_exercise', 'location_back_of_thigh', 'worse_when_sitting'], Date.now() - 80 * HOUR)
    const outside = w.findAll('a[href^="/routines/"]').filter((a) => a.element.closest('[data-library]') === null)
    const hrefs = outside.map((a) => a.attributes('href'))
    expect(hrefs.length).toBeGreaterThan(0)
    expect(new Set(hrefs).size).toBe(hrefs.length)
    for (const { id, title } of ROUTINES) {
      const named = w.findAll(`[href="/routines/${id}"]`).map((a) => a.text().replace(/^Start /, ''))
      for (const n of named) expect(n, id).toBe(title)
    }
  })

  it('the stretch unlocks once 72 h have passed', async () => {
    const { w } = await mountPlans(['pain_started_during_exercise', 'location_calf'], Date.now() - 73 * HOUR)
    expect(w.get('[data-plan="calf-stretch"] [data-start-routine]').attributes('href')).toBe('/routines/calf-stretch')
  })

  const table: { caution: string; findings: string[]; hidden: string[]; shown: string[] }[] = [
    { caution: 'no-ice-no-heat', findings: ['burning_numb_both_feet'], hidden: ['ice', 'compression'], shown: ['elevation'] },
    { caution: 'no-heat', findings: ['on_blood_thinners'], hidden: [], shown: ['ice', 'elevation', 'compression'] },
    { caution: 'skin-check', findings: ['diabetes'], hidden: ['compression'], shown: ['ice', 'elevation'] },
  ]
  for (const row of table) {
    it(`${row.caution} hides ${row.hidden.join(', ') || 'nothing of RICE'}`, async () => {
      const { w } = await mountPlans(['pain_started_during_exercise', 'location_calf', ...row.findings], Date.now() - 10 * HOUR)
      expect(w.find(`[data-plan-cautions] [data-caution="${row.caution}"]`).exists()).toBe(true)
      const rice = w.get('[data-plan="rice"] [data-rice]')
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

  it('the "Take care" list shows once', async () => {
    const { w } = await mountPlans(['pain_started_during_exercise', 'location_calf', 'diabetes'], Date.now() - 10 * HOUR)
    expect(w.findAll('[data-caution="skin-check"]')).toHaveLength(1)
    expect(w.findAll('h2, h3, h4').filter((h) => h.text() === 'Take care')).toHaveLength(1)
  })

  it('poor circulation: no RICE card, and ice, heat and raising the leg are left out with the reason', async () => {
    const { w } = await mountPlans(['pain_started_during_exercise', 'location_calf', 'calf_pain_walking_eases_rest'], Date.now() - 10 * HOUR)
    expect(w.find('[data-plan="rice"]').exists()).toBe(false)
    for (const id of ['ice', 'heat', 'elevation']) {
      expect(w.get(`[data-library-left-out] [data-left-out="${id}"]`).text()).toMatch(/not safe for you/)
      expect(startLinks(w)).not.toContain(`/routines/${id}`)
    }
  })

  it('skin-check: 10-minute ice with a skin prompt in ice\'s words, and no compression', async () => {
    const { w } = await mountPlans(['pain_started_during_exercise', 'location_calf', 'diabetes'], Date.now() - 10 * HOUR)
    const ice = w.get('[data-care="ice"]')
    expect(ice.get('[data-ice-minutes]').attributes('data-ice-minutes')).toBe('10')
    expect(ice.text()).toContain('10 minutes')
    expect(ice.get('[data-skin-check]').text()).toMatch(/numb/)
    const note = w.get('[data-plan="rice"] [data-skin-check-note]')
    expect(note.text()).toMatch(/too cold/)
    expect(note.text()).not.toMatch(/hot/)
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
    expect(cramp.get('[data-clot-check-note]').text()).toMatch(/Cramp relief starts with/)
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
    const tips = w.findAll('[data-painkiller-tip]')
    expect(tips.length).toBeGreaterThan(0)
    for (const tip of tips) expect(tip.text()).not.toMatch(/ibuprofen|anti-inflammator|naproxen/i)
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

  it('the next ice session is due 2 h after the last one ended; meanwhile Start raises the leg; the count and the times agree', async () => {
    // At local midday, so the session 40 minutes ago falls on today whenever the suite runs.
    const noon = new Date()
    noon.setHours(12, 0, 0, 0)
    vi.useFakeTimers({ toFake: ['Date'], now: noon })
    const { w, db } = await mountPlans(['pain_started_during_exercise', 'location_calf'])
    const ended = Date.now() - 40 * 60_000
    await db.transaction('rw', db.sessions, () =>
      db.sessions.add({
        id: newId(), routineId: 'ice', kind: 'ice', startedAt: ended - 15 * 60_000, endedAt: ended, at: ended, timeZone: tz,
        dayKey: dayKey(ended, tz), completed: true, painBefore: null, painAfter: null, runId: null,
      }),
    )
    await settle()
    const next = w.get('[data-ice-next]').text()
    expect(next).toMatch(/^Next ice from .+ \(in 1 h 20 min\)\./)
    const rice = w.get('[data-plan="rice"]')
    expect(rice.get('[data-start-routine]').attributes('href')).toBe('/routines/elevation')
    const slots = rice.findAll('[data-ice-schedule] li').length
    const count = /(\d+) of (\d+) done today/.exec(next)
    expect(count?.[1]).toBe('1')
    expect(Number(count?.[2])).toBe(1 + slots)
  })

  it('offers the plan\'s reminders as a calendar file made on the device', async () => {
    const { w } = await mountPlans(['pain_started_during_exercise', 'location_back_of_thigh', 'worse_when_sitting'], Date.now() - 10 * HOUR)
    const card = w.get('[data-reminders]')
    expect(card.get('[data-reminder="sitting"]').text()).toMatch(/every 30 minutes/)
    const blobs: Blob[] = []
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob)
      return 'blob:test'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    await card.get('[data-action="export-calendar"]').trigger('click')
    expect(create).toHaveBeenCalledTimes(1)
    const text = await (blobs[0] as Blob).text()
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(text).toMatch(/SUMMARY:Sitting break/)
    expect((text.match(/BEGIN:VALARM/g) ?? []).length).toBe((text.match(/BEGIN:VEVENT/g) ?? []).length)
    expect(card.get('[role="status"]').text()).toMatch(/leg-care-reminders\.ics/)
  })

  async function mountPlansAgain(findings: string[]): Promise<VueWrapper> {
    wrapper?.unmount()
    return (await mountPlans(findings)).w
  }
})
