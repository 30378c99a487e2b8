/**
 * The first check every request meets, before anything builds a URL or reads a body from it. A request that could
 * never be a page of ours is answered here with a plain refusal, so no later layer (Remix builds a WHATWG URL and a
 * fetch Request from the request line and the Host header, and throws on anything malformed) can turn it into a 500:
 *
 * - the request target must be a path (origin-form, RFC 9112 §3.2.1): no absolute URL, no `*`;
 * - the Host header must be one host name or IP literal with an optional port from 1 to 65535 (RFC 9110 §7.2);
 * - forwarded headers are removed unless TRUST_PROXY is set, and checked like Host when it is;
 * - only GET, HEAD and POST reach the app (405 with Allow for anything else; OPTIONS is answered with Allow);
 * - a POST must say it carries a form (or JSON, on the API) (415 otherwise).
 *
 * Pages are refused in the force's frame and language: the request is re-dispatched as a GET to the problem page
 * (app/routes/problem.$reason.tsx), as the 413 page is. The API answers JSON problem bodies; Remix's data requests
 * (`.data`) plain text. Nothing of a refused body is read: the connection is closed after the answer.
 */
import type { Request, RequestHandler, Response } from 'express'
import { normaliseHost } from '@bluelamp/tenants'
import type { Env } from '../app/lib/platform/env.server.ts'

export const PROBLEM_PATH = '/problem'

export type Refusal = 'bad-request' | 'method' | 'content-type' | 'csrf'

const STATUS: Record<Refusal, number> = { 'bad-request': 400, method: 405, 'content-type': 415, csrf: 403 }
const API_ERROR: Record<Refusal, [string, string]> = {
  'bad-request': ['bad_request', 'The request could not be understood.'],
  method: ['method_not_allowed', 'This address does not accept that method.'],
  'content-type': ['unsupported_media_type', 'Send the body as application/json.'],
  csrf: ['forbidden', 'The request was sent from another site.'],
}

export const ALLOWED_METHODS = 'GET, HEAD, POST'

const FORWARDED = ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-for', 'x-forwarded-port', 'x-forwarded-prefix', 'forwarded', 'x-real-ip']

/** A Host (or forwarded host) value we could serve: one name or bracketed IPv6 literal, and a port in range. */
export function isServableHost(value: string | undefined): boolean {
  if (typeof value !== 'string' || value.length === 0 || value.length > 260) return false
  const port = /:(\d+)$/.exec(value)?.[1]
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return false
  if (value.startsWith('[') && !value.includes(']')) return false
  // The request's URL is built from this host later on: whatever WHATWG URL parsing refuses (such as a bracketed
  // "[8c.]" that is no IPv6 address) is refused here, as a 400, rather than failing there.
  if (!URL.canParse(`http://${value}/`)) return false
  return normaliseHost(value) !== null
}

/**
 * A post whose Origin names another site (or is "null", as from a sandboxed frame or a file): never one of our own
 * forms, which the browser always sends with our host. Compared with the host the page is served for: the forwarded
 * host behind a trusted proxy (the guard has removed it otherwise), else Host.
 */
export function isCrossOrigin(headers: Request['headers']): boolean {
  const origin = headers.origin
  if (origin === undefined) return false
  const host = String(headers['x-forwarded-host'] ?? headers.host ?? '').split(',')[0]!.trim().toLowerCase()
  if (!URL.canParse(origin)) return true
  return new URL(origin).host.toLowerCase() !== host
}

export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/')
}

/** The media type of a Content-Type header, lower case, without parameters. */
export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase()
}

function hasBoundary(header: string | undefined): boolean {
  return /;\s*boundary=("[^"]{1,70}"|[^\s;"]{1,70})\s*(;|$)/i.test(header ?? '')
}

/** Answers a refused request: JSON on the API, text for data requests, otherwise the problem page in the force's frame. */
export function refuse(req: Request, res: Response, next: () => void, reason: Refusal, options: { frame?: boolean } = {}): void {
  const status = STATUS[reason]
  if (reason === 'method') res.setHeader('Allow', ALLOWED_METHODS)
  if (req.method !== 'GET' && req.method !== 'HEAD') res.setHeader('Connection', 'close')
  if (isApiPath(req.path)) {
    const [error, message] = API_ERROR[reason]
    res.status(status).setHeader('Cache-Control', 'no-store')
    res.json({ error, message })
    return
  }
  if (options.frame === false || req.path.endsWith('.data')) {
    res.status(status).type('text/plain').send(status === 400 ? 'Bad request.' : status === 405 ? 'Method not allowed.' : 'Unsupported media type.')
    return
  }
  redispatch(req, `${PROBLEM_PATH}/${reason}`)
  next()
}

/** Turns the request into a GET of `path` (same host, cookies and language), leaving its body unread. */
export function redispatch(req: Request, path: string): void {
  req.method = 'GET'
  req.url = path
  req.originalUrl = path
  delete req.headers['content-length']
  delete req.headers['content-type']
  delete req.headers['transfer-encoding']
}

export function requestGuard(env: Pick<Env, 'TRUST_PROXY'>): RequestHandler {
  return (req, res, next) => {
    // Origin-form only: `GET http://elsewhere/ HTTP/1.1` or `OPTIONS *` name no page of ours.
    if (!req.url.startsWith('/') || req.url.startsWith('//')) return refuse(req, res, next, 'bad-request', { frame: false })
    if (!isServableHost(req.headers.host)) return refuse(req, res, next, 'bad-request', { frame: false })
    if (env.TRUST_PROXY) {
      const forwardedHost = req.headers['x-forwarded-host']
      if (forwardedHost !== undefined && !isServableHost(String(forwardedHost).split(',')[0]!.trim()))
        return refuse(req, res, next, 'bad-request', { frame: false })
      const proto = req.headers['x-forwarded-proto']
      if (proto !== undefined && !/^https?$/i.test(String(proto).split(',')[0]!.trim())) return refuse(req, res, next, 'bad-request', { frame: false })
    } else {
      // Without a trusted proxy these headers are the client's own words: nothing may read them (Remix takes the
      // port from X-Forwarded-Host whatever Express's setting says).
      for (const name of FORWARDED) delete req.headers[name]
    }

    // The problem pages are for requests the server refuses, which it re-dispatches there itself; asked for directly
    // they are not pages (a 503 nobody caused would mislead a monitor, and a person).
    if (req.path.startsWith(`${PROBLEM_PATH}/`)) {
      req.url = PROBLEM_PATH
      req.originalUrl = PROBLEM_PATH
    }

    if (req.method === 'OPTIONS') {
      res.setHeader('Allow', ALLOWED_METHODS)
      res.status(204).end()
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') return refuse(req, res, next, 'method')
    if (req.method === 'POST') {
      // Refused here with the form-from-elsewhere page, before Remix's own check turns it into a 500.
      if (isCrossOrigin(req.headers)) return refuse(req, res, next, 'csrf')
      const type = req.headers['content-type']
      const media = mediaType(type)
      const ok = isApiPath(req.path)
        ? media === 'application/json'
        : media === 'application/x-www-form-urlencoded' || (media === 'multipart/form-data' && hasBoundary(type))
      if (!ok) return refuse(req, res, next, media === 'multipart/form-data' ? 'bad-request' : 'content-type')
    }
    next()
  }
}
