import { currentServices, startedServices } from './current-services.server.ts'
import type { LookupFunction } from 'node:net'
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'
import { createDatabase, type Database } from '@bluelamp/db'
import type { Env } from '../platform/env.server.ts'
import { resolveSite, type Site } from '../site/site.server.ts'
import { loadSigningSecret } from '../security/secrets.server.ts'
import { configureUploads } from '../evidence/uploads.server.ts'
import { startBackgroundWork, stopBackgroundWork } from './background.server.ts'
import { startDraftPurge, stopDraftPurge } from '../journey/purge.server.ts'
import { DEMO_PASSWORD, demoEmail, demoForces, NATIONAL_DEMO_EMAIL, seedDemoStaff, shouldSeed } from '../staff/seed.server.ts'
import type { PageTemplate, SharedPages } from '../platform/shared-page.server.ts'
import type { RenderFromData } from '../platform/rendered-pages.server.ts'
import { seedDemoContent } from '../content/seed.server.ts'
import { nationalAdvice } from '../content/content.server.ts'
import { startNoticeRefresh, stopNoticeRefresh } from '../content/notices.server.ts'
import { startServerPeers, stopServerPeers } from './server-peers.server.ts'

export interface RequestFailure {
  databaseUnavailable: boolean
}

export interface Services {
  env: Env
  database: Database
  /** Name resolution for outbound requests (outbound.server.ts); the system's unless a test gives its own. */
  lookup?: LookupFunction
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
    /** A loader whose page is drawn from the loaders' data alone says so here (rendered-pages.server.ts). */
    render?: RenderFromData
    /** This process's page cache, when it is on: an editor's publish forgets the force's kept pages. */
    sharedPages?: SharedPages
    /**
     * Set by entry.server's handleError while the request is handled: the database could not answer, so the server
     * replaces whatever Remix rendered with the 503 page that says the person's answers are kept.
     */
    failure: RequestFailure
    /**
     * Set by an action whose page shows errors (page-errors.server.ts). Remix runs the loaders after the action with
     * this same context, so the root loader can tell every page's title to start with "Error: ".
     */
    pageErrors?: boolean
  }
}


export interface StartupOptions {
  migrationsFolder?: string
  /** Seed the demo staff (where shouldSeed allows). Off in the processes of a cluster, whose primary seeded once. */
  seed?: boolean
  /** Start the outbox worker and purges. Off when the primary of a cluster prepares the database and stops. */
  background?: boolean
}

/** Open the database and apply migrations. Called once when the server starts, before it listens. */
export function startup(env: Env, options: StartupOptions = {}): Promise<Services> {
  if (!startedServices.get()) startedServices.set((async () => {
    const database = await createDatabase({
      databaseUrl: env.DATABASE_URL,
      dataDir: env.DATA_DIR,
      migrationsFolder: options.migrationsFolder,
    })
    await loadSigningSecret(env)
    const services = { env, database }
    configureUploads(services)
    // A national advice file that does not pass its checks stops the start, naming the file and the field.
    await nationalAdvice()
    if (options.seed !== false) {
      await seedDemoStaff(services)
      await seedDemoContent(services)
    }
    if (options.background !== false) {
      startBackgroundWork(services)
      startDraftPurge(services)
      startNoticeRefresh(database)
      // Other servers on the same database hear of a publish or a notice change at once (server-peers.server.ts).
      if (env.DATABASE_URL) startServerPeers(env.DATABASE_URL, database)
    }
    return services
  })())
  return startedServices.get()!
}

export async function shutdown(): Promise<void> {
  const services = await startedServices.get()
  startedServices.set(undefined)
  await stopBackgroundWork()
  stopDraftPurge()
  stopNoticeRefresh()
  await stopServerPeers()
  await services?.database.close()
}

export { currentServices }

/** Lines the server prints under its addresses when it starts: what a newcomer needs, and what is set unwisely. */
export function startupNotes(env: Env): string[] {
  const notes: string[] = []
  const forces = demoForces()
  if (shouldSeed(env) && forces.length > 0) {
    const first = forces.includes('leicestershire') ? 'leicestershire' : forces[0]!
    notes.push(
      `  Back office:     http://${first}.localhost:${env.PORT}/staff as ${demoEmail(first, 'admin')} (or handler@, supervisor@, editor@), password ${DEMO_PASSWORD}`,
      `                   (demo accounts of ${forces.join(', ')} with a published password: see the README's "Back office")`,
      `  National notices: http://localhost:${env.PORT}/admin as ${NATIONAL_DEMO_EMAIL}, password ${DEMO_PASSWORD}`,
    )
  }
  if (env.PUBLIC_URL_SCHEME === 'https' && !env.TRUST_PROXY) {
    notes.push(
      'WARNING: PUBLIC_URL_SCHEME=https without TRUST_PROXY: requests reach this server over plain HTTP, so links in emails use http:// and the',
      '         scheme of a request cannot be told. Behind a TLS proxy or load balancer, set TRUST_PROXY=1.',
    )
  }
  return notes
}

/** Readiness: the database answers. */
export async function ready(): Promise<boolean> {
  const services = await startedServices.get()
  return services ? services.database.ping() : false
}

export async function getLoadContext(req: ExpressRequest, res: ExpressResponse) {
  const services = await startedServices.get()
  if (!services) throw new Error('startup() must complete before requests are served')
  const headers = { get: (name: string) => req.get(name) ?? null }
  const pageTemplate = res.locals.pageTemplate as PageTemplate | undefined
  const sharedPages = res.locals.sharedPages as SharedPages | undefined
  return {
    env: services.env,
    site: resolveSite(headers, services.env),
    cspNonce: pageTemplate ? pageTemplate.nonce : String(res.locals.cspNonce ?? ''),
    services,
    clientIp: req.ip ?? req.socket.remoteAddress ?? '',
    csrfSecret: String(res.locals.csrfSecret ?? ''),
    failure: { databaseUnavailable: false },
    render: { fromData: false },
    ...(pageTemplate ? { pageTemplate } : {}),
    ...(sharedPages ? { sharedPages } : {}),
  }
}
