// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ROUTINES, getRoutine } from '../../src/content/routines'
import { expandRoutine, simpleTimer, startRun, stateAt, pause, type Routine } from '../../src/domain/routine'
import { secondsInWords, sideWords, stepAnnouncement, stepKindWords, welcomeBack } from '../../src/domain/routineWords'

const T0 = Date.UTC(2025, 4, 6, 9, 0, 0)

describe('secondsInWords', () => {
  it.each([
    [0, '0 seconds'],
    [-500, '0 seconds'],
    [1, '1 second'],
    [1000, '1 second'],
    [1001, '2 seconds'],
    [30_000, '30 seconds'],
    [60_000, '1 minute'],
    [61_000, '1 minute 1 second'],
    [150_000, '2 minutes 30 seconds'],
    [15 * 60_000, '15 minutes'],
  ])('%i ms is "%s"', (ms, words) => {
    expect(secondsInWords(ms)).toBe(words)
  })
})

describe('sideWords', () => {
  it.each([
    ['left', 'left leg'],
    ['right', 'right leg'],
    [null, null],
  ] as const)('%s -> %s', (side, words) => {
    expect(sideWords({ side })).toBe(words)
  })
})

const ROUTINE: Routine = expandRoutine({
  id: 't',
  title: 'Test',
  getReadyMs: 5000,
  betweenMs: 10_000,
  items: [
    { name: 'Wall calf stretch', exerciseId: 'calf-wall-straight', holdMs: 30_000, reps: 2, sides: 'both', restMs: 5000 },
    { name: 'Ankle pumps', kind: 'reps', count: 20, holdMs: 40_000 },
  ],
})

describe('stepAnnouncement', () => {
  it('says each kind of step in its own words', () => {
    const said = ROUTINE.steps.map((_, i) => stepAnnouncement(ROUTINE, i))
    expect(said[0]).toBe('Get ready: Wall calf stretch. Starting in 5 seconds.')
    // The first hold names the exercise; the ones after it on the same exercise do not.
    expect(said[1]).toMatch(/^.+\. Hold: left leg, rep 1 of 2, 30 seconds\.$/)
    expect(said[2]).toBe('Rest. Next: right leg. Rest for 5 seconds.')
    expect(said[3]).toBe('Hold: right leg, rep 1 of 2, 30 seconds.')
    expect(said.at(-2)).toBe('Next: Ankle pumps. Rest for 10 seconds.')
    expect(said.at(-1)).toBe('Ankle pumps: 20 times. 20 times: 40 seconds.')
  })

  it('says a timer as its name and length, and nothing past the end', () => {
    const ice = simpleTimer('ice', 'Ice', 15 * 60_000)
    expect(stepAnnouncement(ice, 0)).toBe('Ice: 15 minutes.')
    expect(stepAnnouncement(ice, 1)).toBe('')
  })

  it('every shipped routine has words for every step', () => {
    for (const id of ['hamstring-stretch', 'calf-stretch', 'sciatica-relief', 'travel-circulation']) {
      const r = expandRoutine(getRoutine(id)!)
      for (let i = 0; i < r.steps.length; i++) expect(stepAnnouncement(r, i), `${id} step ${i}`).toMatch(/\w.*\.$/)
    }
  })
})

describe('stepKindWords', () => {
  const at = (r: ReturnType<typeof expandRoutine>, i: number, done = false) => stepKindWords(r, { step: r.steps[i]!, done })

  it('says a timed block as what it asks of the person, never "Timer running"', () => {
    const kinds = (id: string) => {
      const r = expandRoutine(getRoutine(id)!)
      return r.steps.flatMap((s, i) => (s.kind === 'timer' ? [at(r, i)] : []))
    }
    expect(kinds('cramp-relief')).toEqual(['Walk gently'])
    expect(kinds('sciatica-relief')).toEqual(['Walk at an easy pace'])
    expect(kinds('sitting-relief')).toEqual(['Up and moving'])
    expect(at(simpleTimer('ice', 'Ice', 15 * 60_000), 0)).toBe('Cooling the leg')
    expect(at(simpleTimer('heat', 'Heat', 15 * 60_000), 0)).toBe('Warming the leg')
    expect(at(simpleTimer('elevation', 'Raise your leg', 20 * 60_000), 0)).toBe('Leg up, resting')
  })

  it('says every step of every shipped routine in words of its own kind', () => {
    for (const def of ROUTINES) {
      const r = expandRoutine(def)
      r.steps.forEach((s, i) => {
        const word = at(r, i)
        expect(word, `${def.id} step ${i}`).toMatch(/\w/)
        expect(word, `${def.id} step ${i}`).not.toMatch(/timer/i)
        if (s.kind === 'timer' && def.id !== 'ice') expect(word, def.id).not.toMatch(/cool|ice/i)
        if (s.kind === 'timer' && def.id !== 'heat') expect(word, def.id).not.toMatch(/warm|heat/i)
      })
    }
    expect(at(ROUTINE, 0)).toBe('Get ready')
    expect(at(ROUTINE, 1)).toBe('Hold')
    expect(at(ROUTINE, 2)).toBe('Rest')
    expect(at(ROUTINE, ROUTINE.steps.length - 1)).toBe('Do it 20 times')
    expect(at(ROUTINE, 1, true)).toBe('Finished')
  })
})

describe('welcomeBack', () => {
  it('says where the run is, which leg, the time left, and whether it is paused', () => {
    const run = startRun(T0)
    const at = T0 + 5000 + 12_000
    expect(welcomeBack(ROUTINE, stateAt(ROUTINE, run, at))).toBe(`Welcome back: you are on step 2 of ${ROUTINE.steps.length}, left leg, 18 s left.`)
    const paused = pause(run, at)
    expect(welcomeBack(ROUTINE, stateAt(ROUTINE, paused, at + 60_000))).toMatch(/18 s left \(paused\)\.$/)
  })

  it('says when the routine has finished', () => {
    expect(welcomeBack(ROUTINE, stateAt(ROUTINE, startRun(T0), T0 + 3_600_000))).toBe('Welcome back: the routine has finished.')
  })
})
