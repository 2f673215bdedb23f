/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'

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
  },
  plugins: [
    vue(),
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
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/{unit,db,component}/**/*.test.ts'],
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
})
