// pnpm --filter @bluelamp/bench profile [path] [requests]: runs the production server under `node --cpu-prof`,
// sends it requests for one page of a force's site (`drafted`: the question read from a person's draft), and prints the functions that took the most CPU (self time).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { cannon } from './load.ts'
import { forceHost, paths } from './journey.ts'
import { midJourney } from './phases.ts'
import { freePort, freshDir, snapshotBuild, startServer } from './server.ts'
import { Browser } from './http.ts'

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

const [path = '/', requests = '2000', method = 'GET'] = process.argv.slice(2)
const port = await freePort()
const profDir = freshDir('profile')
const server = await startServer({
  buildDir: await snapshotBuild(),
  port,
  dataDir: join(freshDir('profile'), 'data'),
  // On Postgres when DATABASE_URL is set; one web process either way, so there is one profile to read.
  databaseUrl: process.env.DATABASE_URL,
  processes: 1,
  nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profDir}`],
})
// `drafted` profiles the question read from a person's draft (the bench's mid-journey page), with that person's cookies.
const drafted = path === 'drafted'
const browser = new Browser(port, forceHost(port), '10.254.0.1')
await browser.send('/')
const cookie = drafted ? await midJourney(port) : browser.cookieHeader()
const load = (amount: number) =>
  cannon({
    port,
    path: drafted ? paths.secondQuestion : path,
    method: method as 'GET',
    headers: { host: forceHost(port), cookie },
    connections: 16,
    amount,
    expectStatus: 200,
  })
await load(500) // warm-up: JIT, caches; outside the window counted
const from = monotonicMicros()
const figures = await load(Number(requests))
const to = monotonicMicros()
await server.stop()
console.log(figures)
const file = join(profDir, readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'))!)
const { functions, files, inclusive } = topFunctions(file, Number(process.env.PROFILE_TOP ?? 30), { from, to })
console.log(`\n${file}\n\nBy package:\n${files.join('\n')}\n\nBy function (self time):\n${functions.join('\n')}`)
console.log(`\nBy function (inclusive: itself and what it called):\n${inclusive.join('\n')}`)
