import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'
import { createDatabase, type Database } from '@bluelamp/db'
import type { Env } from './env.server.ts'
import { resolveSite, type Site } from './site.server.ts'
import { loadSigningSecret } from './secrets.server.ts'
import { configureUploads } from './uploads.server.ts'
import { startBackgroundWork, stopBackgroundWork } from './background.server.ts'
import { startDraftPurge, stopDraftPurge } from './journey-purge.server.ts'
import { seedDemoStaff } from './staff-seed.server.ts'
import type { PageTemplate } from './shared-page.server.ts'

export interface Services {
  env: Env
  database: Database
}

declare module '@remix-run/node' {
  interface AppLoadContext {
    env: Env
    site: Site
    cspNonce: string
    services: Services
    /** The client's address (X-Forwarded-For honoured only when TRUST_PROXY is set). For rate limits; never stored. */
    clientIp: string
    /** This browser's CSRF cookie secret (existing or just issued by the Express layer): see csrf.server.ts. */
    csrfSecret: string
    /** Present while the page cache renders a page it may keep for others (shared-page.server.ts). */
    pageTemplate?: PageTemplate
  }
}

// Kept on globalThis so that development reloads of this module reuse one database.
const holder = globalThis as unknown as { __bluelampServices?: Promise<Services> }

export interface StartupOptions {
  migrationsFolder?: string
  /** Seed the demo staff (where shouldSeed allows). Off in the processes of a cluster, whose primary seeded once. */
  seed?: boolean
  /** Start the outbox worker and purges. Off when the primary of a cluster prepares the database and stops. */
  background?: boolean
}

/** Open the database and apply migrations. Called once when the server starts, before it listens. */
export function startup(env: Env, options: StartupOptions = {}): Promise<Services> {
  holder.__bluelampServices ??= (async () => {
    const database = await createDatabase({
      databaseUrl: env.DATABASE_URL,
      dataDir: env.DATA_DIR,
      migrationsFolder: options.migrationsFolder,
    })
    await loadSigningSecret(env)
    configureUploads(env)
    const services = { env, database }
    if (options.seed !== false) await seedDemoStaff(services)
    if (options.background !== false) {
      startBackgroundWork(services)
      startDraftPurge(services)
    }
    return services
  })()
  return holder.__bluelampServices
}

export async function shutdown(): Promise<void> {
  const services = await holder.__bluelampServices
  holder.__bluelampServices = undefined
  await stopBackgroundWork()
  stopDraftPurge()
  await services?.database.close()
}

/** The services once startup() has begun, for code that runs outside a request's load context. */
export function currentServices(): Promise<Services> | undefined {
  return holder.__bluelampServices
}

/** Readiness: the database answers. */
export async function ready(): Promise<boolean> {
  const services = await holder.__bluelampServices
  return services ? services.database.ping() : false
}

export async function getLoadContext(req: ExpressRequest, res: ExpressResponse) {
  const services = await holder.__bluelampServices
  if (!services) throw new Error('startup() must complete before requests are served')
  const headers = { get: (name: string) => req.get(name) ?? null }
  const pageTemplate = res.locals.pageTemplate as PageTemplate | undefined
  return {
    env: services.env,
    site: resolveSite(headers, services.env),
    cspNonce: pageTemplate ? pageTemplate.nonce : String(res.locals.cspNonce ?? ''),
    services,
    clientIp: req.ip ?? req.socket.remoteAddress ?? '',
    csrfSecret: String(res.locals.csrfSecret ?? ''),
    ...(pageTemplate ? { pageTemplate } : {}),
  }
}
