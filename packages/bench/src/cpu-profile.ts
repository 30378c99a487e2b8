// Reading a V8 .cpuprofile (node --cpu-prof): the functions and packages that took the most CPU, over a window of
// the run. Used by the profile tool (profile.ts).
import { readFileSync } from 'node:fs'

interface Node {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount: number
  children?: number[]
}

function label(node: Node): string {
  const { functionName, url, lineNumber } = node.callFrame
  const where = url.replace(/^.*node_modules\/\.pnpm\/([^/]+)\/node_modules\//, '$1 ').replace(/^file:\/\/.*\/build\//, 'build/')
  return `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`
}

/** A span of the monotonic clock in microseconds, the clock a .cpuprofile's timestamps use in every process. */
export interface Window {
  from: number
  to: number
}

export const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n)

/**
 * The functions and packages that took the most CPU (self time), counting only the samples taken inside `window`
 * when one is given, so start-up, seeding and the warm-up do not dilute the figures of the load itself.
 */
export function topFunctions(file: string, n = 30, window?: Window) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: Node[]
    samples: number[]
    timeDeltas: number[]
    startTime: number
  }
  const hits = new Map<number, number>()
  let time = profile.startTime
  let total = 0
  for (const [i, id] of profile.samples.entries()) {
    time += profile.timeDeltas[i] ?? 0
    if (window && (time < window.from || time > window.to)) continue
    hits.set(id, (hits.get(id) ?? 0) + 1)
    total++
  }
  const byKey = new Map<string, number>()
  const byFile = new Map<string, number>()
  // Inclusive time: each sample counts once for every distinct function on its stack.
  const parent = new Map<number, Node>()
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node)
  const inclusive = new Map<string, number>()
  for (const [id, count] of hits) {
    const seen = new Set<string>()
    for (let node = byId.get(id); node; node = parent.get(node.id)) {
      const key = label(node)
      if (seen.has(key)) continue
      seen.add(key)
      inclusive.set(key, (inclusive.get(key) ?? 0) + count)
    }
  }
  for (const node of profile.nodes) {
    node.hitCount = hits.get(node.id) ?? 0
    const key = label(node)
    const where = key.slice(key.indexOf(' ') + 1)
    byKey.set(key, (byKey.get(key) ?? 0) + node.hitCount)
    const pkg = where.split(' ')[0] || '(native)'
    byFile.set(pkg, (byFile.get(pkg) ?? 0) + node.hitCount)
  }
  const top = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`)
  return { functions: top(byKey), files: top(byFile).slice(0, 15), inclusive: top(inclusive) }
}
