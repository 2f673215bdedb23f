/**
 * Ending a run: its final record and the session it logs. Apart from ./runRecord.ts because a raise of the gate ends
 * runs too, from start-up code that should not carry the rest. Pure: ids, instants (epoch ms) and the zone come in.
 */
import { isTimerId } from './care'
import { dayKey } from './day'
import type { RunRecord, SessionRecord } from './records'

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

/**
 * Ends a run and builds the session it logs, both dated `endedAt`, but never before the run started, whatever the
 * device clock did.
 */
export function endRun(run: RunRecord, input: EndRunInput): { run: RunRecord; session: SessionRecord } {
  const { completed } = input
  const endedAt = Math.max(run.startedAt, input.endedAt)
  const painAfter = input.painAfter ?? run.painAfter
  const ended: RunRecord = {
    ...run,
    status: completed ? 'done' : 'stopped',
    endedAt,
    painAfter,
    ...(input.stoppedBy ? { stoppedBy: input.stoppedBy } : {}),
  }
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
