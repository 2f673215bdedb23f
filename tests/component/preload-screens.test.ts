import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router'
import { loadScreens, usePreloadScreens } from '../../src/composables/usePreloadScreens'
import { settle } from './settle'

const Page = defineComponent({ render: () => h('p', 'a screen') })

/** A router whose /a and /b screens load on demand (counted), and whose / is in the first bundle. */
function setup(): { routes: RouteRecordRaw[]; loads: Record<string, number> } {
  const loads: Record<string, number> = { a: 0, b: 0 }
  const lazy = (name: 'a' | 'b') => () => {
    loads[name]!++
    return Promise.resolve(Page)
  }
  return {
    loads,
    routes: [
      { path: '/', component: Page },
      { path: '/a', component: lazy('a') },
      { path: '/b', component: lazy('b') },
    ],
  }
}

function withServiceWorker(controlled: boolean): void {
  vi.stubGlobal('navigator', { ...navigator, serviceWorker: { controller: controlled ? {} : null, ready: Promise.resolve({}) } })
}

/** Idle callbacks are queued for the test to run one at a time. */
function queueIdle(): (() => void)[] {
  const idle: (() => void)[] = []
  vi.stubGlobal('requestIdleCallback', (cb: () => void) => idle.push(cb))
  return idle
}

async function mountNav(routes: RouteRecordRaw[], paths: string[]) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/')
  const Nav = defineComponent({
    setup() {
      usePreloadScreens(paths)
      return () => h('nav')
    },
  })
  return mount(Nav, { global: { plugins: [router] } })
}

describe('loading the tab screens ahead of a tap', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('loads each lazy screen once the app runs from the service worker, one per idle moment', async () => {
    withServiceWorker(true)
    const idle = queueIdle()
    const { routes, loads } = setup()
    const nav = await mountNav(routes, ['/', '/a', '/b'])
    await settle()
    // Nothing until the browser is idle; then one screen per idle moment, in order.
    expect(loads).toEqual({ a: 0, b: 0 })
    idle.shift()!() // '/': in the first bundle, nothing to load
    await settle()
    idle.shift()!()
    await settle()
    expect(loads).toEqual({ a: 1, b: 0 })
    idle.shift()!()
    await settle()
    expect(loads).toEqual({ a: 1, b: 1 })
    nav.unmount()
  })

  it('loads nothing on a visit the service worker does not control yet (its install downloads everything)', async () => {
    withServiceWorker(false)
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => setTimeout(cb, 0))
    const { routes, loads } = setup()
    const nav = await mountNav(routes, ['/a', '/b'])
    await settle()
    expect(loads).toEqual({ a: 0, b: 0 })
    nav.unmount()
  })

  it('stops when the component that asked goes', async () => {
    withServiceWorker(true)
    const idle = queueIdle()
    const { routes, loads } = setup()
    const nav = await mountNav(routes, ['/a', '/b'])
    await settle()
    nav.unmount()
    while (idle.length) {
      idle.shift()!()
      await settle()
    }
    expect(loads).toEqual({ a: 0, b: 0 })
  })

  it('loadScreens resolves even when a screen cannot load (it then loads on the tap)', async () => {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/', component: Page }, { path: '/broken', component: () => Promise.reject(new Error('offline')) }],
    })
    await expect(loadScreens(router, ['/broken', '/'])).resolves.toBeUndefined()
  })
})
