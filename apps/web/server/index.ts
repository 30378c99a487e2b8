/**
 * The production server: Express serving the Remix build, started with `pnpm start`.
 * Reads PORT, HOST, DATA_DIR, DATABASE_URL (see app/lib/env.server.ts).
 */
import { fileURLToPath } from 'node:url'
import { createRequestHandler } from '@remix-run/express'
import type { ServerBuild } from '@remix-run/node'
import express from 'express'
import { createApp } from './app.ts'
import { parseEnv, EnvError, type Env } from '../app/lib/env.server.ts'
import type * as Entry from '../app/entry.server.tsx'

let env: Env
try {
  env = parseEnv(process.env)
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message)
    process.exit(1)
  }
  throw error
}

const buildDir = fileURLToPath(new URL('.', import.meta.url))
const build = (await import(new URL('./server/index.js', import.meta.url).href)) as ServerBuild
const hooks = build.entry.module as unknown as typeof Entry

await hooks.startup(env, { migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)) })

const app = createApp(env, hooks)
// Hashed assets are immutable; everything else in public/ is cached briefly.
app.use('/assets', express.static(`${buildDir}client/assets`, { immutable: true, maxAge: '1y', index: false }))
// Only paths that name a file (favicon.svg, robots.txt) can be in public/: pages skip the file-system lookup, which
// otherwise costs every page a stat() and a not-found error object (docs/decisions/010-benchmarks-and-budgets.md).
const publicFiles = express.static(`${buildDir}client`, { maxAge: '1h', index: false })
app.use((req, res, next) => (/\.(?!data$)[a-z0-9]+$/i.test(req.path) ? publicFiles(req, res, next) : next()))
app.all('*', createRequestHandler({ build, mode: 'production', getLoadContext: hooks.getLoadContext }))

const server = app.listen(env.PORT, env.HOST, () => {
  const port = env.PORT
  console.log(`bluelamp is listening on port ${port} (${env.DATABASE_URL ? 'Postgres' : `embedded database in ${env.DATA_DIR}`})`)
  console.log(`  National site:   http://localhost:${port}/`)
  console.log(`  A force's site:  http://leicestershire.localhost:${port}/  (any force id: http://<force-id>.localhost:${port}/)`)
})

let stopping = false
async function stop(signal: string) {
  if (stopping) return
  stopping = true
  console.log(`${signal} received: finishing requests and closing the database`)
  server.close()
  await hooks.shutdown()
  process.exit(0)
}
process.on('SIGTERM', () => void stop('SIGTERM'))
process.on('SIGINT', () => void stop('SIGINT'))
