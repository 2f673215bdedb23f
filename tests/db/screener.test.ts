import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createDb, setDb, type AppDb } from '../../src/db/db'
import { SCREENER_STEPS } from '../../src/content/findings'
import { useGateStore } from '../../src/stores/gate'
import { onsetInstant, parseLocalDateTime, useScreenerStore } from '../../src/stores/screener'
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
    expect(screener.latestScreening?.disposition).toBe('emergency')
  })

  it('clears an active gate with a new screening that has no red flag, keeping both events', async () => {
    const gate = useGateStore()
    await gate.raise({ level: 'urgent', source: 'routine-check', reasons: ['A check in a routine'], findings: ['one_leg_swollen'] }, NOW - 86_400_000)
    expect(gate.active).not.toBeNull()

    const screener = useScreenerStore()
    for (let i = 0; i < SCREENER_STEPS.length; i++) await screener.none(NOW)
    expect(screener.outcome?.result.disposition).toBe('self-care')

    expect(gate.active).toBeNull()
    expect(gate.level).toBeNull()
    expect(gate.plansLocked).toBe(false)
    const events = await db.gateEvents.orderBy('at').toArray()
    expect(events.map((e) => e.kind)).toEqual(['raise', 'clear'])
    const screening = (await db.screenings.toArray())[0]!
    expect(events[1]).toMatchObject({ clearedBy: 'new-screening', screeningId: screening.id, at: NOW })
  })

  it('also clears with a doctor-level result, but not with an urgent one', async () => {
    const gate = useGateStore()
    await gate.raise({ level: 'emergency', source: 'screening', reasons: ['x'], findings: ['pe_symptoms'] }, NOW - 1000)

    const screener = useScreenerStore()
    screener.setAnswer('cannot_bear_weight', true)
    await screener.finish(NOW)
    expect(gate.active?.level).toBe('emergency') // an urgent raise never lowers an emergency
    expect(await db.gateEvents.count()).toBe(2)

    screener.reset()
    screener.setAnswer('lump_behind_knee', true)
    await screener.finish(NOW + 1000)
    expect(screener.outcome?.result.disposition).toBe('doctor')
    expect(gate.active).toBeNull()
  })

  it('writes no gate event for a clear result when no gate is up', async () => {
    const screener = useScreenerStore()
    await screener.finish(NOW)
    expect(await db.screenings.count()).toBe(1)
    expect(await db.gateEvents.count()).toBe(0)
  })

  it('keeps the latest screening live', async () => {
    const screener = useScreenerStore()
    screener.setAnswer('location_calf', true)
    await screener.finish(NOW)
    await expect.poll(() => screener.latestScreening?.plans).toEqual(['calf-stretch'])
    screener.reset()
    await screener.finish(NOW + 60_000)
    await expect.poll(() => screener.latestScreening?.at).toBe(NOW + 60_000)
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
    await screener.none(NOW) // how it started
    await screener.none(NOW) // doctor signs
    screener.setAnswer('cancer_history', true)
    expect(await screener.next(NOW)).toBe('result')
    expect(screener.outcome?.result.disposition).toBe('emergency')
    expect(screener.outcome?.result.rules).toContain('R1')
  })

  it('"none" clears only the current step', async () => {
    const screener = useScreenerStore()
    await screener.none(NOW)
    screener.setAnswer('fever', true)
    await screener.next(NOW)
    screener.setAnswer('location_calf', true)
    await screener.none(NOW)
    expect(screener.findings).toEqual(['fever'])
    expect(screener.back()).toBe(true)
    expect(screener.step.id).toBe('how-it-started')
  })

  it('refuses to continue past a bad exact onset, and keeps what was typed', async () => {
    const screener = useScreenerStore()
    await screener.none(NOW)
    await screener.none(NOW)
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

describe('onsetInstant', () => {
  const tz = 'Europe/London'
  // 2025-06-10 12:00 UTC = 13:00 in London (BST)
  it.each([
    ['last-hour', NOW],
    ['today', NOW - 3_600_000],
    ['yesterday', Date.UTC(2025, 5, 9, 23, 0) - 1],
    ['2-3-days', Date.UTC(2025, 5, 8, 23, 0) - 1],
    ['4-7-days', Date.UTC(2025, 5, 6, 23, 0) - 1],
    ['over-week', Date.UTC(2025, 5, 2, 23, 0) - 1],
  ] as const)('%s is the latest instant the answer allows', (choice, expected) => {
    expect(onsetInstant(choice, NOW, tz)).toBe(expected)
  })

  it('"today" never goes back before midnight', () => {
    const early = Date.UTC(2025, 5, 9, 23, 20) // 00:20 on the 10th in London
    expect(onsetInstant('today', early, tz)).toBe(Date.UTC(2025, 5, 9, 23, 0))
  })

  it('parses a local date and time, and refuses impossible ones', () => {
    expect(parseLocalDateTime('2025-03-01T14:30')).toBe(new Date(2025, 2, 1, 14, 30).getTime())
    expect(parseLocalDateTime('2025-02-30T14:30')).toBeNull()
    expect(parseLocalDateTime('yesterday')).toBeNull()
  })
})
