/**
 * A small driver-agnostic layer, so one journey runs in Chromium (Playwright), Firefox ESR (puppeteer over
 * WebDriver BiDi) and WebKitGTK (W3C WebDriver). An adapter does only what needs the browser's own input or
 * navigation (go, reload, click, type, pick a file, size the window, open a tab); everything the journeys read
 * goes through `evaluate` in the page, so all three engines are asked the same questions the same way.
 */

export type Engine = 'chromium' | 'firefox' | 'webkit'

export interface Driver {
  readonly engine: Engine
  /** The browser's own version (WebKit's user agent string is frozen, so it is asked of the driver). */
  readonly version: string
  goto(url: string): Promise<void>
  reload(): Promise<void>
  /**
   * Runs `fn` in the page with JSON arguments and returns its JSON result (awaited when it is a promise). The
   * function is sent as source, so it must not close over anything in Node.
   */
  evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>
  /** A real click (the driver's own input) on the first element matching `selector`. */
  click(selector: string): Promise<void>
  /** Clears the field and types `value` with the driver's own keyboard input. */
  fill(selector: string, value: string): Promise<void>
  /** Picks a file from disk in an `input type=file`, as the browser's file chooser would. */
  setFiles(selector: string, path: string): Promise<void>
  /** Sizes the page's viewport as near to width x height as the browser allows; returns window.innerWidth. */
  viewport(width: number, height: number): Promise<number>
  /** A second tab or window in the same browser profile (same origin storage, same service worker). */
  newTab(): Promise<Driver>
  /** Closes this tab (not the browser). */
  close(): Promise<void>
}

/** The origin a journey runs on, with an offline switch that works the same for every engine. */
export interface JourneyServer {
  url: string
  offline: boolean
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

/**
 * Polls `fn` in the page until it returns a truthy value; returns it. Throws with `what` and the last value after
 * `timeout` ms. A page that is navigating can make one evaluate fail; that counts as "not yet".
 */
export async function until<T, A extends unknown[]>(
  d: Driver,
  what: string,
  fn: (...args: A) => T | Promise<T>,
  args: A,
  timeout = 10_000,
): Promise<NonNullable<T>> {
  const end = Date.now() + timeout
  let last: unknown
  for (;;) {
    try {
      last = await d.evaluate(fn, ...args)
      if (last) return last as NonNullable<T>
    } catch (error) {
      last = error instanceof Error ? error.message : error
    }
    if (Date.now() > end) throw new Error(`${d.engine}: timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`)
    await sleep(100)
  }
}

/** True when the element exists, is rendered with a size, and is not hidden by CSS. */
function isVisible(selector: string): boolean {
  const el = document.querySelector(selector)
  if (!el) return false
  const r = el.getBoundingClientRect()
  const style = getComputedStyle(el)
  return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none'
}

export function waitVisible(d: Driver, selector: string, timeout?: number): Promise<boolean> {
  return until(d, `${selector} to be visible`, isVisible, [selector], timeout)
}

export function waitGone(d: Driver, selector: string, timeout?: number): Promise<boolean> {
  return until(d, `${selector} to be gone`, (s: string) => document.querySelectorAll(s).length === 0, [selector], timeout)
}

export function count(d: Driver, selector: string): Promise<number> {
  return d.evaluate((s: string) => document.querySelectorAll(s).length, selector)
}

export function text(d: Driver, selector: string): Promise<string | null> {
  return d.evaluate((s: string) => document.querySelector(s)?.textContent?.trim() ?? null, selector)
}

export function attr(d: Driver, selector: string, name: string): Promise<string | null> {
  return d.evaluate((s: string, n: string) => document.querySelector(s)?.getAttribute(n) ?? null, selector, name)
}

/** Waits until the first match of `selector` has attribute `name` equal to `value`. */
export function waitAttr(d: Driver, selector: string, name: string, value: string, timeout?: number): Promise<boolean> {
  return until(
    d,
    `${selector} [${name}="${value}"]`,
    (s: string, n: string, v: string) => document.querySelector(s)?.getAttribute(n) === v,
    [selector, name, value],
    timeout,
  )
}

/** Waits until a match of `selector` shows text matching `pattern` (a RegExp source, case-insensitive); returns it. */
export function waitText(d: Driver, selector: string, pattern: string, timeout?: number): Promise<string> {
  return until(
    d,
    `${selector} to read /${pattern}/i`,
    (s: string, p: string) => {
      const re = new RegExp(p, 'i')
      return [...document.querySelectorAll(s)].map((el) => el.textContent ?? '').find((t) => re.test(t)) ?? ''
    },
    [selector, pattern],
    timeout,
  )
}

/** Waits for the element, then clicks it with the driver's own input. */
export async function tap(d: Driver, selector: string): Promise<void> {
  await waitVisible(d, selector)
  await d.click(selector)
}

/** Ticks a checkbox once (a click only when it is not ticked yet). */
export async function check(d: Driver, selector: string): Promise<void> {
  await waitVisible(d, selector)
  if (!(await d.evaluate((s: string) => (document.querySelector(s) as HTMLInputElement | null)?.checked ?? false, selector))) await d.click(selector)
  await until(d, `${selector} to be ticked`, (s: string) => (document.querySelector(s) as HTMLInputElement | null)?.checked === true, [selector])
}

/** The app has mounted a screen into its one main landmark. */
export function appReady(d: Driver): Promise<boolean> {
  return waitVisible(d, 'main h1', 15_000)
}

/**
 * Waits until the service worker controls the page. With registerType 'prompt' the first load is not controlled:
 * one reload once the worker is active hands the page to it.
 */
export async function untilControlled(d: Driver): Promise<void> {
  await until(d, 'the service worker to be active', () => navigator.serviceWorker.ready.then((r) => r.active !== null), [], 30_000)
  if (!(await d.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await d.reload()
    await appReady(d)
  }
  await until(d, 'the service worker to control the page', () => navigator.serviceWorker.controller !== null, [], 15_000)
}
