// A small HTTP client over node:http with keep-alive, for the requests autocannon cannot script: walking a journey
// with a cookie jar, and the open-loop mixed load. Loopback only.
import http from 'node:http'

export const HOST = '127.0.0.1'
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })

export interface Request {
  port: number
  path: string
  method?: 'GET' | 'POST'
  /** The Host header (which force); defaults to 127.0.0.1:<port>. */
  host?: string
  headers?: Record<string, string>
  /** application/x-www-form-urlencoded */
  form?: Record<string, string>
  timeoutMs?: number
}

export interface Response {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

export function request(req: Request): Promise<Response> {
  const body = req.form ? new URLSearchParams(req.form).toString() : undefined
  return new Promise((resolve, reject) => {
    const r = http.request(
      {
        host: HOST,
        port: req.port,
        path: req.path,
        method: req.method ?? (body ? 'POST' : 'GET'),
        agent,
        headers: {
          host: req.host ?? `${HOST}:${req.port}`,
          ...(body ? { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body)) } : {}),
          ...req.headers,
        },
        timeout: req.timeoutMs ?? 15_000,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
        res.on('error', reject)
      },
    )
    r.on('timeout', () => r.destroy(new Error(`timeout: ${req.method ?? 'GET'} ${req.path}`)))
    r.on('error', reject)
    r.end(body)
  })
}

/** One browser: its cookies (name → value; paths are ignored, which is harmless here). */
export class Browser {
  cookies = new Map<string, string>()
  constructor(
    readonly port: number,
    readonly host: string,
    /** The address this person comes from, sent as X-Forwarded-For (the server trusts it under TRUST_PROXY). */
    readonly ip: string,
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  }

  headers(): Record<string, string> {
    return { cookie: this.cookieHeader(), 'x-forwarded-for': this.ip }
  }

  async send(path: string, form?: Record<string, string>): Promise<Response> {
    const res = await request({ port: this.port, host: this.host, path, form, headers: this.headers() })
    for (const line of res.headers['set-cookie'] ?? []) {
      const [pair] = line.split(';')
      const i = pair!.indexOf('=')
      const name = pair!.slice(0, i).trim()
      const value = pair!.slice(i + 1).trim()
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
    return res
  }
}

/** The hidden CSRF field's value in a page. */
export function csrfFrom(html: string): string {
  const token = /name="csrf" value="([^"]+)"/.exec(html)?.[1]
  if (!token) throw new Error('no CSRF field in the page')
  return token
}

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function pool<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        results[i] = await fn(items[i]!, i)
      }
    }),
  )
  return results
}
