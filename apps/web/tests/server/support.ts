// The built production server (build/server.js, as `pnpm start` runs it), started for a test file on a database of
// its own: a fresh embedded database in a temporary folder, or a new Postgres database on DATABASE_URL's server
// (dropped afterwards). Everything it prints is kept, so a test can read the log. Also: a raw HTTP client, for the
// requests no well-behaved client would send, and a small cookie-keeping browser for journeys.
import { spawn, type ChildProcess } from 'node:child_process'
import { request as httpRequest } from 'node:http'
import { mkdtempSync, readFileSync } from 'node:fs'
import { connect, createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { createScratchDatabase, type ScratchDatabase } from '@bluelamp/db/testing'

export type DriverName = 'pglite' | 'postgres'

/** The embedded database always; Postgres too when DATABASE_URL is set (as in CI). */
export function drivers(): DriverName[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']
}

export interface RunningServer {
  port: number
  pid: number
  dataDir: string
  mailDir: string
  /** The Postgres database's URL, when the server runs on Postgres. */
  databaseUrl?: string
  /** Everything the server has printed so far (stdout and stderr). */
  log(): string
  /** Resident memory of the server process, in bytes. */
  rss(): number
  stop(): Promise<void>
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

export async function startServer(driver: DriverName, env: Record<string, string> = {}): Promise<RunningServer> {
  const work = mkdtempSync(join(tmpdir(), 'bluelamp-server-test-'))
  const dataDir = join(work, 'data')
  const mailDir = mkdtempSync(join(process.env.MAIL_DIR ?? tmpdir(), 'bluelamp-server-test-mail-'))
  // A port of the caller's choosing (a test that must stay in a range of ports), else any free one.
  const port = env.PORT ? Number(env.PORT) : await freePort()
  let scratch: ScratchDatabase | null = null
  // A server given a DATABASE_URL shares that database (several processes, as on several machines); else its own.
  if (driver === 'postgres' && !env.DATABASE_URL) scratch = await createScratchDatabase(process.env.DATABASE_URL!, { prefix: 'bluelamp_srv_', staleSeconds: 3600 })
  const child: ChildProcess = spawn(process.execPath, [fileURLToPath(new URL('../../build/server.js', import.meta.url))], {
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      MAIL_DIR: mailDir,
      SEED_DEMO_STAFF: '1',
      // One process, so the tests can measure and restart-check it; the cluster is the bench's business.
      WEB_CONCURRENCY: '1',
      ...(scratch ? { DATABASE_URL: scratch.databaseUrl } : {}),
      ...env,
    } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited while starting:\n${output}`)
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`)
      if (res.status === 200) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`the server did not become ready:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return {
    port,
    pid: child.pid!,
    dataDir,
    mailDir,
    ...(scratch ? { databaseUrl: scratch.databaseUrl } : env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    log: () => output,
    rss() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM')
        const killer = setTimeout(() => child.kill('SIGKILL'), 15_000)
        await exited
        clearTimeout(killer)
      }
      await scratch?.drop().catch(() => {})
    },
  }
}

export interface RawResponse {
  status: number
  headers: Record<string, string[]>
  body: string
  /** True when the server closed the connection before a whole response could be read (never expected). */
  incomplete: boolean
}

function header(response: { headers: Record<string, string[]> }, name: string): string | undefined {
  return response.headers[name.toLowerCase()]?.join(', ')
}
export { header }

/** Parses one HTTP/1.1 response (Content-Length, chunked, or read to the end). */
export function parseResponse(bytes: Buffer, method = 'GET', ended = false): RawResponse | null {
  let end = bytes.indexOf('\r\n\r\n')
  if (end < 0) return null
  let head = bytes.subarray(0, end).toString('latin1').split('\r\n')
  let status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head[0] ?? '')?.[1] ?? 0)
  // Interim answers (100 Continue) come before the response itself.
  while (status >= 100 && status < 200) {
    bytes = bytes.subarray(end + 4)
    end = bytes.indexOf('\r\n\r\n')
    if (end < 0) return null
    head = bytes.subarray(0, end).toString('latin1').split('\r\n')
    status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head[0] ?? '')?.[1] ?? 0)
  }
  const headers: Record<string, string[]> = {}
  for (const line of head.slice(1)) {
    const i = line.indexOf(':')
    if (i > 0) (headers[line.slice(0, i).trim().toLowerCase()] ??= []).push(line.slice(i + 1).trim())
  }
  let rest = bytes.subarray(end + 4)
  if (method === 'HEAD' || status === 204 || status === 304) return { status, headers, body: '', incomplete: false }
  if (/chunked/i.test(headers['transfer-encoding']?.join(',') ?? '')) {
    const parts: Buffer[] = []
    for (;;) {
      const lineEnd = rest.indexOf('\r\n')
      if (lineEnd < 0) return null
      const size = Number.parseInt(rest.subarray(0, lineEnd).toString('latin1'), 16)
      if (Number.isNaN(size)) return null
      if (size === 0) return { status, headers, body: Buffer.concat(parts).toString('utf8'), incomplete: false }
      if (rest.length < lineEnd + 2 + size + 2) return null
      parts.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size))
      rest = rest.subarray(lineEnd + 2 + size + 2)
    }
  }
  const length = headers['content-length'] ? Number(headers['content-length'][0]) : undefined
  if (length !== undefined) {
    if (rest.length < length) return null
    return { status, headers, body: rest.subarray(0, length).toString('utf8'), incomplete: false }
  }
  // Neither length nor chunks: the body is whatever came before the connection closed (RFC 9112 §6.3).
  return ended ? { status, headers, body: rest.toString('utf8'), incomplete: false } : null
}

/**
 * Sends `request` as it is, byte for byte, and reads the answer. The connection is closed after one response, so
 * `request` should not rely on keep-alive. Resolves when the response is whole, or the server closes the connection.
 */
export function rawRequest(port: number, request: Buffer | string, method = 'GET', timeoutMs = 20_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    let settled = false
    const finish = (incomplete: boolean) => {
      if (settled) return
      const bytes = Buffer.concat(chunks)
      const parsed = parseResponse(bytes, method, incomplete)
      if (!parsed && !incomplete) return
      settled = true
      clearTimeout(timer)
      socket.destroy()
      resolve(parsed ?? { status: 0, headers: {}, body: bytes.toString('utf8'), incomplete: true })
    }
    const timer = setTimeout(() => {
      if (settled) return
      settled = true
      socket.destroy()
      reject(new Error(`no answer within ${timeoutMs} ms to ${String(request).slice(0, 200)}`))
    }, timeoutMs)
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      finish(false)
    })
    socket.on('end', () => finish(true))
    socket.on('close', () => finish(true))
    socket.on('error', () => finish(true))
    socket.write(request)
  })
}

/** Signs that a response shows the server's insides: a stack frame, a file path, a library's or runtime's error. */
export const LEAKS = [
  /\bat [\w.<>$]+ \(/, // a stack frame
  /\s+at (file:|node:|\/)/,
  /node_modules/,
  /\/work\/|\/home\/|\/usr\/|\/tmp\//,
  /build\/server/,
  /\b(TypeError|ReferenceError|SyntaxError|RangeError)\b/,
  /Unexpected Server Error/,
  /DrizzleQueryError|Failed query|params:/,
  /ECONNREFUSED|ECONNRESET/,
  /createRemixRequest|webRequest/,
]

export function leaksIn(body: string): RegExp | undefined {
  return LEAKS.find((pattern) => pattern.test(body))
}

export interface BrowserResponse {
  status: number
  headers: Headers
  body: string
  /** The body as received, for files. */
  bytes: Buffer
}

/** One browser: cookies kept between requests, a fixed client address (honoured by a server with TRUST_PROXY). */
export class Browser {
  cookies = new Map<string, string>()
  constructor(
    readonly port: number,
    readonly host: string,
    readonly headers: Record<string, string> = {},
  ) {}

  /** A GET, or a POST of `form` (pairs when a name repeats, as checkboxes do). */
  async send(path: string, form?: Record<string, string> | [string, string][], extra: Record<string, string> = {}): Promise<BrowserResponse> {
    const payload = form ? new URLSearchParams(form).toString() : undefined
    return this.request(path, payload === undefined ? undefined : { type: 'application/x-www-form-urlencoded', body: Buffer.from(payload) }, extra)
  }

  /** A multipart/form-data POST: the fields first (the CSRF token among them), then one file. */
  async upload(path: string, fields: Record<string, string>, file: { field: string; filename: string; type: string; bytes: Buffer }): Promise<BrowserResponse> {
    const boundary = `----bluelamp-${Math.random().toString(16).slice(2)}`
    const parts = Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`))
    const body = Buffer.concat([
      ...parts,
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`),
      file.bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ])
    return this.request(path, { type: `multipart/form-data; boundary=${boundary}`, body })
  }

  private async request(path: string, payload: { type: string; body: Buffer } | undefined, extra: Record<string, string> = {}): Promise<BrowserResponse> {
    // node:http, not fetch: fetch will not send a Host header of its own choosing.
    const res = await new Promise<BrowserResponse>((resolve, reject) => {
      const r = httpRequest(
        {
          host: '127.0.0.1',
          port: this.port,
          path,
          method: payload ? 'POST' : 'GET',
          agent: false,
          headers: {
            host: this.host,
            cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
            ...(payload !== undefined ? { 'content-type': payload.type, 'content-length': String(payload.body.length) } : {}),
            ...this.headers,
            ...extra,
          },
        },
        (response) => {
          const chunks: Buffer[] = []
          response.on('data', (c: Buffer) => chunks.push(c))
          response.on('end', () => {
            const headers = new Headers()
            for (const [name, value] of Object.entries(response.headers)) {
              for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v)
            }
            const bytes = Buffer.concat(chunks)
            resolve({ status: response.statusCode ?? 0, headers, body: bytes.toString('utf8'), bytes })
          })
          response.on('error', reject)
        },
      )
      r.setTimeout(60_000, () => r.destroy(new Error(`no answer to ${path}`)))
      r.on('error', reject)
      r.end(payload?.body)
    })
    for (const line of res.headers.getSetCookie()) {
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
  if (!token) throw new Error(`no CSRF field in the page: ${html.slice(0, 300)}`)
  return token
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export interface SharedDatabaseServers {
  servers: RunningServer[]
  /** A connection to the servers' database, for what a test reads or changes behind their backs. */
  db: pg.Client
  databaseUrl: string
  stop(): Promise<void>
}

/**
 * Several servers on one new Postgres database, as several machines behind a load balancer, started one after the
 * other as a rolling deployment brings them up (the first migrates, the others find it done). `ports` fixes their
 * ports; else any free ones.
 */
export async function startServersOnOneDatabase(count: number, env: Record<string, string>, ports: number[] = []): Promise<SharedDatabaseServers> {
  const scratch = await createScratchDatabase(process.env.DATABASE_URL!, { prefix: 'bluelamp_srv_', staleSeconds: 3600 })
  const servers: RunningServer[] = []
  const db = new pg.Client({ connectionString: scratch.databaseUrl })
  const stop = async () => {
    await db.end().catch(() => {})
    for (const server of servers) await server.stop()
    await scratch.drop()
  }
  try {
    for (let i = 0; i < count; i++) {
      servers.push(await startServer('postgres', { ...env, DATABASE_URL: scratch.databaseUrl, ...(ports[i] ? { PORT: String(ports[i]) } : {}) }))
    }
    await db.connect()
  } catch (error) {
    await stop()
    throw error
  }
  return { servers, db, databaseUrl: scratch.databaseUrl, stop }
}
