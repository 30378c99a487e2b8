// The database lost under load. People walk the "Contact us" service and send it while, every second, all of the
// server's Postgres connections are killed (pg_terminate_backend). Afterwards: every report the server acknowledged
// is stored exactly once; every request that failed was answered with the 503 page in the force's frame that says
// answers are kept, with Retry-After (a person who sees it tries again, as the page says); the log holds no query's
// parameters and nothing anyone typed; and the same server process is ready again without a restart.
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Browser, csrfFrom, startServer, type RunningServer } from './support.ts'

const SERVICE = 'general-enquiry'
const PEOPLE = 6
const LOAD_MS = 20_000
const q = (id: string) => `/services/${SERVICE}/questions/${id}`

interface Outcome {
  acknowledged: string[]
  failures: { status: number; retryAfter: string | null; framed: boolean; saysKept: boolean; path: string }[]
  steps: number
}

describe.runIf(Boolean(process.env.DATABASE_URL))('the database lost under a submission load (Postgres)', () => {
  let server: RunningServer
  let admin: pg.Client
  let database = ''
  beforeAll(async () => {
    server = await startServer('postgres', { TRUST_PROXY: '1', SUBMISSION_RATE_LIMIT: '10000' })
    database = new URL(server.databaseUrl!).pathname.slice(1)
    admin = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await admin.connect()
  }, 180_000)
  afterAll(async () => {
    await admin?.end()
    await server?.stop()
  })

  it('stores every acknowledged report once, answers every failure with the 503 page, logs no parameters, and recovers by itself', async ({ onTestFailed }) => {
    onTestFailed(() => console.error(`the server's log ended:\n${server.log().slice(-4000)}`))
    const outcome: Outcome = { acknowledged: [], failures: [], steps: 0 }
    const stopAt = Date.now() + LOAD_MS
    let kills = 0
    let killed = 0

    // Every second, end every connection the server has open to its database.
    const killer = (async () => {
      while (Date.now() < stopAt) {
        await new Promise((r) => setTimeout(r, 1000))
        const result = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database])
        kills++
        killed += result.rowCount ?? 0
      }
    })()

    /** One request, tried again (as the 503 page asks) until it is answered with something other than 503. */
    async function step(person: Browser, path: string, form?: Record<string, string>) {
      for (let attempt = 0; ; attempt++) {
        const answer = await person.send(path, form)
        outcome.steps++
        if (answer.status < 500) return answer
        outcome.failures.push({
          status: answer.status,
          retryAfter: answer.headers.get('retry-after'),
          framed: answer.body.includes('data-theme="leicestershire"'),
          saysKept: /Your answers are (kept|saved)/.test(answer.body),
          path,
        })
        if (attempt > 50) throw new Error(`${path} still failing after 50 tries`)
        await new Promise((r) => setTimeout(r, 200))
      }
    }

    async function walk(n: number) {
      let round = 0
      while (Date.now() < stopAt) {
        round++
        const person = new Browser(server.port, `leicestershire.localhost:${server.port}`, { 'x-forwarded-for': `10.9.${n}.${round % 250}` })
        const first = await step(person, q('topic'))
        const csrf = csrfFrom(first.body)
        await step(person, q('topic'), { csrf, question: 'topic', topic: 'other' })
        await step(person, q('message'), { csrf, question: 'message', message: `Faultzqxv person ${n} round ${round}: when is the front counter open?` })
        await step(person, q('contact'), { csrf, question: 'contact', 'contact-name': `Faultzqxv Person ${n}`, 'contact-phone': '07700900123' })
        const check = await step(person, `/services/${SERVICE}/check-answers`)
        if (check.status !== 200) continue
        const sent = await step(person, `/services/${SERVICE}/check-answers`, { csrf: csrfFrom(check.body), website: '' })
        if (sent.status !== 302) continue
        const confirmation = await step(person, `/services/${SERVICE}/confirmation`)
        const reference = /\b[A-Z]{3}-\d{2}-[0-9A-Z]{4}-[0-9A-Z]{2}\b/.exec(confirmation.body)?.[0]
        if (reference) outcome.acknowledged.push(reference)
      }
    }

    await Promise.all([killer, ...Array.from({ length: PEOPLE }, (_, n) => walk(n))])
    console.info(
      `${outcome.acknowledged.length} reports acknowledged in ${LOAD_MS / 1000} s; ${outcome.steps} requests, ${outcome.failures.length} answered 503; ` +
        `${killed} connections killed in ${kills} rounds`,
    )

    // The load was real and the faults reached it.
    expect(killed).toBeGreaterThan(0)
    expect(outcome.acknowledged.length).toBeGreaterThan(5)
    // Every failure was the 503 page in the force's frame, saying answers are kept, with Retry-After.
    for (const failure of outcome.failures) {
      expect(failure, JSON.stringify(failure)).toMatchObject({ status: 503, framed: true, saysKept: true })
      expect(failure.retryAfter, JSON.stringify(failure)).toMatch(/^\d+$/)
    }
    // Every acknowledged report is stored, once; and nothing was stored twice.
    const check = new pg.Client({ connectionString: server.databaseUrl })
    await check.connect()
    try {
      const stored = await check.query<{ reference: string; n: number }>('select reference, count(*)::int as n from reports group by reference')
      const counts = new Map(stored.rows.map((r) => [r.reference, r.n]))
      for (const reference of outcome.acknowledged) expect(counts.get(reference), reference).toBe(1)
      const twice = await check.query('select idempotency_key from reports group by idempotency_key having count(*) > 1')
      expect(twice.rows).toEqual([])
    } finally {
      await check.end()
    }
    // The same process answers again, ready, with no restart.
    const ready = await fetch(`http://127.0.0.1:${server.port}/readyz`)
    expect(ready.status).toBe(200)
    expect(server.log()).toContain('"event":"outbox-worker-started"')
    expect(server.log().match(/bluelamp is listening/g)).toHaveLength(1)
    // The failures were logged, without the queries' parameters or anything typed.
    const log = server.log()
    expect(log).not.toMatch(/params:|Failed query:/)
    expect(log).not.toContain('Faultzqxv')
    expect(log).not.toContain('07700900123')
  }, 240_000)
})
