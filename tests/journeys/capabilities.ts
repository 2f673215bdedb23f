import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { until, type Driver, type Engine } from './driver'

/** Where each engine's measured features are written (and the table made from them). Git ignores it. */
export const REPORT_DIR = process.env.ENGINE_REPORT_DIR ?? 'engine-report'

/** What one engine offers the app, measured in a page of the app's own origin (no user agent sniffing). */
export interface Probe {
  engine: Engine
  version: string
  serviceWorker: boolean
  /** navigator.wakeLock is there. */
  wakeLockApi: boolean
  /** A screen wake lock was granted (and released) when asked with no tap. */
  wakeLock: boolean
  wakeLockError: string | null
  /** A screen wake lock was granted when asked in a click handler (the driver's own click). */
  wakeLockAfterTap: boolean
  wakeLockAfterTapError: string | null
  vibration: boolean
  /** Speech voices installed, after waiting for the list to load. */
  voices: number
  webLocks: boolean
  broadcastChannel: boolean
  notifications: boolean
  persistentStorage: boolean
  storageEstimate: boolean
  /** The browser offers its own install prompt event (beforeinstallprompt). */
  installPrompt: boolean
  temporal: boolean
  /** The beeps' format: a WAV clip the page makes, played by a media element. */
  wavClips: boolean
}

/** The lines the app shows about what this browser cannot do. */
export interface AppNotes {
  wakeLock: boolean
  vibration: boolean
  voice: boolean
  tabs: boolean
}

export async function probeEngine(d: Driver): Promise<Probe> {
  const found = await d.evaluate(async () => {
    const voices = await new Promise<number>((ok) => {
      if (!('speechSynthesis' in window)) return ok(0)
      const now = speechSynthesis.getVoices().length
      if (now > 0) return ok(now)
      speechSynthesis.addEventListener('voiceschanged', () => ok(speechSynthesis.getVoices().length))
      setTimeout(() => ok(speechSynthesis.getVoices().length), 2000)
    })
    let wakeLock = false
    let wakeLockError: string | null = null
    const nav = navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<{ release(): Promise<void> }> } }
    if (nav.wakeLock) {
      try {
        const sentinel = await nav.wakeLock.request('screen')
        wakeLock = true
        await sentinel.release()
      } catch (error) {
        wakeLockError = String(error)
      }
    } else wakeLockError = 'navigator.wakeLock is missing'
    const w = window as unknown as Record<string, unknown>
    const storage = navigator.storage as StorageManager | undefined
    return {
      serviceWorker: 'serviceWorker' in navigator,
      wakeLockApi: 'wakeLock' in navigator,
      wakeLock,
      wakeLockError,
      vibration: typeof navigator.vibrate === 'function',
      voices,
      webLocks: typeof (navigator as Navigator & { locks?: { request?: unknown } }).locks?.request === 'function',
      broadcastChannel: typeof w.BroadcastChannel === 'function',
      notifications: typeof w.Notification === 'function',
      persistentStorage: typeof storage?.persist === 'function',
      storageEstimate: typeof storage?.estimate === 'function',
      installPrompt: 'onbeforeinstallprompt' in window,
      temporal: typeof w.Temporal === 'object',
      wavClips: document.createElement('audio').canPlayType('audio/wav') !== '',
    }
  })
  // The same ask inside a real click, as the player's Start tap makes it.
  await d.evaluate(() => {
    const w = window as unknown as { __wakeLockTap: string | null }
    w.__wakeLockTap = null
    const button = document.createElement('button')
    button.id = 'probe-wake-lock'
    button.textContent = 'probe'
    button.style.cssText = 'position:fixed;top:0;left:0;width:120px;height:60px;z-index:2147483647'
    button.addEventListener('click', () => {
      const nav = navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<{ release(): Promise<void> }> } }
      if (!nav.wakeLock) w.__wakeLockTap = 'navigator.wakeLock is missing'
      else
        nav.wakeLock.request('screen').then(
          (s) => s.release().then(() => (w.__wakeLockTap = 'granted')),
          (e: unknown) => (w.__wakeLockTap = String(e)),
        )
    })
    document.body.append(button)
  })
  await d.click('#probe-wake-lock')
  const tap = await until(d, 'the wake lock asked in a click to answer', () => (window as unknown as { __wakeLockTap: string | null }).__wakeLockTap, [])
  await d.evaluate(() => document.getElementById('probe-wake-lock')?.remove())
  return {
    engine: d.engine,
    version: d.version.replace(/^[a-z]+\//i, ''),
    ...found,
    wakeLockAfterTap: tap === 'granted',
    wakeLockAfterTapError: tap === 'granted' ? null : tap,
  }
}

export function writeEngineReport(engine: Engine, probe: Probe, notes: AppNotes): void {
  mkdirSync(REPORT_DIR, { recursive: true })
  writeFileSync(join(REPORT_DIR, `${engine}.json`), JSON.stringify({ measuredAt: new Date().toISOString(), probe, notes }, null, 2) + '\n')
}

const ROWS: [string, (p: Probe) => string][] = [
  ['Service worker (offline, install)', (p) => (p.serviceWorker ? 'yes' : 'no')],
  ['Keep the screen on (Wake Lock), asked on a tap', (p) => (p.wakeLockAfterTap ? 'yes' : `no (${p.wakeLockAfterTapError ?? 'refused'})`)],
  ['Keep the screen on (Wake Lock), asked with no tap', (p) => (p.wakeLock ? 'yes' : `no (${p.wakeLockError ?? 'refused'})`)],
  ['Vibration', (p) => (p.vibration ? 'yes' : 'no')],
  ['Spoken steps (voices installed)', (p) => (p.voices > 0 ? `yes (${p.voices})` : 'no voice')],
  ['Beeps (a WAV clip on a media element)', (p) => (p.wavClips ? 'yes' : 'no')],
  ['One tab speaks (Web Locks)', (p) => (p.webLocks ? 'yes' : 'no')],
  ['Tabs in step (BroadcastChannel)', (p) => (p.broadcastChannel ? 'yes' : 'no')],
  ['Notifications API', (p) => (p.notifications ? 'yes' : 'no')],
  ['Ask to keep data (storage.persist)', (p) => (p.persistentStorage ? 'yes' : 'no')],
  ['Storage used and available (storage.estimate)', (p) => (p.storageEstimate ? 'yes' : 'no')],
  ['Install button (beforeinstallprompt)', (p) => (p.installPrompt ? 'yes' : 'no (browser menu / Share)')],
  ['Temporal', (p) => (p.temporal ? 'yes' : 'no')],
]

/** A Markdown table of every engine measured so far (Chromium, Firefox, WebKit, in that order). */
export function capabilityTable(dir = REPORT_DIR): string {
  const order: Engine[] = ['chromium', 'firefox', 'webkit']
  const files = new Set(readdirSync(dir))
  const probes = order
    .filter((e) => files.has(`${e}.json`))
    .map((e) => (JSON.parse(readFileSync(join(dir, `${e}.json`), 'utf8')) as { probe: Probe }).probe)
  const name: Record<Engine, string> = { chromium: 'Chromium', firefox: 'Firefox ESR', webkit: 'WebKitGTK' }
  const head = `| feature | ${probes.map((p) => `${name[p.engine]} ${p.version}`).join(' | ')} |`
  const rule = `| --- | ${probes.map(() => '---').join(' | ')} |`
  return [head, rule, ...ROWS.map(([label, cell]) => `| ${label} | ${probes.map(cell).join(' | ')} |`)].join('\n')
}
