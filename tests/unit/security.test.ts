import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { META_CSP } from '../../security-headers'

/** Every source file under src/, with its text. */
function sources(dir = 'src'): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.(ts|vue|js|mjs)$/.test(name) ? [{ path: relative('.', path), text: readFileSync(path, 'utf8') }] : []
  })
}

/** Code with comments removed, so that a comment explaining a rule does not trip it. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1').replace(/<!--[\s\S]*?-->/g, '')
}

const FILES = sources()

describe('no code injection paths in src/', () => {
  it('finds the source files', () => {
    expect(FILES.length).toBeGreaterThan(50)
    expect(FILES.some((f) => f.path.endsWith('.vue'))).toBe(true)
  })

  const RULES: [string, RegExp][] = [
    ['v-html', /\bv-html\b/],
    ['eval', /(?<![\w.])eval\s*\(/],
    ['new Function', /\bnew\s+Function\s*\(/],
    ['a string passed to setTimeout/setInterval', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
    ['innerHTML/outerHTML', /\.(?:inner|outer)HTML\s*=/],
    ['insertAdjacentHTML', /\binsertAdjacentHTML\s*\(/],
    ['document.write', /\bdocument\.write(?:ln)?\s*\(/],
  ]
  for (const [name, pattern] of RULES) {
    it(`no source file uses ${name}`, () => {
      const hits = FILES.filter((f) => pattern.test(code(f.text))).map((f) => f.path)
      expect(hits).toEqual([])
    })
  }

  it('the rules do catch what they are for', () => {
    const caught = (text: string) => RULES.some(([, p]) => p.test(code(text)))
    expect(caught('<div v-html="x"></div>')).toBe(true)
    expect(caught('const y = eval(x)')).toBe(true)
    expect(caught("setTimeout('alert(1)', 10)")).toBe(true)
    expect(caught('el.innerHTML = x')).toBe(true)
    expect(caught('// never use eval(x) here')).toBe(false)
    expect(caught('retrieval(x)')).toBe(false)
  })

  it('index.html loads its one script from a file; its CSP (written in at build) allows no inline or outside code', () => {
    const html = readFileSync('index.html', 'utf8')
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    expect(scripts).toHaveLength(1)
    expect(scripts[0]![1]).toMatch(/src="\/src\/main\.ts"/)
    expect(scripts[0]![2]!.trim()).toBe('')
    // The policy comes from security-headers.ts alone (vite.config.ts's csp-meta refuses a second one here).
    expect(html).not.toMatch(/http-equiv="Content-Security-Policy"/i)
    expect(html).toContain('<!-- csp-meta -->')
    expect(META_CSP).toMatch(/(^|; )script-src 'self'(;|$)/)
    expect(META_CSP).toMatch(/(^|; )connect-src 'self'(;|$)/)
    expect(META_CSP).not.toMatch(/unsafe-(inline|eval)/)
  })
})
