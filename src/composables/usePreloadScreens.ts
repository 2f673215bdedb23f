import { onMounted, onScopeDispose } from 'vue'
import { useRouter, type Router } from 'vue-router'
import { whenIdle } from './whenIdle'

/**
 * Starts loading the code of the screens at `paths` (the lazy ones: a screen in the first bundle has nothing to
 * load) and resolves once it has arrived. Never rejects: a screen whose code cannot load now loads on the tap.
 */
export function loadScreens(router: Router, paths: readonly string[]): Promise<void> {
  const loads = paths.flatMap((path) =>
    router.resolve(path).matched.flatMap((record) => {
      const component = record.components?.default
      // A lazy route is a loader function; a page in the first bundle is a component object.
      return typeof component === 'function' ? [(component as () => Promise<unknown>)().catch(() => undefined)] : []
    }),
  )
  return Promise.all(loads).then(() => undefined)
}

/**
 * Loads the code of the screens the tab bar leads to while nothing else is happening, one screen per idle moment,
 * so a tap opens its screen without waiting for code. Only once the app runs from the service worker's cache: on a
 * first visit the worker is downloading every file for offline use anyway, and the first screen's own code comes
 * first. Stops when the calling component goes.
 */
export function usePreloadScreens(paths: readonly string[]): void {
  const router = useRouter()
  let stopped = false
  onScopeDispose(() => {
    stopped = true
  })
  onMounted(async () => {
    const sw = navigator.serviceWorker
    if (!sw?.controller) return
    await sw.ready
    for (const path of paths) {
      await new Promise<void>((resolve) => whenIdle(resolve))
      if (stopped) return
      await loadScreens(router, [path])
    }
  })
}
