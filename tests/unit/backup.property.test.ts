import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ROUTINE_IDS } from '../../src/content/routines'
import { buildBackup, parseBackup, TABLE_NAMES, type Tables } from '../../src/domain/backup'
import { isTimerId } from '../../src/domain/care'
import { dayKey } from '../../src/domain/day'
import { ML_PER_US_FL_OZ, validateAmountMl } from '../../src/domain/hydration'
import type { GateEventRecord, PainRecord, RunRecord, SessionRecord, WaterRecord } from '../../src/domain/records'
import { pause, resume, startRun } from '../../src/domain/routine'
import { closeRun } from '../../src/domain/runEnd'
import { checkSetting } from '../../src/domain/settingsSchema'

/**
 * A person's own export always imports: random data made the way the app makes it (its own input checks, its own
 * run ending, clocks that step back or run ahead) goes through export and import with nothing left out.
 */
const EXPORT_AT = Date.UTC(2026, 0, 10, 12)
const ZONES = ['Europe/London', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']
const zone = fc.constantFrom(...ZONES)
/** A time the device's clock said: mostly the past, sometimes up to three days ahead (a clock that ran ahead). */
const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: EXPORT_AT + 3 * 86_400_000 })
const id = fc.uuid()

const drink = fc
  .record({ id, at: instant, timeZone: zone, typed: fc.double({ min: 0.01, max: 3000, noNaN: true }), floz: fc.boolean() })
  .map(({ id, at, timeZone, typed, floz }) => {
    const checked = validateAmountMl(floz ? typed * ML_PER_US_FL_OZ : typed, floz ? 'floz' : 'ml')
    return checked.ok ? ({ id, at, timeZone, dayKey: dayKey(at, timeZone), ml: checked.ml } satisfies WaterRecord) : null
  })

const pain = fc.record({ id, at: instant, timeZone: zone, score: fc.integer({ min: 0, max: 10 }), where: fc.string({ maxLength: 200 }), note: fc.string({ maxLength: 300 }) })
  .map((p): PainRecord => ({ ...p, dayKey: dayKey(p.at, p.timeZone) }))

/** A run played with pauses and resumes at times a wandering clock gave, then ended (or still playing). */
const run = fc
  .record({
    id,
    routineId: fc.constantFrom(...ROUTINE_IDS),
    startedAt: instant,
    steps: fc.array(fc.integer({ min: -3_600_000, max: 600_000 }), { maxLength: 6 }),
    end: fc.integer({ min: -7_200_000, max: 3_600_000 }),
    status: fc.constantFrom('done', 'stopped', 'active'),
    timeZone: zone,
  })
  .map(({ id, routineId, startedAt, steps, end, status, timeZone }) => {
    let r: RunRecord = { id, routineId, ...startRun(startedAt), status: 'active', endedAt: null, painBefore: null, painAfter: null }
    let t = startedAt
    for (const [i, step] of steps.entries()) {
      t += step
      r = i % 2 === 0 ? pause(r, t) : resume(r, t)
    }
    if (status === 'active') return { run: r, session: null }
    const closed = closeRun(r, status as 'done' | 'stopped', t + end)
    const at = closed.endedAt!
    const session: SessionRecord = {
      id: `s-${id}`,
      routineId,
      kind: isTimerId(routineId) ? routineId : 'routine',
      startedAt: closed.startedAt,
      endedAt: at,
      at,
      timeZone,
      dayKey: dayKey(at, timeZone),
      completed: status === 'done',
      painBefore: null,
      painAfter: null,
      runId: id,
    }
    return { run: closed, session }
  })

const gateEvent = fc
  .record({ id, at: instant, timeZone: zone, raise: fc.boolean(), level: fc.constantFrom('emergency', 'urgent') })
  .map(({ id, at, timeZone, raise, level }): GateEventRecord => ({
    id,
    at,
    timeZone,
    kind: raise ? 'raise' : 'clear',
    level: raise ? (level as 'emergency' | 'urgent') : null,
    source: raise ? 'screening' : null,
    screeningId: null,
    reasons: raise ? ['A reason'] : [],
    findings: raise ? ['pe_symptoms'] : [],
    clearedBy: raise ? null : 'clinician',
    assessedOn: null,
  }))

/** Settings as the app's own forms save them, kept only when the app's settings check lets them through. */
const settings = fc
  .record({
    region: fc.constantFrom(null, 'GB', 'US', 'JP', 'INTL'),
    volumeUnit: fc.constantFrom('ml', 'floz'),
    water: fc.record({
      goalMl: fc.option(fc.integer({ min: 500, max: 6000 })),
      quickAddMl: fc.array(fc.integer({ min: 1, max: 2000 }), { minLength: 1, maxLength: 6 }),
      limitMl: fc.option(fc.integer({ min: 500, max: 6000 })),
      hotDay: fc.option(instant.map((t) => dayKey(Math.min(t, EXPORT_AT), 'UTC'))),
      activeDay: fc.constant(null),
    }),
    reminders: fc.record({
      enabled: fc.boolean(),
      intervalMin: fc.constantFrom(30, 60, 90, 120, 180),
      quietStart: fc.constantFrom('22:00', '21:30', '7:05'),
      quietEnd: fc.constantFrom('08:00', '06:30'),
      notify: fc.boolean(),
    }),
    travelMode: fc.boolean(),
  })
  .map((s) => Object.entries(s).filter(([k, v]) => checkSetting(k, v, EXPORT_AT).ok).map(([key, value]) => ({ key, value })))

describe('a person’s own export always imports', () => {
  it('random app data → export → import: nothing left out; only a playing routine or a time ahead of the clock changes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(drink, { maxLength: 20 }),
        fc.array(pain, { maxLength: 5 }),
        fc.array(run, { maxLength: 5 }),
        fc.array(gateEvent, { maxLength: 4 }),
        settings,
        fc.integer({ min: 0, max: 30 * 86_400_000 }),
        async (drinks, pains, runs, gates, settingRows, later) => {
          const tables: Tables = {
            settings: settingRows,
            screenings: [],
            gateEvents: gates,
            runs: runs.map((r) => r.run),
            sessions: runs.flatMap((r) => (r.session ? [r.session] : [])),
            painEntries: pains,
            waterEntries: drinks.filter((d): d is WaterRecord => d !== null),
          }
          const text = JSON.stringify(await buildBackup({ tables, appVersion: '0.1.0', createdAt: EXPORT_AT }), null, 1)
          const parsed = await parseBackup(text, { now: EXPORT_AT + later })
          if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
          expect(parsed.checked.leftOutReasons).toEqual([])
          for (const t of TABLE_NAMES) expect(parsed.checked.tables[t].length, t).toBe(tables[t].length)
          expect(parsed.checked.tables.runs.every((r) => r.status !== 'active')).toBe(true)
          expect(parsed.checked.tables.gateEvents.every((e) => e.at <= EXPORT_AT + later)).toBe(true)
        },
      ),
      { numRuns: 150 },
    )
  }, 60_000)
})
