// Makes `npm start` and `npm test` work on a fresh machine: installs the locked dependencies when they are
// missing, and (for tests) Debian's Chromium when /usr/bin/chromium is missing. Uses Node built-ins only.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const run = (cmd) => execSync(cmd, { stdio: 'inherit' })

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('Installing dependencies (npm ci)...')
  run('npm ci')
}

if (process.argv.includes('--browser') && !process.env.CHROME_PATH && !existsSync('/usr/bin/chromium')) {
  const sudo = process.getuid?.() === 0 ? '' : 'sudo '
  console.log('Installing Debian chromium for the browser tests...')
  run(`${sudo}apt-get update && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium`)
}
