/// <reference types="vitest/config" />
import { defineConfig, type Plugin, type Rolldown } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import { META_CSP, SECURITY_HEADERS } from './security-headers.ts'

/**
 * V8's explicit compile hint: a chunk starting with this comment has every function compiled while it streams in,
 * on a background thread, instead of lazily on the main thread the first time each is called. The chunks are split
 * by screen, so most of a chunk's functions run as soon as it loads; in Chromium this took about a third off the
 * long tasks after first paint. Other engines ignore the comment. It goes in last, after Vite's own preamble, because
 * it only counts at the very top of the file.
 */
function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`
        }
      },
    },
  }
}

/**
 * Pinia bundles a copy of FileSaver for its devtools' "save state" button. Production builds never call it, but the
 * bundler keeps it (about 1 kB gzip of the first screen) because its top-level browser feature test reads globals it
 * cannot prove harmless. This replaces that one constant with a no-op; the build fails if Pinia's code changes shape,
 * so an update can never drop it silently.
 */
function dropPiniaFileSaver(): Plugin {
  return {
    name: 'drop-pinia-filesaver',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]pinia[\\/]dist[\\/]pinia\.mjs$/.test(id)) return null
      const start = code.indexOf('const _navigator = ')
      const end = code.indexOf('function downloadSaveAs(')
      if (start < 0 || end < start) this.error('drop-pinia-filesaver: Pinia no longer matches; remove this plugin or update it.')
      return { code: `${code.slice(0, start)}const saveAs = () => {};\n${code.slice(end)}`, map: null }
    },
  }
}

/**
 * Writes the Content-Security-Policy <meta> tag into index.html from security-headers.ts, the same source the served
 * headers come from, so the two cannot drift. The meta tag keeps the policy where the host sends no headers at all
 * (a file server, a copy of dist/). It takes the place of a marker comment near the top of <head>, before anything
 * the policy governs; the build fails if the marker is missing or index.html carries a policy of its own.
 */
function cspMeta(): Plugin {
  const marker = '<!-- csp-meta -->'
  return {
    name: 'csp-meta',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(marker) || /http-equiv="Content-Security-Policy"/i.test(html)) {
          throw new Error(`csp-meta: index.html needs the marker ${marker} and no CSP of its own (it comes from security-headers.ts).`)
        }
        return html.replace(marker, `<meta http-equiv="Content-Security-Policy" content="${META_CSP}" />`)
      },
    },
  }
}

/**
 * Whether a module of the app's own (or Vite's and the bundler's small helpers) is loaded with the first screen:
 * reached from the entry by static imports alone. The entry module is pulled in as the first importer; the libraries
 * go to 'vendor'.
 */
function firstScreen(id: string, ctx: Rolldown.ChunkingContext, seen = new Set<string>()): boolean {
  if (/[\\/]node_modules[\\/]/.test(id)) return false
  if (/rolldown[\\/]runtime/.test(id)) return true
  const info = ctx.getModuleInfo(id)
  if (!info || info.isEntry || seen.has(id)) return false
  seen.add(id)
  return info.importers.some((importer) => ctx.getModuleInfo(importer)?.isEntry || firstScreen(importer, ctx, seen))
}

const appVersion = process.env.APP_VERSION ?? process.env.npm_package_version ?? '0.0.0'

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(appVersion),
    // Every component is written with <script setup>: Vue's Options API support is left out of the build.
    __VUE_OPTIONS_API__: 'false',
  },
  resolve: {
    // Dexie's default entry wraps its ES5 UMD bundle, which cannot be tree-shaken and costs more to parse and run
    // at start-up; its modern ES module build is the same library. Only this app imports Dexie, so no second copy.
    alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }],
  },
  build: {
    outDir: process.env.OUT_DIR ?? 'dist',
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Two scripts for the first screen: the libraries ('vendor', which an update of the app's own code leaves
        // cached) and every module of the app's own that the first screen loads, entry included ('core'). Left alone,
        // the bundler cuts the first screen into a dozen small chunks, one per set of importers (the stores, the
        // database, the gate...): per-chunk overhead, and over HTTP/1.1 on a slow phone link a round trip for each six
        // requests, so a screen opened by its address waited for a second wave of requests before its first paint
        // (Lighthouse at 4x, /plans and /settings: first paint 1.8-2.1 s before, 1.4-1.6 s after). Everything here is
        // loaded by the first screen anyway, so a lazy chunk that needs one of them loads nothing new.
        codeSplitting: {
          groups: [
            { name: (id, ctx) => (firstScreen(id, ctx) ? 'core' : null) },
            {
              // The libraries every screen runs on, in one chunk, taken before 'core' (which would otherwise pull them in
              // as its dependencies).
              name: 'vendor',
              priority: 1,
              test: /[\\/]node_modules[\\/](@vue|vue|pinia|vue-router|dexie)[\\/]/,
            },
          ],
        },
      },
    },
  },
  // The backup check runs in a module worker (src/workers/backupCheck.ts), built as its own ES module chunk.
  worker: { format: 'es' },
  plugins: [
    vue(),
    cspMeta(),
    dropPiniaFileSaver(),
    compileHints(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // The glob below already precaches every icon; listing them again would duplicate entries.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Back-of-leg pain care',
        short_name: 'Leg care',
        description:
          'Check back-of-leg pain for warning signs, then follow guided stretches, ice and heat timers, water and a pain log. Works offline. Not a diagnosis.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#1f5f8b',
        background_color: '#ffffff',
        categories: ['health', 'medical', 'fitness'],
        icons: [
          { src: 'pwa-64x64.png', sizes: '64x64', type: 'image/png' },
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        // A long press on the home-screen icon opens the cramp routine straight away: a cramp will not wait for menus.
        shortcuts: [
          {
            name: 'Cramp relief',
            short_name: 'Cramp',
            description: 'Start cramp relief now: pull your toes up, walk it off, then ease the calf.',
            url: '/routines/cramp-relief',
            icons: [
              { src: '/shortcut-cramp-96x96.png', sizes: '96x96', type: 'image/png' },
              { src: '/shortcut-cramp-192x192.png', sizes: '192x192', type: 'image/png' },
            ],
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // `npm start` serves the build with the same headers as a real host (public/_headers), frame-ancestors included.
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  test: {
    include: ['tests/{unit,db,component}/**/*.test.ts'],
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
})
