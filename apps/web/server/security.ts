/**
 * Express middleware for issue 5, item 10 (see docs/decisions/007-security-and-uploads.md):
 * - the CSRF cookie: each browser gets a random secret in an HttpOnly, SameSite=Lax cookie; forms carry its HMAC;
 * - body-size limits: a form body over FORM_MAX_BYTES, or an upload over the upload limits, gets a clear 413 page
 *   (the request is re-dispatched to the /request-too-large page, so it carries the force's branding and language);
 *   a POST without a Content-Length (chunked) gets a 411, so no body is ever read without a known bound;
 * - Cache-Control: no-store on every page: pages carry a per-request CSP nonce and many carry personal data
 *   (journeys, track, staff), so no shared or browser cache may keep them.
 */
import type { RequestHandler } from 'express'
import type { Env } from '../app/lib/env.server.ts'
import { csrfCookieName, newCsrfSecret, readCookie, serialiseCsrfCookie } from '../app/lib/csrf-cookie.server.ts'

export const TOO_LARGE_PATH = '/request-too-large'

// Static files (hashed assets, favicon) need no cookie and may be cached; Remix's `.data` requests are pages.
const STATIC_FILE = /\.(?!data$)[a-z0-9]+$/i

export function csrfCookie(env: Pick<Env, 'PUBLIC_URL_SCHEME'>): RequestHandler {
  const name = csrfCookieName(env)
  const secure = env.PUBLIC_URL_SCHEME === 'https'
  return (req, res, next) => {
    if (req.path.startsWith('/assets/') || STATIC_FILE.test(req.path) || req.path === '/healthz' || req.path === '/readyz') return next()
    let secret = readCookie(req.headers.cookie, name)
    if (!secret) {
      secret = newCsrfSecret()
      res.append('Set-Cookie', serialiseCsrfCookie(name, secret, secure))
    }
    res.locals.csrfSecret = secret
    next()
  }
}

export function noStore(): RequestHandler {
  return (req, res, next) => {
    if (!req.path.startsWith('/assets/') && !STATIC_FILE.test(req.path)) res.setHeader('Cache-Control', 'no-store')
    next()
  }
}

/** Multipart bodies may hold every allowed file plus the form's fields and part headers. */
export function multipartLimit(env: Pick<Env, 'UPLOAD_MAX_FILE_BYTES' | 'UPLOAD_MAX_FILES' | 'FORM_MAX_BYTES'>): number {
  return env.UPLOAD_MAX_FILES * env.UPLOAD_MAX_FILE_BYTES + env.FORM_MAX_BYTES + 64 * 1024
}

export function bodyLimits(env: Pick<Env, 'UPLOAD_MAX_FILE_BYTES' | 'UPLOAD_MAX_FILES' | 'FORM_MAX_BYTES'>): RequestHandler {
  const multipart = multipartLimit(env)
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next()
    const lengthHeader = req.headers['content-length']
    if (lengthHeader === undefined) {
      if (req.headers['transfer-encoding'] === undefined) return next() // no body at all
      res.setHeader('Connection', 'close')
      res.status(411).type('text/plain').send('A Content-Length header is required.')
      return
    }
    const length = Number(lengthHeader)
    const limit = /^multipart\/form-data/i.test(req.headers['content-type'] ?? '') ? multipart : env.FORM_MAX_BYTES
    if (Number.isFinite(length) && length <= limit) return next()
    // Never read the body: answer at once and close the connection so the rest is not waited for.
    res.setHeader('Connection', 'close')
    if (req.path.endsWith('.data')) {
      res.status(413).type('text/plain').send('The request is too large.')
      return
    }
    req.method = 'GET'
    req.url = TOO_LARGE_PATH
    req.originalUrl = TOO_LARGE_PATH
    delete req.headers['content-length']
    delete req.headers['content-type']
    next()
  }
}
