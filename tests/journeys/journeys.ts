import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from '@playwright/test'
import { parseBackup } from '../../src/domain/backup'
import { probeEngine, writeEngineReport, type AppNotes } from './capabilities'
import {
  appReady,
  attr,
  check,
  count,
  tap,
  text,
  until,
  untilControlled,
  waitAttr,
  waitText,
  waitVisible,
  type Driver,
  type JourneyServer,
} from './driver'

/**
 * The core journeys, written once against the driver-agnostic layer and run in Chromium, Firefox ESR and
 * WebKitGTK. Each gets a fresh origin (its own server port), so no storage or service worker is shared.
 */
export interface JourneyContext {
  d: Driver
  server: JourneyServer
  /** A folder of its own for files the journey writes. */
  tmp: string
}

export interface Journey {
  name: string
  run(ctx: JourneyContext): Promise<void>
}

export const SCREENS = ['/', '/check', '/plans', '/routines/calf-stretch', '/water', '/history', '/settings', '/sources']

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

async function raiseEmergency(d: Driver, url: string): Promise<void> {
  await d.goto(url + '/check')
  await check(d, 'input[data-finding="pe_symptoms"]')
  await tap(d, '[data-action="next"]')
  await waitVisible(d, '[data-disposition="emergency"] [data-gate="emergency"] a[href^="tel:"]')
}

