import { watch, type MaybeRefOrGetter, type ShallowRef } from 'vue'
import { getRun, rebaseStoredRun } from '../db/runs'
import type { RunRecord } from '../domain/records'
import { futureSkewMs, rebaseRun } from '../domain/runRecord'
import { useStoredRun } from './useStoredRun'

export interface UseRunSyncOptions {
  routineId: MaybeRefOrGetter<string | null>
  /** This tab's copy of the run: replaced by a newer stored copy, moved on a clock jump. */
  run: ShallowRef<RunRecord | null>
  /** Reads the run clock (so a clock jump this tab has not yet seen is applied to its copy first). */
  tick: () => void
  /** The run clock's reading (epoch ms). */
  now: () => number
  /** A newer stored copy was taken (another tab paused it, a warning stopped it...). */
  onChange: (before: RunRecord, next: RunRecord) => void
  /** The run is no longer stored: deleted here or in another tab. It stays deleted. */
  onGone: () => void
  /** Another tab started a run of this routine while this tab showed none. */
  onFound: (run: RunRecord) => void
  onError: (e: unknown) => void
}

/**
 * Keeps this tab's copy of a run in step with storage and other tabs. Copies are ordered by the stored revision
 * counter (`rev`, one more on every write): a copy is taken when it is as new as ours or newer, so a late answer
 * never undoes a newer change. Once our run has been seen in storage, missing from it means deleted, and it is
 * never written back. A device clock jump moves the run once across every tab (`clockEpoch`).
 */
export function useRunSync(options: UseRunSyncOptions) {
  const { run } = options
  /** True once this tab's run has been seen in storage. */
  let persisted = false
  const stored = useStoredRun({ routineId: options.routineId, ownId: () => run.value?.id ?? null, onError: options.onError })

  watch(stored.own, (own) => {
    const local = run.value
    if (!local || own === undefined) return
    if (own) adopt(own)
    // Missing: deleted, once a direct read agrees (an answer may predate our own first write).
    else if (persisted) void getRun(local.id).then((again) => !again && run.value?.id === local.id && gone(), options.onError)
  })
  watch(stored.active, (act) => {
    if (!run.value && act) options.onFound(act)
  })

  /** Takes the stored copy when it is as new as ours or newer. */
  function adopt(next: RunRecord | undefined): void {
    options.tick()
    const before = run.value
    if (!next || !before || next.id !== before.id || (next.rev ?? 0) < (before.rev ?? 0)) return
    persisted = true
    run.value = next
    if (next.rev !== before.rev) options.onChange(before, next)
  }

  function gone(): void {
    persisted = false
    options.onGone()
  }

  /**
   * Moves an active run by a device clock jump (`deltaMs`, negative when the clock went back): our copy at once, one
   * write ahead of storage; storage once, whichever tab gets there first.
   */
  function rebase(deltaMs: number): void {
    const current = run.value
    if (!current || current.status !== 'active') return
    run.value = { ...rebaseRun(current, deltaMs), rev: (current.rev ?? 0) + 1 }
    if (persisted) void rebaseStoredRun(current.id, current.clockEpoch ?? 0, deltaMs).then(adopt, options.onError)
  }

  /** Shows a stored run; an active one from the future (the clock was put back while no tab was open) moves to now. */
  function show(found: RunRecord): void {
    run.value = found
    persisted = true
    const skew = found.status === 'active' ? futureSkewMs(found, options.now()) : 0
    if (skew < 0) rebase(skew)
  }

  /** A new run, not yet stored: a missing answer is not a delete until it has been seen in storage. */
  function forget(): void {
    persisted = false
  }

  return { adopt, rebase, show, forget, gone, isPersisted: () => persisted }
}
