import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createDb, setDb, type AppDb } from '../../src/db/db'
import { SCREENER_STEPS } from '../../src/content/findings'
import { useGateStore } from '../../src/stores/gate'
import { useSafetyStore } from '../../src/stores/safety'
import { useScreenerStore } from '../../src/stores/screener'
import { useStorageStore } from '../../src/stores/storage'

let db: AppDb

beforeEach(async () => {
  db = createDb('t-' + Math.random())
  setDb(db)
  setActivePinia(createPinia())
  await useGateStore().load()
})

const NOW = Date.UTC(2025, 5, 10, 12, 0)

describe('screener store: finish', () => {
  it('saves an emergency screening and its gate raise together', async () => {
    const screener = useScreenerStore()
    screener.setAnswer('pe_symptoms', true)
    const went = await screener.next(NOW)
    expect(went).toBe('result')

    const screenings = await db.screenings.toArray()
    const events = await db.gateEvents.toArray()
    expect(screenings).toHaveLength(1)
    expect(screenings[0]).toMatchObject({ disposition: 'emergency', findings: ['pe_symptoms'], at: NOW, plans: [] })
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      kind: 'raise',
      level: 'emergency',
      source: 'screening',
      screeningId: screenings[0]!.id,
      findings: ['pe_symptoms'],
    })
    expect(events[0]!.reasons[0]).toMatch(/breathlessness/i)
    expect(useGateStore().active?.level).toBe('emergency')
    expect(useGateStore().level).toBe('emergency')
    expect(useGateStore().plansLocked).toBe(true)
    expect(screener.outcome?.saved).toBe(true)
  })

  it('writes neither the screening nor the gate when the gate write fails, and still shows the gate', async () => {
    db.gateEvents.hook('creating', () => {
      throw new Error('disk says no')
    })
    const screener = useScreenerStore()
    screener.setAnswer('saddle_numbness_or_sexual_change', true)
    await screener.next(NOW)

    expect(await db.screenings.count()).toBe(0)
    expect(await db.gateEvents.count()).toBe(0)
    // The gate is kept in memory, the result shows, and the person is told it was not saved.
    expect(useGateStore().active?.level).toBe('emergency')
    expect(screener.outcome?.result.disposition).toBe('emergency')
    expect(screener.outcome?.saved).toBe(false)
    expect(useStorageStore().problem).not.toBeNull()
    // What the rest of the app reads keeps it too, so its locks and cautions still hold this visit.
    expect(useSafetyStore().screening?.disposition).toBe('emergency')
  })

  /** "None of these" on every step without a tick (Continue where there is one), "both legs" where it is asked. */
  async function noneToTheEnd(screener: ReturnType<typeof useScreenerStore>, at: number): Promise<void> {
    for (let i = 0; i < SCREENER_STEPS.length && !screener.outcome; i++) {
      if (screener.legError) screener.legs = 'both'
      if (screener.ticked.length > 0) await screener.next(at)
      else await screener.none(at)
    }
  }

  it('clears an urgent gate with a new screening that first asks again about what raised it, all no, then self-care', async () => {
    const gate = useGateStore()
    await gate.raise({ level: 'urgent', source: 'routine-check', reasons: ['A check in a routine'], findings: ['one_leg_swollen', 'previous_clot'] }, NOW - 86_400_000)
    expect(gate.active).not.toBeNull()

    const screener = useScreenerStore()
    // Only what the leg is doing is asked again; a past clot cannot stop happening.
    expect(screener.recheckFindings).toEqual(['one_leg_swollen'])
    expect(screener.needsRecheck).toBe(true)
    expect(screener.finishRecheck()).toBe(false)
    screener.setStillHappening('one_leg_swollen', false)
    expect(screener.finishRecheck()).toBe(true)
    await noneToTheEnd(screener, NOW)
    expect(screener.outcome?.result.disposition).toBe('self-care')

    expect(gate.active).toBeNull()
    expect(gate.plansLocked).toBe(false)
    const events = await db.gateEvents.orderBy('at').toArray()
    expect(events.map((e) => e.kind)).toEqual(['raise', 'clear'])
    const screening = (await db.screenings.toArray())[0]!
    expect(events[1]).toMatchObject({ clearedBy: 'new-screening', screeningId: screening.id, at: NOW })
  })

  it('does not clear an urgent gate when the sign is still happening, or the question was not asked', async () => {
    const gate = useGateStore()
    await gate.raise({ level: 'urgent', source: 'screening', reasons: ['x'], findings: ['one_leg_swollen'] }, NOW - 1000)
    const screener = useScreenerStore()
    screener.setStillHappening('one_leg_swollen', true)
    screener.finishRecheck()
    expect(screener.findings).toContain('one_leg_swollen')
    await noneToTheEnd(screener, NOW)
    expect(screener.outcome?.result.disposition).toBe('urgent')
    expect(gate.active?.level).toBe('urgent')

    // A self-care result without the "still happening" questions answered clears nothing either.
    screener.reset()
    await screener.finish(NOW + 1000)
    expect(screener.outcome?.result.disposition).toBe('self-care')
    expect(gate.active?.level).toBe('urgent')
  })

  it('a doctor result never clears an urgent gate', async () => {
    const gate = useGateStore()
    await gate.raise({ level: 'urgent', source: 'screening', reasons: ['x'], findings: ['one_leg_swollen'] }, NOW - 1000)
    const screener = useScreenerStore()
    screener.setStillHappening('one_leg_swollen', false)
    screener.finishRecheck()
    screener.setAnswer('lump_behind_knee', true)
    await screener.finish(NOW)
    expect(screener.outcome?.result.disposition).toBe('doctor')
    expect(gate.active?.level).toBe('urgent')
  })

  it('no new screening clears an emergency gate: only a clinician\'s check does', async () => {
    const gate = useGateStore()
    await gate.raise({ level: 'emergency', source: 'screening', reasons: ['x'], findings: ['pe_symptoms'] }, NOW - 1000)
    const screener = useScreenerStore()
    expect(screener.needsRecheck).toBe(false)
    await noneToTheEnd(screener, NOW)
    expect(screener.outcome?.result.disposition).toBe('self-care')
    expect(gate.active?.level).toBe('emergency')

    // An urgent raise never lowers it either.
    screener.reset()
    screener.setAnswer('cannot_bear_weight', true)
    await screener.finish(NOW + 1000)
    expect(gate.active?.level).toBe('emergency')

    await gate.clear('clinician', '2025-06-10', NOW + 2000)
    expect(gate.active).toBeNull()
  })

  it('writes no gate event for a clear result when no gate is up', async () => {
    const screener = useScreenerStore()
    await screener.finish(NOW)
    expect(await db.screenings.count()).toBe(1)
    expect(await db.gateEvents.count()).toBe(0)
  })

  it('the rest of the app sees the latest screening, live', async () => {
    const screener = useScreenerStore()
    const safety = useSafetyStore()
    screener.setAnswer('location_calf', true)
    await screener.finish(NOW)
    await expect.poll(() => safety.screening?.plans).toEqual(['calf-stretch'])
    screener.reset()
    await screener.finish(NOW + 60_000)
    await expect.poll(() => safety.screening?.at).toBe(NOW + 60_000)
  })
})

