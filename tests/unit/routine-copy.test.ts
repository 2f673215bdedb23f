// Words per routine: one name per routine everywhere, copy written per kind (ice, heat, elevation, stretch, cramp,
// travel) and never shared across kinds, cautions only where they change the routine, a locked heat pack explained
// in heat's words, and walks timed as walks, not holds.
import { describe, expect, it } from 'vitest'
import { CAUTIONS, CAUTION_IDS, PLANS, cautionById } from '../../src/content/plans'
import { ROUTINES, getRoutine } from '../../src/content/routines'
import { CAUTIONS_FOR_TYPE, ROUTINE_TYPES, SKIN_CHECK_NOTE, cautionsForRoutine, routineText, routineType, type RoutineType } from '../../src/content/routineText'
import { getExercise } from '../../src/content/exercises'
import { exerciseTags } from '../../src/content/exerciseTags'
import { routineName } from '../../src/components/history/historyText'
import { dateWords } from '../../src/domain/dates'
import { refusalText } from '../../src/domain/refusalText'
import { expandRoutine } from '../../src/domain/routine'

/** Lines that belong to stretches: the pull a stretch should give, holding still. */
const STRETCH_LINES = [/mild pull/i, /gentle pull/i, /\bpull only\b/i, /never pain/i, /tension/i, /\bhold (it )?still\b/i, /\bholds?\b/i, /stretch/i]

function copyOf(id: string): string[] {
  const t = routineText(id)
  if (!t) throw new Error(`no words for ${id}`)
  return [t.summary, t.dosing, t.feel, ...t.stopIf]
}

describe('one name per routine', () => {
  it('no two routines share a name, and no routine has two', () => {
    const titles = ROUTINES.map((r) => r.title)
    expect(new Set(titles).size).toBe(titles.length)
    for (const plan of PLANS) {
      const r = getRoutine(plan.id)
      if (r) expect(plan.title, plan.id).toBe(r.title)
      else expect(titles, plan.id).not.toContain(plan.title)
    }
  })

  it('History calls each routine by the same name as Plans and the player', () => {
    for (const r of ROUTINES) expect(routineName(r.id)).toBe(r.title)
  })

  it('the twin names the walk-throughs met are gone', () => {
    const names = [...ROUTINES.map((r) => r.title), ...PLANS.map((p) => p.title)]
    expect(names).not.toContain('Hamstring stretches')
    expect(names).not.toContain('Raise the leg')
    expect(names).not.toContain('Raising the leg')
  })
})

describe('copy per routine kind', () => {
  it('every routine has a kind, and every kind is used', () => {
    for (const r of ROUTINES) expect(routineType(r.id), r.id).toBeDefined()
    expect(new Set(Object.values(ROUTINE_TYPES))).toEqual(new Set(['ice', 'heat', 'elevation', 'stretch', 'cramp', 'travel']))
    expect(routineType('nope')).toBeUndefined()
    expect(routineType('constructor')).toBeUndefined()
  })

  it.each(['ice', 'heat', 'elevation', 'cramp-relief'])('no stretching line on %s', (id) => {
    const lines = [...copyOf(id), SKIN_CHECK_NOTE[routineType(id) as RoutineType] ?? '']
    for (const line of lines) for (const re of STRETCH_LINES) expect(line, `${id}: "${line}"`).not.toMatch(re)
  })

  it('stretches do say what a stretch should feel like', () => {
    for (const id of ['hamstring-stretch', 'calf-stretch']) expect(copyOf(id).join(' ')).toMatch(/pull/)
  })

  it('no line is shared between two kinds of routine', () => {
    const byType = new Map<RoutineType, Set<string>>()
    for (const r of ROUTINES) {
      const type = routineType(r.id) as RoutineType
      const set = byType.get(type) ?? new Set<string>()
      for (const line of copyOf(r.id)) set.add(line)
      byType.set(type, set)
    }
    const types = [...byType.keys()]
    for (const a of types)
      for (const b of types) {
        if (a >= b) continue
        const shared = [...(byType.get(a) ?? [])].filter((l) => byType.get(b)?.has(l))
        expect(shared, `${a} and ${b}`).toEqual([])
      }
  })

  it('the skin check is said in the words of the pack it is for', () => {
    expect(SKIN_CHECK_NOTE.ice).toMatch(/too cold/)
    expect(SKIN_CHECK_NOTE.ice).not.toMatch(/hot/)
    expect(SKIN_CHECK_NOTE.heat).toMatch(/too hot/)
    expect(SKIN_CHECK_NOTE.heat).not.toMatch(/cold/)
    expect(Object.keys(SKIN_CHECK_NOTE).sort()).toEqual(['heat', 'ice'])
  })
})

