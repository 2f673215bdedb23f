/**
 * A routine run as it is kept: starting one, ending one with the session it logs (./runEnd.ts), and moving one onto
 * a corrected device clock. Pure: ids, instants (epoch ms) and the time zone come in as arguments.
 */
import type { RunRecord } from './records'

export { endRun, type EndRunInput } from './runEnd'

/** A new active run of `routineId` starting at `at`. */
export function newRun(id: string, routineId: string, at: number, painBefore: number | null): RunRecord {
  return { id, routineId, startedAt: at, pauses: [], shifts: [], status: 'active', endedAt: null, painBefore, painAfter: null, clockEpoch: 0 }
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
