import { createRouter, createWebHistory, type RouteMeta, type RouteRecordRaw, type Router } from 'vue-router'
import TodayPage from './pages/TodayPage.vue'
import { launchOver } from './composables/useStagedRender'
import { whenLoaded } from './composables/whenLoaded'
import { usePainStore } from './stores/pain'
import { useSafetyStore } from './stores/safety'
import { useWaterStore } from './stores/water'

declare module 'vue-router' {
  interface RouteMeta {
    /** The screen's name, for the document title. */
    title?: string
    /** Starts the screen's reads; resolves once they have answered (see warmScreen). */
    warm?: () => Promise<void>
  }
}

/** Today is in the first bundle; every other screen loads on demand (and is precached for offline use). */
export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'today',
    component: TodayPage,
    // Today's last check, water total and pain trend.
    meta: {
      title: 'Today',
      warm: () => {
        const safety = useSafetyStore()
        return whenLoaded({ get loaded() { return safety.ready } }, useWaterStore(), usePainStore())
      },
    },
  },
  { path: '/check', name: 'check', component: () => import('./pages/CheckPage.vue'), meta: { title: 'Check symptoms' } },
  {
    path: '/check/result',
    name: 'check-result',
    component: () => import('./pages/CheckResultPage.vue'),
    meta: { title: 'Your last check' },
  },
  {
    path: '/plans',
    name: 'plans',
    component: () => import('./pages/PlansPage.vue'),
    meta: { title: 'Plans' },
  },
  // RICE starts with its ice timer; the hydration plan lives on the Water screen.
  { path: '/routines/rice', redirect: '/routines/ice' },
  { path: '/routines/hydration', redirect: '/water' },
  {
    path: '/routines/:id',
    name: 'routine',
    component: () => import('./pages/RoutinePage.vue'),
    meta: { title: 'Routine' },
  },
  { path: '/water', name: 'water', component: () => import('./pages/WaterPage.vue'), meta: { title: 'Water' } },
  {
    path: '/history',
    name: 'history',
    component: () => import('./pages/HistoryPage.vue'),
    meta: { title: 'History', warm: () => import('./stores/history').then((m) => whenLoaded(m.useHistoryStore())) },
  },
  {
    path: '/history/summary',
    name: 'summary',
    component: () => import('./pages/SummaryPage.vue'),
    meta: { title: 'Summary for a clinician', warm: () => import('./stores/history').then((m) => whenLoaded(m.useHistoryStore())) },
  },
  { path: '/settings', name: 'settings', component: () => import('./pages/SettingsPage.vue'), meta: { title: 'Settings' } },
  { path: '/sources', name: 'sources', component: () => import('./pages/SourcesPage.vue'), meta: { title: 'Sources' } },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

/** The longest a screen waits for its reads before showing anyway (and filling in as they answer). */
export const WARM_WAIT_MS = 150

/**
 * Starts the reads of a screen with `meta.warm` and resolves once they have answered, or after WARM_WAIT_MS: the
 * screen then opens filled in, instead of empty and redrawn a moment later. Never rejects.
 */
function warmScreen(to: { meta: RouteMeta }): Promise<void> {
  if (!to.meta.warm) return Promise.resolve()
  const answered = to.meta.warm().catch(() => undefined)
  return Promise.race([answered, new Promise<void>((resolve) => setTimeout(resolve, WARM_WAIT_MS))])
}

export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    // Back and forward restore the old position; a new screen starts at the top. The first load needs no scroll
    // (it forces a layout while the page is still busy starting up).
    scrollBehavior: (_to, from, saved) => saved ?? (from.matched.length > 0 ? { top: 0 } : undefined),
  })
  // A screen's reads start with the tap, while its code loads (see warmScreen). Moving to it from another screen waits
  // for them; the first screen of a launch does not, since something must be painted as soon as possible.
  let waiting: Promise<void> | undefined
  router.beforeEach((to, from) => {
    const warming = warmScreen(to)
    waiting = from.matched.length === 0 ? undefined : warming
    if (from.matched.length > 0) launchOver()
  })
  router.beforeResolve(() => waiting)
  router.afterEach((to) => {
    document.title = to.meta.title ? `${to.meta.title} · Leg care` : 'Leg care'
  })
  return router
}
