import { randomBytes } from 'node:crypto'
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express'
import compression from 'compression'
import helmet from 'helmet'
import type { Env } from '../app/lib/platform/env.server.ts'
import { formActionSources } from '../app/lib/site/finder-csp.server.ts'
import { describeError, loggablePath, logger } from '../app/lib/platform/logger.server.ts'
import { requestGuard } from './request-guard.ts'
import { bodyLimits, csrfCookie, noStore } from './security.ts'

// No page uses a device feature; a page that is ever framed or injected gets none of them either.
export const PERMISSIONS_POLICY = 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()'

// CSP nonces: 16 bytes each from a pool of random bytes refilled 4 KB at a time (as crypto.randomUUID does), the
// same CSPRNG with one system call per 256 requests rather than one each. No byte is used twice.
const NONCE_POOL_BYTES = 4096
let noncePool = Buffer.alloc(0)
let nonceOffset = 0
function nonce(): string {
  if (nonceOffset + 16 > noncePool.length) {
    noncePool = randomBytes(NONCE_POOL_BYTES)
    nonceOffset = 0
  }
  const value = noncePool.toString('base64', nonceOffset, nonceOffset + 16)
  nonceOffset += 16
  return value
}

export interface Hooks {
  ready(): Promise<boolean>
}

/**
 * The HTTP layer shared by production and development: health checks, security headers with a per-request CSP
 * nonce, the request guard (request-guard.ts), compression, body limits. The Remix handler is mounted by the caller,
 * and `lastResort` after it.
 */
export function createApp(env: Env, hooks: Hooks, options: { dev?: boolean } = {}): Express {
  const app = express()
  app.disable('x-powered-by')
  if (env.TRUST_PROXY) app.set('trust proxy', true)
  // Health checks come first: a load balancer's probe may send no Host header of ours.
  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').type('text/plain').send('ok')
  })
  app.get('/readyz', (async (_req, res) => {
    let ok = false
    try {
      ok = await hooks.ready()
    } catch {
      ok = false
    }
    res.set('Cache-Control', 'no-store').status(ok ? 200 : 503).type('text/plain').send(ok ? 'ready' : 'database unavailable')
  }) as RequestHandler)

  app.use((_req, res, next) => {
    res.locals.cspNonce = nonce()
    next()
  })
  app.use(
    helmet({
      contentSecurityPolicy: options.dev
        ? false // Vite's dev client injects inline scripts and styles.
        : {
            useDefaults: false,
            directives: {
              defaultSrc: ["'self'"],
              scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`],
              styleSrc: ["'self'"],
              imgSrc: ["'self'", 'data:'],
              fontSrc: ["'self'"],
              connectSrc: ["'self'"],
              // The national finder's form redirects to force sites (app/lib/site/finder-csp.server.ts).
              formAction: [(req) => formActionSources({ get: (name) => (req as express.Request).get(name) ?? null }, env)],
              frameAncestors: ["'none'"],
              baseUri: ["'none'"],
              objectSrc: ["'none'"],
              ...(env.NODE_ENV === 'production' && env.PUBLIC_URL_SCHEME === 'https' ? { upgradeInsecureRequests: [] } : {}),
            },
          },
      // HSTS only where the site is served over HTTPS (production behind TLS).
      strictTransportSecurity: env.NODE_ENV === 'production' && env.PUBLIC_URL_SCHEME === 'https' ? { maxAge: 31536000, includeSubDomains: true } : false,
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      crossOriginEmbedderPolicy: false,
    }),
  )
  app.use((_req, res, next) => {
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY)
    next()
  })
  app.use(requestGuard(env))
  app.use(compression())
  app.use(noStore(), csrfCookie(env), bodyLimits(env))
  return app
}

/** Node's "aborted" error: the client's socket closed before its request body had arrived. */
function clientWentAway(req: { destroyed: boolean; socket?: { destroyed: boolean } | null }, error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown }
  return code === 'ECONNRESET' && message === 'aborted' && (req.destroyed || req.socket?.destroyed === true)
}

/**
 * The last error handler: whatever reaches it (a bug, a request no layer could serve) is logged without personal
 * data and answered with a short page that names no file, function or message. Express's own handler would print
 * the stack outside production.
 */
export const lastResort: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const declared = Number((error as { status?: unknown; statusCode?: unknown } | null)?.status ?? (error as { statusCode?: unknown } | null)?.statusCode)
  const status = Number.isInteger(declared) && declared >= 400 && declared < 500 ? declared : 500
  if (status === 500 && clientWentAway(req, error)) {
    // The person closed the connection mid-request (a tab closed, a network dropped): nothing failed on our side and
    // there is nobody to answer.
    logger.info({ event: 'request-aborted', method: req.method, path: loggablePath(req.path) })
    res.destroy()
    return
  }
  if (status === 500) logger.error({ event: 'request-failed', method: req.method, path: loggablePath(req.path), error: describeError(error) }, 'request failed')
  else logger.info({ event: 'request-refused', status, method: req.method, path: loggablePath(req.path) })
  if (res.headersSent) {
    res.destroy()
    return
  }
  res.setHeader('Connection', 'close')
  res.setHeader('Cache-Control', 'no-store')
  res.status(status).type('text/html; charset=utf-8')
  res.send(
    status === 500
      ? '<!DOCTYPE html><html lang="en"><title>Sorry, there is a problem</title><h1>Sorry, there is a problem with the service</h1><p>Try again later. If you need the police urgently, call 999.</p></html>'
      : '<!DOCTYPE html><html lang="en"><title>Bad request</title><h1>Sorry, we could not understand that request</h1><p>Go back and try again. If you need the police urgently, call 999.</p></html>',
  )
}
