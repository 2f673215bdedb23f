import type { RunRecord } from './records'

/**
 * Ends a run: the one rule for a run's last write, in the player and in an import. The end is never before the start
 * or any pause (a clock that stepped back while the run played would otherwise give "ended before it started"), and
 * a pause still open closes at the end, so a finished run never has a pause that never ended.
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
