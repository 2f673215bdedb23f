import { ref, watch, type Ref } from 'vue'
import { useWebLock } from '../composables/useWebLock'

/**
 * Held in shared mode by every tab that is busy (a routine running, a check with unsaved answers). An update is
 * applied only by a tab that gets it exclusively, which the browser grants once no tab holds it: so no tab is ever
 * reloaded by an update in the middle of what it is doing.
 */
export const BUSY_LOCK = 'leg-care-busy'
/** A new version is waiting to take over. */
export const needRefresh = ref(false)
/** The app has been cached and works offline from now on. */
export const offlineReady = ref(false)
/** The update was accepted, in this tab or another: it applies as soon as no tab is busy. */
export const updateAccepted = ref(false)

/** The registration, once the browser has it (null without a service worker). */
let registered: Promise<ServiceWorkerRegistration | null> = Promise.resolve(null)
/** This tab's busy state, set by trackBusy. */
let isBusy: () => boolean = () => false
let channel: BroadcastChannel | null = null

/** Runs `task` once this tab is not busy (at once if it is not). */
function whenNotBusy(task: () => void): void {
  if (!isBusy()) return task()
  const stop = watch(isBusy, (busy) => {
    if (busy) return
    stop()
    task()
  })
}

/** How long a tab that has just finished its routine or check is given to settle (its last requests answered). */
const SETTLE_MS = 1000
/** How long the new version may take to take over before the tab that told it to reloads to let it. */
const TAKE_OVER_MS = 3000

/** Set across a reload made to let the new version in (see reloadIfStale). */
const SWITCHING = 'leg-care-update-switching'

/**
 * Tells the waiting version to take over (the built sw.js skips waiting on this message); every tab then reloads on
 * `controllerchange`. Chromium lets the new version in only once the old one has nothing to do: at `skipWaiting` it
 * asks the old one to stop as soon as it is idle, but a request in that moment (a tab that has just finished a check
 * moves to its result and fetches its icon) starts it again, and then it stops only when idle for 30 s (never while
 * DevTools or a test driver is attached). So the message waits until the tab that was busy has settled, and if the
 * switch still has not come after TAKE_OVER_MS, this tab (one tab: two reloading at once restart the old version
 * for each other) reloads, which asks the old version to stop again.
 */
async function takeOver(): Promise<void> {
  await new Promise((settled) => setTimeout(settled, SETTLE_MS))
  ;(await registered)?.waiting?.postMessage({ type: 'SKIP_WAITING' })
  const before = navigator.serviceWorker.controller
  setTimeout(() => {
    if (navigator.serviceWorker.controller !== before) return
    whenNotBusy(() => {
      sessionStorage.setItem(SWITCHING, '1')
      location.reload()
    })
  }, TAKE_OVER_MS)
}

/**
 * After that reload the new version may take over before this page listens for it (the listener starts when the
 * page is idle): then this page is still the old version, though the new one controls it. Its entry script then
 * differs from the one the new version's index.html names, and it reloads once more.
 */
async function reloadIfStale(): Promise<void> {
  if (sessionStorage.getItem(SWITCHING) === null) return
  sessionStorage.removeItem(SWITCHING)
  const ours = document.querySelector<HTMLScriptElement>('script[type="module"]')?.src
  const html = await fetch('/index.html').then((r) => r.text(), () => '')
  const theirs = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1]
  if (ours && theirs && new URL(theirs, location.href).href !== ours) whenNotBusy(() => location.reload())
}

/** Takes the busy lock exclusively (waiting for every busy tab), then lets the new version take over. */
function applyWhenNoTabIsBusy(): void {
  if (!('locks' in navigator)) {
    // Without Web Locks only this tab's own state can be known.
    whenNotBusy(() => void takeOver())
    return
  }
  void navigator.locks.request(BUSY_LOCK, { mode: 'exclusive' }, async () => {
    await takeOver()
    // Kept until this tab reloads into the new version, so no tab turns busy between the check and the switch;
    // let go after a while in case the switch never comes.
    await new Promise((done) => setTimeout(done, 10_000))
  })
}

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return
  if ('BroadcastChannel' in window) {
    channel = new BroadcastChannel('leg-care-update')
    // Another tab accepted: this one says so, and queues for the switch too, so it still happens if that tab closes.
    channel.onmessage = (event: MessageEvent) => {
      if (event.data !== 'accepted' || updateAccepted.value) return
      updateAccepted.value = true
      applyWhenNoTabIsBusy()
    }
  }
  registered = register()
}

/**
 * Registers the service worker that vite-plugin-pwa builds (registerType 'prompt': a new version waits until it is
 * told to take over) with the browser's own API, as the plugin's helper does, without the workbox-window library
 * on the first screen.
 * - The first install: the app now works offline (`offlineReady`).
 * - A new version installed while a version controls this tab (found by this tab or another): it waits
 *   (`needRefresh`) until `acceptUpdate`, which tells it to take over (`SKIP_WAITING`, handled by the built sw.js).
 * - The new version has taken over this tab (accepted here or in another tab): instead of a reload at once, a busy
 *   tab reloads when it is done; normally none is busy by now, this covers a routine started in the moment of the
 *   switch.
 */
async function register(): Promise<ServiceWorkerRegistration | null> {
  const sw = navigator.serviceWorker
  const wasControlled = sw.controller !== null
  // Listened for before the registration answers: a switch can come while it is pending (just after a reload).
  sw.addEventListener('controllerchange', () => {
    if (!wasControlled && !needRefresh.value && !updateAccepted.value) return
    updateAccepted.value = true
    whenNotBusy(() => location.reload())
  })
  let registration: ServiceWorkerRegistration
  try {
    registration = await sw.register('/sw.js', { scope: '/' })
  } catch {
    return null // no service worker (a private window that forbids it, say): the app still works online
  }
  const watched = new WeakSet<ServiceWorker>()
  const watch = (next: ServiceWorker | null): void => {
    if (!next || watched.has(next)) return
    watched.add(next)
    next.addEventListener('statechange', () => {
      if (next.state !== 'installed') return
      if (sw.controller) needRefresh.value = true
      else offlineReady.value = true
    })
  }
  if (registration.waiting && sw.controller) needRefresh.value = true
  watch(registration.installing)
  registration.addEventListener('updatefound', () => watch(registration.installing))
  void reloadIfStale()
  return registration
}

/** Holds the busy lock while `tabBusy` is true (call from a component's setup: it lets go with the component). */
export function trackBusy(tabBusy: Readonly<Ref<boolean>>): void {
  isBusy = () => tabBusy.value
  useWebLock({ name: BUSY_LOCK, mode: 'shared', when: tabBusy })
}

/**
 * Applies the waiting version once no tab is busy: never in the middle of a routine or a half-done check, in this
 * tab or any other. Every tab is told, and each busy one says the update will apply when it is done.
 */
export function acceptUpdate(): void {
  if (updateAccepted.value) return
  updateAccepted.value = true
  channel?.postMessage('accepted')
  applyWhenNoTabIsBusy()
}
