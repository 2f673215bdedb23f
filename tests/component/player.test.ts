import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, RouterView, type Router } from 'vue-router'
import { routineText } from '../../src/content/routineText'
import { getRoutine } from '../../src/content/routines'
import { launchOver } from '../../src/composables/useStagedRender'
import { deleteAllData } from '../../src/db/backup'
import { createDb, setDb, type AppDb } from '../../src/db/db'
import { addGateEvents } from '../../src/db/screenings'
import { expandRoutine, stateAt, type Routine } from '../../src/domain/routine'
import type { ScreeningRecord } from '../../src/domain/records'
import RoutinePage from '../../src/pages/RoutinePage.vue'
import { useAppStore } from '../../src/stores/app'
import { useGateStore } from '../../src/stores/gate'
import { useRoutineStore } from '../../src/stores/routine'
import { useSettingsStore } from '../../src/stores/settings'
import { settle } from './settle'

const Stub = defineComponent({ render: () => h('p', 'elsewhere') })
// The player as opened from another screen: drawn at once (player-intro-staged.test.ts covers a launch).
launchOver()
const Shell = defineComponent({ render: () => h('main', [h(RouterView)]) })

let wrapper: VueWrapper | null = null
let db: AppDb
let pinia: Pinia
let router: Router
const speak = vi.fn<(u: { text: string }) => void>()
const cancel = vi.fn()
const vibrate = vi.fn(() => true)

class FakeUtterance {
  text: string
  rate = 1
  constructor(text: string) {
    this.text = text
  }
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] })
  vi.setSystemTime(Date.UTC(2025, 2, 1, 9, 0, 0))
  speak.mockClear()
  cancel.mockClear()
  vibrate.mockClear()
  vi.stubGlobal('speechSynthesis', { speak, cancel })
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance)
  Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true })
  db = createDb('t-' + Math.random())
  setDb(db)
  pinia = createPinia()
  setActivePinia(pinia)
  await useGateStore().load()
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/routines/:id', component: RoutinePage },
      { path: '/:rest(.*)*', component: Stub },
    ],
  })
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

/** Moves the fake clock on, letting timers and IndexedDB work run as they would. */
async function advance(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms)
  await settle(0, 6)
}

async function open(id = 'hamstring-stretch'): Promise<VueWrapper> {
  await router.push('/routines/' + id)
  await router.isReady()
  wrapper = mount(Shell, { global: { plugins: [pinia, router] } })
  await settle(0, 6)
  return wrapper
}

function routineOf(id: string): Routine {
  const def = getRoutine(id)
  if (!def) throw new Error('missing routine ' + id)
  return expandRoutine(def)
}

const elapsedShown = (w: VueWrapper) => Number(w.get('[data-run-elapsed-ms]').attributes('data-run-elapsed-ms'))
const spoken = () => speak.mock.calls.map((c) => c[0].text)

async function startRoutine(w: VueWrapper): Promise<void> {
  await w.get('[data-action="start"]').trigger('click')
  await settle(0, 6)
}


/** Taps "This hurts" and answers its first question ("sharp" or "other"). */
async function answerHurt(w: VueWrapper, answer: 'sharp' | 'other'): Promise<void> {
  await w.get('[data-action="this-hurts"]').trigger('click')
  await settle(0, 6)
  await w.get(`[data-answer="${answer}"]`).trigger('click')
  await settle(0, 6)
}

/** A screening an hour ago: a hamstring strain that began in sport two hours ago (stretching and heat still locked). */
async function addFreshStrain(): Promise<void> {
  await db.screenings.add({
    id: 's1',
    at: Date.now() - 3_600_000,
    timeZone: 'UTC',
    dayKey: '2025-03-01',
    findings: ['pain_started_during_exercise', 'location_back_of_thigh'],
    disposition: 'self-care',
    plans: ['rice', 'hamstring-stretch'],
    cautions: [],
    onsetAt: Date.now() - 2 * 3_600_000,
  })
}

