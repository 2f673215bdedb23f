// @vitest-environment node
// Care rules (src/domain/care.ts) against clinical/triage-rules.md "Plans and cautions" and brief.md section 2:
// what each caution hides, the checks it adds, session lengths and ice spacing (the 72 h strain locks are the
// safety core's: tests/unit/safety.test.ts).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CARE_KINDS,
  availableCare,
  heatSessionMs,
  iceSchedule,
  iceSessionMs,
  nextIceDue,
  type CareCheck,
  type CareKind,
} from '../../src/domain/care'
import { HOUR_MS, MINUTE_MS } from '../../src/domain/day'
import { CAUTION_IDS } from '../../src/content/plans'

const T0 = Date.UTC(2025, 4, 6, 8, 0, 0)

const allowedKinds = (cautions: string[]) =>
  CARE_KINDS.filter((k) => availableCare(cautions, [])[k].allowed)

describe('availableCare: what each caution hides', () => {
  const table: { caution: string; hidden: CareKind[] }[] = [
    { caution: 'poor-circulation', hidden: ['ice', 'heat', 'elevation', 'compression'] },
    { caution: 'no-ice-no-heat', hidden: ['ice', 'heat', 'compression'] },
    { caution: 'no-heat', hidden: ['heat'] },
    { caution: 'skin-check', hidden: ['compression'] },
    { caution: 'dvt-watch', hidden: ['calf-massage'] },
    { caution: 'fluid-limit', hidden: [] },
    { caution: 'no-nsaid', hidden: [] },
    { caution: 'hip-precautions', hidden: [] },
    { caution: 'pregnancy-positions', hidden: [] },
  ]

  it('covers every caution the app knows', () => {
    expect(table.map((r) => r.caution).sort()).toEqual([...CAUTION_IDS].sort())
  })

  it.each(table)('$caution hides exactly $hidden', ({ caution, hidden }) => {
    const care = availableCare([caution], ['rice', 'cramp-relief', 'sciatica-relief'])
    for (const kind of CARE_KINDS) {
      const isHidden = hidden.includes(kind)
      expect(care[kind].allowed, kind).toBe(!isHidden)
      expect(care[kind].hiddenBy, kind).toEqual(isHidden ? [caution] : [])
      // Hidden care is never suggested and never asks for checks.
      if (isHidden) {
        expect(care[kind].suggested, kind).toBe(false)
        expect(care[kind].checksFirst, kind).toEqual([])
      }
    }
  })

  it('with no cautions everything is allowed with no checks', () => {
    expect(allowedKinds([])).toEqual([...CARE_KINDS])
    for (const kind of CARE_KINDS) expect(availableCare([], [])[kind].checksFirst).toEqual([])
  })

  it('names every caution that hides a kind, and unknown caution ids change nothing', () => {
    const care = availableCare(['no-heat', 'poor-circulation', 'no-ice-no-heat', 'made-up'], [])
    expect(care.heat.hiddenBy).toEqual(['no-heat', 'poor-circulation', 'no-ice-no-heat'])
    expect(care.ice.hiddenBy).toEqual(['poor-circulation', 'no-ice-no-heat'])
    expect(care.elevation.hiddenBy).toEqual(['poor-circulation'])
    expect(care['calf-massage'].allowed).toBe(true)
    expect(availableCare(['made-up'], [])).toEqual(availableCare([], []))
  })

  it('skin-check: ice and heat stay, 10 minutes each, after the skin check; no compression', () => {
    const care = availableCare(['skin-check'], ['rice'])
    expect(care.ice).toMatchObject({ allowed: true, checksFirst: ['skin'] })
    expect(care.heat).toMatchObject({ allowed: true, checksFirst: ['skin'] })
    expect(care.elevation.checksFirst).toEqual([])
    expect(care.compression.allowed).toBe(false)
    expect(iceSessionMs(['skin-check'])).toBe(10 * MINUTE_MS)
    expect(heatSessionMs(['skin-check'])).toBe(10 * MINUTE_MS)
  })

  it('without skin-check: ice and heat are 15 minutes with no skin check', () => {
    for (const cautions of [[], ['dvt-watch'], ['no-heat'], ['fluid-limit']]) {
      expect(iceSessionMs(cautions)).toBe(15 * MINUTE_MS)
      expect(heatSessionMs(cautions)).toBe(15 * MINUTE_MS)
      expect(availableCare(cautions, []).ice.checksFirst).not.toContain('skin')
      expect(availableCare(cautions, []).heat.checksFirst).not.toContain('skin')
    }
  })

  it('dvt-watch: no calf massage; heat starts with the clot check', () => {
    const care = availableCare(['dvt-watch'], ['cramp-relief'])
    expect(care['calf-massage']).toMatchObject({ allowed: false, suggested: false, hiddenBy: ['dvt-watch'] })
    expect(care.heat).toMatchObject({ allowed: true, checksFirst: ['clot'] })
    expect(care.ice.checksFirst).toEqual([])
  })

  it('skin-check and dvt-watch together: heat checks the skin first, then the clot signs', () => {
    const care = availableCare(['dvt-watch', 'skin-check'], [])
    expect(care.heat.checksFirst).toEqual<CareCheck[]>(['skin', 'clot'])
    expect(care.ice.checksFirst).toEqual<CareCheck[]>(['skin'])
  })

  it('suggests ice, elevation and compression for RICE, heat and calf massage for cramps, heat for sciatica', () => {
    const rice = availableCare([], ['rice'])
    expect(CARE_KINDS.filter((k) => rice[k].suggested)).toEqual(['ice', 'elevation', 'compression'])
    const cramps = availableCare([], ['cramp-relief'])
    expect(CARE_KINDS.filter((k) => cramps[k].suggested)).toEqual(['heat', 'calf-massage'])
    const sciatica = availableCare([], ['sciatica-relief'])
    expect(CARE_KINDS.filter((k) => sciatica[k].suggested)).toEqual(['heat'])
    const none = availableCare([], ['hamstring-stretch', 'travel-circulation'])
    expect(CARE_KINDS.filter((k) => none[k].suggested)).toEqual([])
  })

  it('property: a kind is allowed exactly when no given caution hides it, whatever the mix', () => {
    const hides: Record<string, CareKind[]> = {
      'poor-circulation': ['ice', 'heat', 'elevation', 'compression'],
      'no-ice-no-heat': ['ice', 'heat', 'compression'],
      'no-heat': ['heat'],
      'skin-check': ['compression'],
      'dvt-watch': ['calf-massage'],
    }
    fc.assert(
      fc.property(fc.subarray([...CAUTION_IDS] as string[]), fc.subarray(['rice', 'cramp-relief', 'sciatica-relief', 'calf-stretch']), (cautions, plans) => {
        const care = availableCare(cautions, plans)
        for (const kind of CARE_KINDS) {
          const hiddenBy = cautions.filter((c) => hides[c]?.includes(kind))
          expect(care[kind].allowed).toBe(hiddenBy.length === 0)
          expect(care[kind].hiddenBy).toEqual(hiddenBy)
        }
      }),
    )
  })
})

