// The surge replay: traffic shaped like the busiest weekend the online reporting service has had (Easter 2020, about
// 600,000 sessions and 30,000 reports of one new kind in four days), replayed at multiples of its average rate to
// find the highest multiple the server holds.
//
// Open loop: people arrive at random (a Poisson process) at `multiple` × the weekend's average session rate whatever
// the server is doing, and each walks a journey page by page, reading and typing between pages as a person does. A
// request's latency runs from the moment the person pressed the link or button, so a slow server cannot hide its
// queue by slowing the arrivals (no coordinated omission). Most people get past the first question, which puts
// them on pages read from their own draft; 5% send a report. A multiple holds when, over the measured window (after
// the ramp-up, once the sessions in progress have reached their steady number), p99 is under the limit and nothing
// failed.
import { Browser, csrfFrom, type Response } from './http.ts'
import { addressFor, forceHost, paths, SERVICE } from './journey.ts'
import { round } from './server.ts'

/** About 600,000 sessions in four days. */
export const EASTER_SESSIONS_PER_SECOND = 600_000 / (4 * 24 * 60 * 60)
/** Of every session, the share that sends a report. */
export const SUBMIT_SHARE = 0.05
/** Of every session, the share that leaves at the first question (reads it and goes, or is sent elsewhere). */
export const LEAVE_AT_FIRST_QUESTION = 0.2

export interface SurgeStep {
  multiple: number
  sessions_per_second: number
  sessions: number
  requests: number
  /** Requests a second over the measured window. */
  rps: number
  p50_ms: number
  p99_ms: number
  max_ms: number
  errors: number
  /** The first few failures, to read when errors is not 0. */
  problems: string[]
  held: boolean
  /** Requests by kind of page in the measured window. */
  mix: Record<PageKind, number>
}

export interface SurgeFigures {
  /** The highest multiple of the Easter weekend's average that held (0 when none did). */
  multiple: number
  p99_ms: number
  errors: number
  limit_p99_ms: number
  window_seconds: number
  ramp_seconds: number
  think_seconds: [number, number]
  steps: SurgeStep[]
  mix: Record<PageKind, number>
}

type PageKind = 'shared' | 'per_person' | 'answer' | 'submit'

interface Sample {
  due: number
  ms: number
  kind: PageKind
  ok: boolean
  /** What went wrong: the status and path, or the error. */
  problem?: string
}

