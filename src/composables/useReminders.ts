import { computed, ref, toValue, watch, type ComputedRef, type MaybeRefOrGetter, type Ref } from 'vue'
import { reminderDue, type ReminderSettings } from '../domain/reminders'
import { useNow } from './useNow'

export type NotifyPermission = 'granted' | 'denied' | 'default' | 'unsupported'

/** Whether this browser can show system notifications at all, and what the person chose. */
export function notifyPermission(): NotifyPermission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission
}

/** Asks for notification permission (must follow a tap). */
export async function requestNotifyPermission(): Promise<NotifyPermission> {
  if (typeof Notification === 'undefined') return 'unsupported'
  try {
    return await Notification.requestPermission()
  } catch {
    return notifyPermission()
  }
}

/**
 * A system notification, when permission was granted; `tag` makes a new one replace the last of its kind.
 * Failures are ignored: a notification is a nicety, and the reminder is already showing in the app.
 */
export async function showSystemNotification(title: string, body: string, tag: string): Promise<void> {
  if (notifyPermission() !== 'granted') return
  try {
    // Android Chrome only allows notifications through the service worker.
    const reg = 'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistration() : undefined
    if (reg) await reg.showNotification(title, { body, tag, icon: '/pwa-192x192.png' })
    else new Notification(title, { body, tag })
  } catch {
    // Nothing to do: see above.
  }
}

// Shared by every screen that shows the reminder, so moving between screens does not restart the interval.
const since = ref(Date.now())

/**
 * Drink reminders while the app is open: `due` turns true when one is due, and a system notification is shown
 * as well if the app is in the background and the person allowed it. A web app cannot do this while closed.
 */
export function useReminders(options: {
  settings: MaybeRefOrGetter<ReminderSettings>
  /** False under a fluid limit or once the goal is reached: never nudge then. */
  mayPrompt: MaybeRefOrGetter<boolean>
  /** Epoch ms of the latest drink today, which restarts the interval. */
  lastDrinkAt: MaybeRefOrGetter<number | null>
  title?: string
  body?: string
}): { due: ComputedRef<boolean>; dismiss: () => void; since: Ref<number> } {
  const now = useNow(30_000)
  const start = computed(() => Math.max(since.value, toValue(options.lastDrinkAt) ?? 0))
  const due = computed(() => {
    const d = new Date(now.value)
    return reminderDue({
      settings: toValue(options.settings),
      now: now.value,
      since: start.value,
      minuteOfDay: d.getHours() * 60 + d.getMinutes(),
      mayPrompt: toValue(options.mayPrompt),
    })
  })
  watch(due, (isDue) => {
    if (isDue && toValue(options.settings).notify && document.visibilityState === 'hidden') {
      void showSystemNotification(options.title ?? 'Time for a drink', options.body ?? 'A glass of water now helps you reach today’s goal.', 'water-reminder')
    }
  })
  function dismiss(): void {
    since.value = Date.now()
  }
  return { due, dismiss, since }
}
