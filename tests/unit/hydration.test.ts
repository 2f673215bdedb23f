import { describe, expect, it } from 'vitest'
import {
  GOAL_ADJUSTMENT_BASIS,
  GOAL_BASIS,
  ML_PER_US_FL_OZ,
  defaultGoalMl,
  flOzToMl,
  formatVolume,
  unitText,
  goalFor,
  mlToFlOz,
  sumByDay,
  validateAmountMl,
  waterStatus,
} from '../../src/domain/hydration'

describe('units', () => {
  it('uses the US fluid ounce', () => {
    expect(ML_PER_US_FL_OZ).toBe(29.5735)
    expect(flOzToMl(8)).toBeCloseTo(236.588, 3)
    expect(mlToFlOz(250)).toBeCloseTo(8.4535, 3)
  })

  it.each([0, 1, 150, 250, 500, 1600, 2000])('round-trips %d ml', (ml) => {
    expect(flOzToMl(mlToFlOz(ml))).toBeCloseTo(ml, 9)
  })

  it.each([
    [250, 'ml', '250 ml'],
    [249.6, 'ml', '250 ml'],
    [1600, 'ml', '1600 ml'],
    [0, 'ml', '0 ml'],
    [-0.2, 'ml', '0 ml'],
    [250, 'floz', '8.5 fl oz'],
    [236.588, 'floz', '8 fl oz'],
    [150, 'floz', '5.1 fl oz'],
    [500, 'floz', '17 fl oz'],
    [1600, 'floz', '54 fl oz'],
    [2000, 'floz', '68 fl oz'],
    [0, 'floz', '0 fl oz'],
    [-1, 'floz', '0 fl oz'],
    [Number.NaN, 'ml', '–'],
  ] as const)('formatVolume(%d, %s) = %s', (ml, unit, expected) => {
    expect(formatVolume(ml, unit)).toBe(expected)
  })
})

describe('goals', () => {
  it.each([
    [{ sex: 'female' as const }, 1600],
    [{ sex: 'male' as const }, 2000],
    [{ sex: 'unspecified' as const }, 1600],
    [{}, 1600],
  ])('defaultGoalMl(%j) = %d', (profile, ml) => {
    expect(defaultGoalMl(profile)).toBe(ml)
  })

  it.each([
    [1600, false, false, 1600],
    [1600, true, false, 2100],
    [1600, false, true, 2100],
    [2000, true, true, 3000],
  ])('goalFor(base %d, hot %s, active %s) = %d', (baseMl, hotDay, activeDay, ml) => {
    expect(goalFor({ baseMl, hotDay, activeDay })).toBe(ml)
  })

  it('explains where the figures come from, citing the references', () => {
    for (const ref of ['[R41]', '[R42]', '[R43]']) expect(GOAL_BASIS).toContain(ref)
    expect(GOAL_BASIS).toMatch(/6 to 8 glasses/)
    expect(GOAL_ADJUSTMENT_BASIS).toContain('[R43]')
    expect(GOAL_ADJUSTMENT_BASIS).toMatch(/500 ml/)
  })
})

describe('waterStatus with a goal', () => {
  it.each([
    [0, 1600, 1600, false, true],
    [1200, 1600, 400, false, true],
    [1599.6, 1600, 0, true, false], // counts whole ml: fl-oz rounding must not leave someone a hair short
    [1600, 1600, 0, true, false],
    [2400, 1600, 0, true, false], // past the goal: nothing left to do, no more prompts
  ])('%d of %d ml: %d to go, reached %s, prompt %s', (totalMl, goalMl, remainingMl, reached, prompt) => {
    expect(waterStatus({ totalMl, goalMl, limitMl: null, fluidLimit: false })).toEqual({
      mode: 'goal',
      goalMl,
      remainingMl,
      reached,
      promptToDrink: prompt,
    })
  })

  it('never prompts on a broken goal', () => {
    const s = waterStatus({ totalMl: 0, goalMl: Number.NaN, limitMl: null, fluidLimit: false })
    expect(s).toMatchObject({ mode: 'goal', reached: true, promptToDrink: false })
  })

  it('ignores the limit when there is no fluid-limit caution', () => {
    expect(waterStatus({ totalMl: 1800, goalMl: 2000, limitMl: 1500, fluidLimit: false }).mode).toBe('goal')
  })
})

