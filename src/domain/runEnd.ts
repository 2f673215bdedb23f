/**
 * Ending a run: its final record and the session it logs. Apart from ./runRecord.ts because a raise of the gate ends
 * runs too, from start-up code that should not carry the rest. Pure: ids, instants (epoch ms) and the zone come in.
 */
import { isTimerId } from './care'
import { dayKey } from './day'
import type { RunRecord, SessionRecord } from './records'

/**
 * Ends a run: the one rule for a run's last write, in the player, a raise of the gate and an import. The end is never
 * before the start or any pause (a clock that stepped back while the run played would otherwise give "ended before
 * it started"), and a pause still open closes at the end, so a finished run never has a pause that never ended.
 * @param at when it ended (epoch ms), as the caller's clock says
 */
export function closeRun<R extends RunRecord>(run: R, status: 'done' | 'stopped', at: number): R {
  let end = Math.max(at, run.startedAt)
  for (const p of run.pauses) end = Math.max(end, p.at, p.until ?? p.at)
  return {
    ...run,
    status,
    endedAt: end,
    pauses: run.pauses.map((p) => (p.until === null ? { at: p.at, until: end } : p)),
  }
}

export interface EndRunInput {
  /** When it ended (epoch ms): for a completed run, when its clock reached the end (routine.ts, completedAt). */
  endedAt: number
  /** True when the clock reached the end of the routine; false for a stop. */
  completed: boolean
  /** The pain score after, or null to keep the run's own. */
  painAfter: number | null
  timeZone: string
  /** The id for the logged session. */
  sessionId: string
  /** Why it stopped, when a warning sign stopped it. */
  stoppedBy?: 'gate'
}

/** Ends a run (closeRun) and builds the session it logs, both dated by the run's end. */
export function endRun(run: RunRecord, input: EndRunInput): { run: RunRecord; session: SessionRecord } {
  const { completed } = input
  const closed = closeRun(run, completed ? 'done' : 'stopped', input.endedAt)
  const endedAt = closed.endedAt ?? input.endedAt
  const painAfter = input.painAfter ?? run.painAfter
  const ended: RunRecord = { ...closed, painAfter, ...(input.stoppedBy ? { stoppedBy: input.stoppedBy } : {}) }
  const session: SessionRecord = {
    id: input.sessionId,
    routineId: run.routineId,
    kind: isTimerId(run.routineId) ? run.routineId : 'routine',
    startedAt: run.startedAt,
    endedAt,
    at: endedAt,
    timeZone: input.timeZone,
    dayKey: dayKey(endedAt, input.timeZone),
    completed,
    painBefore: run.painBefore,
    painAfter,
    runId: run.id,
  }
  return { run: ended, session }
}
