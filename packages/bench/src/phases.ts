// The measurements of one bench run against one database: pages beside the bare server (1a), the submission path
// (1b), the mixed load at a fixed rate (1c), memory (1d), and the kill -9 durability check (4).
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { storedReports, type Target } from './db.ts'
import { Browser, csrfFrom, pool, request } from './http.ts'
import { confirmationReference, forceHost, paths, prepareDraft, submitDraft, submitForm, type ReadyDraft } from './journey.ts'
import { cannon, capture, openLoop, type LoadFigures, type MixedFigures } from './load.ts'
import { cpuPerRequest, cpuSample, memoryOf, round, startServer, workDir, type CpuSample, type RunningServer, type ServerOptions } from './server.ts'

const log = (message: string) => console.log(`  ${message}`)

// --- 1a: server-rendered pages beside the bare server ----------------------------------------------------------

export interface PageFigures {
  path: string
  bytes: number
  app: LoadFigures
  bare: LoadFigures
  ratio: number
}

const returning = async (port: number) => {
  // A returning browser: it already holds the CSRF cookie, so the page is the same for every request.
  const browser = new Browser(port, forceHost(port), '10.255.0.1')
  await browser.send(paths.home)
  return browser.cookieHeader()
}

/**
 * A person part-way through a report: they have answered the first question, so the next one is read from their
 * draft and rendered for them alone (the shared-page cache never serves it).
 */
export const midJourney = async (port: number) => {
  const browser = new Browser(port, forceHost(port), '10.255.0.2')
  const first = await browser.send(paths.question)
  const answered = await browser.send(paths.question, { csrf: csrfFrom(first.body), question: 'topic', topic: 'other' })
  if (answered.status !== 302 || !String(answered.headers.location).endsWith(paths.secondQuestion)) {
    throw new Error(`answering the first question: expected 302 → ${paths.secondQuestion}, got ${answered.status}`)
  }
  return browser.cookieHeader()
}

export async function ssr(server: RunningServer, barePort: number, seconds: number): Promise<PageFigures[]> {
  const host = forceHost(server.port)
  const headers = { host, cookie: await returning(server.port) }
  const drafted = { host, cookie: await midJourney(server.port) }
  const pages = [
    { path: paths.home, headers },
    { path: paths.appeal, headers },
    { path: paths.question, headers },
    { path: paths.secondQuestion, headers: drafted },
  ]
  const captured = await Promise.all(pages.map((p) => capture(server.port, host, p.path, p.headers)))
  for (const c of captured) if (c.status !== 200) throw new Error(`${c.path} answered ${c.status}`)
  const file = join(workDir, 'pages.json')
  writeFileSync(file, JSON.stringify(captured))
  // The bare server runs as many processes as the app, so the ratio compares like with like.
  const bareArgs = [fileURLToPath(new URL('./bare-server.ts', import.meta.url)), file, String(barePort), String(server.processes)]
  const bare = spawn(process.execPath, ['--import', 'tsx', ...bareArgs], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    bare.stdout!.on('data', (d: Buffer) => d.toString().includes('listening') && resolve())
    bare.once('exit', () => reject(new Error('the bare server exited')))
  })
  try {
    const out: PageFigures[] = []
    for (const [i, c] of captured.entries()) {
      const run = (port: number, durationSeconds: number) =>
        cannon({ port, path: c.path, headers: pages[i]!.headers, connections: 32, durationSeconds, expectStatus: 200 })
      await run(server.port, 2) // warm-up: JIT, caches
      const app = await run(server.port, seconds)
      await run(barePort, 1)
      const bareFigures = await run(barePort, seconds)
      out.push({ path: c.path, bytes: c.bytes, app, bare: bareFigures, ratio: round(app.rps / bareFigures.rps, 3) })
      log(`${c.path}: app ${app.rps} req/s (p99 ${app.p99_ms} ms), bare ${bareFigures.rps} req/s, ratio ${round(app.rps / bareFigures.rps, 3)}`)
    }
    return out
  } finally {
    bare.kill('SIGTERM')
  }
}

// --- 1b: the submission path ------------------------------------------------------------------------------------

let people = 0
/** Walks `count` new people to check answers (each a fresh draft, its own idempotency key and address). */
export async function prepare(port: number, count: number, maxSeconds = 60): Promise<ReadyDraft[]> {
  // Bounded in time as well as count, so that a slow machine shortens the run rather than stretching it.
  const started = performance.now()
  const stopAt = started + maxSeconds * 1000
  const drafts: ReadyDraft[] = []
  await pool(Array.from({ length: count }, () => people++), 24, async (n) => {
    if (performance.now() < stopAt) drafts.push(await prepareDraft(port, n))
  })
  log(`prepared ${drafts.length} drafts in ${round((performance.now() - started) / 1000)} s`)
  return drafts
}

export interface SubmissionFigures extends LoadFigures {
  per_second: number
  /** Reports in the database from this phase's people, read back after the run. */
  committed: number
  people: number[]
  acknowledged: number
  connections: number
  /**
   * Milliseconds of CPU per report while they were sent: the server's processes, a local Postgres's (0 when it runs
   * elsewhere; the pages' worker and autovacuum included) and the load generator's, all on the same cores.
   */
  cpu_ms_per_report?: CpuSample
}

