import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { openDatabase } from './db/open'
import { listenForInstall } from './pwa/install'
import { startServiceWorker } from './pwa/register'
import { createAppRouter } from './router'
import { useGateStore } from './stores/gate'
import { useSettingsStore } from './stores/settings'
import { useStorageStore } from './stores/storage'
import { deviceDates, deviceTimeZone, prepareDeviceDates } from './composables/useNow'
import { loadScreens } from './composables/usePreloadScreens'
import { whenIdle } from './composables/whenIdle'
import './styles.css'

async function start(): Promise<void> {
  listenForInstall()
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia)
  const router = createAppRouter()
  // The code of the screen opened (a deep link, or the installed app's start URL) downloads while the database opens.
  void loadScreens(router, [location.pathname + location.search + location.hash])
  // Storage first: if the device will not keep anything, an in-memory database takes its place and the person is
  // told, so the screener and the gate still work and nothing claims to be saved.
  const opened = await openDatabase()
  if (!opened.ok) useStorageStore().reportFailure(new Error('The device database could not be opened.'))
  // The gate and settings are read before the first paint, so a red flag is on screen from the first frame.
  await Promise.all([useGateStore().load(), useSettingsStore().load()])
  app.use(router)
  app.mount('#app')
  void useStorageStore().requestPersistence()
  // The service worker's install downloads every screen for offline use: start it once the first screen is up,
  // so it does not compete with it.
  afterLoadWhenIdle(startServiceWorker)
  // Dates and times go through Intl, whose first formatter takes tens of ms to build. Once the app is installed the
  // common ones are built while idle, after the first screen's reads have answered (built while they are pending,
  // they would hold the answers back), the platform's date data first in tasks of its own (prepareDeviceDates); a
  // first visit builds them when a screen first shows a date (its service worker is downloading every file
  // meanwhile), the staged screens again in tasks of their own (useStagedRender's `datesAt`).
  if (navigator.serviceWorker?.controller) {
    void router
      .isReady()
      .then(() => router.currentRoute.value.meta.warm?.())
      .catch(() => undefined)
      .then(() => afterLoadWhenIdle(() => void prepareDeviceDates().then(() => deviceDates().warm(deviceTimeZone()))))
  }
}

function afterLoadWhenIdle(task: () => void): void {
  const run = (): void => whenIdle(task, { timeout: 2000 })
  if (document.readyState === 'complete') run()
  else window.addEventListener('load', run, { once: true })
}

void start()
