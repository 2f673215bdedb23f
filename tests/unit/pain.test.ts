import { describe, expect, it } from 'vitest'
import { dayKey } from '../../src/domain/day'
import { MAX_NOTE, MAX_WHERE, type PainEntry, painTrend, recheckPrompt, validatePain, validatePainInput, warningAfterLog } from '../../src/domain/pain'

const ZONE = 'Europe/London'
const H = 3_600_000
/** 19:00 on Sunday 10 May 2026 in London (BST). */
const NOW = Date.parse('2026-05-10T18:00:00Z')

/** An entry `hoursAgo` before NOW, keyed in London. */
function ago(hoursAgo: number, score: number, zone = ZONE): PainEntry {
  const at = NOW - hoursAgo * H
  return { at, dayKey: dayKey(at, zone), score }
}

/** One entry at 12:00 London time per day, oldest first, the last `daysBackOfLast` days before today (0: today). */
function daily(scores: number[], daysBackOfLast = 0): PainEntry[] {
  return scores.map((score, i) => ago(7 + 24 * (daysBackOfLast + scores.length - 1 - i), score))
}

describe('validatePain', () => {
  it.each([0, 1, 5, 10])('accepts %d', (score) => {
    expect(validatePain(score)).toEqual({ ok: true, score })
  })
  it.each([-1, 11, 2.5, Number.NaN, '5', null, undefined])('refuses %j', (score) => {
    const r = validatePain(score)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatch(/0/)
  })
})

