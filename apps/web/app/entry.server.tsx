import type { AppLoadContext, EntryContext, HandleErrorFunction } from '@remix-run/node'
import { isRouteErrorResponse, RemixServer } from '@remix-run/react'
import { renderToString } from 'react-dom/server'
import { isDatabaseUnavailable } from '@bluelamp/db'
import { describeError, loggablePath, logger } from './lib/platform/logger.server.ts'
import { renderedPages } from './lib/platform/rendered-pages.server.ts'

// Hooks for the Node server (server/index.ts), which reaches them through the server build.
export { startup, shutdown, ready, getLoadContext, startupNotes } from './lib/startup/context.server.ts'
export { parseEnv, EnvError } from './lib/platform/env.server.ts'
export { tokenFor } from './lib/security/csrf.server.ts'
export { onClearSharedPages } from './lib/platform/shared-page.server.ts'
export { connectPeers, onPeerMessage, receiveFromPeer } from './lib/platform/peers.server.ts'

/**
 * Pages are rendered to one string, not streamed. No route defers data (nothing awaits after the shell), so streaming
 * would send the same bytes in the same time while costing every request a Node stream, a web stream bridging the
 * two, and a write per chunk; one string is one write and one gzip pass (docs/decisions/010-benchmarks-and-budgets.md).
 */
let pages: ReturnType<typeof renderedPages> | undefined

export default function handleRequest(
  _request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // A page whose loader said it is drawn from its data alone is rendered once per distinct data (per person's draft
  // state, not per person) and kept as long as a shared page (rendered-pages.server.ts).
  pages ??= renderedPages({ ttlMs: loadContext.env.PAGE_CACHE_SECONDS * 1000 })
  const html = pages.render({ request: _request, status: responseStatusCode, context: remixContext, load: loadContext }, () =>
    renderToString(<RemixServer context={remixContext} url={_request.url} nonce={loadContext.cspNonce} />),
  )
  responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
  // A page posted to (or asked for with a method) it does not take: say which methods it does (RFC 9110 §15.5.6).
  // (The problem page a refused method is re-dispatched to has its Allow from the server.)
  if (responseStatusCode === 405 && !new URL(_request.url).pathname.startsWith('/problem/')) responseHeaders.set('Allow', 'GET, HEAD')
  return new Response(`<!DOCTYPE html>${html}`, { headers: responseHeaders, status: responseStatusCode })
}

/**
 * Every error a loader, action or render throws passes here (Remix's default prints the whole error, and drizzle's
 * message holds the failed query's parameters: a person's answers). The log gets what describeError allows; a lost
 * database is marked on the load context, so the server answers 503 with the page that says answers are kept.
 */
export const handleError: HandleErrorFunction = (error, { request, context }) => {
  if (request.signal.aborted) return
  const path = loggablePath(new URL(request.url).pathname)
  if (isRouteErrorResponse(error)) {
    // The router's own 404/405 for an address or method no route takes: the person's mistake, not ours.
    logger.info({ event: 'request-refused', status: error.status, method: request.method, path })
    return
  }
  if (isDatabaseUnavailable(error)) {
    const failure = (context as Partial<AppLoadContext> | undefined)?.failure
    if (failure) failure.databaseUnavailable = true
    logger.error({ event: 'database-unavailable', method: request.method, path, error: describeError(error) }, 'the database could not answer')
    return
  }
  logger.error({ event: 'request-failed', method: request.method, path, error: describeError(error) }, 'request failed')
}
