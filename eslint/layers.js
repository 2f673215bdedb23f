// A local ESLint plugin for the layers of src/: no import cycles, found from the import graph of the whole folder
// (`no-cycle`), and stores that export only their `use…Store` (`store-exports`). (Folder-to-folder rules are
// no-restricted-imports in eslint.config.js; these add what those cannot see: a loop, and what a store hands out.)
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g
let graph = null

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : /\.(ts|vue)$/.test(name) ? [path] : []
  })
}

function target(from, spec) {
  const base = resolve(dirname(from), spec)
  for (const candidate of [base, `${base}.ts`, `${base}.vue`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate
    } catch {
      // not this one
    }
  }
  return null
}

/** Every file of src/ and the files it imports statically (a dynamic import() is a lazy edge, not a load-time one). */
function buildGraph(root) {
  const out = new Map()
  for (const file of files(root)) {
    const text = readFileSync(file, 'utf8')
    const edges = new Set()
    for (const m of text.matchAll(IMPORT)) {
      if (!m[1] || /import\s+type\s/.test(m[0])) continue
      const to = target(file, m[1])
      if (to) edges.add(to)
    }
    out.set(file, edges)
  }
  return out
}

/** The shortest import path from `start` back to itself, or null. */
function cycleFrom(start) {
  const seen = new Map([[start, null]])
  const queue = [start]
  while (queue.length) {
    const at = queue.shift()
    for (const next of graph.get(at) ?? []) {
      if (next === start) {
        const path = [start]
        for (let p = at; p !== start; p = seen.get(p)) path.splice(1, 0, p)
        return path
      }
      if (!seen.has(next)) {
        seen.set(next, at)
        queue.push(next)
      }
    }
  }
  return null
}

const STORE = /^use[A-Z]\w*Store$/

/** `export` forms a store module may not use, by AST node type. */
const NOT_A_STORE = {
  ExportAllDeclaration: '`export *` from a store',
  ExportDefaultDeclaration: 'A default export from a store',
  TSExportAssignment: '`export =` from a store',
}

export default {
  rules: {
    'store-exports': {
      meta: {
        type: 'problem',
        docs: { description: 'A module in src/stores exports its `use…Store` and nothing else' },
        schema: [],
        messages: {
          only: '{{what}}: a store module exports only its `use…Store` (types and rules belong in src/domain, helpers in src/composables).',
        },
      },
      create(context) {
        const only = (node, what) => context.report({ node, messageId: 'only', data: { what } })
        const handlers = Object.fromEntries(Object.entries(NOT_A_STORE).map(([type, what]) => [type, (node) => only(node, what)]))
        return {
          ...handlers,
          TSImportEqualsDeclaration(node) {
            if (node.isExport) only(node, '`export import` from a store')
          },
          ExportNamedDeclaration(node) {
            if (node.source) return only(node, `A re-export from '${node.source.value}'`)
            const decl = node.declaration
            if (decl) {
              if (decl.type === 'VariableDeclaration') {
                for (const d of decl.declarations) {
                  if (d.id.type !== 'Identifier' || !STORE.test(d.id.name)) only(d, d.id.type === 'Identifier' ? `\`${d.id.name}\`` : 'A destructured export')
                }
              } else if (decl.type === 'FunctionDeclaration' && decl.id && STORE.test(decl.id.name)) {
                // A store defined as a function: allowed.
              } else {
                only(decl, decl.id?.name ? `\`${decl.id.name}\`` : 'This export')
              }
              return
            }
            for (const spec of node.specifiers) {
              const name = spec.exported.type === 'Identifier' ? spec.exported.name : spec.exported.value
              if (node.exportKind === 'type' || spec.exportKind === 'type' || !STORE.test(name)) only(spec, `\`${name}\``)
            }
          },
        }
      },
    },
    'no-cycle': {
      meta: { type: 'problem', docs: { description: 'No import cycle through src/' }, schema: [] },
      create(context) {
        const file = context.filename
        const src = resolve('src')
        if (!file.startsWith(src)) return {}
        graph ??= buildGraph(src)
        return {
          Program(node) {
            const loop = cycleFrom(file)
            if (loop) {
              const names = [...loop, file].map((f) => f.slice(src.length + 1))
              context.report({ node, message: `Import cycle: ${names.join(' -> ')}` })
            }
          },
        }
      },
    },
  },
}