describe('ice spacing and schedule', () => {
  it('the next ice session is due 2 h after the last one ended', () => {
    expect(nextIceDue(T0)).toBe(T0 + 2 * HOUR_MS)
  })

  it('schedules 15-minute sessions, each starting 2 h after the previous one ended, until the day ends', () => {
    const dayEnd = T0 + 14 * HOUR_MS // 08:00 to 22:00
    const slots = iceSchedule(T0, dayEnd, [])
    const q = 15 * MINUTE_MS
    const step = q + 2 * HOUR_MS
    expect(slots).toEqual(
      [0, 1, 2, 3, 4, 5, 6].map((i) => ({ startAt: T0 + i * step, endAt: T0 + i * step + q })),
    )
    // 08:00, 10:15, 12:30, 14:45, 17:00, 19:15, 21:30 (ends 21:45); the next would start at 23:45.
    expect((slots.at(-1) as { endAt: number }).endAt).toBeLessThanOrEqual(dayEnd)
  })

  it('keeps a session that ends exactly at day end, and drops one that would run 1 ms past it', () => {
    const q = 15 * MINUTE_MS
    const step = q + 2 * HOUR_MS
    expect(iceSchedule(T0, T0 + step + q, [])).toHaveLength(2)
    expect(iceSchedule(T0, T0 + step + q - 1, [])).toHaveLength(1)
    expect(iceSchedule(T0, T0 + q - 1, [])).toEqual([])
    expect(iceSchedule(T0, T0 - HOUR_MS, [])).toEqual([])
  })

  it('uses 10-minute sessions under skin-check', () => {
    const slots = iceSchedule(T0, T0 + 4 * HOUR_MS, ['skin-check'])
    const t = 10 * MINUTE_MS
    expect(slots).toEqual([
      { startAt: T0, endAt: T0 + t },
      { startAt: T0 + t + 2 * HOUR_MS, endAt: T0 + 2 * t + 2 * HOUR_MS },
    ])
  })

  it('is empty when a caution hides ice', () => {
    for (const c of ['poor-circulation', 'no-ice-no-heat']) expect(iceSchedule(T0, T0 + 14 * HOUR_MS, [c])).toEqual([])
  })

  it('property: sessions never overlap, are at least 2 h apart, fit the day, and follow nextIceDue', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 41 }),
        fc.integer({ min: 0, max: 30 * HOUR_MS }),
        fc.subarray(['skin-check', 'dvt-watch', 'no-heat']),
        (first, length, cautions) => {
          const slots = iceSchedule(first, first + length, cautions)
          const len = iceSessionMs(cautions)
          slots.forEach((s, i) => {
            expect(s.endAt - s.startAt).toBe(len)
            expect(s.endAt).toBeLessThanOrEqual(first + length)
            const prev = slots[i - 1]
            if (prev) {
              expect(s.startAt - prev.endAt).toBeGreaterThanOrEqual(2 * HOUR_MS)
              expect(s.startAt).toBe(nextIceDue(prev.endAt))
            } else expect(s.startAt).toBe(first)
          })
          // No room was left for one more.
          const last = slots.at(-1)
          const nextStart = last ? nextIceDue(last.endAt) : first
          expect(nextStart + len).toBeGreaterThan(first + length)
        },
      ),
    )
  })
})
