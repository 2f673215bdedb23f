import type { GateEventRecord, GateLevel } from './records'

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
 * highest level wins, so a later, milder raise can never lower an emergency.
 */
export function activeGate(events: readonly GateEventRecord[]): ActiveGate | null {
  const sorted = [...events].sort((a, b) => a.at - b.at)
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
