import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import TodayPage from './pages/TodayPage.vue'

/** Today is in the first bundle; every other screen loads on demand (and is precached for offline use). */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'today', component: TodayPage, meta: { title: 'Today' } },
  { path: '/check', name: 'check', component: () => import('./pages/CheckPage.vue'), meta: { title: 'Check symptoms' } },
  { path: '/plans', name: 'plans', component: () => import('./pages/PlansPage.vue'), meta: { title: 'Plans' } },
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
  { path: '/history', name: 'history', component: () => import('./pages/HistoryPage.vue'), meta: { title: 'History' } },
  { path: '/settings', name: 'settings', component: () => import('./pages/SettingsPage.vue'), meta: { title: 'Settings' } },
  { path: '/sources', name: 'sources', component: () => import('./pages/SourcesPage.vue'), meta: { title: 'Sources' } },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

export function createAppRouter() {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    // Back and forward restore the old position; a new screen starts at the top. The first load needs no scroll
    // (it forces a layout while the page is still busy starting up).
    scrollBehavior: (_to, from, saved) => saved ?? (from.matched.length > 0 ? { top: 0 } : undefined),
  })
  router.afterEach((to) => {
    const title = typeof to.meta.title === 'string' ? to.meta.title : ''
    document.title = title ? `${title} · Leg care` : 'Leg care'
  })
  return router
}
