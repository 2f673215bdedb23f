// Prints the gzip size of the JS the first screen loads and of the whole precache, and fails over budget.
// "The first screen" is measured as it happens: the production build is opened at / in Chromium and every JS file
// the page requests until the network is idle is counted (the entry, its preloads, and any chunk it loads on demand).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'

const dist = resolve(process.argv[2] ?? 'dist')
const BUDGET_FIRST_JS = 100 * 1024
const BUDGET_PRECACHE = 500 * 1024
const ARGS = JSON.parse(readFileSync(new URL('./chromium.json', import.meta.url), 'utf8')).args

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No build in ${dist}: run "npm run build" first.`)
  process.exit(1)
}
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length
const kb = (n) => `${(n / 1024).toFixed(1)} kB`

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' }
const server = createServer((req, res) => {
  let file = normalize(join(dist, new URL(req.url ?? '/', 'http://x').pathname))
  if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html')
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
  createReadStream(file).pipe(res)
})
await new Promise((ok) => server.listen(0, '127.0.0.1', ok))
const origin = `http://127.0.0.1:${server.address().port}`

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ARGS })
const loaded = new Set()
try {
  const page = await browser.newPage()
  page.on('request', (r) => {
    const url = new URL(r.url())
    if (url.origin === origin && url.pathname.endsWith('.js') && !url.pathname.endsWith('/sw.js')) loaded.add(url.pathname.slice(1))
  })
  await page.goto(origin + '/', { waitUntil: 'networkidle' })
  await page.locator('main h1').first().waitFor()
} finally {
  await browser.close()
  server.close()
}
const firstJs = [...loaded].sort()
const firstJsBytes = firstJs.reduce((sum, f) => sum + gz(f), 0)

const sw = readFileSync(join(dist, 'sw.js'), 'utf8')
const precache = [...new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]))]
const precacheBytes = precache.reduce((sum, f) => sum + gz(f), 0)

console.log('JS the first screen (/) loads, gzip:')
for (const f of firstJs) console.log(`  ${f.padEnd(52)} ${kb(gz(f))}`)
console.log(`  total ${kb(firstJsBytes)} (budget ${kb(BUDGET_FIRST_JS)})`)
console.log(`Precache: ${precache.length} files, ${kb(precacheBytes)} gzip (budget ${kb(BUDGET_PRECACHE)})`)

// vite.config.ts puts V8's compile hint at the top of every chunk (it counts nowhere else); a chunk without it would
// be compiled lazily on the main thread, which Lighthouse sees as blocking time.
const unhinted = firstJs.filter((f) => !readFileSync(join(dist, f), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'))
console.log(`Compile hint at the top of ${firstJs.length - unhinted.length} of ${firstJs.length} first-screen chunks`)

let failed = false
if (unhinted.length) {
  console.error(`No compile hint at the top of: ${unhinted.join(', ')}`)
  failed = true
}
if (firstJs.length === 0) {
  console.error('The first screen loaded no JS: the measurement is broken.')
  failed = true
}
if (firstJsBytes > BUDGET_FIRST_JS) {
  console.error(`First-screen JS is over budget by ${kb(firstJsBytes - BUDGET_FIRST_JS)}.`)
  failed = true
}
if (precacheBytes > BUDGET_PRECACHE) {
  console.error(`The precache is over budget by ${kb(precacheBytes - BUDGET_PRECACHE)}.`)
  failed = true
}
process.exit(failed ? 1 : 0)
