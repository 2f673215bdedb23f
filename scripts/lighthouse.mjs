// Lighthouse (mobile) on the production build: prints performance, accessibility, best practices and SEO per
// screen and fails under budget (performance 0.95; accessibility and best practices 1.0). Run `npm run build` first.
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { preview } from 'vite'

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/check', '/water', '/settings']

const server = await preview({ preview: { port: 4174, strictPort: true }, logLevel: 'silent' })
const chrome = await launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS })
let failed = false
try {
  for (const path of paths) {
    const result = await lighthouse(`http://localhost:4174${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      formFactor: 'mobile',
    })
    const c = result.lhr.categories
    const score = (k) => c[k]?.score ?? 0
    const line = ['performance', 'accessibility', 'best-practices', 'seo'].map((k) => `${k} ${score(k).toFixed(2)}`).join('  ')
    console.log(`${path.padEnd(10)} ${line}`)
    if (score('performance') < 0.95 || score('accessibility') < 1 || score('best-practices') < 1) {
      failed = true
      for (const audit of Object.values(result.lhr.audits)) {
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
