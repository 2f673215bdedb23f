/**
 * A routine run as it is kept: starting one, ending one with the session it logs, and moving one onto a corrected
 * device clock. Pure: ids, instants (epoch ms) and the time zone come in as arguments.
 */
import { isTimerId } from './care'
import { dayKey } from './day'
import type { RunRecord, SessionRecord } from './records'

/** A new active run of `routineId` starting at `at`. */
export function newRun(id: string, routineId: string, at: number, painBefore: number | null): RunRecord {
  return { id, routineId, startedAt: at, pauses: [], shifts: [], status: 'active', endedAt: null, painBefore, painAfter: null, clockEpoch: 0 }
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

/**
 * The run moved by a device clock jump of `deltaMs` (negative when the clock went back): every instant it holds
 * moves with the clock, so the time into the routine is the same after the jump as before it. Counts the move in
 * `clockEpoch`, so a second tab that saw the same jump can tell it has already been applied.
 */
export function rebaseRun<R extends RunRecord>(run: R, deltaMs: number): R {
  return {
    ...run,
    startedAt: run.startedAt + deltaMs,
    pauses: run.pauses.map((p) => ({ at: p.at + deltaMs, until: p.until === null ? null : p.until + deltaMs })),
    clockEpoch: (run.clockEpoch ?? 0) + 1,
  }
}

/**
 * How far (ms, negative) a run must move to stop being in the future: a run whose start or pauses lie after `now` was
 * written by a clock that has since been put back while no tab was open to see it. Its time into the routine is kept
 * as it was at the latest instant it holds. 0 when nothing lies ahead of `now`.
 */
export function futureSkewMs(run: Pick<RunRecord, 'startedAt' | 'pauses'>, now: number): number {
  let latest = run.startedAt
  for (const p of run.pauses) latest = Math.max(latest, p.at, p.until ?? p.at)
  return latest > now ? now - latest : 0
}