const install: Journey = {
  name: 'install: a valid manifest, and the service worker controls the page after one reload, offline too',
  async run({ d, server }) {
    await d.goto(server.url + '/')
    await appReady(d)
    // The manifest the page links to, read by the page itself, and every icon it names fetched from the origin.
    const manifest = await d.evaluate(async () => {
      const link = document.querySelector('link[rel="manifest"]') as HTMLLinkElement | null
      if (!link) return null
      const res = await fetch(link.href)
      const m = (await res.json()) as Record<string, unknown> & { icons?: { src: string; sizes: string; purpose?: string }[] }
      const icons = await Promise.all(
        (m.icons ?? []).map(async (i) => {
          const r = await fetch(new URL(i.src, link.href))
          return { sizes: i.sizes, purpose: i.purpose ?? 'any', ok: r.ok, type: r.headers.get('content-type') }
        }),
      )
      return { contentType: res.headers.get('content-type'), m, icons }
    })
    expect(manifest, 'a manifest link').not.toBeNull()
    expect(manifest!.contentType).toContain('manifest+json')
    expect(manifest!.m).toMatchObject({ id: '/', start_url: '/', scope: '/', display: 'standalone' })
    expect(String(manifest!.m.name).length).toBeGreaterThan(0)
    expect(String(manifest!.m.short_name).length).toBeGreaterThan(0)
    expect(manifest!.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
    expect(manifest!.icons.some((i) => i.purpose.includes('maskable'))).toBe(true)
    for (const icon of manifest!.icons) expect(icon, icon.sizes).toMatchObject({ ok: true, type: 'image/png' })

    // Not controlled on the first load (registerType 'prompt'); one reload hands the page to the worker.
    await untilControlled(d)
    expect(await d.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toMatch(/\/sw\.js$/)

    server.offline = true
    // The network really is gone for this engine: a request the service worker does not cache gets no answer.
    expect(
      await d.evaluate(() =>
        fetch(`/not-precached-${Date.now()}.txt`, { cache: 'no-store' }).then(
          () => 'answered',
          () => 'failed',
        ),
      ),
    ).toBe('failed')
    await d.reload()
    await waitText(d, 'main h1', '^\\s*Today\\s*$')
    await d.goto(server.url + '/water')
    await waitText(d, 'main h1', 'water')
    expect(await count(d, 'main')).toBe(1)
  },
}

const gate: Journey = {
  name: 'the screener raises the emergency gate with its call link; it holds after an offline reload and in a new tab',
  async run({ d, server }) {
    await d.goto(server.url + '/')
    await appReady(d)
    await untilControlled(d)
    await raiseEmergency(d, server.url)

    server.offline = true
    await d.reload()
    await waitVisible(d, 'main [data-gate="emergency"] a[href^="tel:"]')
    // A launch while offline opens on the full gate with its call button.
    await d.goto(server.url + '/')
    await waitText(d, 'main h1', 'Call for help now')
    await waitVisible(d, 'main [data-gate="emergency"] a[href^="tel:"]')

    const tab = await d.newTab()
    try {
      await tab.goto(server.url + '/water')
      await waitVisible(tab, '[data-gate="emergency"] a[href^="tel:"]')
      expect(await attr(tab, '[data-gate="emergency"] a[href^="tel:"]', 'href')).toMatch(/^tel:\d+$/)
    } finally {
      await tab.close()
    }
  },
}

const drink: Journey = {
  name: 'a drink logged with the quick-add button is still there after an offline reload',
  async run({ d, server }) {
    const today = '[data-water-today-ml]'
    await d.goto(server.url + '/')
    await appReady(d)
    await untilControlled(d)
    await waitAttr(d, today, 'data-water-today-ml', '0')
    await tap(d, '[data-action="add-water"][data-amount-ml="250"]')
    await waitAttr(d, today, 'data-water-today-ml', '250')

    server.offline = true
    await d.reload()
    await appReady(d)
    await waitAttr(d, today, 'data-water-today-ml', '250')
    await d.goto(server.url + '/water')
    await waitAttr(d, today, 'data-water-today-ml', '250')
  },
}

const routine: Journey = {
  name: 'a routine resumes across a reload within 1 s of where the clock says it is',
  async run({ d, server }) {
    const elapsedAndNow = () =>
      d.evaluate(() => ({
        elapsed: Number(document.querySelector('[data-run-elapsed-ms]')?.getAttribute('data-run-elapsed-ms')),
        now: Date.now(),
        step: document.querySelector('[data-step-kind]')?.textContent ?? null,
        side: document.querySelector('[data-side]')?.textContent ?? null,
      }))
    await d.goto(server.url + '/routines/hamstring-stretch')
    await appReady(d)
    const t0 = await d.evaluate(() => Date.now())
    await tap(d, '[data-action="start"]')
    await waitVisible(d, '[data-run-elapsed-ms]')
    // Into the first hold (after the 5 s get-ready), then a while into it.
    await waitText(d, '[data-step-kind]', '^Hold$', 10_000)
    await sleep(2500)
    const before = await elapsedAndNow()
    expect(before.elapsed).toBeGreaterThan(5000)
    await d.reload()
    await waitVisible(d, '[data-run-elapsed-ms]')
    await waitText(d, '[aria-live="polite"]', 'welcome back')
    const after = await elapsedAndNow()
    // The run advanced exactly as the wall clock did across the reload (within a second), and never ran ahead.
    expect(Math.abs(after.elapsed - before.elapsed - (after.now - before.now))).toBeLessThan(1000)
    expect(after.elapsed).toBeLessThanOrEqual(after.now - t0)
    expect(after.step).toBe(before.step)
    expect(after.side).toBe(before.side)
  },
}

const twoTabs: Journey = {
  name: 'a routine open in two tabs shows the same step in both, cues play in one, and a pause in either shows in the other',
  async run({ d, server }) {
    const clock = (t: Driver) =>
      t.evaluate(() => ({
        elapsed: Number(document.querySelector('[data-run-elapsed-ms]')?.getAttribute('data-run-elapsed-ms')),
        now: Date.now(),
      }))
    await d.goto(server.url + '/routines/hamstring-stretch')
    await appReady(d)
    await tap(d, '[data-action="start"]')
    await waitVisible(d, '[data-run-elapsed-ms]')
    const second = await d.newTab()
    try {
      await second.goto(server.url + '/routines/hamstring-stretch')
      await waitVisible(second, '[data-run-elapsed-ms]')
      // The first tab holds the cues (a Web Lock); the second says they play elsewhere.
      await waitVisible(second, '[data-cues-elsewhere]')
      expect(await count(d, '[data-cues-elsewhere]')).toBe(0)
      const a = await clock(d)
      const b = await clock(second)
      expect(Math.abs(a.elapsed - a.now - (b.elapsed - b.now))).toBeLessThan(1000)
      await tap(second, '[data-action="pause"]')
      await waitVisible(d, '[data-action="resume"]')
      await tap(d, '[data-action="resume"]')
      await waitVisible(second, '[data-action="pause"]')
    } finally {
      await second.close()
    }
  },
}

const backup: Journey = {
  name: 'backup: export makes a checked .json file, and a bad file is refused with a plain message',
  async run({ d, server, tmp }) {
    await d.goto(server.url + '/water')
    await appReady(d)
    await tap(d, '[data-action="add-water"][data-amount-ml="250"]')
    await waitAttr(d, '[data-water-today-ml]', 'data-water-today-ml', '250')
    await d.goto(server.url + '/settings')
    await appReady(d)
    await waitVisible(d, '[data-action="export"]', 15_000)
    // What the app hands the browser to save: the Blob and the link's file name, caught as they pass.
    await d.evaluate(() => {
      const w = window as unknown as { __saved: { name: string; text: string | null }[] }
      w.__saved = []
      const blobs = new Map<string, Blob>()
      const create = URL.createObjectURL.bind(URL)
      URL.createObjectURL = (obj: Blob | MediaSource) => {
        const url = create(obj)
        if (obj instanceof Blob) blobs.set(url, obj)
        return url
      }
      const click = HTMLAnchorElement.prototype.click
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        const entry = { name: this.download, text: null as string | null }
        w.__saved.push(entry)
        void blobs.get(this.href)?.text().then((t) => (entry.text = t))
        click.call(this)
      }
    })
    await tap(d, '[data-action="export"]')
    const saved = await until(
      d,
      'the backup file to be handed to the browser',
      () => (window as unknown as { __saved: { name: string; text: string | null }[] }).__saved.find((s) => s.text !== null) ?? null,
      [],
    )
    expect(saved.name).toMatch(/^leg-care-backup-\d{4}-\d{2}-\d{2}\.json$/)
    const parsed = await parseBackup(saved.text ?? '', { now: Date.now() })
    expect(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed)).toBe(true)
    if (parsed.ok) expect(parsed.backup.tables.waterEntries).toHaveLength(1)
    await waitText(d, '[role="status"]', 'Backup file')

    const bad = join(tmp, 'not-json.json')
    writeFileSync(bad, 'hello, this is not a backup')
    await d.setFiles('input[type=file][data-action="import"]', bad)
    const alert = await waitText(d, '[role="alert"]', 'This file was not imported')
    expect(alert).toMatch(/not a JSON file/)
    expect(alert).toMatch(/Nothing on this device was changed/)
    expect(await count(d, '[data-action="confirm-import"]')).toBe(0)
  },
}

