import type { BrowserContext, Page } from '@playwright/test'

/**
 * What the benchmarks observe from outside the app, injected into every page of a context before the app's own
 * code runs: nothing in the app's source measures itself.
 *  - `__liveRegion`: every text the routine player's live region ([aria-live] inside the player) shows, with the
 *    instant it appeared (epoch ms on the monotonic clock: performance.timeOrigin + performance.now()).
 *  - `__idbReads`: every IndexedDB read request (store, index, when it was made and when its first result came).
 *  - `__wallOffset()`: the device clock's offset from that monotonic clock, to compare with instants the app
 *    stored (the app reads the device clock: Date.now(), whole ms).
 */
export async function installObservers(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>
    const mono = (): number => performance.timeOrigin + performance.now()
    const texts: { t: number; text: string }[] = []
    w.__liveRegion = texts
    new MutationObserver(() => {
      const region = document.querySelector('[data-announcer]')
      const text = region?.textContent ?? ''
      if (region && text !== (texts.at(-1)?.text ?? '')) texts.push({ t: mono(), text })
    }).observe(document, { subtree: true, childList: true, characterData: true })

    const reads: { store: string; index: string | null; t0: number; t1: number }[] = []
    w.__idbReads = reads
    const wrap = (proto: IDBIndex | IDBObjectStore, isIndex: boolean): void => {
      for (const m of ['get', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor', 'count'] as const) {
        const original = (proto as unknown as Record<string, (...a: unknown[]) => IDBRequest>)[m]
        if (typeof original !== 'function') continue
        ;(proto as unknown as Record<string, unknown>)[m] = function (this: IDBIndex & IDBObjectStore, ...args: unknown[]) {
          const req = original.apply(this, args)
          const rec = { store: isIndex ? this.objectStore.name : this.name, index: isIndex ? this.name : null, t0: performance.now(), t1: NaN }
          reads.push(rec)
          req.addEventListener('success', () => {
            if (Number.isNaN(rec.t1)) rec.t1 = performance.now()
          })
          return req
        }
      }
    }
    wrap(IDBIndex.prototype, true)
    wrap(IDBObjectStore.prototype, false)

    // Date.now() is whole ms: its largest offset from the monotonic clock over many readings is the true offset.
    w.__wallOffset = (): number => {
      let best = -Infinity
      for (let i = 0; i < 20_000; i++) best = Math.max(best, Date.now() - mono())
      return best
    }
  })
}

export interface LiveText {
  t: number
  text: string
}

export const liveTexts = (page: Page): Promise<LiveText[]> => page.evaluate(() => (window as unknown as { __liveRegion: LiveText[] }).__liveRegion.slice())

export interface IdbRead {
  store: string
  index: string | null
  t0: number
  t1: number
}

export const idbReads = (page: Page): Promise<IdbRead[]> => page.evaluate(() => (window as unknown as { __idbReads: IdbRead[] }).__idbReads.slice())

export const clearIdbReads = (page: Page): Promise<void> =>
  page.evaluate(() => {
    ;(window as unknown as { __idbReads: unknown[] }).__idbReads.length = 0
  })
