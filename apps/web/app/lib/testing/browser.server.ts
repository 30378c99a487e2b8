// For app/lib's integration tests: a browser that keeps its cookies and calls the app's loaders and actions the
// way Remix does, on a force's host, with a real CSRF token.
import type { AppLoadContext } from '@remix-run/node'
import type { Database } from '@bluelamp/db'
import { parseEnv } from '../platform/env.server.ts'
import { sign } from '../security/secrets.server.ts'
import { resolveSite } from '../site/site.server.ts'

export const CSRF_SECRET = 'browser-test-csrf-secret-0123456789abcdefgh' // 43 characters, as issued

/** The load context of a request to `host`, on `database`. */
export function contextFor(database: Database, host: string, env = parseEnv({ NODE_ENV: 'test', DATA_DIR: '/tmp/bluelamp-browser-test' })): AppLoadContext {
  return {
    env,
    site: resolveSite({ get: (name) => (name.toLowerCase() === 'host' ? host : null) }, env),
    cspNonce: '',
    services: { env, database },
    clientIp: '127.0.0.1',
    csrfSecret: CSRF_SECRET,
  } as AppLoadContext
}

type Handler = (args: never) => Promise<unknown>

export class TestBrowser {
  cookies = new Map<string, string>([['bl_csrf', CSRF_SECRET]])
  constructor(
    readonly context: AppLoadContext,
    readonly host: string,
  ) {}

  private keep(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';')
      const [name, ...value] = pair!.split('=')
      this.cookies.set(name!, value.join('='))
    }
  }

  request(path: string, fields?: Record<string, string | string[]>): Request {
    const headers = new Headers({ cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') })
    if (!fields) return new Request(`http://${this.host}${path}`, { headers })
    const body = new URLSearchParams()
    body.append('csrf', sign('csrf', CSRF_SECRET))
    for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v)
    headers.set('content-type', 'application/x-www-form-urlencoded')
    return new Request(`http://${this.host}${path}`, { method: 'POST', headers, body })
  }

  /** Calls a loader or action; a thrown Response (a redirect, a 404) or thrown data is returned like a returned one. */
  async call(fn: Handler, request: Request, params: Record<string, string>): Promise<unknown> {
    try {
      const result = await fn({ request, context: this.context, params } as never)
      if (result instanceof Response) this.keep(result)
      return result
    } catch (error) {
      if (error instanceof Response) {
        this.keep(error)
        return error
      }
      if (typeof error === 'object' && error !== null && (error as { type?: string }).type === 'DataWithResponseInit') return error
      throw error
    }
  }

  get(fn: Handler, path: string, params: Record<string, string>) {
    return this.call(fn, this.request(path), params)
  }

  post(fn: Handler, path: string, fields: Record<string, string | string[]>, params: Record<string, string>) {
    return this.call(fn, this.request(path, fields), params)
  }
}

export const location = (r: unknown) => (r instanceof Response ? r.headers.get('location') : null)
export const statusOf = (r: unknown) => (r instanceof Response ? r.status : ((r as { init?: { status?: number } }).init?.status ?? 200))
/** The data of a loader's or action's `data(...)` result. */
export const dataOf = <T>(r: unknown) => (r as { data: T }).data

/** The theft journey's form fields, page by page, for a report about an incident at `postcode`. */
export function theftForm(
  postcode: string,
  person: { stolen?: string; details?: string; name?: string; email?: string } = {},
): Record<string, Record<string, string | string[]>> {
  return {
    danger: { danger: 'no' },
    'happening-now': { 'happening-now': 'no' },
    how: { how: 'taken' },
    'for-business': { 'for-business': 'no' },
    stolen: { stolen: [person.stolen ?? 'phone'] },
    value: { value: 'under-100' },
    postcode: { postcode },
    when: { 'when-day': '20', 'when-month': '3', 'when-year': '2026', 'when-time': 'evening' },
    'victim-age': { 'victim-age': '18-to-64' },
    disability: { disability: 'no' },
    repeat: { repeat: 'no' },
    'suspect-known': { 'suspect-known': 'no' },
    'suspect-description': {},
    evidence: { evidence: 'none' },
    details: { details: person.details ?? 'My phone was taken from my pocket on Market Street.' },
    contact: { 'contact-name': person.name ?? 'Sam Jones', 'contact-email': person.email ?? 'sam@example.com' },
  }
}
