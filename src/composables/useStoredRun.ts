import { liveQuery, type Subscription } from 'dexie'
import { onScopeDispose, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue'
import { activeRun, getRun } from '../db/runs'
import type { RunRecord } from '../domain/records'

export interface UseStoredRunOptions {
  /** The routine whose active run to follow, or null for none. */
  routineId: MaybeRefOrGetter<string | null>
  /** The run this tab shows, to follow as stored (another tab's pause, a stop by a warning, a delete), or null. */
  ownId: MaybeRefOrGetter<string | null>
  onError?: (e: unknown) => void
}

/**
 * A routine's runs as stored, live across tabs (a Dexie live query, re-made when the routine or the run changes):
 * `active` is the routine's newest active run, `own` the run this tab shows (null once it is missing: deleted).
 * Both are undefined until the first answer.
 */
export function useStoredRun(options: UseStoredRunOptions) {
  const active = shallowRef<RunRecord | null | undefined>(undefined)
  const own = shallowRef<RunRecord | null | undefined>(undefined)
  let sub: Subscription | null = null

  watch(
    // Two sources, compared one by one: a new copy of the same run does not re-make the query.
    [() => toValue(options.routineId), () => toValue(options.ownId)],
    ([routineId, ownId]) => {
      sub?.unsubscribe()
      sub = null
      active.value = undefined
      own.value = undefined
      if (!routineId) return
      sub = liveQuery(async () => ({
        active: (await activeRun(routineId)) ?? null,
        own: ownId ? ((await getRun(ownId)) ?? null) : null,
      })).subscribe({
        next: (answer) => {
          active.value = answer.active
          if (ownId) own.value = answer.own
        },
        error: (e: unknown) => options.onError?.(e),
      })
    },
    { immediate: true },
  )
  onScopeDispose(() => sub?.unsubscribe())

  type Answer = Readonly<Ref<RunRecord | null | undefined>>
  return { active: active as Answer, own: own as Answer }
}
