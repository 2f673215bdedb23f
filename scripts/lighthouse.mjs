// Lighthouse (mobile: Moto G Power screen, slow 4G, simulated throttling) on the production build. Each screen is
// measured RUNS times (default 3) and the median run is reported, as Lighthouse CI does, because one run on a shared
// 2-core machine is noisy. Prints performance, accessibility, best practices and SEO with the key timings, and fails
// under budget (performance 0.95; accessibility and best practices 1.0). Run `npm run build` first.
//
// CPU: Lighthouse's default 4x slowdown assumes a high-end desktop host (benchmarkIndex 1500-2000) and turns it into
// a mid-tier phone. Lighthouse's throttling guide says to lower it on a weaker host, and gives a calculator for the
// multiplier; this script measures the host's benchmarkIndex first and applies that calculator (the same formula
// as Lighthouse CI's computeMultiplierMessages), so the emulated phone is the same whatever machine runs it. Set
// CPU_SLOWDOWN=4 to force the default.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { throttling } from 'lighthouse/core/config/constants.js'
import { preview } from 'vite'

const FLAGS = JSON.parse(readFileSync(new URL('./chromium.json', import.meta.url), 'utf8')).args
const RUNS = Number(process.env.RUNS ?? 3)
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/check', '/plans', '/water', '/history', '/settings']
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

const server = await preview({ preview: { port: 4174, strictPort: true }, logLevel: 'silent' })
const chrome = await launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS })
mkdirSync('.lighthouse', { recursive: true })
let failed = false

/** Lighthouse's CPU slowdown calculator (https://lighthouse-cpu-throttling-calculator.vercel.app/). */
function multiplierFor(benchmarkIndex) {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500
  if (benchmarkIndex >= 150) return 1 + (benchmarkIndex - 150) / 650
  return 1
}

async function run(url, cpuSlowdownMultiplier) {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
    formFactor: 'mobile',
    throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier },
  })
  return result.lhr
}

try {
  let slowdown = Number(process.env.CPU_SLOWDOWN)
  if (!Number.isFinite(slowdown) || slowdown <= 0) {
    // Three warm-up runs: the median benchmarkIndex of this host, then the calculator's multiplier for it.
    const indexes = []
    for (let i = 0; i < 3; i++) indexes.push((await run('http://localhost:4174/', 4)).environment.benchmarkIndex)
    indexes.sort((a, b) => a - b)
    slowdown = Math.round(multiplierFor(indexes[1]) * 10) / 10
    console.log(`host benchmarkIndex ${indexes.map((i) => Math.round(i)).join('/')} -> CPU slowdown ${slowdown}x (Lighthouse's calculator; 4x assumes a high-end desktop)`)
  } else console.log(`CPU slowdown ${slowdown}x (CPU_SLOWDOWN)`)

  for (const path of paths) {
    const runs = []
    for (let i = 0; i < RUNS; i++) {
      runs.push(await run(`http://localhost:4174${path}`, slowdown))
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
