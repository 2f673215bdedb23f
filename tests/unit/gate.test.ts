import { describe, expect, it } from 'vitest'
import { activeGate, recheckFindings } from '../../src/domain/gate'
import type { GateEventRecord } from '../../src/domain/records'

function ev(at: number, kind: 'raise' | 'clear', level: 'emergency' | 'urgent' | null = null, reasons: string[] = []): GateEventRecord {
  return {
    id: `e${at}`, at, timeZone: 'UTC', kind, level, source: kind === 'raise' ? 'screening' : null, screeningId: null,
    reasons, findings: [], clearedBy: kind === 'clear' ? 'clinician' : null, assessedOn: null,
  }
}

describe('activeGate', () => {
  it('is null with no events and after a clear', () => {
    expect(activeGate([])).toBeNull()
    expect(activeGate([ev(1, 'raise', 'urgent'), ev(2, 'clear')])).toBeNull()
  })
  it('keeps the highest level since the last clear, whatever the order', () => {
    const g = activeGate([ev(3, 'raise', 'urgent', ['b']), ev(1, 'raise', 'emergency', ['a'])])
    expect(g?.level).toBe('emergency')
    expect(g?.since).toBe(1)
    expect(g?.reasons).toEqual(['a', 'b'])
  })
  it('a raise after a clear starts a new gate', () => {
    const g = activeGate([ev(1, 'raise', 'emergency'), ev(2, 'clear'), ev(3, 'raise', 'urgent')])
    expect(g?.level).toBe('urgent')
    expect(g?.since).toBe(3)
  })
})

describe('recheckFindings', () => {
  it('asks again about the symptoms behind an urgent gate, not about background or unknown ids', () => {
    expect(recheckFindings({ level: 'urgent', findings: ['cannot_bear_weight', 'cancer_history', 'no_such_id', 'diabetes'] })).toEqual([
      'cannot_bear_weight',
    ])
  })
  it('asks nothing for an emergency gate (only a clinician clears it) or with no gate', () => {
    expect(recheckFindings({ level: 'emergency', findings: ['pe_symptoms'] })).toEqual([])
    expect(recheckFindings(null)).toEqual([])
  })
})
