// `npm run bench`: builds once if needed, then runs every Chromium benchmark in tests/bench (each prints its figures).
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const run = (cmd) => execSync(cmd, { stdio: 'inherit' })
if (!existsSync('dist/index.html')) run('npx vite build')
run('npx playwright test -c playwright.bench.config.ts')