describe('validatePainInput', () => {
  it('trims "where" and the note and passes the score through', () => {
    expect(validatePainInput({ score: 4, where: '  left calf ', note: ' after a walk\n' })).toEqual({ ok: true, score: 4, where: 'left calf', note: 'after a walk' })
  })
  it('refuses a bad score before looking at the words', () => {
    const r = validatePainInput({ score: 11, where: 'x'.repeat(MAX_WHERE + 1), note: '' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toMatch(/0/)
  })
  it('keeps "where" and the note within their limits, counted after trimming', () => {
    expect(validatePainInput({ score: 2, where: ` ${'x'.repeat(MAX_WHERE)} `, note: 'y'.repeat(MAX_NOTE) }).ok).toBe(true)
    expect(validatePainInput({ score: 2, where: 'x'.repeat(MAX_WHERE + 1), note: '' })).toEqual({ ok: false, error: `Please keep "where" under ${MAX_WHERE} letters.` })
    expect(validatePainInput({ score: 2, where: '', note: 'y'.repeat(MAX_NOTE + 1) })).toEqual({ ok: false, error: `Please keep the note under ${MAX_NOTE} letters.` })
  })
})

describe('painTrend (daily worst score over 7 local days)', () => {
  it.each([
    ['no entries', [], 'unknown', null],
    ['one day only', [6], 'unknown', null],
    ['flat', [4, 4, 4, 4], 'steady', 0],
    ['one-point wobble', [4, 5, 4, 5, 4, 5], 'steady', 0.43],
    ['up by one point', [4, 5], 'steady', 1],
    ['up by two points over two days', [3, 5], 'rising', 2],
    ['up by exactly 1.5 on the line', [3, 3.5, 4, 4.5], 'rising', 1.5],
    ['a week of slow rise', [2, 2, 3, 3, 4, 4, 5], 'rising', 3],
    ['easing', [7, 6, 6, 5, 4], 'falling', -2.8],
    ['down by exactly 1.5', [6, 4.5], 'falling', -1.5],
  ] as const)('%s -> %s', (_label, scores, direction, change) => {
    const t = painTrend(daily([...scores]), NOW, dayKey(NOW, ZONE))
    expect(t.direction).toBe(direction)
    expect(t.change).toBe(change)
  })

  it('uses the worst score of each day, so a calmer reading does not average a flare away', () => {
    const entries = [ago(30, 3), ago(8, 7), ago(2, 2)] // yesterday 3; today 7 then 2
    const t = painTrend(entries, NOW, dayKey(NOW, ZONE))
    expect(t.days.slice(-2)).toEqual([
      { dayKey: '2026-05-09', value: 3 },
      { dayKey: '2026-05-10', value: 7 },
    ])
    expect(t.latest).toBe(7)
    expect(t.direction).toBe('rising')
  })

  it('lists the 7 days oldest first with null for days without entries', () => {
    const t = painTrend([ago(7 + 24 * 3, 5), ago(7, 5)], NOW, dayKey(NOW, ZONE))
    expect(t.days.map((d) => d.dayKey)).toEqual([
      '2026-05-04', '2026-05-05', '2026-05-06', '2026-05-07', '2026-05-08', '2026-05-09', '2026-05-10',
    ])
    expect(t.days.map((d) => d.value)).toEqual([null, null, null, 5, null, null, 5])
    expect(t.direction).toBe('steady')
  })

  it('ignores entries older than the window and entries after now', () => {
    const t = painTrend([ago(24 * 8, 1), ago(24, 5), ago(1, 5), ago(-2, 10)], NOW, dayKey(NOW, ZONE))
    expect(t.direction).toBe('steady')
    expect(t.latest).toBe(5)
  })

  it('keeps a traveller’s latest day when they land on an earlier calendar day', () => {
    // Now it is 14:00 on 10 May in New York. Three hours ago the person logged in Tokyo, where it was already
    // 00:00 on 11 May: that entry is on 11 May and must stay in the window as the latest day.
    const tokyo = { at: NOW - 3 * H, dayKey: dayKey(NOW - 3 * H, 'Asia/Tokyo'), score: 8 }
    expect(tokyo.dayKey).toBe('2026-05-11')
    const t = painTrend([ago(24, 4, 'America/New_York'), tokyo], NOW, dayKey(NOW, 'America/New_York'))
    expect(t.days.at(-1)).toEqual({ dayKey: '2026-05-11', value: 8 })
    expect(t.direction).toBe('rising')
  })
})

describe('recheckPrompt: a rise of 3 or more within 24 h', () => {
  it.each([
    ['2 -> 5 in 3 h', [ago(5, 2), ago(2, 5)], true],
    ['2 -> 4 is not enough', [ago(5, 2), ago(2, 4)], false],
    ['5 -> 2 is a fall', [ago(5, 5), ago(2, 2)], false],
    ['across midnight', [ago(20, 3), ago(18, 6)], true],
    ['earlier low, later high with a middle reading', [ago(20, 1), ago(10, 3), ago(1, 4)], true],
    ['the earlier entry is just over 24 h old', [ago(24.01, 2), ago(1, 8)], false],
    ['the earlier entry is exactly 24 h old', [ago(24, 2), ago(1, 8)], true],
    ['the later entry is in the future', [ago(5, 2), ago(-1, 9)], false],
    ['two entries at the same instant do not count as a rise', [ago(3, 2), ago(3, 6)], false],
    ['a high reading first, then lower ones', [ago(10, 8), ago(5, 6), ago(1, 7)], false],
  ] as const)('%s', (_label, entries, fires) => {
    const r = recheckPrompt(entries, NOW, dayKey(NOW, ZONE))
    if (fires) expect(r?.kind).toBe('jump-24h')
    else expect(r).toBeNull()
  })

  it('names the scores and instants of the jump', () => {
    const r = recheckPrompt([ago(20, 4), ago(10, 2), ago(1, 6)], NOW, dayKey(NOW, ZONE))
    expect(r).toMatchObject({ kind: 'jump-24h', fromScore: 2, toScore: 6, fromAt: NOW - 10 * H, toAt: NOW - H })
    expect(r?.message).toMatch(/from 2 to 6.*check your symptoms again/)
  })

  it('compares instants, not day keys, for a traveller', () => {
    // 3 logged in Tokyo just after midnight on 11 May, then 7 an hour later in New York, where it is 10 May:
    // the later entry has the earlier day key, but by the clock it is one hour later.
    const a = { at: NOW - 2 * H, dayKey: dayKey(NOW - 2 * H, 'Asia/Tokyo'), score: 3 }
    const b = { at: NOW - H, dayKey: dayKey(NOW - H, 'America/New_York'), score: 7 }
    expect(a.dayKey > b.dayKey).toBe(true)
    expect(recheckPrompt([a, b], NOW, dayKey(NOW, 'America/New_York'))?.kind).toBe('jump-24h')
  })
})

describe('recheckPrompt: rising pain day after day (3 rises over 4 consecutive local days)', () => {
  it.each([
    ['4 days each worse, ending today', daily([2, 3, 4, 5]), true],
    ['4 days each worse, ending yesterday, nothing yet today', daily([2, 3, 4, 5], 1), true],
    ['only 3 days rising (2 rises)', daily([3, 4, 5]), false],
    ['a flat day breaks the run', daily([2, 3, 3, 4]), false],
    ['a dip breaks the run', daily([2, 4, 3, 5]), false],
    ['a missing day breaks the run', [...daily([2, 3], 3), ...daily([4, 5])], false],
    ['the run ended two days ago', daily([2, 3, 4, 5], 2), false],
    ['today is lower, so the run is over', [...daily([2, 3, 4, 5], 1), ago(2, 4)], false],
    ['5 days rising still counts', daily([1, 2, 3, 4, 5]), true],
  ] as const)('%s', (_label, entries, fires) => {
    const r = recheckPrompt(entries, NOW, dayKey(NOW, ZONE))
    if (fires) expect(r?.kind).toBe('rising-days')
    else expect(r).toBeNull()
  })

  it('uses each day’s worst score and reports the days', () => {
    // Each day also has a low morning reading; the daily worst still rises.
    const entries = [...daily([2, 3, 4, 5]), ago(10 + 24 * 3, 0), ago(10 + 24, 1)]
    expect(recheckPrompt(entries, NOW, dayKey(NOW, ZONE))).toMatchObject({
      kind: 'rising-days',
      dayKeys: ['2026-05-07', '2026-05-08', '2026-05-09', '2026-05-10'],
      values: [2, 3, 4, 5],
    })
  })

  it('prefers the jump when both apply', () => {
    const entries = [...daily([2, 3, 4], 1), ago(20, 4), ago(1, 8)]
    expect(recheckPrompt(entries, NOW, dayKey(NOW, ZONE))?.kind).toBe('jump-24h')
  })

  it('uses local days: entries either side of London midnight are different days', () => {
    // 23:30 and 00:30 London time are one hour apart but on two days.
    const atLateSat = Date.parse('2026-05-09T22:30:00Z')
    const atEarlySun = Date.parse('2026-05-09T23:30:00Z')
    const entries: PainEntry[] = [
      ...daily([1, 2], 2),
      { at: atLateSat, dayKey: dayKey(atLateSat, ZONE), score: 3 },
      { at: atEarlySun, dayKey: dayKey(atEarlySun, ZONE), score: 4 },
    ]
    expect(entries.map((e) => e.dayKey)).toEqual(['2026-05-07', '2026-05-08', '2026-05-09', '2026-05-10'])
    expect(recheckPrompt(entries, NOW, dayKey(NOW, ZONE))?.kind).toBe('rising-days')
  })
})

describe('warningAfterLog: when logging pain asks the warning-sign questions at once', () => {
  it('a score of 8 or more always asks', () => {
    expect(warningAfterLog([], ago(0, 8), NOW, dayKey(NOW, ZONE))).toBe('high-score')
    expect(warningAfterLog([ago(2, 9)], ago(0, 10), NOW, dayKey(NOW, ZONE))).toBe('high-score')
    expect(warningAfterLog([], ago(0, 7), NOW, dayKey(NOW, ZONE))).toBeNull()
  })
  it('a rise of 3 within 24 hours asks when this entry makes it, not again for a lower entry after it', () => {
    expect(warningAfterLog([ago(5, 2)], ago(0, 5), NOW, dayKey(NOW, ZONE))).toBe('jump-24h')
    expect(warningAfterLog([ago(5, 2)], ago(0, 4), NOW, dayKey(NOW, ZONE))).toBeNull()
    expect(warningAfterLog([ago(30, 2)], ago(0, 5), NOW, dayKey(NOW, ZONE))).toBeNull()
    expect(warningAfterLog([ago(5, 2), ago(3, 6)], ago(0, 3), NOW, dayKey(NOW, ZONE))).toBeNull()
  })
  it('a run of rising days asks on the entry that completes it', () => {
    const before = daily([2, 3, 4], 1)
    expect(warningAfterLog(before, ago(0, 5), NOW, dayKey(NOW, ZONE))).toBe('rising-days')
    expect(warningAfterLog(before, ago(0, 4), NOW, dayKey(NOW, ZONE))).toBeNull()
  })
})
