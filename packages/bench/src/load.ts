// Load generation: autocannon for closed-loop throughput (pages, submissions), and an open-loop scheduler for the
// mixed load at a fixed rate, which measures each request's latency from the moment it was due, so a slow server
// cannot hide its queueing delay (no coordinated omission).
import autocannon from 'autocannon'
import { HOST, request } from './http.ts'
import { round } from './server.ts'

export interface LoadFigures {
  rps: number
  p50_ms: number
  p99_ms: number
  requests: number
  errors: number
  /** Responses other than the expected status. */
  unexpected: number
}

export interface CannonOptions {
  port: number
  path: string
  headers: Record<string, string>
  durationSeconds?: number
  amount?: number
  connections: number
  expectStatus: number
  method?: 'GET' | 'POST'
  setupRequest?: autocannon.Request['setupRequest']
}

export async function cannon(o: CannonOptions): Promise<LoadFigures> {
  // Timed here: autocannon's own duration is counted in whole seconds of its tick, too coarse for a short run.
  const started = performance.now()
  const result = await autocannon({
    url: `http://${HOST}:${o.port}${o.path}`,
    connections: o.connections,
    pipelining: 1,
    ...(o.amount ? { amount: o.amount } : { duration: o.durationSeconds ?? 10 }),
    timeout: 30,
    headers: o.headers,
    requests: [{ method: o.method ?? 'GET', path: o.path, ...(o.setupRequest ? { setupRequest: o.setupRequest } : {}) }],
  })
  const seconds = (performance.now() - started) / 1000
  const byStatus = (result as unknown as { statusCodeStats: Record<string, { count: number }> }).statusCodeStats ?? {}
  const expected = byStatus[String(o.expectStatus)]?.count ?? 0
  const total = Object.values(byStatus).reduce((n, s) => n + s.count, 0)
  return {
    rps: round(expected / (seconds || 1), 0),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    requests: total,
    errors: result.errors + result.timeouts,
    unexpected: total - expected,
  }
}

export interface MixedFigures {
  rate: number
  seconds: number
  sent: number
  page_views: number
  submissions: number
  achieved_rps: number
  p50_ms: number
  p99_ms: number
  page_p99_ms: number
  submission_p99_ms: number
  max_ms: number
  errors: number
}

export interface MixedOptions {
  rate: number
  seconds: number
  /** One in `1 / submitShare` requests is a submission (the rest are page views). */
  submitShare: number
  pageView(i: number): Promise<boolean>
  submit(i: number): Promise<boolean>
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0)

/** Sends `rate` requests a second for `seconds`, each on time whatever the server is doing. */
export async function openLoop(o: MixedOptions): Promise<MixedFigures> {
  const total = Math.round(o.rate * o.seconds)
  const every = Math.round(1 / o.submitShare)
  const pages: number[] = []
  const submits: number[] = []
  let errors = 0
  let pageCount = 0
  let submitCount = 0
  const inFlight: Promise<void>[] = []
  const start = performance.now()
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / o.rate
    const wait = due - performance.now()
    if (wait > 1) await new Promise((r) => setTimeout(r, wait))
    const isSubmit = i % every === every - 1
    const n = isSubmit ? submitCount++ : pageCount++
    inFlight.push(
      (isSubmit ? o.submit(n) : o.pageView(n)).then(
        (ok) => {
          if (!ok) errors++
          ;(isSubmit ? submits : pages).push(performance.now() - due)
        },
        () => {
          errors++
          ;(isSubmit ? submits : pages).push(performance.now() - due)
        },
      ),
    )
  }
  await Promise.all(inFlight)
  const elapsed = (performance.now() - start) / 1000
  const all = [...pages, ...submits].sort((a, b) => a - b)
  pages.sort((a, b) => a - b)
  submits.sort((a, b) => a - b)
  return {
    rate: o.rate,
    seconds: o.seconds,
    sent: total,
    page_views: pageCount,
    submissions: submitCount,
    achieved_rps: round(total / elapsed, 0),
    p50_ms: round(percentile(all, 50)),
    p99_ms: round(percentile(all, 99)),
    page_p99_ms: round(percentile(pages, 99)),
    submission_p99_ms: round(percentile(submits, 99)),
    max_ms: round(all.at(-1) ?? 0),
    errors,
  }
}

/** A page as the app serves it to a returning browser, to replay byte for byte from the bare server. */
export async function capture(port: number, host: string, path: string, headers: Record<string, string>) {
  const res = await request({ port, host, path, headers })
  const keep: Record<string, string | string[]> = {}
  for (const [k, v] of Object.entries(res.headers)) {
    if (v === undefined || ['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(k)) continue
    keep[k] = v
  }
  const body = Buffer.from(res.body, 'utf8')
  keep['content-length'] = String(body.length)
  return { path, status: res.status, headers: keep, body: body.toString('base64'), bytes: body.length }
}
