import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CSP_DIRECTIVES, headersFile, META_CSP, SECURITY_HEADERS } from '../../security-headers'

describe('security headers: one source (security-headers.ts)', () => {
  it('public/_headers, the static-host configuration, is exactly what security-headers.ts says', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(headersFile())
  })

  it('_headers gives every path every header, each on its own indented line', () => {
    const lines = headersFile().split('\n').filter((l) => l && !l.startsWith('#'))
    expect(lines[0]).toBe('/*')
    expect(lines.slice(1)).toEqual(Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`))
  })

  it('forbids framing, sniffing and referrers, and turns off camera, microphone and location', () => {
    const csp = SECURITY_HEADERS['Content-Security-Policy']!
    expect(csp.split('; ')).toContain("frame-ancestors 'none'")
    expect(csp.split('; ')).toContain("script-src 'self'")
    expect(csp).not.toMatch(/unsafe-(inline|eval)/)
    expect(SECURITY_HEADERS['X-Frame-Options']).toBe('DENY')
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff')
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer')
    const features = new Map(SECURITY_HEADERS['Permissions-Policy']!.split(', ').map((f) => f.split('=') as [string, string]))
    for (const off of ['camera', 'microphone', 'geolocation']) expect(features.get(off)).toBe('()')
    expect(features.get('screen-wake-lock')).toBe('(self)')
  })

  it('the <meta> policy is the header policy less frame-ancestors (which browsers ignore in a meta tag)', () => {
    expect(META_CSP).not.toContain('frame-ancestors')
    expect(`${META_CSP}; frame-ancestors ${CSP_DIRECTIVES['frame-ancestors']!.join(' ')}`).toBe(SECURITY_HEADERS['Content-Security-Policy'])
  })
})
