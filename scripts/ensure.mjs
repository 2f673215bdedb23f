// Makes `npm start` and `npm test` work on a fresh machine: installs the locked dependencies when they are
// missing, and (for tests) Debian's browsers when they are missing: chromium (Playwright), firefox-esr (puppeteer
// over WebDriver BiDi), and WebKitGTK's driver with its MiniBrowser, run under xvfb (`npm run test:engines`).
// Uses Node built-ins only.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const run = (cmd) => execSync(cmd, { stdio: 'inherit' })

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('Installing dependencies (npm ci)...')
  run('npm ci')
}

if (process.argv.includes('--browser')) {
  // Each Debian package and the file that shows it is there (an environment variable points elsewhere instead).
  const wanted = [
    ['chromium', process.env.CHROME_PATH ?? '/usr/bin/chromium'],
    ['firefox-esr', process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'],
    ['webkit2gtk-driver', process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver'],
    ['libwebkit2gtk-4.1-0', process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'],
    ['xvfb', '/usr/bin/xvfb-run'],
    ['xauth', '/usr/bin/xauth'],
  ]
  const missing = wanted.filter(([, file]) => !existsSync(file)).map(([pkg]) => pkg)
  if (missing.length > 0) {
    const sudo = process.getuid?.() === 0 ? '' : 'sudo '
    console.log(`Installing Debian ${missing.join(', ')} for the browser tests...`)
    run(`${sudo}apt-get update && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing.join(' ')}`)
  }
}
