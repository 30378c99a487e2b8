/**
 * Express middleware (see docs/decisions/007-security-and-uploads.md):
 * - the CSRF cookie: each browser gets a random secret in an HttpOnly, SameSite=Lax cookie; forms carry its HMAC;
 * - body-size limits by route: FORM_MAX_BYTES for every form and the API, the upload limits only on the pages that
 *   take evidence files; a body over its limit gets a clear 413 page (re-dispatched to /request-too-large, so it
 *   carries the force's branding and language), and one of unknown length is counted while it streams;
 * - Cache-Control: no-store on every page: pages carry a per-request CSP nonce and many carry personal data
 *   (journeys, track, staff), so no shared or browser cache may keep them.
 */
import type { Socket } from 'node:net'
import type { Request, RequestHandler, Response } from 'express'
import { services } from '@bluelamp/triage'
import type { Env } from '../app/lib/platform/env.server.ts'
import { isApiPath, redispatch } from './request-guard.ts'
import { csrfCookieFor, csrfCookieName, csrfSecretOf, newCsrfSecret } from '../app/lib/security/csrf-cookie.server.ts'
import { cookiesOf } from '../app/lib/security/cookies.server.ts'

export const TOO_LARGE_PATH = '/request-too-large'

// Static files (hashed assets, favicon) need no cookie and may be cached; Remix's `.data` requests are pages.
const STATIC_FILE = /\.(?!data$)[a-z0-9]+$/i

export function csrfCookie(env: Pick<Env, 'PUBLIC_URL_SCHEME'>): RequestHandler {
  const name = csrfCookieName(env)
  const cookie = csrfCookieFor(name)
  return (req, res, next) => {
    if (req.path.startsWith('/assets/') || STATIC_FILE.test(req.path) || req.path === '/healthz' || req.path === '/readyz') return next()
    // The request's cookies, parsed once here for every later layer (the shared-page cache reads them too).
    const cookies = cookiesOf(req.headers.cookie)
    res.locals.cookies = cookies
    const secret = csrfSecretOf(cookies[name])
    if (secret) {
      res.locals.csrfSecret = secret
      return next()
    }
    const fresh = newCsrfSecret()
    res.locals.csrfSecret = fresh
    cookie.serialize(fresh).then((header) => {
      res.append('Set-Cookie', header)
      next()
    }, next)
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

// The pages that take evidence files: each service's evidence-upload questions. Only these may receive a body the
// size of the upload limits; every other form (and the API) is held to FORM_MAX_BYTES.
const UPLOAD_PATHS = new Set(
  services.flatMap((service) => service.questions.filter((q) => q.type === 'evidence-upload').map((q) => `/services/${service.id}/questions/${q.id}`)),
)

export function isUploadPath(path: string): boolean {
  return UPLOAD_PATHS.has(path.endsWith('.data') ? path.slice(0, -'.data'.length) : path)
}

// The staff image library takes one picture at a time: a new one at /staff/images, a new file for one it has at
// /staff/images/<id> (app/lib/content/images.server.ts, image-edit.server.ts).
const IMAGE_UPLOAD_PATH = /^\/staff\/images(?:\/[a-z0-9][a-z0-9-]{2,63})?$/

/** The most bytes a request's body may hold on this path, and whether it is streamed (uploads) or read whole. */
export function bodyLimitFor(
  path: string,
  contentType: string | undefined,
  env: Pick<Env, 'UPLOAD_MAX_FILE_BYTES' | 'UPLOAD_MAX_FILES' | 'FORM_MAX_BYTES'>,
): { limit: number; stream: boolean } {
  const multipart = /^multipart\/form-data/i.test(contentType ?? '')
  if (isUploadPath(path) && multipart) return { limit: multipartLimit(env), stream: true }
  if (multipart && IMAGE_UPLOAD_PATH.test(path.replace(/\.data$/, ''))) return { limit: env.UPLOAD_MAX_FILE_BYTES + env.FORM_MAX_BYTES + 64 * 1024, stream: true }
  return { limit: env.FORM_MAX_BYTES, stream: false }
}

/** How long a refused body may go on arriving after the answer before the connection is cut. */
const LINGER_MS = 5_000

/**
 * Drops the rest of a refused body as it arrives, never keeping it, and closes the connection only once the sender
 * has stopped. Node closes a `Connection: close` socket as soon as the answer is written; with body bytes still unread
 * that close is a TCP reset, and a reset can overtake the 413 so the sender (a browser in the middle of an upload)
 * never sees why it was refused. So our side is ended after the answer (the client reads it and stops), reading goes
 * on and is thrown away, and the socket is closed when the client closes or a few seconds have passed: what web
 * servers call a lingering close.
 */
export function discardRest(req: Request, _res: Response) {
  req.unpipe()
  req.resume()
  const socket = req.socket
  socket.destroySoon = function lingeringClose(this: Socket) {
    this.end()
    const timer = setTimeout(() => this.destroy(), LINGER_MS)
    timer.unref()
    this.once('end', () => this.destroy())
    this.once('close', () => clearTimeout(timer))
  }
}

/**
 * Decides a body's limit before any byte is read. A declared Content-Length over it is refused at once (the
 * connection is closed, so the rest is never waited for); a body of unknown length (chunked) is counted as it streams
 * by the Remix handler (remix-handler.ts), which stops at the same limit.
 */
export function bodyLimits(env: Pick<Env, 'UPLOAD_MAX_FILE_BYTES' | 'UPLOAD_MAX_FILES' | 'FORM_MAX_BYTES'>): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next()
    const { limit, stream } = bodyLimitFor(req.path, req.headers['content-type'], env)
    res.locals.bodyLimit = limit
    res.locals.streamBody = stream
    const lengthHeader = req.headers['content-length']
    if (lengthHeader === undefined) return next()
    const length = Number(lengthHeader)
    if (Number.isFinite(length) && length <= limit) return next()
    // Never keep the body: answer at once and close the connection so the rest is not waited for.
    res.setHeader('Connection', 'close')
    discardRest(req, res)
    if (isApiPath(req.path)) {
      res.status(413).setHeader('Cache-Control', 'no-store')
      res.json({ error: 'too_large', message: 'The request body is too large.' })
      return
    }
    if (req.path.endsWith('.data')) {
      res.status(413).type('text/plain').send('The request is too large.')
      return
    }
    redispatch(req, TOO_LARGE_PATH)
    next()
  }
}
