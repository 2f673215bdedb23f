import { computed, ref, toValue, watch, type ComputedRef, type MaybeRefOrGetter, type Ref } from 'vue'
import { showSystemNotification } from './useReminders'
import { useNow } from './useNow'
import { travelReminderDue } from '../domain/reminders'

// Shared by every screen that shows the note, so moving between screens does not restart the hour.
const since = ref(Date.now())
let notifiedFor = -1

/** Starts the hour again: call it when travel mode is switched on. */
export function restartTravelReminder(): void {
  since.value = Date.now()
}

/**
 * A reminder every 60 min, while travel mode is on and the app is open, to do the seated circulation routine.
 * `due` turns true when one is due; a system notification is shown too when the app is in the background and
 * notification permission was granted. A web app cannot remind while it is closed.
 */
export function useTravelReminder(options: {
  /** Travel mode (Settings.travelMode). */
  on: MaybeRefOrGetter<boolean>
  /** True while the gate is up: no routine is suggested then. */
  locked?: MaybeRefOrGetter<boolean>
  /** Epoch ms the circulation routine was last done, which restarts the hour. */
  lastDoneAt?: MaybeRefOrGetter<number | null>
  intervalMin?: number
}): { due: ComputedRef<boolean>; dismiss: () => void; since: Ref<number> } {
  const now = useNow(30_000)
  const start = computed(() => Math.max(since.value, toValue(options.lastDoneAt) ?? 0))
  // The hour counts from the moment travel mode is switched on.
  watch(
    () => toValue(options.on),
    (on, before) => {
      if (on && before === false) since.value = Date.now()
    },
  )
  const due = computed(() =>
    travelReminderDue({
      on: toValue(options.on),
      locked: toValue(options.locked) ?? false,
      now: now.value,
      since: start.value,
      intervalMin: options.intervalMin,
    }),
  )
  watch(
    due,
    (isDue) => {
      // One notification per reminder, even when several screens show the note.
      if (!isDue || notifiedFor === start.value) return
      notifiedFor = start.value
      if (typeof document !== 'undefined' && document.visibilityState === 'hidden') {
        void showSystemNotification('Time to move your legs', 'Do your travel exercises: ankle pumps, circles and calf raises.', 'travel-reminder')
      }
    },
    { immediate: true },
  )
  function dismiss(): void {
    since.value = Date.now()
  }
  return { due, dismiss, since }
}
