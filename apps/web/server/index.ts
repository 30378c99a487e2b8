/**
 * The production server: Express serving the Remix build, started with `pnpm start`.
 * Reads PORT, HOST, DATA_DIR, DATABASE_URL, WEB_CONCURRENCY (see app/lib/platform/env.server.ts).
 *
 * On Postgres it runs one web process per core (node:cluster, sharing the port): a page is rendered on one core, so
 * one process leaves the others idle. The primary migrates and seeds once, then forks the web processes, replaces
 * one that dies, and on SIGTERM stops them all. The embedded database can be opened by one process only, so there
 * it is a single process. See docs/decisions/010-benchmarks-and-budgets.md.
 */
import cluster from 'node:cluster'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { ServerBuild } from '@remix-run/node'
import express from 'express'
import { createApp, lastResort } from './app.ts'
import { remixHandler } from './remix-handler.ts'
import { pageCache } from './page-cache.ts'
import { parseEnv, EnvError, webProcesses, type Env } from '../app/lib/platform/env.server.ts'
import { logger } from '../app/lib/platform/logger.server.ts'
import type * as Entry from '../app/entry.server.tsx'

// Whatever started this file (`pnpm start` sets it too), it is the production server: Express reads NODE_ENV when
// the app is made (and prints stacks outside production), React and the Remix build when they load below.
process.env.NODE_ENV = 'production'

// Every file the server writes (the embedded database and its WAL, uploads, mail, the signing secret) holds personal
// data or secrets: none may be readable by other users of the machine.
process.umask(0o077)

let env: Env
try {
  env = parseEnv(process.env)
} catch (error) {
  if (error instanceof EnvError) {
    // Said in words to the person starting the server, not as a log event: nothing has started yet.
    console.error(error.message)
    process.exit(1)
  }
  throw error
}

const buildDir = fileURLToPath(new URL('.', import.meta.url))
const build = (await import(new URL('./server/index.js', import.meta.url).href)) as ServerBuild
const hooks = build.entry.module as unknown as typeof Entry
const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url))
const processes = webProcesses(env, availableParallelism())

function banner(port: number) {
  const where = env.DATABASE_URL ? 'Postgres' : `embedded database in ${env.DATA_DIR}`
  console.log(`bluelamp is listening on port ${port} (${where}; ${processes} web process${processes === 1 ? '' : 'es'})`)
  console.log(`  National site:   http://localhost:${port}/`)
  console.log(`  A force's site:  http://leicestershire.localhost:${port}/  (any force id: http://<force-id>.localhost:${port}/)`)
  for (const line of hooks.startupNotes(env)) console.log(line)
}

if (processes > 1 && cluster.isPrimary) await runPrimary()
else await serve()

/** One web process: the Express app on the port (shared with the other processes of a cluster). */
async function serve() {
  const inCluster = cluster.isWorker
  if (inCluster) {
    // The other web processes, reached through the primary, which passes each message on to all but its sender.
    hooks.connectPeers((message) => process.send?.({ bluelamp: 'peers', message }))
    process.on('message', (raw: { bluelamp?: string; message?: unknown }) => {
      if (raw?.bluelamp === 'peers') hooks.receiveFromPeer(raw.message)
    })
  }
  await hooks.startup(env, { migrationsFolder, seed: !inCluster })

  const app = createApp(env, hooks)
  // Hashed assets are immutable; everything else in public/ is cached briefly.
  app.use('/assets', express.static(`${buildDir}client/assets`, { immutable: true, maxAge: '1y', index: false }))
  // Only paths that name a file (favicon.svg, robots.txt) can be in public/: pages skip the file-system lookup, which
  // otherwise costs every page a stat() and a not-found error object (docs/decisions/010-benchmarks-and-budgets.md).
  const publicFiles = express.static(`${buildDir}client`, { maxAge: '1h', index: false })
  app.use((req, res, next) => (/\.(?!data$)[a-z0-9]+$/i.test(req.path) ? publicFiles(req, res, next) : next()))
  // Pages the same for everyone are rendered once a minute rather than once a request (server/page-cache.ts).
  if (env.PAGE_CACHE_SECONDS > 0) {
    const cache = pageCache({ build, getLoadContext: hooks.getLoadContext, tokenFor: hooks.tokenFor, ttlMs: env.PAGE_CACHE_SECONDS * 1000 })
    // The app clears it when a national notice is published, ended, starts or ends (app/lib/content/notices.server.ts).
    hooks.onClearSharedPages(cache.clear)
    // Another web process published or took down a force's page: forget what this one keeps of that force.
    hooks.onPeerMessage((message) => {
      if (message.kind === 'forget-force') cache.forgetForce(message.tenantId)
    })
    app.use(cache)
  }
  app.all('*', remixHandler({ build, mode: 'production', getLoadContext: hooks.getLoadContext }))
  app.use(lastResort)

  const server = app.listen(env.PORT, env.HOST, () => {
    if (inCluster) process.send?.({ bluelamp: 'listening' })
    else banner(env.PORT)
  })

  let stopping = false
  async function stop(signal: string) {
    if (stopping) return
    stopping = true
    if (!inCluster) console.log(`${signal} received: finishing requests and closing the database`)
    server.close()
    await hooks.shutdown()
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
}

/** The primary of a cluster: prepares the database once, then keeps `processes` web processes running. */
async function runPrimary() {
  // Migrations and demo seeding once, here, so the web processes start on a ready database without racing.
  await hooks.startup(env, { migrationsFolder, background: false })
  await hooks.shutdown()

  let stopping = false
  let listening = 0
  const started = new WeakSet<object>()
  const fork = () => {
    const worker = cluster.fork()
    worker.on('message', (message: { bluelamp?: string }) => {
      if (message?.bluelamp === 'peers') {
        for (const other of Object.values(cluster.workers ?? {})) if (other && other !== worker && other.isConnected()) other.send(message)
        return
      }
      if (message?.bluelamp !== 'listening') return
      started.add(worker)
      if (++listening === processes) banner(env.PORT)
    })
  }
  for (let i = 0; i < processes; i++) fork()
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return
    const how = signal ?? `code ${code}`
    if (!started.has(worker)) {
      // A process that cannot even start (a bad environment, the database down) would fail again: stop.
      logger.error({ event: 'web-process-failed-to-start', pid: worker.process.pid, how }, `a web process exited while starting (${how}); stopping`)
      void stop('startup failure', 1)
      return
    }
    logger.error({ event: 'web-process-exited', pid: worker.process.pid, how }, `web process ${worker.process.pid} exited (${how}); starting another`)
    fork()
  })

  async function stop(signal: string, exitCode = 0) {
    if (stopping) return
    stopping = true
    if (exitCode === 0) console.log(`${signal} received: finishing requests in ${processes} web processes and closing the database`)
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined)
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.isDead()) return resolve()
            w.once('exit', () => resolve())
            w.process.kill('SIGTERM')
          }),
      ),
    )
    process.exit(exitCode)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
}
