// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { SCREENER_STEPS, type FindingId } from '../../src/content/findings'
import { canStopEarly, checkClearsGate } from '../../src/domain/screener'

/** Every finding the steps after `stepId` ask about. */
function after(stepId: string): FindingId[] {
  const i = SCREENER_STEPS.findIndex((s) => s.id === stepId)
  return SCREENER_STEPS.slice(i + 1).flatMap((s) => s.findings)
}

describe('canStopEarly', () => {
  it('stops at once on an emergency sign, whatever comes later', () => {
    expect(canStopEarly(['new_bladder_bowel_problem'], after('emergency'))).toBe(true)
  })
  it('never stops with no answer, or with an answer below urgent', () => {
    expect(canStopEarly([], after('emergency'))).toBe(false)
    expect(canStopEarly(['fever'], after('same-day'))).toBe(false)
  })
  it('stops on an urgent answer that nothing later could make an emergency', () => {
    expect(canStopEarly(['cannot_bear_weight'], after('same-day'))).toBe(true)
  })
  it('keeps asking after a weak leg, since cancer or a weak immune system would make it an emergency (R1)', () => {
    expect(canStopEarly(['foot_or_leg_weakness'], after('same-day'))).toBe(false)
    // With nothing left to ask, it may stop.
    expect(canStopEarly(['foot_or_leg_weakness'], [])).toBe(true)
  })
  it('does not count later emergency signs: they are all asked on the first step', () => {
    expect(canStopEarly(['cannot_bear_weight'], ['new_bladder_bowel_problem'])).toBe(true)
  })
})

describe('checkClearsGate', () => {
  const urgent = { level: 'urgent' as const, findings: ['calf_tender_no_injury', 'cancer_history'] }
  // cancer_history is health background: it is not asked again, so only the tender calf needs a no.
  const allNo = { done: true, stillHappening: { calf_tender_no_injury: false } }

  it('clears an urgent gate when each answer behind it was asked again and is no, and the check ends in self-care', () => {
    expect(checkClearsGate(urgent, 'self-care', allNo)).toBe(true)
  })
  it('never clears with no gate, an emergency gate, or a result above self-care', () => {
    expect(checkClearsGate(null, 'self-care', allNo)).toBe(false)
    expect(checkClearsGate({ ...urgent, level: 'emergency' }, 'self-care', allNo)).toBe(false)
    expect(checkClearsGate(urgent, 'doctor', allNo)).toBe(false)
    expect(checkClearsGate(urgent, 'urgent', allNo)).toBe(false)
  })
  it('does not clear until the questions were asked, nor when one is still happening or unanswered', () => {
    expect(checkClearsGate(urgent, 'self-care', { ...allNo, done: false })).toBe(false)
    expect(checkClearsGate(urgent, 'self-care', { done: true, stillHappening: { calf_tender_no_injury: true } })).toBe(false)
    expect(checkClearsGate(urgent, 'self-care', { done: true, stillHappening: { calf_tender_no_injury: null } })).toBe(false)
    expect(checkClearsGate(urgent, 'self-care', { done: true, stillHappening: {} })).toBe(false)
  })
})
