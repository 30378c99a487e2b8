// 1,000 reports delivered to a receiver on 127.0.0.1 that fails about half its requests
// (some before applying, some after: a lost acknowledgement) and sometimes hangs. Every report is delivered, none is
// applied twice (the receiver dedupes by Idempotency-Key, and every retry of a report carries the same key), every
// signature verifies, and a delivery that keeps failing is a dead letter after N attempts until an admin re-sends
// it. Several workers run at once, claiming rows with FOR UPDATE SKIP LOCKED. PGlite always; Postgres too when
// DATABASE_URL is set.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { createBackofficeQueries, outbox, type Database } from '@bluelamp/db'
import { testDrivers } from '@bluelamp/db/testing'
import { backofficeHandler, backoffWithJitter, verifySignature, IDEMPOTENCY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './backoffice-delivery.server.ts'
import { createOutboxWorker } from './outbox-worker.server.ts'
import { reportV1Problems } from './report-v1.ts'

// 300 reports meet every fault (a refusal before applying, a lost acknowledgement, a hang) dozens of times with this
// seed, which is what the test is for; a bigger run (DELIVERY_TEST_REPORTS=1000) adds time, not cases.
const REPORTS = Number(process.env.DELIVERY_TEST_REPORTS ?? 300)
const WORKERS = 10
// Generous: PGlite runs on the event loop, and a busy machine delays every answer; hangs still cost this much.
const TIMEOUT_MS = 1000
const SECRET = 'test-secret-0123456789abcdef'

/** A deterministic PRNG, so a failing run can be repeated. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Receiver {
  url: string
  requests: number
  failed: number
  hung: number
  badSignatures: number
  duplicates: number
  schemaMismatches: number
  /** What the mismatching reports got wrong, to read when the count is not 0. */
  problems: string[]
  /** Idempotency key → how many times it was applied (must end at exactly 1 each). */
  applied: Map<string, number>
  /** Report id → idempotency keys seen for it (must be exactly one each). */
  keysByReport: Map<string, Set<string>>
  close(): Promise<void>
  mode: 'flaky' | 'down' | 'reject' | 'up'
}