const fluidLimit: Journey = {
  name: 'a fluid limit saved in Settings turns Water into limit mode',
  async run({ d, server }) {
    await d.goto(server.url + '/water')
    await appReady(d)
    await waitAttr(d, '[data-water-mode]', 'data-water-mode', 'goal')
    await d.goto(server.url + '/settings')
    await appReady(d)
    await waitVisible(d, '[data-setting="fluid-limit-ml"]', 15_000)
    await d.fill('[data-setting="fluid-limit-ml"]', '1500')
    expect(await d.evaluate(() => (document.querySelector('[data-setting="fluid-limit-ml"]') as HTMLInputElement).value)).toBe('1500')
    await tap(d, '[data-action="save-fluid-limit"]')
    await waitText(d, '.fluid-limit', 'Limit saved: 1500 ml a day')
    await d.goto(server.url + '/water')
    await appReady(d)
    await waitAttr(d, '[data-water-mode]', 'data-water-mode', 'limit')
    await d.reload()
    await waitAttr(d, '[data-water-mode]', 'data-water-mode', 'limit')
  },
}

const narrow: Journey = {
  name: 'every main screen fits 320 px with no sideways scroll',
  async run({ d, server }) {
    await d.goto(server.url + '/sources')
    await appReady(d)
    // The window as narrow as the browser lets it be (MiniBrowser's toolbar keeps its window wider than 320 px).
    const width = await d.viewport(320, 700)
    expect(width).toBeLessThanOrEqual(480)
    for (const path of SCREENS) {
      await d.goto(server.url + path)
      await appReady(d)
      const fits = await d.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }))
      expect(fits.scroll, `${path} at ${fits.inner} px`).toBeLessThanOrEqual(fits.inner)
    }
    // Exactly 320 CSS px in every engine: each screen in a frame that wide (a frame is a viewport of its own).
    for (const path of SCREENS) {
      const fits = await until(
        d,
        `${path} in a 320 px frame`,
        async (p: string) => {
          let frame = document.getElementById('narrow-frame') as HTMLIFrameElement | null
          if (!frame || frame.dataset.path !== p) {
            frame?.remove()
            frame = document.createElement('iframe')
            frame.id = 'narrow-frame'
            frame.dataset.path = p
            frame.style.cssText = 'position:absolute;top:0;left:0;width:320px;height:640px;border:0'
            frame.src = p
            document.body.append(frame)
            return null
          }
          const doc = frame.contentDocument
          const h1 = doc?.querySelector('main h1')
          if (!doc || !h1 || !frame.contentWindow) return null
          // Screens draw their lower cards a task at a time: measure once the page has settled.
          await new Promise((ok) => setTimeout(ok, 300))
          return { scroll: doc.documentElement.scrollWidth, inner: frame.contentWindow.innerWidth }
        },
        [path],
        15_000,
      )
      expect(fits.inner, path).toBe(320)
      expect(fits.scroll, `${path} in a 320 px frame`).toBeLessThanOrEqual(320)
    }
  },
}

