/**
 * The security headers the app is served with: the one source of truth. vite.config.ts sends them from the preview
 * server (`npm start`) and writes the CSP <meta> tag into index.html from them; tests/e2e/server.ts sends them from
 * the test server; `public/_headers` (Netlify, Cloudflare Pages and hosts that read the same file) holds the same
 * lines, and tests/unit/headers.test.ts fails (showing the expected text) when the two drift apart.
 */

/** Content-Security-Policy, directive by directive. Nothing inline, nothing from another origin. */
export const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'media-src': ["'self'", 'data:', 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // No site may put the app in a frame (clickjacking). Only a header can say this: browsers ignore it in a <meta>.
  'frame-ancestors': ["'none'"],
}

/** Directives a browser ignores (and warns about) when the policy comes from a <meta> tag. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox'])

function policy(directives: Record<string, string[]>, skip: Set<string> = new Set()): string {
  return Object.entries(directives)
    .filter(([name]) => !skip.has(name))
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}

/** The policy for index.html's <meta> tag: the same, less what only a header can carry. */
export const META_CSP = policy(CSP_DIRECTIVES, HEADER_ONLY)

/** Every response carries these. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': policy(CSP_DIRECTIVES),
  // Older browsers that do not read frame-ancestors.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // The app keeps the screen on during routines (screen-wake-lock, its own origin only) and may show notifications
  // (a permission of its own, not a policy feature); it never uses the camera, microphone, location or payments.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), screen-wake-lock=(self)',
}

/** The text of `public/_headers`: every path gets every header. */
export function headersFile(): string {
  const lines = [
    '# Security headers for static hosts that read a _headers file (Netlify, Cloudflare Pages).',
    '# Generated from security-headers.ts; tests/unit/headers.test.ts checks that the two match.',
    '/*',
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
  ]
  return lines.join('\n') + '\n'
}
