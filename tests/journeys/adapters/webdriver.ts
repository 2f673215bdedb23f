import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import type { Driver } from '../driver'
import { callSource } from './source'

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver, spoken to with plain fetch() over the W3C WebDriver HTTP API
 * (no client library, nothing downloaded). MiniBrowser has no headless mode: run the suite under `xvfb-run -a`.
 */

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf'

export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'
export const WEBKIT_WEBDRIVER = process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver'

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer()
    s.once('error', fail)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => ok(port))
    })
  })
}

export class WebDriverSession {
  private current: string | null = null

  private constructor(
    private readonly base: string,
    private readonly process: ChildProcess,
    readonly id: string,
    readonly version: string,
  ) {}

  static async start(): Promise<WebDriverSession> {
    const port = await freePort()
    const child = spawn(WEBKIT_WEBDRIVER, [`--port=${port}`, '--host=127.0.0.1'], { stdio: ['ignore', 'ignore', 'inherit'] })
    const base = `http://127.0.0.1:${port}`
    const end = Date.now() + 10_000
    for (;;) {
      try {
        const r = await fetch(base + '/status')
        if (r.ok) break
      } catch {
        // not listening yet
      }
      if (Date.now() > end) {
        child.kill()
        throw new Error(`WebKitWebDriver did not answer on port ${port}`)
      }
      await new Promise((ok) => setTimeout(ok, 100))
    }
    const res = await fetch(base + '/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        capabilities: {
          alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } },
        },
      }),
    })
    const body = (await res.json()) as { value: { sessionId: string; capabilities: { browserVersion: string }; message?: string } }
    if (!res.ok) {
      child.kill()
      throw new Error(`WebKitWebDriver could not start MiniBrowser: ${body.value.message ?? res.status}`)
    }
    return new WebDriverSession(base, child, body.value.sessionId, body.value.capabilities.browserVersion)
  }

  async command<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.base}/session/${this.id}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
    })
    const json = (await res.json()) as { value: T & { error?: string; message?: string } }
    if (!res.ok) throw new Error(`webkit: ${method} ${path}: ${json.value.error ?? res.status}: ${json.value.message ?? ''}`)
    return json.value
  }

  /** Makes `handle` the window that commands go to. */
  async use(handle: string): Promise<void> {
    if (this.current === handle) return
    await this.command('POST', '/window', { handle })
    this.current = handle
  }

  async handle(): Promise<string> {
    this.current ??= await this.command<string>('GET', '/window')
    return this.current
  }

  async quit(): Promise<void> {
    try {
      await this.command('DELETE', '')
    } finally {
      this.process.kill()
    }
  }
}

/** A window of the one WebKit session. */
export async function webdriverDriver(session: WebDriverSession, handle?: string): Promise<Driver> {
  const own = handle ?? (await session.handle())
  const cmd = async <T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> => {
    await session.use(own)
    return session.command<T>(method, path, body)
  }
  const find = async (selector: string): Promise<string> => {
    const el = await cmd<Record<string, string>>('POST', '/element', { using: 'css selector', value: selector })
    const id = el[ELEMENT]
    if (!id) throw new Error(`webkit: no element for ${selector}`)
    return id
  }
  const evaluate = async <T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> => {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => ${callSource(fn as (...a: never[]) => unknown, args)})
        .then((value) => done({ value: value === undefined ? null : value }), (e) => done({ error: String(e && e.stack || e) }))`
    const out = await cmd<{ value?: T; error?: string }>('POST', '/execute/async', { script, args: [] })
    if (out.error !== undefined) throw new Error(`webkit: evaluate failed: ${out.error}`)
    return out.value as T
  }
  return {
    engine: 'webkit',
    version: session.version,
    async goto(url) {
      await cmd('POST', '/url', { url })
    },
    async reload() {
      await cmd('POST', '/refresh')
    },
    evaluate,
    async click(selector) {
      const id = await find(selector)
      // Into the middle of the screen first: at the bottom edge the fixed tab bar would take the click.
      await cmd('POST', '/execute/sync', { script: "arguments[0].scrollIntoView({ block: 'center', inline: 'center' })", args: [{ [ELEMENT]: id }] })
      await cmd('POST', `/element/${id}/click`)
    },
    async fill(selector, value) {
      const id = await find(selector)
      await cmd('POST', `/element/${id}/clear`)
      await cmd('POST', `/element/${id}/value`, { text: value })
    },
    async setFiles(selector, path) {
      await cmd('POST', `/element/${await find(selector)}/value`, { text: path })
    },
    async viewport(width, height) {
      // The window's outer size: MiniBrowser has no chrome but its toolbar, and GTK keeps it a little wider.
      await cmd('POST', '/window/rect', { width, height })
      return evaluate(() => window.innerWidth)
    },
    async newTab() {
      const made = await cmd<{ handle: string }>('POST', '/window/new', { type: 'tab' })
      return webdriverDriver(session, made.handle)
    },
    async close() {
      await cmd('DELETE', '/window')
    },
  }
}
