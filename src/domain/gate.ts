import { BACKGROUND_FINDINGS, isFindingId, type FindingId } from '../content/vocabulary'
import type { GateEventRecord, GateLevel, GateSource } from './records'
import { inWriteOrder } from './writeOrder'

/** What a raise of the gate says: its level, where it came from, the reasons in plain words and the answers behind it. */
export interface RaiseInput {
  level: GateLevel
  source: GateSource
  reasons: string[]
  findings: string[]
  screeningId?: string | null
}

export interface ActiveGate {
  level: GateLevel
  /** Epoch ms of the first raise since the last clear. */
  since: number
  reasons: string[]
  findings: string[]
  /** The raises since the last clear, oldest first. */
  raises: GateEventRecord[]
}

/**
 * The gate in force, derived from the event log alone: every raise since the last clear counts, and the
 * highest level wins, so a later, milder raise can never lower an emergency. "Since" and "last" are in the order
 * the events were written (`seq`), never by their dates: a raise written after a clear always wins, even when the
 * device clock dated it earlier. Events not yet written (kept in memory) count as the newest, in the order given.
 */
export function activeGate(events: readonly GateEventRecord[]): ActiveGate | null {
  const sorted = inWriteOrder(events)
  let raises: GateEventRecord[] = []
  for (const e of sorted) {
    if (e.kind === 'clear') raises = []
    else if (e.level) raises.push(e)
  }
  const first = raises[0]
  if (!first) return null
  const level: GateLevel = raises.some((r) => r.level === 'emergency') ? 'emergency' : 'urgent'
  return {
    level,
    since: first.at,
    reasons: unique(raises.flatMap((r) => r.reasons)),
    findings: unique(raises.flatMap((r) => r.findings)),
    raises,
  }
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)]
}

/**
 * The answers behind an urgent gate that a new check asks about again ("Is this still happening?") before it may
 * clear it: the gate's findings this version knows, less health background (a history of cancer does not stop).
 * Empty for an emergency gate (only a clinician's check clears that) and when no gate is up.
 */
export function recheckFindings(gate: Pick<ActiveGate, 'level' | 'findings'> | null): FindingId[] {
  if (!gate || gate.level !== 'urgent') return []
  return gate.findings.filter((f): f is FindingId => isFindingId(f) && !BACKGROUND_FINDINGS.includes(f))
}
