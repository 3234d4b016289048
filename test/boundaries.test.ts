/**
 * The architecture's one-way rules (STYLE.md), checked on the source: no import circle anywhere,
 * emails/ and site/publish/ never import code from cms/ (generated types aside), common/ imports
 * none of the parts.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve('.')
const PARTS = ['cms', 'common', 'emails', 'scripts', 'site/publish', 'site/src', 'bench', 'test']
const SOURCE = /\.(ts|tsx|mjs)$/
const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/g
const DYNAMIC = /import\(\s*['"]([^'"]+)['"]\s*\)/g

interface Edge {
  to: string
  typeOnly: boolean
}

function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...sourceFiles(full))
    else if (SOURCE.test(entry.name)) out.push(full)
  }
  return out
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null
  const base = path.resolve(path.dirname(from), spec)
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate
  }
  return null
}

function importGraph(): Map<string, Edge[]> {
  const graph = new Map<string, Edge[]>()
  const files = PARTS.flatMap((p) => (fs.existsSync(p) ? sourceFiles(path.join(ROOT, p)) : []))
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8')
    const edges: Edge[] = []
    for (const m of text.matchAll(IMPORT)) {
      const to = resolve(file, m[3])
      if (to) edges.push({ to, typeOnly: Boolean(m[2]) })
    }
    for (const m of text.matchAll(DYNAMIC)) {
      const to = resolve(file, m[1])
      if (to) edges.push({ to, typeOnly: false })
    }
    graph.set(file, edges)
  }
  return graph
}

const rel = (file: string) => path.relative(ROOT, file)
const isTest = (file: string) => /\.test\.tsx?$/.test(file)

function findCycle(graph: Map<string, Edge[]>): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>()
  const stack: string[] = []
  const visit = (node: string): string[] | null => {
    state.set(node, 'visiting')
    stack.push(node)
    for (const { to, typeOnly } of graph.get(node) ?? []) {
      if (typeOnly) continue
      if (state.get(to) === 'visiting') return [...stack.slice(stack.indexOf(to)), to]
      if (!state.has(to)) {
        const found = visit(to)
        if (found) return found
      }
    }
    stack.pop()
    state.set(node, 'done')
    return null
  }
  for (const node of graph.keys()) {
    if (!state.has(node)) {
      const found = visit(node)
      if (found) return found
    }
  }
  return null
}

describe('import boundaries', () => {
  const graph = importGraph()

  it('reads the whole source tree', () => {
    expect(graph.size).toBeGreaterThan(200)
  })

  it('has no import circle', () => {
    expect(findCycle(graph)?.map(rel) ?? null).toBeNull()
  })

  it('keeps emails/ and site/publish/ free of code from cms/ (generated types aside)', () => {
    const crossings: string[] = []
    for (const [file, edges] of graph) {
      const from = rel(file)
      if (isTest(from) || !(from.startsWith('emails/') || from.startsWith('site/publish/')))
        continue
      for (const edge of edges) {
        const to = rel(edge.to)
        if (to.startsWith('cms/') && !(edge.typeOnly && to === 'cms/payload-types.ts')) {
          crossings.push(`${from} -> ${to}`)
        }
      }
    }
    expect(crossings).toEqual([])
  })

  it('keeps common/ free of every part', () => {
    const crossings = [...graph]
      .filter(([file]) => rel(file).startsWith('common/'))
      .flatMap(([file, edges]) =>
        edges
          .filter((e) => !rel(e.to).startsWith('common/'))
          .map((e) => `${rel(file)} -> ${rel(e.to)}`),
      )
    expect(crossings).toEqual([])
  })
})