describe('routine player', () => {
  it('before start shows the title, dosing, stop signs and a Start button; start goes to get-ready then the first hold', async () => {
    const w = await open()
    const routine = routineOf('hamstring-stretch')
    expect(w.get('h1').text()).toBe(getRoutine('hamstring-stretch')!.title)
    expect(w.text()).toContain(routineText('hamstring-stretch')!.dosing)
    expect(w.text()).toMatch(/stop at once/i)
    expect(w.find('[data-run-elapsed-ms]').exists()).toBe(false)

    await startRoutine(w)
    expect(w.get('[data-step-kind]').text()).toBe('Get ready')
    expect(useAppStore().busy).toBe(true)

    await advance(routine.getReadyMs)
    const first = routine.steps[1]!
    expect(w.get('[data-step-kind]').text()).toBe(first.kind === 'hold' ? 'Hold' : expect.any(String))
    if (first.side) expect(w.get('[data-side]').text()).toContain(first.side.toUpperCase())
    if (first.reps > 1) expect(w.get('[data-rep]').text()).toBe(`Rep 1 of ${first.reps}`)
    expect(w.get('[data-countdown]').text()).toContain(String(Math.round(first.durationMs / 1000)))
    expect(w.get('svg[role="img"] title').text().length).toBeGreaterThan(0)
    expect(w.get('[data-next-step]').text()).toMatch(/next/i)
  })

  it('a walk says what to do over its count ("Walk gently"), never "Timer running"; an ice pack says it is cooling', async () => {
    const w = await open('cramp-relief')
    await startRoutine(w)
    const walkAt = routineOf('cramp-relief').steps.findIndex((s) => s.kind === 'timer')
    for (let i = 0; i < walkAt; i++) {
      await w.get('[data-action="skip"]').trigger('click')
      await settle(0, 6)
    }
    expect(w.get('[data-step-kind]').text()).toBe('Walk gently')
    expect(w.get('[data-countdown]').text()).toContain('1:00')
    expect(w.text()).not.toMatch(/timer running/i)
    await useRoutineStore().stop()
    await settle(0, 6)
    w.unmount()
    wrapper = null
    useRoutineStore().close()
    const ice = await open('ice')
    await startRoutine(ice)
    expect(ice.get('[data-step-kind]').text()).toBe('Cooling the leg')
    expect(ice.text()).not.toMatch(/timer running/i)
  })

  it('pause freezes the run and resume carries on from the same point', async () => {
    const w = await open()
    await startRoutine(w)
    await advance(7000)
    expect(elapsedShown(w)).toBe(7000)
    await w.get('[data-action="pause"]').trigger('click')
    await settle(0, 6)
    await advance(60_000)
    expect(elapsedShown(w)).toBe(7000)
    expect(w.find('[data-action="resume"]').exists()).toBe(true)
    expect(useAppStore().busy).toBe(true)
    await w.get('[data-action="resume"]').trigger('click')
    await settle(0, 6)
    await advance(1000)
    expect(elapsedShown(w)).toBe(8000)
    // Saved: the stored run has one closed pause of 60 s.
    const stored = await db.runs.toArray()
    expect(stored[0]?.pauses).toEqual([{ at: expect.any(Number), until: expect.any(Number) }])
    expect(stored[0]!.pauses[0]!.until! - stored[0]!.pauses[0]!.at).toBe(60_000)
  })

  it('skip goes to the start of the next step; back to the start of this one', async () => {
    const w = await open()
    const routine = routineOf('hamstring-stretch')
    await startRoutine(w)
    await advance(1000)
    await w.get('[data-action="skip"]').trigger('click')
    await settle(0, 6)
    expect(elapsedShown(w)).toBe(routine.steps[1]!.startMs)
    await advance(10_000)
    expect(elapsedShown(w)).toBe(routine.steps[1]!.startMs + 10_000)
    await w.get('[data-action="back"]').trigger('click')
    await settle(0, 6)
    expect(elapsedShown(w)).toBe(routine.steps[1]!.startMs)
    expect(w.get('[data-step-kind]').text()).toBe('Hold')
  })

  it('data-run-elapsed-ms always matches stateAt(routine, run, now)', async () => {
    const w = await open()
    const store = useRoutineStore()
    await startRoutine(w)
    for (const ms of [200, 1400, 5000, 12_600, 400]) {
      await advance(ms)
      const expected = stateAt(store.routine!, store.run!, Date.now()).elapsedMs
      expect(elapsedShown(w)).toBe(expected)
    }
  })

  it('announces each step change once in the live region, not every second', async () => {
    const w = await open()
    const routine = routineOf('hamstring-stretch')
    await startRoutine(w)
    const region = () => w.get('[aria-live="polite"]').text()
    const seen: string[] = [region()]
    const until = routine.steps[3]!.startMs + 1000
    for (let t = 0; t < until; t += 200) {
      await advance(200)
      if (region() !== seen[seen.length - 1]) seen.push(region())
    }
    // One text per step reached (get-ready and three more), each naming what to do.
    expect(seen).toHaveLength(4)
    expect(seen[0]).toMatch(/get ready/i)
    const hold = routine.steps[1]!
    if (hold.side && hold.reps > 1) expect(seen[1]).toMatch(new RegExp(`Hold: ${hold.side} leg, rep 1 of ${hold.reps}, 30 seconds`))
  })

  it('requests speech and vibration at each step boundary; none once switched off', async () => {
    const w = await open()
    const routine = routineOf('hamstring-stretch')
    await startRoutine(w)
    expect(spoken()).toHaveLength(1)
    expect(spoken()[0]).toMatch(/get ready/i)
    await advance(routine.steps[2]!.startMs + 100)
    expect(spoken()).toHaveLength(3)
    expect(vibrate).toHaveBeenCalledTimes(3)

    await w.get('[data-cue-toggle="voice"]').setValue(false)
    await w.get('[data-cue-toggle="vibration"]').setValue(false)
    await settle(0, 6)
    expect(useSettingsStore().settings.cues).toMatchObject({ voice: false, vibration: false })
    await advance(routine.steps[4]!.startMs - routine.steps[2]!.startMs)
    expect(spoken()).toHaveLength(3)
    expect(vibrate).toHaveBeenCalledTimes(3)
  })

  it('a reload resumes the run from storage where the clock says', async () => {
    const w = await open()
    await startRoutine(w)
    await advance(9000)
    w.unmount()
    wrapper = null
    useRoutineStore().close()
    await advance(4000)
    const again = await open()
    expect(elapsedShown(again)).toBe(13_000)
    expect(again.get('[aria-live="polite"]').text()).toMatch(/welcome back/i)
  })

  it('"this hurts": a yes stops the run at once, logged as stopped; a warning sign after it raises the gate', async () => {
    const w = await open()
    await startRoutine(w)
    await advance(6000)
    await w.get('[data-action="this-hurts"]').trigger('click')
    await settle(0, 6)
    expect(useRoutineStore().paused).toBe(true)
    expect((await db.runs.toArray())[0]?.status).toBe('active')
    // Short first: one question, no checklist yet.
    expect(w.findAll('[data-hurt-check] input[type="checkbox"]')).toHaveLength(0)
    await w.get('[data-answer="sharp"]').trigger('click')
    await settle(0, 6)
    expect(w.find('[data-stop-now]').exists()).toBe(true)
    // Stopped and logged now, before the signs are answered: a tab closed here leaves a stopped run.
    expect((await db.runs.toArray()).map((r) => r.status)).toEqual(['stopped'])
    expect(await db.sessions.toArray()).toMatchObject([{ completed: false, routineId: 'hamstring-stretch' }])
    expect(useAppStore().busy).toBe(false)
    // Time goes on: nothing more is logged, and the signs are still asked.
    await advance(10 * 60_000)
    expect(await db.sessions.count()).toBe(1)
    expect(w.find('[data-hurt-check] form').exists()).toBe(true)
    // The few signs for a hamstring routine first; every other warning sign behind "Other signs".
    const first = w.findAll('[data-hurt-check] form > fieldset input[data-finding]')
    expect(first.length).toBeGreaterThanOrEqual(3)
    expect(first.length).toBeLessThanOrEqual(5)
    const other = w.findAll('[data-other-signs] input[data-finding]')
    expect(first.length + other.length).toBe(new Set([...first, ...other].map((b) => b.attributes('data-finding'))).size)
    expect(first.length + other.length).toBeGreaterThan(15)
    await w.get('input[data-finding="pe_symptoms"]').setValue(true)
    await w.get('[data-hurt-check] form').trigger('submit')
    await settle(0, 6)
    const gate = useGateStore()
    expect(gate.active?.level).toBe('emergency')
    expect(gate.events.at(-1)).toMatchObject({ source: 'routine-check', findings: ['pe_symptoms'] })
    const sessions = await db.sessions.toArray()
    expect(sessions).toHaveLength(1)
    expect(sessions[0]).toMatchObject({ completed: false, routineId: 'hamstring-stretch', kind: 'routine' })
    // The run stays as it ended, now saying the warning sign is why.
    expect((await db.runs.toArray()).map((r) => [r.status, r.stoppedBy])).toEqual([['stopped', 'gate']])
    expect(w.get('[data-run-stopped-by="gate"]').text()).toMatch(/warning sign/i)
    expect(w.get('[aria-live="polite"]').text()).toMatch(/warning sign/i)
    expect(useAppStore().busy).toBe(false)
  })

  it('"this hurts" with no yes offers to stop and log with pain after', async () => {
    const w = await open()
    await startRoutine(w)
    await advance(6000)
    await answerHurt(w, 'other')
    await w.get('[data-hurt-check] form').trigger('submit')
    await settle(0, 6)
    expect(useGateStore().active).toBeNull()
    expect(w.find('[data-action="keep-going"]').exists()).toBe(true)
    await w.get('input[data-pain="6"]').setValue(true)
    await w.get('[data-action="confirm-stop"]').trigger('click')
    await settle(0, 6)
    const sessions = await db.sessions.toArray()
    expect(sessions[0]).toMatchObject({ completed: false, painAfter: 6 })
    expect(w.get('[data-run-finished]').attributes('data-run-finished')).toBe('stopped')
  })

  it('"this hurts": a sign behind "Other signs" still raises the gate; a sharp pain with no sign stops with no "keep going"', async () => {
    const w = await open('calf-stretch')
    await startRoutine(w)
    await advance(6000)
    await answerHurt(w, 'sharp')
    expect((await db.runs.toArray())[0]?.status).toBe('stopped')
    await w.get('[data-hurt-check] form').trigger('submit')
    await settle(0, 6)
    expect(w.find('[data-stop-confirm]').exists()).toBe(true)
    expect(w.find('[data-action="keep-going"]').exists()).toBe(false)
    expect(useGateStore().active).toBeNull()
    // The pain score goes on the run already stopped (one session); then a new run, and a sign from the longer list.
    await w.get('input[data-pain="7"]').setValue(true)
    await w.get('[data-action="confirm-stop"]').trigger('click')
    await settle(0, 6)
    expect((await db.runs.toArray())[0]).toMatchObject({ status: 'stopped', painAfter: 7 })
    expect(await db.sessions.toArray()).toMatchObject([{ completed: false, painAfter: 7 }])
    expect(w.get('[data-run-finished]').attributes('data-run-finished')).toBe('stopped')
    await w.get('[data-action="again"]').trigger('click')
    await settle(0, 6)
    await startRoutine(w)
    await advance(6000)
    await answerHurt(w, 'other')
    const otherBox = w.get('[data-other-signs] input[data-finding="saddle_numbness_or_sexual_change"]')
    await otherBox.setValue(true)
    await w.get('[data-hurt-check] form').trigger('submit')
    await settle(0, 6)
    expect(useGateStore().events.at(-1)).toMatchObject({ source: 'routine-check', findings: ['saddle_numbness_or_sexual_change'] })
    expect(useGateStore().active?.level).toBe('emergency')
  })

  it('finishing logs a completed session with pain before and after, and links to History', async () => {
    const w = await open()
    const routine = routineOf('hamstring-stretch')
    await w.get('input[data-pain="5"]').setValue(true)
    await startRoutine(w)
    for (let i = 0; i < routine.steps.length; i++) {
      await w.get('[data-action="skip"]').trigger('click')
      await settle(0, 6)
    }
    expect(w.get('[data-run-finished]').attributes('data-run-finished')).toBe('done')
    expect(w.find('[data-pain-change]').exists()).toBe(false)
    expect(w.get('[data-pain-before]').text()).toContain('5 out of 10')
    await w.get('input[data-pain="3"]').setValue(true)
    await w.get('[data-action="save-pain"]').trigger('click')
    await settle(0, 6)
    const sessions = await db.sessions.toArray()
    expect(sessions).toHaveLength(1)
    expect(sessions[0]).toMatchObject({ completed: true, painBefore: 5, painAfter: 3 })
    // The finish card keeps both scores in view, not just "Saved".
    expect(w.get('[data-pain-change]').text()).toContain('Pain 5 → 3')
    expect(w.get('[data-pain-change]').text()).toContain('less than before')
    expect(w.get('a[data-link="history"]').attributes('href')).toBe('/history')
    expect(useAppStore().busy).toBe(false)
  })

  it('under an active gate the player does not start', async () => {
    await useGateStore().raise({ level: 'urgent', source: 'screening', reasons: ['x'], findings: ['cannot_bear_weight'] })
    const w = await open()
    expect(w.find('[data-refused][data-refusal="gate"]').exists()).toBe(true)
    expect(w.find('[data-action="start"]').exists()).toBe(false)
  })

  it('under dvt-watch a calf routine asks the clot signs first; a yes raises the gate and nothing starts', async () => {
    const screening: ScreeningRecord = {
      id: 's1',
      at: Date.now() - 5 * 86_400_000,
      timeZone: 'UTC',
      dayKey: '2025-02-24',
      findings: ['previous_clot', 'location_calf'],
      disposition: 'self-care',
      plans: ['calf-stretch'],
      cautions: ['dvt-watch'],
      onsetAt: Date.now() - 6 * 86_400_000,
    }
    await db.screenings.add(screening)
    const w = await open('calf-stretch')
    await settle(0, 6)
    expect(w.find('[data-pre-check="clot"]').exists()).toBe(true)
    expect(w.find('[data-action="start"]').exists()).toBe(false)
    await w.get('input[data-finding="one_leg_swollen"]').setValue(true)
    await w.get('[data-pre-check="clot"] form').trigger('submit')
    await settle(0, 6)
    expect(useGateStore().events.at(-1)).toMatchObject({ kind: 'raise', source: 'clot-check' })
    expect(await db.runs.count()).toBe(0)
    expect(w.find('[data-refused][data-refusal="gate"]').exists()).toBe(true)
  })

  it('a fresh strain keeps stretching locked and says when it unlocks', async () => {
    await addFreshStrain()
    const w = await open()
    await settle(0, 6)
    expect(w.find('[data-refused][data-refusal="strain"]').exists()).toBe(true)
    expect(w.find('[data-unlocks-at]').exists()).toBe(true)
    expect(w.find('[data-action="start"]').exists()).toBe(false)
  })

  it('a strain wait on the heat timer is said in heat\'s words, and on stretches in stretching\'s', async () => {
    await addFreshStrain()
    const heat = await open('heat')
    expect(heat.get('[data-refused][data-refusal="strain"] h2').text()).toBe('Not yet: no heat for 3 days after a strain')
    expect(heat.get('[data-refused]').text()).not.toMatch(/stretch/i)
    heat.unmount()
    wrapper = null
    useRoutineStore().close()
    const stretch = await open('hamstring-stretch')
    expect(stretch.get('[data-refused]').text()).toMatch(/Stretching a newly strained muscle/)
    expect(stretch.get('[data-refused]').text()).not.toMatch(/heat|warm/i)
  })

  it('the intro shows only the cautions written for this kind of routine', async () => {
    await db.screenings.add({
      id: 's1',
      at: Date.now() - 5 * 86_400_000,
      timeZone: 'UTC',
      dayKey: '2025-02-24',
      // skin-check (diabetes): for packs only; hip-precautions and dvt-watch (a new hip): for stretches, not ice.
      findings: ['diabetes', 'joint_replacement_recent', 'location_calf'],
      disposition: 'self-care',
      plans: ['calf-stretch', 'rice'],
      cautions: [],
      onsetAt: Date.now() - 6 * 86_400_000,
    })
    const cautionsOn = (w: VueWrapper) => w.findAll('[data-caution]').map((c) => c.attributes('data-caution'))
    const stretch = await open('calf-stretch')
    expect(cautionsOn(stretch)).toEqual(expect.arrayContaining(['hip-precautions', 'dvt-watch']))
    expect(cautionsOn(stretch)).not.toContain('skin-check')
    stretch.unmount()
    wrapper = null
    useRoutineStore().close()
    const ice = await open('ice')
    expect(cautionsOn(ice)).toContain('skin-check')
    expect(cautionsOn(ice)).not.toContain('hip-precautions')
    expect(cautionsOn(ice)).not.toContain('dvt-watch')
  })

  it('a device clock put back an hour in the middle of a run: the count goes on, and the stored run moves with the clock', async () => {
    const w = await open()
    await startRoutine(w)
    await advance(7000)
    vi.setSystemTime(Date.now() - 3_600_000)
    await advance(1000)
    expect(elapsedShown(w)).toBe(8000)
    await advance(2000)
    expect(elapsedShown(w)).toBe(10_000)
    const stored = (await db.runs.toArray())[0]!
    expect(stored.clockEpoch).toBe(1)
    // Read by another tab or after a reload, on the corrected clock, it is at the same place.
    expect(stateAt(useRoutineStore().routine!, stored, Date.now()).elapsedMs).toBe(10_000)
    await useRoutineStore().stop()
    await settle(0, 6)
    const session = (await db.sessions.toArray())[0]!
    expect(session.endedAt - session.startedAt).toBe(10_000)
  })

  it('a gate raised in another tab stops the run at once, as stopped by the warning, and the player says why', async () => {
    const w = await open()
    await startRoutine(w)
    await advance(6000)
    // Another tab's raise: written straight to storage, as that tab would.
    await addGateEvents([useGateStore().raiseEvent({ level: 'emergency', source: 'screening', reasons: ['r'], findings: ['pe_symptoms'] }, Date.now())])
    await settle(0, 6)
    expect((await db.runs.toArray()).map((r) => [r.status, r.stoppedBy])).toEqual([['stopped', 'gate']])
    expect(await db.sessions.toArray()).toMatchObject([{ completed: false }])
    expect(w.get('[data-run-finished]').attributes('data-run-finished')).toBe('stopped')
    expect(w.get('[data-run-stopped-by="gate"]').text()).toMatch(/warning sign/i)
    expect(w.find('[data-refused][data-refusal="gate"]').exists()).toBe(true)
    expect(w.get('[aria-live="polite"]').text()).toMatch(/warning sign/i)
    expect(useAppStore().busy).toBe(false)
    // Its time runs out later: it stays stopped, logged once.
    const spokenBefore = spoken().length
    await advance(10 * 60_000)
    expect(await db.sessions.count()).toBe(1)
    expect(spoken()).toHaveLength(spokenBefore)
  })

  it('delete all in another tab: the run is gone for good, the player says so, and stopping writes nothing', async () => {
    const w = await open()
    await startRoutine(w)
    await advance(3000)
    await deleteAllData({ keepGate: false })
    await settle(0, 6)
    expect(w.find('[data-run-deleted]').exists()).toBe(true)
    expect(w.find('[data-action="pause"]').exists()).toBe(false)
    // Even a stop or finish still in flight from this tab writes nothing back.
    await useRoutineStore().stop()
    await advance(10 * 60_000)
    expect(await db.runs.count()).toBe(0)
    expect(await db.sessions.count()).toBe(0)
    expect(w.find('[data-action="start"]').exists()).toBe(true)
  })
})
