import { createRouter, createWebHistory, type RouteRecordRaw, type Router } from 'vue-router'
import TodayPage from './pages/TodayPage.vue'
import { loadRoutines } from './stores/plans'

/** Today is in the first bundle; every other screen loads on demand (and is precached for offline use). */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'today', component: TodayPage, meta: { title: 'Today' } },
  { path: '/check', name: 'check', component: () => import('./pages/CheckPage.vue'), meta: { title: 'Check symptoms' } },
  {
    path: '/plans',
    name: 'plans',
    // Plans cannot draw without the routine content, so both are fetched together rather than one after the other.
    component: () => Promise.all([import('./pages/PlansPage.vue'), loadRoutines()]).then(([page]) => page),
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
    // The 30-day reads start with the tap, while the screen's code loads, not after it.
    meta: { title: 'History', warm: () => import('./stores/history').then((m) => m.historyLoaded()) },
  },
  { path: '/settings', name: 'settings', component: () => import('./pages/SettingsPage.vue'), meta: { title: 'Settings' } },
  { path: '/sources', name: 'sources', component: () => import('./pages/SourcesPage.vue'), meta: { title: 'Sources' } },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

/**
 * Starts fetching the code of the screen at `path` (a deep link, or the installed app's start URL) without waiting
 * for the router: it is then downloaded while the database opens, not after.
 */
export function preloadScreen(router: Router, path: string): void {
  for (const record of router.resolve(path).matched) {
    const component = record.components?.default
    // A lazy route is a loader function; a page in the first bundle is a component object.
    if (typeof component === 'function') void (component as () => Promise<unknown>)().catch(() => undefined)
  }
}

/** The longest a tap waits for a screen's reads before showing it anyway (still filling in). */
export const WARM_WAIT_MS = 150

export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    // Back and forward restore the old position; a new screen starts at the top. The first load needs no scroll
    // (it forces a layout while the page is still busy starting up).
    scrollBehavior: (_to, from, saved) => saved ?? (from.matched.length > 0 ? { top: 0 } : undefined),
  })
  // A screen with `meta.warm` starts its reads with the tap, while its code loads. Moving to it from another screen
  // then waits for them (at most WARM_WAIT_MS), so it opens filled in instead of empty and then redrawn; the first
  // screen of a launch never waits, since something must be painted as soon as possible.
  let warming: Promise<unknown> | null = null
  router.beforeEach((to) => {
    const warm = to.meta.warm
    warming = typeof warm === 'function' ? (warm as () => Promise<void>)().catch(() => undefined) : null
  })
  router.beforeResolve((_to, from) => {
    if (!warming || from.matched.length === 0) return
    return Promise.race([warming, new Promise((resolve) => setTimeout(resolve, WARM_WAIT_MS))]).then(() => undefined)
  })
  router.afterEach((to) => {
    const title = typeof to.meta.title === 'string' ? to.meta.title : ''
    document.title = title ? `${title} · Leg care` : 'Leg care'
  })
  return router
}
