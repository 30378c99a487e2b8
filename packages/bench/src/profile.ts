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
}

export function topFunctions(file: string, n = 30) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[] }
  const total = profile.samples.length
  const byKey = new Map<string, number>()
  const byFile = new Map<string, number>()
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame
    const where = url.replace(/^.*node_modules\/\.pnpm\/([^/]+)\/node_modules\//, '$1 ').replace(/^file:\/\/.*\/build\//, 'build/')
    const key = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`
    byKey.set(key, (byKey.get(key) ?? 0) + node.hitCount)
    const pkg = where.split(' ')[0] || '(native)'
    byFile.set(pkg, (byFile.get(pkg) ?? 0) + node.hitCount)
  }
  const top = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`)
  return { functions: top(byKey), files: top(byFile).slice(0, 15) }
}

const [path = '/', requests = '2000', method = 'GET'] = process.argv.slice(2)
const port = await freePort()
const profDir = freshDir('profile')
const server = await startServer({
  buildDir: await snapshotBuild(),
  port,
  dataDir: join(freshDir('profile'), 'data'),
  nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profDir}`],
})
// `drafted` profiles the question read from a person's draft (the bench's mid-journey page), with that person's cookies.
const drafted = path === 'drafted'
const browser = new Browser(port, forceHost(port), '10.254.0.1')
await browser.send('/')
const cookie = drafted ? await midJourney(port) : browser.cookieHeader()
const figures = await cannon({
  port,
  path: drafted ? paths.secondQuestion : path,
  method: method as 'GET',
  headers: { host: forceHost(port), cookie },
  connections: 16,
  amount: Number(requests),
  expectStatus: 200,
})
await server.stop()
console.log(figures)
const file = join(profDir, readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'))!)
const { functions, files } = topFunctions(file)
console.log(`\n${file}\n\nBy package:\n${files.join('\n')}\n\nBy function (self time):\n${functions.join('\n')}`)