describe('waterStatus under a fluid limit', () => {
  it.each([
    [0, 1500, 1500, 0, 'none'],
    [1199, 1500, 301, 0, 'none'],
    [1200, 1500, 300, 0, 'near'], // 80%
    [1499, 1500, 1, 0, 'near'],
    [1500, 1500, 0, 0, 'reached'],
    [1500.3, 1500, 0, 0, 'reached'],
    [1501, 1500, 0, 1, 'over'],
    [2000, 1500, 0, 500, 'over'],
  ] as const)('%d of a %d ml limit: %d left, %d over, %s', (totalMl, limitMl, remainingMl, overMl, warning) => {
    expect(waterStatus({ totalMl, goalMl: 2000, limitMl, fluidLimit: true })).toEqual({
      mode: 'limit',
      limitMl,
      remainingMl,
      overMl,
      warning,
      promptToDrink: false,
    })
  })

  it('never shows the generic goal when the limit has not been entered', () => {
    for (const limitMl of [null, 0, Number.NaN]) {
      expect(waterStatus({ totalMl: 300, goalMl: 1600, limitMl, fluidLimit: true })).toEqual({
        mode: 'limit-unset',
        promptToDrink: false,
      })
    }
  })
})

describe('validateAmountMl', () => {
  it.each([1, 250, 2000])('accepts %d', (ml) => {
    expect(validateAmountMl(ml)).toEqual({ ok: true, ml })
  })

  it('rounds to whole ml, as a backup reads drinks back (8 fl oz = 236.588 ml is saved as 237)', () => {
    expect(validateAmountMl(236.588)).toEqual({ ok: true, ml: 237 })
  })

  it.each([
    [0, /at least 1 ml/],
    [0.4, /at least 1 ml/],
    [-250, /at least 1 ml/],
    [2000.5, /more than 2000 ml in one go/],
    [25000, /more than 2000 ml in one go/],
    [Number.NaN, /as a number/],
    [Number.POSITIVE_INFINITY, /as a number/],
    ['250', /as a number/],
    [null, /as a number/],
  ])('refuses %j', (ml, message) => {
    const r = validateAmountMl(ml)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatch(message)
  })

  it('words the limit in the person’s unit', () => {
    const r = validateAmountMl(3000, 'floz')
    expect(r).toEqual({ ok: false, error: expect.stringContaining('68 fl oz') })
  })
})

describe('sumByDay', () => {
  it('totals each requested day in order, zero for empty days, ignoring others', () => {
    const entries = [
      { dayKey: '2026-05-01', ml: 250 },
      { dayKey: '2026-05-01', ml: 500 },
      { dayKey: '2026-05-03', ml: 150 },
      { dayKey: '2026-04-20', ml: 999 },
      { dayKey: '2026-05-03', ml: Number.NaN },
    ]
    expect(sumByDay(entries, ['2026-05-01', '2026-05-02', '2026-05-03'])).toEqual([
      { dayKey: '2026-05-01', ml: 750 },
      { dayKey: '2026-05-02', ml: 0 },
      { dayKey: '2026-05-03', ml: 150 },
    ])
  })

  it('keeps a traveller’s drinks on the day they were drunk (stored day keys, not recomputed)', () => {
    // 08:00 on 2 May in Tokyo, then 20:30 on 1 May in New York, half a day later by the clock.
    const entries = [
      { at: Date.parse('2026-05-01T23:00:00Z'), timeZone: 'Asia/Tokyo', dayKey: '2026-05-02', ml: 300 },
      { at: Date.parse('2026-05-02T00:30:00Z'), timeZone: 'America/New_York', dayKey: '2026-05-01', ml: 200 },
    ]
    expect(sumByDay(entries, ['2026-05-01', '2026-05-02'])).toEqual([
      { dayKey: '2026-05-01', ml: 200 },
      { dayKey: '2026-05-02', ml: 300 },
    ])
  })
})

describe('unitText', () => {
  it('names the unit beside a number, and in full where an amount is typed', () => {
    expect(unitText('ml')).toBe('ml')
    expect(unitText('ml', 'input')).toBe('ml')
    expect(unitText('floz')).toBe('fl oz')
    expect(unitText('floz', 'input')).toBe('US fl oz')
  })
})
