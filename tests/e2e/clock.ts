import type { BrowserContext, Page } from '@playwright/test'

const KEY = 'test-clock-skew-ms'

/**
 * The device's wall clock set wrong by the test: Date (and Date.now) run `skew` ms off the true time in every page
 * of the context, while performance.now(), like a real device's monotonic clock, is left alone. The skew lives in
 * localStorage, so it holds across reloads and tabs of one origin, and `setClockSkew` moves it in every open tab at
 * once, as a device clock correction does.
 */
export async function installSkewableClock(context: BrowserContext): Promise<void> {
  await context.addInitScript((key: string) => {
    const RealDate = Date
    const realNow = RealDate.now.bind(RealDate)
    let skew = Number(localStorage.getItem(key) ?? 0)
    window.addEventListener('storage', (e: StorageEvent) => {
      if (e.key === key) skew = Number(e.newValue ?? 0)
    })
    ;(window as unknown as { __setClockSkew: (ms: number) => void }).__setClockSkew = (ms: number) => {
      skew = ms
      localStorage.setItem(key, String(ms))
    }
    class SkewedDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(realNow() + skew)
        else super(...(args as [number]))
      }
      static override now(): number {
        return realNow() + skew
      }
    }
    window.Date = SkewedDate as DateConstructor
  }, KEY)
}

/** Moves the device clock to `skewMs` off the true time, in this page and (through storage) every other tab. */
export async function setClockSkew(page: Page, skewMs: number): Promise<void> {
  await page.evaluate((ms) => (window as unknown as { __setClockSkew: (ms: number) => void }).__setClockSkew(ms), skewMs)
}

export const HOUR_MS = 3_600_000
