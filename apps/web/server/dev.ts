/** Development server: Vite middleware with hot reload, the same HTTP layer as production. */
import type { ServerBuild } from '@remix-run/node'
import { createServer } from 'vite'
import { createApp, lastResort } from './app.ts'
import { remixHandler } from './remix-handler.ts'
import { parseEnv } from '../app/lib/platform/env.server.ts'
import type * as Entry from '../app/entry.server.tsx'

const env = parseEnv({ ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' })
const vite = await createServer({ server: { middlewareMode: true } })
const loadBuild = () => vite.ssrLoadModule('virtual:remix/server-build') as Promise<ServerBuild>
const hooks = async () => (await loadBuild()).entry.module as unknown as typeof Entry

await (await hooks()).startup(env)
const app = createApp(env, { ready: async () => (await hooks()).ready() }, { dev: true })
app.use(vite.middlewares)
app.all(
  '*',
  remixHandler({ build: loadBuild, mode: 'development', getLoadContext: async (req, res) => (await hooks()).getLoadContext(req, res) }),
)
app.use(lastResort)
app.listen(env.PORT, () => {
  console.log(`bluelamp (development) on http://leicestershire.localhost:${env.PORT}/ and http://localhost:${env.PORT}/`)
})