/** Reads which of the app's "this browser cannot..." lines show, once the app has finished checking. */
async function notesIn(d: Driver, scope: string): Promise<AppNotes> {
  await until(d, `${scope} [data-device-limits] to be checked`, (s: string) => document.querySelector(`${s} [data-device-limits][data-checked]`) !== null, [scope], 15_000)
  return d.evaluate((s: string) => {
    const root = document.querySelector(`${s} [data-device-limits]`)
    const has = (k: string) => root?.querySelector(`[data-device-limit="${k}"]`) !== null
    return { wakeLock: has('wake-lock'), vibration: has('vibration'), voice: has('voice'), tabs: has('tabs') }
  }, scope)
}

const capabilities: Journey = {
  name: 'what this browser cannot do is measured, and the app says so in Settings and on the player',
  async run({ d, server }) {
    await d.goto(server.url + '/')
    await appReady(d)
    const probe = await probeEngine(d)
    // Settings can only know whether the API is there; the player knows whether its own ask (on Start) was granted.
    const expected: AppNotes = {
      wakeLock: !probe.wakeLockApi,
      vibration: !probe.vibration,
      voice: probe.voices === 0,
      tabs: !probe.webLocks,
    }

    await d.goto(server.url + '/settings')
    await appReady(d)
    const settings = await notesIn(d, 'main')
    expect(settings).toEqual(expected)
    for (const key of ['wake-lock', 'voice', 'vibration', 'tabs']) {
      const line = await text(d, `main [data-device-limit="${key}"]`)
      if (line !== null) expect(line, key).toMatch(/^This browser /)
    }
    // Install: a button where the browser offers one, otherwise the steps to take (never an empty card).
    await waitVisible(d, '[data-install]', 15_000)
    expect(await text(d, '[data-install]')).toMatch(probe.installPrompt ? /Install|menu/ : /menu|Share/)
    // Storage: an answer, never a "Checking..." that no browser call will ever end.
    const persisted = await until(
      d,
      'the storage line to settle',
      () => {
        const t = document.querySelector('[data-storage-persisted]')?.textContent?.trim() ?? ''
        return t && !/Checking/.test(t) ? t : ''
      },
      [],
      15_000,
    )
    expect(persisted).toMatch(probe.persistentStorage && probe.storageEstimate ? /^(Kept|Not guaranteed)/ : /^This browser does not say/)

    await d.goto(server.url + '/routines/calf-stretch')
    await appReady(d)
    await tap(d, '[data-action="start"]')
    await waitVisible(d, '[data-run-elapsed-ms]')
    await until(
      d,
      'the player to hear back about keeping the screen on',
      () => ['held', 'failed', 'unsupported'].includes(document.querySelector('[data-device-limits]')?.getAttribute('data-screen-on') ?? ''),
      [],
    )
    const player = await notesIn(d, '[data-run-elapsed-ms]')
    expect(player).toEqual({ ...expected, wakeLock: !probe.wakeLockAfterTap })
    writeEngineReport(d.engine, probe, settings)
  },
}

export const JOURNEYS: Journey[] = [install, gate, drink, routine, twoTabs, backup, fluidLimit, narrow, capabilities]