describe('cautions show only where they change the routine', () => {
  it('the ice skin caution is not on the sciatica intro, nor on any stretch, cramp or travel routine', () => {
    for (const id of ['sciatica-relief', 'hamstring-stretch', 'calf-stretch', 'sitting-relief', 'cramp-relief', 'travel-circulation']) {
      const shown = cautionsForRoutine(id, CAUTION_IDS)
      expect(shown, id).not.toContain('skin-check')
      expect(shown, id).not.toContain('no-ice-no-heat')
      for (const c of shown) expect(cautionById(c)?.changes, `${id} ${c}`).not.toMatch(/\bice\b/i)
    }
    expect(cautionsForRoutine('ice', CAUTION_IDS)).toContain('skin-check')
    expect(cautionsForRoutine('heat', CAUTION_IDS)).toEqual(expect.arrayContaining(['skin-check', 'no-heat', 'dvt-watch']))
  })

  it('drinks limits and painkillers change no routine; every other caution changes some kind', () => {
    const used = new Set(Object.values(CAUTIONS_FOR_TYPE).flat())
    expect(used.has('fluid-limit')).toBe(false)
    expect(used.has('no-nsaid')).toBe(false)
    for (const c of CAUTIONS) if (c.id !== 'fluid-limit' && c.id !== 'no-nsaid') expect(used.has(c.id), c.id).toBe(true)
    expect(cautionsForRoutine('unknown', CAUTION_IDS)).toEqual([])
  })
})

describe('a strain wait, in the words of what waits', () => {
  const words = dateWords('en-GB')
  const now = Date.parse('2026-12-01T10:00:00Z') // a Tuesday
  const strain = { kind: 'strain' as const, unlocksAt: now + 72 * 3_600_000 }

  it('heat: explained as heat, with ice to use until then', () => {
    const t = refusalText(strain, now, 'Europe/London', words, 'heat')
    expect(`${t.title} ${t.text}`).toMatch(/heat|warm/i)
    for (const re of STRETCH_LINES) expect(`${t.title} ${t.text} ${t.instead.text}`).not.toMatch(re)
    expect(`${t.title} ${t.text}`).not.toMatch(/tear|pulled open/i)
    expect(t.instead.text).toMatch(/^Until then: .*ice/)
  })

  it('stretches: explained as stretching, with rest, ice and walking until then', () => {
    for (const id of ['hamstring-stretch', 'calf-stretch']) {
      const t = refusalText(strain, now, 'Europe/London', words, id)
      expect(t.text).toMatch(/Stretching/)
      expect(t.text).not.toMatch(/heat|warm/i)
      expect(t.instead.text).toBe('Until then: rest, ice and gentle walking.')
    }
  })

  it('a caller that does not say which routine gets words true of both', () => {
    const t = refusalText(strain, now, 'Europe/London', words)
    expect(t.text).toMatch(/stretching the muscle or warming it/)
  })

  it('the unlock time is in words: "Friday morning", not a clock and a countdown', () => {
    const t = refusalText(strain, now, 'Europe/London', words, 'calf-stretch')
    expect(t.unlocks).toBe('Friday morning')
    expect(refusalText(strain, now, 'Asia/Tokyo', words, 'calf-stretch').unlocks).toBe('Friday evening')
  })
})

describe('walks are timed, not held', () => {
  const MOVING = ['cramp-walk-off', 'short-walk', 'sitting-break']

  it('walking it off, a short walk and a sitting break are timers: "Walk it off: 1 minute", never "Hold"', () => {
    let seen = 0
    for (const r of ROUTINES) {
      const steps = expandRoutine(r).steps
      for (const s of steps) {
        if (!s.exerciseId || !MOVING.includes(s.exerciseId)) continue
        seen++
        expect(s.kind, `${r.id} ${s.exerciseId}`).toBe('timer')
        expect(s.label).not.toMatch(/hold/i)
      }
    }
    expect(seen).toBe(3)
  })

  it('a hold is only ever a position held still, and a timed walk skips no safety rule', () => {
    for (const r of ROUTINES)
      for (const item of r.items) {
        const kind = item.kind ?? 'hold'
        if (kind === 'hold') {
          const ex = getExercise(item.exerciseId ?? '')
          expect(ex, `${r.id} ${item.name}`).toBeDefined()
          expect(ex?.steps.join(' '), `${r.id} ${item.name}`).toMatch(/\bhold\b/i)
          expect(MOVING).not.toContain(item.exerciseId)
        }
        // The safety core never hides a timer: a timed exercise must carry no tag a rule could hide it by.
        if (kind === 'timer' && item.exerciseId) expect(exerciseTags(item.exerciseId), `${r.id} ${item.exerciseId}`).toEqual([])
      }
  })
})
