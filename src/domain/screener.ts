/**
 * The symptom check's rules between the answers and the result: when it may stop asking, and when a new check clears
 * the gate in force. The questions are content (src/content/findings.ts); the triage is ./triage.ts.
 */
import { findingById, type FindingId } from '../content/findings'
import { recheckFindings, type ActiveGate } from './gate'
import type { ScreeningRecord } from './records'
import { dispositionRank, triage, type Disposition, type TriageResult } from './triage'

/** A finished screening as the result screen shows it. */
export interface ScreenerOutcome {
  record: ScreeningRecord
  result: TriageResult
  /** False when the device would not store it: the result and the gate still show, from memory. */
  saved: boolean
}

/** Levels from which the screener may stop early (the person needs help, so no more questions if nothing can change). */
const EARLY_STOP: readonly Disposition[] = ['urgent', 'emergency']

/**
 * True when the answers so far already call for help today or now, and nothing the remaining steps could add
 * would make it more serious: then asking more only delays the person. An urgent answer does NOT stop early when
 * a later answer could still make it an emergency (a weak leg with cancer or a weak immune system, rule R1).
 * @param findings the answers given so far
 * @param later every finding the steps still to come ask about
 */
export function canStopEarly(findings: readonly FindingId[], later: readonly FindingId[]): boolean {
  const level = triage(findings).disposition
  if (!EARLY_STOP.includes(level)) return false
  if (level === 'emergency') return true
  // Emergency-level signs are all asked on the first step; only combinations can still raise the level.
  const couldAdd = later.filter((id) => findingById(id).level !== 'EMERGENCY')
  const worst = triage([...findings, ...couldAdd]).disposition
  return dispositionRank(worst) <= dispositionRank(level)
}

/**
 * Whether a new check may clear the gate (contract v3, "The gate"): never an emergency gate (only a clinician's
 * check clears that); an urgent gate only when every answer behind it was asked again ("Is this still happening?")
 * and answered no, and the new check ends in self-care. A doctor result never clears a gate.
 * @param recheck whether the "still happening" questions were answered, and the answers (true: still happening)
 */
export function checkClearsGate(
  gate: Pick<ActiveGate, 'level' | 'findings'> | null,
  disposition: Disposition,
  recheck: { done: boolean; stillHappening: Partial<Record<FindingId, boolean | null>> },
): boolean {
  if (!gate || gate.level !== 'urgent' || disposition !== 'self-care') return false
  return recheck.done && recheckFindings(gate).every((f) => recheck.stillHappening[f] === false)
}
