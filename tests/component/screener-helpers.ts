import { type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { createDb, setDb, type AppDb } from '../../src/db/db'
import { useGateStore } from '../../src/stores/gate'
import { useSettingsStore } from '../../src/stores/settings'

const Stub = defineComponent({ render: () => h('p', 'elsewhere') })

/** A fresh database, pinia (region set) and router for one component test. */
export async function setup(region = 'GB'): Promise<{ db: AppDb; pinia: Pinia; router: Router }> {
  const db = createDb('t-' + Math.random())
  setDb(db)
  const pinia = createPinia()
  setActivePinia(pinia)
  await useGateStore().load()
  await useSettingsStore().update('region', region)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Stub },
      { path: '/check', name: 'check', component: Stub },
      { path: '/:rest(.*)*', component: Stub },
    ],
  })
  await router.push('/check')
  await router.isReady()
  return { db, pinia, router }
}

/** The finding ids of the controls on screen (the checkboxes, and the one-leg choice), in order. */
export function shownFindings(w: VueWrapper): string[] {
  return w.findAll('input[data-finding]').map((i) => i.attributes('data-finding') ?? '')
}
