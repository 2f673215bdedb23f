// Prints the gzip size of the JS the first screen loads and of the whole precache, and fails over budget.
import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const dist = process.argv[2] ?? 'dist'
const BUDGET_FIRST_JS = 100 * 1024
const BUDGET_PRECACHE = 500 * 1024

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No build in ${dist}: run "npm run build" first.`)
  process.exit(1)
}
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length
const kb = (n) => `${(n / 1024).toFixed(1)} kB`

const html = readFileSync(join(dist, 'index.html'), 'utf8')
const firstJs = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g),
].map((m) => m[1])
const firstJsBytes = firstJs.reduce((sum, f) => sum + gz(f), 0)

const sw = readFileSync(join(dist, 'sw.js'), 'utf8')
const precache = [...new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]))]
const precacheBytes = precache.reduce((sum, f) => sum + gz(f), 0)

console.log('First-screen JS (gzip):')
for (const f of firstJs) console.log(`  ${f.padEnd(48)} ${kb(gz(f))}`)
console.log(`  total ${kb(firstJsBytes)} (budget ${kb(BUDGET_FIRST_JS)})`)
console.log(`Precache: ${precache.length} files, ${kb(precacheBytes)} gzip (budget ${kb(BUDGET_PRECACHE)})`)

let failed = false
if (firstJs.length === 0) {
  console.error('Found no module script in index.html.')
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
