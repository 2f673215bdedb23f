import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import TodayPlanCard from '../../src/components/today/TodayPlanCard.vue'
import { newId, type AppDb } from '../../src/db/db'
import { saveScreening } from '../../src/db/screenings'
import { dayKey } from '../../src/domain/day'
import type { ScreeningRecord, SessionRecord } from '../../src/domain/records'
import { triage } from '../../src/domain/triage'
import { useGateStore } from '../../src/stores/gate'
import { getRoutine } from '../../src/content/routines'
import { setup } from './screener-helpers'
import { settle } from './settle'

/** The unlock time in words people use ("from Friday morning", "from 3 pm today"), never a clock and a countdown. */
const UNLOCK_WORDS = /: from ((tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (morning|afternoon|evening|night)|\S+( [ap]m)? (today|tonight))$/

const tz = Intl.DateTimeFormat().resolvedOptions().timeZone
const MIN = 60_000
const HOUR = 60 * MIN

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

async function seed(db: AppDb, findings: string[], onsetAt: number, sessions: Partial<SessionRecord>[]): Promise<void> {
  const at = Date.now()
  const r = triage(findings)
  const record: ScreeningRecord = {
    id: newId(), at, timeZone: tz, dayKey: dayKey(at, tz), findings, disposition: r.disposition,
    plans: [...r.plans], cautions: [...r.cautions], onsetAt,
  }
  await saveScreening(record, [])
  await db.transaction('rw', db.sessions, async () => {
    for (const s of sessions) {
      const endedAt = s.endedAt ?? Date.now()
      await db.sessions.add({
        id: newId(), routineId: 'calf-stretch', kind: 'routine', startedAt: endedAt - 5 * MIN, endedAt, at: endedAt,
        timeZone: tz, dayKey: dayKey(endedAt, tz), completed: true, painBefore: null, painAfter: null, runId: null, ...s,
      })
    }
  })
}

describe('TodayPlanCard', () => {
  it('shows when ice is due next, how many stretches are done of the day\'s number, what is done, and a quick start', async () => {
    const { db, pinia, router } = await setup()
    const now = Date.now()
    // A strain 10 hours ago that is worse sitting (RICE, calf stretches still locked, sitting relief): one sitting
    // break done just now, ice ended 40 min ago.
    await seed(db, ['pain_started_during_exercise', 'location_calf', 'worse_when_sitting'], now - 10 * HOUR, [
      { routineId: 'sitting-relief', endedAt: now - 1000 },
      { routineId: 'ice', kind: 'ice', endedAt: now - 40 * MIN },
    ])
    wrapper = mount(TodayPlanCard, { global: { plugins: [pinia, router] } })
    await settle()
    const due = wrapper.get('[data-due-next]')
    expect(due.get('[data-due="ice"]').text()).toBe('Ice again in 1 h 20 min')
    const sitting = getRoutine('sitting-relief')
    const times = sitting?.timesPerDay
    const title = sitting?.title ?? ''
    expect(due.get('[data-due="sitting-relief"]').text()).toBe(`${title}: 1 of ${times} done today`)
    expect(due.get('[data-due="calf-stretch"]').text()).toMatch(UNLOCK_WORDS)
    expect(wrapper.get('[data-done-today]').text()).toContain(title)
    // Ice is not due yet and the stretch is locked, so the quick action starts the sitting break.
    expect(wrapper.get('[data-action="start-next"]').attributes('href')).toBe('/routines/sitting-relief')
  })

  it('a fresh strain: the stretch says when it unlocks, and ice is the next thing to start', async () => {
    const { db, pinia, router } = await setup()
    await seed(db, ['pain_started_during_exercise', 'location_calf', 'previous_clot'], Date.now() - 2 * HOUR, [])
    wrapper = mount(TodayPlanCard, { global: { plugins: [pinia, router] } })
    await settle()
    expect(wrapper.get('[data-due="calf-stretch"]').text()).toMatch(UNLOCK_WORDS)
    expect(wrapper.get('[data-due="ice"]').text()).toMatch(/start a session now/)
    expect(wrapper.get('[data-action="start-next"]').attributes('href')).toBe('/routines/ice')
    // The cautions, one line each.
    expect(wrapper.get('[data-today-cautions] [data-caution="dvt-watch"]').text()).toMatch(/blood clot/)
  })

  it('says plans are paused under a gate, with no start link', async () => {
    const { db, pinia, router } = await setup()
    await seed(db, ['pain_started_during_exercise', 'location_calf'], Date.now() - 100 * HOUR, [])
    await useGateStore().raise({ level: 'emergency', source: 'screening', reasons: ['r'], findings: ['pe_symptoms'] })
    wrapper = mount(TodayPlanCard, { global: { plugins: [pinia, router] } })
    await settle()
    expect(wrapper.get('[data-plans-locked]').text()).toMatch(/paused/)
    expect(wrapper.find('[data-action="start-next"]').exists()).toBe(false)
    expect(wrapper.find('a[href^="/routines/"]').exists()).toBe(false)
  })

  it('with no screening, points to the library', async () => {
    const { pinia, router } = await setup()
    wrapper = mount(TodayPlanCard, { global: { plugins: [pinia, router] } })
    await settle()
    expect(wrapper.text()).toMatch(/No plan yet/)
    expect(wrapper.find('a[href="/plans"]').exists()).toBe(true)
  })
})
