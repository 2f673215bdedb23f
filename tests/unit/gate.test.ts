import { describe, expect, it } from 'vitest'
import { activeGate, recheckFindings } from '../../src/domain/gate'
import type { GateEventRecord } from '../../src/domain/records'

/** An event dated `at`, written `seq`-th (by default in date order). */
function ev(at: number, kind: 'raise' | 'clear', level: 'emergency' | 'urgent' | null = null, reasons: string[] = [], seq: number | undefined = at): GateEventRecord {
  return {
    id: `e${at}`, at, timeZone: 'UTC', kind, level, source: kind === 'raise' ? 'screening' : null, screeningId: null,
    reasons, findings: [], clearedBy: kind === 'clear' ? 'clinician' : null, assessedOn: null, seq,
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
  it('follows the order events were written, not their dates: a raise written after a clear wins even when dated before it', () => {
    // The device clock was 2 h fast for the first raise and its clear, then put right.
    const H = 3_600_000
    const events = [ev(10 * H, 'raise', 'emergency', ['first'], 1), ev(10 * H + 60_000, 'clear', null, [], 2), ev(8 * H + 120_000, 'raise', 'emergency', ['new'], 3)]
    const g = activeGate(events)
    expect(g?.level).toBe('emergency')
    expect(g?.reasons).toEqual(['new'])
    expect(g?.since).toBe(8 * H + 120_000)
    // And a clear written last clears, whatever its date.
    expect(activeGate([...events, ev(8 * H, 'clear', null, [], 4)])).toBeNull()
  })
  it('counts events not yet written (kept in memory) as the newest, in the order given', () => {
    const g = activeGate([ev(5, 'raise', 'urgent', ['memory'], undefined), ev(1, 'raise', 'urgent', ['a'], 1), ev(2, 'clear', null, [], 2)])
    expect(g?.reasons).toEqual(['memory'])
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