async function startReceiver(seed: number): Promise<Receiver> {
  const random = mulberry32(seed)
  const receiver: Receiver = {
    url: '',
    requests: 0,
    failed: 0,
    hung: 0,
    badSignatures: 0,
    duplicates: 0,
    schemaMismatches: 0,
    problems: [],
    applied: new Map(),
    keysByReport: new Map(),
    mode: 'flaky',
    close: async () => {},
  }
  const apply = (key: string, id: string) => {
    const keys = receiver.keysByReport.get(id) ?? new Set()
    keys.add(key)
    receiver.keysByReport.set(id, keys)
    if (receiver.applied.has(key)) receiver.duplicates++
    else receiver.applied.set(key, 1)
  }
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      receiver.requests++
      const body = Buffer.concat(chunks).toString('utf8')
      const ok = verifySignature(SECRET, { timestamp: req.headers[TIMESTAMP_HEADER] as string, signature: req.headers[SIGNATURE_HEADER] as string }, body)
      if (!ok) {
        receiver.badSignatures++
        res.writeHead(401).end()
        return
      }
      const key = req.headers[IDEMPOTENCY_HEADER] as string
      const report = JSON.parse(body) as Record<string, unknown>
      const problems = reportV1Problems(report)
      if (problems.length > 0) {
        receiver.schemaMismatches++
        receiver.problems.push(...problems)
      }
      if (receiver.mode === 'down') return void res.writeHead(503).end()
      if (receiver.mode === 'reject') return void res.writeHead(422).end()
      const roll = random()
      if (receiver.mode === 'up' || roll >= 0.5) {
        apply(key, String(report.id))
        return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
      }
      receiver.failed++
      if (roll < 0.25) return void res.writeHead(500).end() // failed before applying
      if (roll < 0.46) {
        apply(key, String(report.id)) // applied, but the acknowledgement is lost
        return void res.writeHead(502).end()
      }
      // Hangs: never answers (half of them after applying).
      receiver.hung++
      if (roll < 0.48) apply(key, String(report.id))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/reports`
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return receiver
}

async function statusCounts(database: Database, tenantId: string) {
  const rows = await database.db
    .select({ status: outbox.status, n: sql<number>`count(*)::int` })
    .from(outbox)
    .where(sql`${outbox.tenantId} = ${tenantId} and ${outbox.kind} = 'backoffice'`)
    .groupBy(outbox.status)
  return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Record<string, number>
}

async function submitMany(database: Database, tenantId: string, count: number) {
  const ids: string[] = []
  for (let i = 0; i < count; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, count - i) }, (_, j) =>
        database.queries.submitReport(tenantId, {
          idempotencyKey: randomUUID(),
          generateReference: () => `TST-${randomUUID().slice(0, 13).toUpperCase()}`,
          serviceId: 'theft',
          serviceVersion: '1',
          answers: [{ questionId: 'what', question: 'What was stolen?', answer: `Bicycle ${i + j}`, value: `Bicycle ${i + j}` }],
          outcome: { type: 'SUBMIT' },
          priority: 'standard',
          priorityScore: 20,
          flags: ['evidence-cctv'],
          rationale: [{ ruleId: 'cctv', reason: { en: 'CCTV', cy: 'TCC' } }],
          contact: null,
          locale: 'en',
        }),
      ),
    )
    ids.push(...batch.map((r) => r.reportId))
  }
  return ids
}

/**
 * Runs `workers` outbox workers side by side until no backoffice row of the tenant is pending or processing, or until
 * none has been finished for `stallMs` (so a slow, busy machine gets the time it needs, and a stuck outbox still ends
 * the test with its counts), and never past `capMs`.
 */
async function drain(database: Database, tenantId: string, options: { workers: number; maxAttempts: number; stallMs: number; capMs: number }) {
  // The receiver is on this machine, which only a development server may send to.
  const handler = backofficeHandler(database, { timeoutMs: TIMEOUT_MS, policyFor: () => ({ allowedNetworks: [], allowLoopback: true }) })
  const started = Date.now()
  let done = false
  const workers = Array.from({ length: options.workers }, () =>
    createOutboxWorker({
      database,
      handlers: { backoffice: handler },
      batchSize: 10,
      maxAttempts: options.maxAttempts,
      // Test-sized backoff: 10 ms doubling, at most 100 ms, with jitter.
      backoffMs: (attempt) => backoffWithJitter(attempt, Math.random, 10, 100),
      leaseMs: 30_000,
    }),
  )
  const loops = workers.map(async (worker) => {
    while (!done) {
      const handled = await worker.tick()
      if (handled === 0) await new Promise((r) => setTimeout(r, 100))
    }
  })
  let left = Number.POSITIVE_INFINITY
  let progressAt = Date.now()
  while (Date.now() - started < options.capMs) {
    const counts = await statusCounts(database, tenantId)
    const now = (counts.pending ?? 0) + (counts.processing ?? 0)
    if (now === 0) break
    if (now < left) {
      left = now
      progressAt = Date.now()
    } else if (Date.now() - progressAt > options.stallMs) break
    await new Promise((r) => setTimeout(r, 250))
  }
  done = true
  await Promise.all(loops)
  return Date.now() - started
}

for (const driver of testDrivers()) {
  describe(`back-office delivery on ${driver.name}`, () => {
    let database: Database
    let receiver: Receiver
    beforeAll(async () => {
      database = await driver.create()
      receiver = await startReceiver(6)
    }, 120_000)
    afterAll(async () => {
      await receiver?.close()
      await database?.close()
    })

    it(`delivers ${REPORTS} reports through a flaky, hanging receiver: each applied once, every signature valid`, async () => {
      const tenantId = 'leicestershire'
      const data = createBackofficeQueries(database.db)
      await data.setBackofficeEndpoint(tenantId, receiver.url, SECRET)
      const ids = await submitMany(database, tenantId, REPORTS)
      const elapsed = await drain(database, tenantId, { workers: WORKERS, maxAttempts: 40, stallMs: 45_000, capMs: 540_000 })

      const counts = await statusCounts(database, tenantId)
      const [attempts] = await database.db
        .select({ total: sql<number>`sum(${outbox.attempts})::int`, max: sql<number>`max(${outbox.attempts})::int` })
        .from(outbox)
        .where(sql`${outbox.tenantId} = ${tenantId} and ${outbox.kind} = 'backoffice'`)
      console.info(
        `[${driver.name}] ${REPORTS} reports in ${elapsed} ms: ${receiver.requests} requests, ${receiver.failed} failed ` +
          `(${receiver.hung} hung), ${receiver.duplicates} duplicate deliveries refused by key, ` +
          `${attempts?.total} attempts (max ${attempts?.max} for one report), ${receiver.badSignatures} bad signatures`,
      )
      if (counts.delivered !== REPORTS) {
        const errors = await database.db.select({ e: outbox.lastError, n: sql<number>`count(*)::int` }).from(outbox).groupBy(outbox.lastError)
        console.info(errors)
      }
      expect(counts).toEqual({ delivered: REPORTS })
      expect(receiver.applied.size).toBe(REPORTS)
      expect([...receiver.applied.values()].every((n) => n === 1)).toBe(true)
      expect(new Set(receiver.keysByReport.keys())).toEqual(new Set(ids))
      expect([...receiver.keysByReport.values()].every((keys) => keys.size === 1)).toBe(true)
      expect(receiver.badSignatures).toBe(0)
      expect(receiver.problems.slice(0, 5)).toEqual([])
      expect(receiver.schemaMismatches).toBe(0)
      // The receiver really was hostile: about half failed, some hung, some were delivered again after a lost ack.
      expect(receiver.failed / receiver.requests).toBeGreaterThan(0.35)
      expect(receiver.hung).toBeGreaterThan(0)
      expect(receiver.duplicates).toBeGreaterThan(0)
    }, 600_000)

    it('dead-letters a delivery after N attempts, and an admin re-send delivers it', async () => {
      // A queue of its own, so that nothing left from the test above competes for the workers.
      await database.close()
      database = await driver.create()
      const tenantId = 'metropolitan'
      const data = createBackofficeQueries(database.db)
      await data.setBackofficeEndpoint(tenantId, receiver.url, SECRET)
      const [reportId] = await submitMany(database, tenantId, 1)
      receiver.mode = 'down'
      await drain(database, tenantId, { workers: 2, maxAttempts: 4, stallMs: 15_000, capMs: 50_000 })
      const [dead] = await data.listDeliveries(tenantId, { status: 'dead' })
      expect(dead).toMatchObject({ status: 'dead', attempts: 4, lastError: 'endpoint answered 503' })
      // Another force cannot re-send it; this force's admin can.
      expect(await data.resendDeadLetter('leicestershire', dead!.id)).toBe(false)
      expect(await data.resendDeadLetter(tenantId, dead!.id)).toBe(true)
      receiver.mode = 'up'
      await drain(database, tenantId, { workers: 1, maxAttempts: 4, stallMs: 15_000, capMs: 50_000 })
      expect(await statusCounts(database, tenantId)).toEqual({ delivered: 1 })
      expect(receiver.keysByReport.get(reportId!)?.size).toBe(1)
    }, 60_000)

    it('dead-letters at once when the receiver refuses the report itself (4xx)', async () => {
      const tenantId = 'dyfed-powys'
      const data = createBackofficeQueries(database.db)
      await data.setBackofficeEndpoint(tenantId, receiver.url, SECRET)
      await submitMany(database, tenantId, 1)
      receiver.mode = 'reject'
      await drain(database, tenantId, { workers: 1, maxAttempts: 8, stallMs: 15_000, capMs: 50_000 })
      const [dead] = await data.listDeliveries(tenantId, { status: 'dead' })
      expect(dead).toMatchObject({ attempts: 1, lastError: 'endpoint refused the report: 422' })
    }, 60_000)
  })
}
