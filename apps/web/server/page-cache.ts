/**
 * The shared-page cache: a page that is the same for everyone who asks for it (a force's home page, a start page,
 * the first question of a report before any answer; see app/lib/platform/shared-page.server.ts) is rendered once and kept
 * for a short while, then served to the next such request with that request's own CSP nonce and CSRF token filled
 * in. Rendering a page with React costs about 2 ms of CPU; serving a kept one costs a string copy.
 *
 * Only GET and HEAD requests whose cookies are none but the CSRF and language cookies are considered: a draft cookie,
 * a staff session or anything else means the page is rendered for that request alone. The key is the scheme, the
 * host (and forwarded host), the whole address and the language cookie: everything a shareable page depends on. A
 * page is kept only when its loader said it is shareable, it answered 200 with HTML, and it set no cookie.
 *
 * While such a request is rendered, the load context carries marks instead of the nonce and the CSRF token
 * (context.pageTemplate); each response replaces the marks with its own values, so a kept page never holds anyone's
 * token. See docs/decisions/010-benchmarks-and-budgets.md.
 */
import { createRequestHandler, type AppLoadContext, type ServerBuild } from '@remix-run/node'
import type { Request, RequestHandler, Response } from 'express'
import { LRUCache } from 'lru-cache'
import { randomMarks, type PageTemplate, type SharedPages } from '../app/lib/platform/shared-page.server.ts'
import { cookiesOf } from '../app/lib/security/cookies.server.ts'
import { requestHeaders, requestUrl } from './remix-handler.ts'

export interface PageCacheOptions {
  build: ServerBuild
  getLoadContext(req: Request, res: Response): Promise<AppLoadContext>
  /** The form token for a CSRF cookie secret (app/lib/security/csrf.server.ts). */
  tokenFor(csrfSecret: string): string
  /** Cookies that do not change a shareable page: the CSRF cookie (either name) and the language cookie. */
  neutralCookies?: string[]
  /** How long a kept page is served before it is rendered again. */
  ttlMs?: number
  /** The most memory kept pages may take (their text, counted as UTF-16). */
  maxBytes?: number
}

interface Kept {
  /** The force whose site the page is (null on the national site), so an editor's publish can forget its pages. */
  force: string | null
  status: number
  headers: [string, string][]
  body: string
}

// Paths never kept: the API, the back offices (a force's, and the national one), Remix's data requests and files.
const NEVER = /^\/(api|staff|admin|assets)(\/|$)|\.[a-z0-9]+$/i

export function pageCache(options: PageCacheOptions): RequestHandler & SharedPages & { size(): number; clear(): void } {
  const handle = createRequestHandler(options.build, 'production')
  const neutral = new Set(options.neutralCookies ?? ['bl_csrf', '__Host-bl_csrf', 'lang'])
  const kept = new LRUCache<string, Kept>({
    ttl: options.ttlMs ?? 60_000,
    maxSize: options.maxBytes ?? 64 * 1024 * 1024,
    sizeCalculation: (page) => page.body.length * 2 + 512,
  })
  const mark = randomMarks('bls')

  function keyOf(req: Request, res: Response): string | null {
    if (req.method !== 'GET' && req.method !== 'HEAD') return null
    if (NEVER.test(req.path)) return null
    // Read by the parser Remix's cookies use, so a cookie the app could read is a cookie seen here; the CSRF layer
    // (security.ts) has usually parsed the header already.
    const cookies: Record<string, string> = res.locals.cookies ?? cookiesOf(req.headers.cookie)
    for (const name in cookies) if (!neutral.has(name)) return null
    const language = cookies.lang ?? ''
    const forwarded = req.headers['x-forwarded-host'] ?? ''
    return [req.protocol, req.headers.host ?? '', String(forwarded), req.originalUrl, language].join('\u0000')
  }

  function send(res: Response, page: Kept, setCookies: string[] = []) {
    const nonce = String(res.locals.cspNonce ?? '')
    const token = options.tokenFor(String(res.locals.csrfSecret ?? ''))
    res.status(page.status)
    for (const [name, value] of page.headers) res.setHeader(name, value)
    for (const cookie of setCookies) res.append('Set-Cookie', cookie)
    res.end(page.body.replaceAll(mark.nonce, nonce).replaceAll(mark.csrf, token))
  }

  // Handed to every request (the load context's sharedPages): an editor's POST forgets its force's kept pages.
  const control: SharedPages = {
    forgetForce(tenantId) {
      const forget: string[] = []
      kept.forEach((page, key) => {
        if (page.force === tenantId) forget.push(key)
      })
      for (const key of forget) kept.delete(key)
      return forget.length
    },
  }

  const middleware: RequestHandler = async (req, res, next) => {
    res.locals.sharedPages = control
    const key = keyOf(req, res)
    if (!key) return next()
    try {
      const hit = kept.get(key)
      if (hit) return send(res, hit)
      const template: PageTemplate = { ...mark, shareable: false }
      res.locals.pageTemplate = template
      const context = await options.getLoadContext(req, res)
      const response = await handle(webRequest(req, res), context)
      if (context.failure.databaseUnavailable) {
        // Not a page to keep or send: the Remix handler answers it (the 503 page, or the page if the database is back).
        await response.body?.cancel().catch(() => {})
        delete res.locals.pageTemplate
        return next()
      }
      const setCookies = response.headers.getSetCookie()
      const headers = [...response.headers].filter(([name]) => name !== 'set-cookie')
      if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) {
        // A redirect or a file: as it is (it was not rendered with the page marks).
        res.status(response.status)
        for (const [name, value] of headers) res.setHeader(name, value)
        for (const cookie of setCookies) res.append('Set-Cookie', cookie)
        res.end(Buffer.from(await response.arrayBuffer()))
        return
      }
      const page: Kept = { force: context.site.kind === 'tenant' ? context.site.tenant.id : null, status: response.status, headers, body: await response.text() }
      if (template.shareable && response.status === 200 && setCookies.length === 0) kept.set(key, page)
      send(res, page, setCookies)
    } catch (error) {
      next(error)
    }
  }
  return Object.assign(middleware, { size: () => kept.size, clear: () => kept.clear(), forgetForce: control.forgetForce })
}

/** The web Request Remix reads, for a GET or HEAD (no body), aborted if the client goes away first. */
function webRequest(req: Request, res: Response): globalThis.Request {
  const controller = new AbortController()
  res.on('close', () => !res.writableFinished && controller.abort())
  return new globalThis.Request(requestUrl(req), { method: req.method, headers: requestHeaders(req), signal: controller.signal })
}
