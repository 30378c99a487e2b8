// pnpm --filter @bluelamp/bench profile [path] [requests]: runs the production server under `node --cpu-prof`, sends
// it requests for one page of a force's site (`drafted`: the question read from a person's draft; `submit`: reports
// sent from prepared drafts), and prints the functions that took the most CPU while the load ran.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { cannon } from './load.ts'
import { forceHost, paths } from './journey.ts'
import { midJourney, prepare, sendDrafts } from './phases.ts'
import { freePort, freshDir, snapshotBuild, startServer } from './server.ts'
import { Browser } from './http.ts'
import { monotonicMicros, topFunctions } from './cpu-profile.ts'

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
// `drafted` profiles the question read from a person's draft (the bench's mid-journey page), with that person's cookies;
// `submit` profiles sending reports: that many people are walked to check answers first, outside the window counted.
const drafted = path === 'drafted'
const submit = path === 'submit'
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
const drafts = submit ? await prepare(port, Number(requests) + 32, 300) : []
if (!submit) await load(500) // warm-up: JIT, caches; outside the window counted
const from = monotonicMicros()
const figures = submit ? await sendDrafts(port, drafts, 16) : await load(Number(requests))
const to = monotonicMicros()
await server.stop()
console.log(figures)
const file = join(profDir, readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'))!)
const { functions, files, inclusive } = topFunctions(file, Number(process.env.PROFILE_TOP ?? 30), { from, to })
console.log(`\n${file}\n\nBy package:\n${files.join('\n')}\n\nBy function (self time):\n${functions.join('\n')}`)
console.log(`\nBy function (inclusive: itself and what it called):\n${inclusive.join('\n')}`)