export async function submissions(server: RunningServer, count: number, connections: number): Promise<SubmissionFigures> {
  // Spare drafts: autocannon may build a request per connection that it never sends.
  const drafts = await prepare(server.port, count + connections * 2, 45)
  const before = cpuSample(server.pid)
  const figures = await sendDrafts(server.port, drafts, connections)
  return { ...figures, cpu_ms_per_report: cpuPerRequest(before, cpuSample(server.pid), figures.requests) }
}

/** Presses "Send" once for each prepared draft (but the spares), `connections` at a time. */
export async function sendDrafts(port: number, drafts: ReadyDraft[], connections: number): Promise<SubmissionFigures> {
  const amount = drafts.length - connections * 2
  if (amount < connections) throw new Error(`only ${drafts.length} drafts could be prepared`)
  let next = 0
  const figures = await cannon({
    port,
    path: paths.checkAnswers,
    method: 'POST',
    headers: { host: forceHost(port) },
    connections,
    amount,
    expectStatus: 302,
    setupRequest: (req) => {
      const draft = drafts[next++]
      if (!draft) throw new Error('ran out of prepared drafts')
      return {
        ...req,
        headers: { ...req.headers, ...draft.browser.headers(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(submitForm(draft)).toString(),
      }
    },
  })
  return { ...figures, per_second: figures.rps, committed: 0, people: drafts.slice(0, next).map((d) => d.n), acknowledged: figures.requests - figures.unexpected, connections }
}

// --- 1c: mixed load at a fixed rate -----------------------------------------------------------------------------

export async function mixed(server: RunningServer, rate: number, seconds: number): Promise<MixedFigures> {
  const submitShare = 0.1
  const drafts = await prepare(server.port, Math.ceil(rate * seconds * submitShare) + 1, 40)
  // Fewer drafts than planned (a slow machine): a shorter window at the same rate.
  seconds = Math.max(1, Math.min(seconds, Math.floor(drafts.length / (rate * submitShare))))
  const cookie = await returning(server.port)
  const host = forceHost(server.port)
  const views = [paths.home, paths.services, paths.start, paths.question]
  return openLoop({
    rate,
    seconds,
    submitShare,
    pageView: async (i) => (await request({ port: server.port, host, path: views[i % views.length]!, headers: { cookie } })).status === 200,
    submit: (i) => submitDraft(drafts[i]!),
  })
}

// --- 4: kill -9 mid-run -----------------------------------------------------------------------------------------

export interface DurabilityFigures {
  submissions: number
  acknowledged_before_kill: number
  killed_after_ms: number
  lost: number
  duplicates: number
  resubmitted_ok: number
  reports_in_database: number
  problems: string[]
}

export async function durability(options: ServerOptions, target: Target, count: number): Promise<DurabilityFigures> {
  let server = await startServer(options)
  const drafts = await prepare(server.port, count, 40)
  count = drafts.length
  const acked = new Map<number, string | null>()
  let killedAt = 0
  const started = performance.now()
  const firing = Promise.all(
    drafts.map(async (draft, i) => {
      try {
        if (!(await submitDraft(draft))) return
        acked.set(i, null)
        acked.set(i, await confirmationReference(draft))
      } catch {
        // The connection died with the server: not acknowledged.
      }
    }),
  )
  // Kill once a third have been acknowledged: requests are in flight at every stage of the transaction.
  while (acked.size < count / 3 && performance.now() - started < 30_000) await new Promise((r) => setTimeout(r, 2))
  killedAt = performance.now() - started
  await server.kill()
  await firing
  const ackedBeforeKill = new Map(acked)
  log(`SIGKILL after ${round(killedAt, 0)} ms with ${ackedBeforeKill.size} of ${count} acknowledged`)

  server = await startServer(options)
  const problems: string[] = []
  let lost = 0
  let resubmitted = 0
  try {
    // Every acknowledged report must still be there, under the same reference.
    for (const [i, before] of ackedBeforeKill) {
      const after = await confirmationReference(drafts[i]!)
      if (!after || (before && before !== after)) {
        lost++
        problems.push(`person ${i}: acknowledged${before ? ` as ${before}` : ''}, after restart ${after ?? 'no report'}`)
      }
    }
    // Everyone presses "Send" again (the unacknowledged ones would): no second report for anyone.
    await pool(drafts, 16, async (draft) => {
      if (await submitDraft(draft)) resubmitted++
    })
  } finally {
    await server.stop()
  }
  const stored = await storedReports(target, options.dataDir)
  const perPerson = new Map<string, number>()
  for (const r of stored) if (r.person) perPerson.set(r.person, (perPerson.get(r.person) ?? 0) + 1)
  const duplicates = [...perPerson.values()].reduce((n, c) => n + (c - 1), 0)
  const refs = new Set(stored.map((r) => r.reference))
  for (const ref of ackedBeforeKill.values()) {
    if (ref && !refs.has(ref)) {
      lost++
      problems.push(`reference ${ref} acknowledged but not in the database`)
    }
  }
  if (duplicates) problems.push(`${duplicates} duplicate reports`)
  return {
    submissions: count,
    acknowledged_before_kill: ackedBeforeKill.size,
    killed_after_ms: round(killedAt, 0),
    lost,
    duplicates,
    resubmitted_ok: resubmitted,
    reports_in_database: stored.length,
    problems: problems.slice(0, 20),
  }
}

export { memoryOf }
