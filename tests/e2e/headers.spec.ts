import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Page } from '@playwright/test'
import { SECURITY_HEADERS } from '../../security-headers'
import { serveDist } from './server'
import { expect, test } from './fixtures'

const DIST = process.env.DIST ?? 'dist'

/** A port nobody is listening on right now. */
async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok))
  const { port } = probe.address() as AddressInfo
  await new Promise<void>((ok) => probe.close(() => ok()))
  return port
}

/** The real `vite preview` (what `npm start` runs) on a free port, serving the build under test. */
async function startPreview(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort()
  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', DIST],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite preview exited:\n${output}`)
    if (await fetch(url + '/').then((r) => r.ok, () => false)) break
    if (Date.now() > deadline) throw new Error(`vite preview did not answer in 30 s:\n${output}`)
    await new Promise((ok) => setTimeout(ok, 200))
  }
  return {
    url,
    stop: () =>
      new Promise<void>((ok) => {
        if (child.exitCode !== null) return ok()
        child.once('exit', () => ok())
        child.kill('SIGTERM')
      }),
  }
}

/** Paths that a host serves in different ways: the page, a deep link (SPA fallback), a script, the service worker. */
function pathsToCheck(): string[] {
  const script = readdirSync(`${DIST}/assets`).find((f) => f.endsWith('.js'))
  expect(script).toBeTruthy()
  return ['/', '/settings', '/routines/calf-stretch', `/assets/${script}`, '/sw.js', '/manifest.webmanifest']
}

/** Checks every path's response against security-headers.ts and against what the app promises, spelled out. */
async function expectSecurityHeaders(base: string): Promise<void> {
  for (const path of pathsToCheck()) {
    const res = await fetch(base + path)
    expect(res.status, path).toBe(200)
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name), `${path} ${name}`).toBe(value)
    // Written out again here, so a weakened source file cannot pass by agreeing with itself.
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp.split('; '), path).toEqual(expect.arrayContaining(["frame-ancestors 'none'", "default-src 'self'", "script-src 'self'", "connect-src 'self'"]))
    expect(csp).not.toMatch(/unsafe-(inline|eval)|\*/)
    expect(res.headers.get('x-content-type-options'), path).toBe('nosniff')
    expect(res.headers.get('referrer-policy'), path).toBe('no-referrer')
    expect(res.headers.get('permissions-policy'), path).toMatch(/(^|, )camera=\(\)(,|$)/)
    expect(res.headers.get('permissions-policy'), path).toMatch(/(^|, )microphone=\(\)(,|$)/)
    expect(res.headers.get('permissions-policy'), path).toMatch(/(^|, )geolocation=\(\)(,|$)/)
  }
}

/** A page on another origin (its own port) that puts `target` in an iframe. */
async function framer(target: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(`<!doctype html><title>Another site</title><iframe id="app" src="${target}" width="390" height="600"></iframe>`)
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  }
}

/** Opens the other site's page and says whether the app drew its screen inside the frame. */
async function appDrawnInFrame(page: Page, target: string): Promise<{ drawn: boolean; refusals: string[] }> {
  const refusals: string[] = []
  page.on('console', (m) => {
    if (/frame-ancestors|X-Frame-Options|Refused to (display|frame)/i.test(m.text())) refusals.push(m.text())
  })
  const site = await framer(target)
  try {
    await page.goto(site.url)
    await page.locator('iframe#app').waitFor()
    const frame = await (await page.locator('iframe#app').elementHandle())!.contentFrame()
    // Either the app draws its screen, or the browser gives up on the frame: wait for one of the two.
    let drawn = false
    await expect
      .poll(
        async () => {
          if (frame && (await frame.locator('main h1').count().catch(() => 0)) > 0) drawn = true
          return drawn || refusals.length > 0 || frame === null || frame.url().startsWith('chrome-error:')
        },
        { timeout: 20_000 },
      )
      .toBe(true)
    // Give a drawn-too-late app a moment, so a refusal is not decided by a race.
    await page.waitForTimeout(1000)
    if (frame && (await frame.locator('main h1').count().catch(() => 0)) > 0) drawn = true
    return { drawn, refusals }
  } finally {
    await site.close()
  }
}

test.describe('security headers where the app is served', () => {
  test('the real vite preview (npm start) sends the CSP with frame-ancestors, nosniff, no-referrer and the permissions policy on every kind of path', async () => {
    const preview = await startPreview()
    try {
      await expectSecurityHeaders(preview.url)
    } finally {
      await preview.stop()
    }
  })

  test('the test server sends the same headers, from the same source', async ({ server }) => {
    await expectSecurityHeaders(server.url)
  })

  test('a page on another origin cannot frame the app, from vite preview or the test server; without the headers it could', async ({ page }) => {
    test.setTimeout(90_000)
    // The control: served as before (no headers, only the meta CSP), another site frames the app and it draws.
    const bare = await serveDist(DIST, 0, { securityHeaders: false })
    try {
      const before = await appDrawnInFrame(page, bare.url + '/')
      expect(before.drawn, 'without the headers the app can be framed (the defect)').toBe(true)
    } finally {
      await bare.close()
    }

    const withHeaders = await serveDist(DIST)
    try {
      const page2 = await page.context().newPage()
      const framed = await appDrawnInFrame(page2, withHeaders.url + '/settings')
      expect(framed.drawn).toBe(false)
      expect(framed.refusals.join('\n')).toMatch(/frame-ancestors 'none'/)
    } finally {
      await withHeaders.close()
    }

    const preview = await startPreview()
    try {
      const page3 = await page.context().newPage()
      const framed = await appDrawnInFrame(page3, preview.url + '/')
      expect(framed.drawn).toBe(false)
      expect(framed.refusals.join('\n')).toMatch(/frame-ancestors 'none'/)
    } finally {
      await preview.stop()
    }
  })
})
