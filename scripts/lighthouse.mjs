// Lighthouse (mobile, default throttling) on the production build. Each screen is measured RUNS times (default 3)
// and the median run is reported, as Lighthouse CI does, because one run on a shared 2-core machine is noisy.
// Prints performance, accessibility, best practices and SEO with the key timings, and fails under budget
// (performance 0.95; accessibility and best practices 1.0). Run `npm run build` first.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { preview } from 'vite'

const FLAGS = JSON.parse(readFileSync(new URL('./chromium.json', import.meta.url), 'utf8')).args
const RUNS = Number(process.env.RUNS ?? 3)
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/check', '/plans', '/water', '/history', '/settings']
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

const server = await preview({ preview: { port: 4174, strictPort: true }, logLevel: 'silent' })
const chrome = await launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS })
mkdirSync('.lighthouse', { recursive: true })
let failed = false
try {
  for (const path of paths) {
    const runs = []
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`http://localhost:4174${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
        formFactor: 'mobile',
      })
      runs.push(result.lhr)
    }
    runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0))
    const lhr = runs[Math.floor(runs.length / 2)]
    writeFileSync(`.lighthouse/${path === '/' ? 'today' : path.slice(1).replace(/\//g, '-')}.json`, JSON.stringify(lhr))
    const score = (k) => lhr.categories[k]?.score ?? 0
    const ms = (id) => Math.round(lhr.audits[id]?.numericValue ?? NaN)
    const scores = CATEGORIES.map((k) => `${k} ${score(k).toFixed(2)}`).join('  ')
    const perfRuns = runs.map((r) => (r.categories.performance?.score ?? 0).toFixed(2)).join('/')
    console.log(
      `${path.padEnd(10)} ${scores}  (performance runs ${perfRuns}; FCP ${ms('first-contentful-paint')} ms, LCP ${ms('largest-contentful-paint')} ms, TBT ${ms('total-blocking-time')} ms, CLS ${(lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)})`,
    )
    if (score('performance') < 0.95 || score('accessibility') < 1 || score('best-practices') < 1) {
      failed = true
      for (const audit of Object.values(lhr.audits)) {
        if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
          console.log(`    ${audit.id}: ${audit.score} ${audit.displayValue ?? ''}`)
      }
    }
  }
} finally {
  await chrome.kill()
  await new Promise((ok) => server.httpServer.close(ok))
}
process.exit(failed ? 1 : 0)
