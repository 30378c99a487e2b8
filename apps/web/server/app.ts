import { randomBytes } from 'node:crypto'
import express, { type Express, type RequestHandler } from 'express'
import compression from 'compression'
import helmet from 'helmet'
import type { Env } from '../app/lib/env.server.ts'
import { formActionSources } from '../app/lib/finder-csp.server.ts'
import { bodyLimits, csrfCookie, noStore } from './security.ts'

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
 * The HTTP layer shared by production and development: security headers with a per-request CSP nonce,
 * compression, health checks. The Remix handler is mounted by the caller.
 */
export function createApp(env: Env, hooks: Hooks, options: { dev?: boolean } = {}): Express {
  const app = express()
  app.disable('x-powered-by')
  if (env.TRUST_PROXY) app.set('trust proxy', true)

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
              // The national finder's form redirects to force sites (app/lib/finder-csp.server.ts).
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
  app.use(compression())
  app.use(noStore(), csrfCookie(env), bodyLimits(env))

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
  return app
}