describe('screener store: steps', () => {
  it('ends at once on an emergency sign on the first step', async () => {
    const screener = useScreenerStore()
    screener.setAnswer('new_bladder_bowel_problem', true)
    expect(screener.canStopNow).toBe(true)
    expect(await screener.next(NOW)).toBe('result')
  })

  it('ends after an urgent step when no later answer could make it an emergency', async () => {
    const screener = useScreenerStore()
    await screener.none(NOW)
    screener.setAnswer('cannot_bear_weight', true)
    expect(await screener.next(NOW)).toBe('result')
    expect(screener.outcome?.result.disposition).toBe('urgent')
  })

  it('keeps asking after a weak leg, since cancer or a weak immune system would make it an emergency (R1)', async () => {
    const screener = useScreenerStore()
    await screener.none(NOW)
    screener.setAnswer('foot_or_leg_weakness', true)
    expect(await screener.next(NOW)).toBe('step')
    screener.legs = 'one'
    await screener.none(NOW) // how it started
    await screener.none(NOW) // doctor signs
    screener.setAnswer('cancer_history', true)
    expect(await screener.next(NOW)).toBe('result')
    expect(screener.outcome?.result.disposition).toBe('emergency')
    expect(screener.outcome?.result.rules).toContain('R1')
  })

  it('"None of these" never clears a tick: with a tick on the step it does nothing', async () => {
    const screener = useScreenerStore()
    await screener.none(NOW)
    screener.setAnswer('fever', true)
    expect(await screener.none(NOW)).toBe('ticked')
    expect(screener.step.id).toBe('same-day')
    expect(screener.findings).toEqual(['fever'])
    await screener.next(NOW)
    expect(screener.step.id).toBe('how-it-started')
    expect(screener.back()).toBe(true)
    expect(screener.findings).toEqual(['fever'])
  })

  it('one leg or both is a required choice; "one leg" is the finding pain_one_leg_only', async () => {
    const screener = useScreenerStore()
    await screener.none(NOW)
    await screener.none(NOW)
    expect(screener.step.id).toBe('how-it-started')
    expect(screener.legError).toMatch(/one leg or both/)
    expect(await screener.none(NOW)).toBe('invalid')
    expect(await screener.next(NOW)).toBe('invalid')
    screener.setAnswer('pain_one_leg_only', true)
    expect(screener.findings).toEqual(['pain_one_leg_only'])
    screener.legs = 'both'
    expect(screener.findings).toEqual([])
    expect(await screener.none(NOW)).toBe('step')
  })

  it('refuses to continue past a bad exact onset, and keeps what was typed', async () => {
    const screener = useScreenerStore()
    await screener.none(NOW)
    await screener.none(NOW)
    screener.legs = 'both'
    screener.onsetChoice = 'exact'
    screener.onsetExact = '2025-02-30T10:00'
    expect(await screener.next(NOW)).toBe('invalid')
    expect(screener.onsetError).toMatch(/not a date/i)
    expect(screener.onsetExact).toBe('2025-02-30T10:00')
    screener.onsetExact = '2025-02-28T10:00'
    expect(await screener.next(NOW)).toBe('step')
  })

  it('saves the onset as an instant', async () => {
    const screener = useScreenerStore()
    screener.onsetChoice = 'last-hour'
    await screener.finish(NOW)
    expect(screener.outcome?.record.onsetAt).toBe(NOW)
  })
})
