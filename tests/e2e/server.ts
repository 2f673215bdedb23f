import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'
import { SECURITY_HEADERS } from '../../security-headers'

/** The same headers, with framing allowed to this origin only (frame-ancestors 'self'). */
const FRAMEABLE_HEADERS: Record<string, string> = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': SECURITY_HEADERS['Content-Security-Policy']!.replace("frame-ancestors 'none'", "frame-ancestors 'self'"),
  'X-Frame-Options': 'SAMEORIGIN',
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain',
}

export interface StaticServer {
  url: string
  port: number
  /**
   * Offline for every browser engine alike: while true the server answers nothing (each connection, open or new,
   * is destroyed), as a phone with no signal would see it. Playwright's emulation flag exists only in Chromium.
   */
  offline: boolean
  close(): Promise<void>
}

/**
 * Serves a production build on a loopback port, with the history-mode fallback a static host would have.
 * Each test gets its own origin (its own port), so service workers and IndexedDB never leak between tests.
 * `port` lets a test bring a server back on the same origin (to serve a second build, say). Every response carries
 * the security headers a real host sends (security-headers.ts, the same source as `public/_headers` and the preview
 * server); `securityHeaders: false` serves without them, as the app was served before, for a test's control case.
 * `frameable: true` lets the app's own pages frame it (the engine journeys measure each screen in a 320 px frame,
 * which WebKit's MiniBrowser window cannot shrink to); every other header stays.
 */
export async function serveDist(
  dir = process.env.DIST ?? 'dist',
  port = 0,
  { securityHeaders = true, frameable = false }: { securityHeaders?: boolean; frameable?: boolean } = {},
): Promise<StaticServer> {
  const headers = securityHeaders ? (frameable ? FRAMEABLE_HEADERS : SECURITY_HEADERS) : {}
  const root = resolve(dir)
  if (!existsSync(join(root, 'index.html'))) throw new Error(`No build in ${root}: run "npm run build" first.`)
  const sockets = new Set<import('node:net').Socket>()
  let offline = false
  const server: Server = createServer((req, res) => {
    if (offline) {
      req.socket.destroy()
      return
    }
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file = normalize(join(root, path))
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html')
    const type = TYPES[extname(file)] ?? 'application/octet-stream'
    res.writeHead(200, {
      ...headers,
      'content-type': type,
      'cache-control': file.endsWith('sw.js') || file.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000',
    })
    createReadStream(file).pipe(res)
  })
  server.on('connection', (s) => {
    if (offline) {
      s.destroy()
      return
    }
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok))
  const actual = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    get offline() {
      return offline
    },
    set offline(on: boolean) {
      offline = on
      if (on) for (const s of sockets) s.destroy()
    },
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy()
        server.close(() => ok())
      }),
  }
}
