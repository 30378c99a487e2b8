import type { AppLoadContext, EntryContext } from '@remix-run/node'
import { RemixServer } from '@remix-run/react'
import { renderToString } from 'react-dom/server'

// Hooks for the Node server (server/index.ts), which reaches them through the server build.
export { startup, shutdown, ready, getLoadContext } from './lib/context.server.ts'
export { parseEnv, EnvError } from './lib/env.server.ts'
export { tokenFor } from './lib/csrf.server.ts'

/**
 * Pages are rendered to one string, not streamed. No route defers data (nothing awaits after the shell), so streaming
 * would send the same bytes in the same time while costing every request a Node stream, a web stream bridging the
 * two, and a write per chunk; one string is one write and one gzip pass (docs/decisions/010-benchmarks-and-budgets.md).
 */
export default function handleRequest(
  _request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const html = renderToString(<RemixServer context={remixContext} url={_request.url} nonce={loadContext.cspNonce} />)
  responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
  return new Response(`<!DOCTYPE html>${html}`, { headers: responseHeaders, status: responseStatusCode })
}