export interface SurgeOptions {
  port: number
  /** The measured window at each multiple (the three minutes by default). */
  windowSeconds: number
  /** Arrivals before the window opens, so the window sees the steady number of sessions in progress. */
  rampSeconds: number
  limitP99Ms: number
  /** Multiples tried in order; the search stops at the first that does not hold. */
  multiples: number[]
  /** Time a person spends on a page before the next request, drawn uniformly. */
  thinkSeconds: [number, number]
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

let people = 2_000_000 // distinct from the other phases' people (their own addresses and rate-limit windows)

/** One person's visit: each step is timed from the moment it was due; a failure ends the visit. */
async function visit(o: SurgeOptions, record: (s: Sample) => void): Promise<void> {
  const n = people++
  const random = mulberry32(n)
  const browser = new Browser(o.port, forceHost(o.port), addressFor(n))
  const think = () => sleep((o.thinkSeconds[0] + random() * (o.thinkSeconds[1] - o.thinkSeconds[0])) * 1000)
  const step = async (kind: PageKind, path: string, expect: number, form?: Record<string, string>): Promise<Response | null> => {
    const due = performance.now()
    try {
      const res = await browser.send(path, form)
      const ok = res.status === expect
      record({ due, ms: performance.now() - due, kind, ok, ...(ok ? {} : { problem: `${form ? 'POST' : 'GET'} ${path} answered ${res.status}` }) })
      return ok ? res : null
    } catch (error) {
      record({ due, ms: performance.now() - due, kind, ok: false, problem: `${form ? 'POST' : 'GET'} ${path}: ${error instanceof Error ? error.message : String(error)}` })
      return null
    }
  }
  const q = (id: string) => `/services/${SERVICE}/questions/${id}`
  if (!(await step('shared', paths.home, 200))) return
  await think()
  if (!(await step('shared', paths.services, 200))) return
  await think()
  const first = await step('shared', paths.question, 200)
  if (!first || random() < LEAVE_AT_FIRST_QUESTION) return
  const csrf = csrfFrom(first.body)
  await think()
  if (!(await step('answer', q('topic'), 302, { csrf, question: 'topic', topic: 'other' }))) return
  if (!(await step('per_person', q('message'), 200))) return
  await think()
  if (!(await step('answer', q('message'), 302, { csrf, question: 'message', message: `Surge enquiry ${n}: is the front counter open on the bank holiday?` }))) return
  if (!(await step('per_person', q('contact'), 200))) return
  await think()
  if (!(await step('answer', q('contact'), 302, { csrf, question: 'contact', 'contact-name': `Surge Person ${n}`, 'contact-phone': '07700900123' }))) return
  const check = await step('per_person', paths.checkAnswers, 200)
  if (!check) return
  // 5% of all sessions send; of those who reach check answers, the share that makes it 5% overall.
  if (random() >= SUBMIT_SHARE / (1 - LEAVE_AT_FIRST_QUESTION)) return
  await think()
  if (!(await step('submit', paths.checkAnswers, 302, { csrf: csrfFrom(check.body), website: '' }))) return
  await step('per_person', paths.confirmation, 200)
}

/** A deterministic PRNG: the same arrivals at one multiple, and the same path for the same person, in every run. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export async function surgeStep(o: SurgeOptions, multiple: number): Promise<SurgeStep> {
  const random = mulberry32(Math.round(multiple * 1000))
  const rate = EASTER_SESSIONS_PER_SECOND * multiple
  const samples: Sample[] = []
  const visits: Promise<void>[] = []
  const start = performance.now()
  const windowStart = start + o.rampSeconds * 1000
  const end = windowStart + o.windowSeconds * 1000
  let sessions = 0
  // Poisson arrivals: exponential gaps at `rate` a second, each arrival on time whatever the server is doing.
  for (let due = start; due < end; due += (-Math.log(1 - random()) / rate) * 1000) {
    const wait = due - performance.now()
    if (wait > 1) await sleep(wait)
    sessions++
    visits.push(visit(o, (s) => samples.push(s)))
  }
  // People still part-way through finish their visits; only what was due inside the window is counted.
  await Promise.all(visits)
  const measured = samples.filter((s) => s.due >= windowStart && s.due < end)
  const times = measured.map((s) => s.ms).sort((a, b) => a - b)
  const errors = measured.filter((s) => !s.ok).length
  const p99 = round(percentile(times, 99))
  const mix: Record<PageKind, number> = { shared: 0, per_person: 0, answer: 0, submit: 0 }
  for (const s of measured) mix[s.kind]++
  return {
    multiple,
    sessions_per_second: round(rate, 2),
    sessions,
    requests: measured.length,
    rps: round(measured.length / o.windowSeconds, 0),
    p50_ms: round(percentile(times, 50)),
    p99_ms: p99,
    max_ms: round(times.at(-1) ?? 0),
    errors,
    problems: measured.filter((s) => !s.ok).slice(0, 5).map((s) => `${s.kind} after ${round(s.ms)} ms: ${s.problem ?? 'failed'}`),
    held: errors === 0 && measured.length > 0 && p99 < o.limitP99Ms,
    mix,
  }
}

/** Tries each multiple in turn until one does not hold; the answer is the last that did. */
export async function surge(o: SurgeOptions, log: (line: string) => void): Promise<SurgeFigures> {
  const steps: SurgeStep[] = []
  for (const multiple of o.multiples) {
    const s = await surgeStep(o, multiple)
    steps.push(s)
    log(
      `surge ${multiple}× (${s.sessions_per_second} sessions/s, ${s.rps} req/s): p50 ${s.p50_ms} ms, p99 ${s.p99_ms} ms, ` +
        `${s.errors} errors: ${s.held ? 'held' : 'did not hold'}`,
    )
    if (!s.held) break
  }
  const best = steps.filter((s) => s.held).at(-1)
  return {
    multiple: best?.multiple ?? 0,
    p99_ms: best?.p99_ms ?? steps[0]?.p99_ms ?? 0,
    errors: best?.errors ?? steps[0]?.errors ?? 0,
    limit_p99_ms: o.limitP99Ms,
    window_seconds: o.windowSeconds,
    ramp_seconds: o.rampSeconds,
    think_seconds: o.thinkSeconds,
    steps,
    mix: (best ?? steps[0])?.mix ?? { shared: 0, per_person: 0, answer: 0, submit: 0 },
  }
}
