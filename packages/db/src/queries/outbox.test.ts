import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from '../client.ts'
import { outbox } from '../schema.ts'
import { submission, tenant } from '../test-helpers.ts'
import { createPostgresTestDatabase, testDrivers } from '../testing.ts'

// The outbox is claimed across tenants, so this file empties it before each test of its own database.
describe.each(testDrivers())('outbox on $name', ({ create }) => {
  let database: Database
  beforeAll(async () => {
    database = await create()
  })
  afterAll(async () => {
    await database?.close()
  })
  beforeEach(async () => {
    await database.db.delete(outbox)
  })

  async function enqueue(count: number, nextAttemptAt = new Date(Date.now() - 1000)) {
    const tenantId = tenant()
    for (let i = 0; i < count; i++) {
      await database.queries.enqueueOutbox(tenantId, {
        kind: 'email',
        payload: { n: i },
        idempotencyKey: `test:${randomUUID()}`,
        nextAttemptAt: new Date(nextAttemptAt.getTime() + i),
      })
    }
    return tenantId
  }

  it('enqueueing one idempotency key twice keeps one row', async () => {
    const tenantId = tenant()
    const input = { kind: 'email' as const, payload: { to: 'a@example.org' }, idempotencyKey: `resume:${randomUUID()}` }
    const first = await database.queries.enqueueOutbox(tenantId, input)
    const second = await database.queries.enqueueOutbox(tenantId, input)
    expect(first.created).toBe(true)
    expect(second).toEqual({ id: first.id, created: false })
    await expect(database.queries.enqueueOutbox(tenant(), input)).rejects.toThrow()
  })

  it('claims due rows oldest first, counts the attempt, and leaves rows not yet due', async () => {
    await enqueue(3)
    await enqueue(1, new Date(Date.now() + 60_000))
    const now = new Date()
    const claimed = await database.queries.claimOutbox(10, 'worker-1', now, { leaseMs: 30_000 })
    expect(claimed.map((r) => r.payload)).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }])
    for (const row of claimed) {
      expect(row).toMatchObject({ status: 'processing', claimedBy: 'worker-1', attempts: 1 })
      expect(row.claimedUntil?.getTime()).toBe(now.getTime() + 30_000)
    }
    expect(await database.queries.claimOutbox(10, 'worker-2', now)).toEqual([])
  })

  it('respects the limit and the kinds filter', async () => {
    await enqueue(5)
    const tenantId = tenant()
    await database.queries.submitReport(tenantId, submission({ emails: [] }))
    const backoffice = await database.queries.claimOutbox(10, 'w', new Date(), { kinds: ['backoffice'] })
    expect(backoffice.map((r) => r.kind)).toEqual(['backoffice'])
    expect(await database.queries.claimOutbox(2, 'w', new Date())).toHaveLength(2)
  })

  it('delivered rows are done; failed rows come back when due; dead rows stay dead until re-sent', async () => {
    const tenantId = await enqueue(3)
    const now = new Date()
    const [a, b, c] = await database.queries.claimOutbox(3, 'w1', now)
    expect(await database.queries.markOutboxDelivered(a!.id, { workerId: 'w1', now })).toBe(true)
    expect(await database.queries.markOutboxDelivered(a!.id)).toBe(false)
    const retryAt = new Date(now.getTime() + 5_000)
    expect(await database.queries.markOutboxFailed(b!.id, 'HTTP 503', retryAt, { workerId: 'w1' })).toBe(true)
    expect(await database.queries.markOutboxFailed(c!.id, 'HTTP 400', 'dead')).toBe(true)

    expect(await database.queries.claimOutbox(10, 'w2', now)).toEqual([])
    const again = await database.queries.claimOutbox(10, 'w2', new Date(retryAt.getTime() + 1))
    expect(again.map((r) => [r.id, r.attempts, r.lastError])).toEqual([[b!.id, 2, 'HTTP 503']])

    const dead = await database.queries.listOutbox(tenantId, { status: 'dead' })
    expect(dead.map((r) => r.id)).toEqual([c!.id])
    expect(await database.queries.requeueDeadOutbox(tenant(), c!.id)).toBe(false)
    expect(await database.queries.requeueDeadOutbox(tenantId, c!.id)).toBe(true)
    const resent = await database.queries.claimOutbox(10, 'w3', new Date(Date.now() + 1000))
    expect(resent.map((r) => [r.id, r.attempts])).toEqual([[c!.id, 1]])
    const [delivered] = await database.queries.listOutbox(tenantId, { status: 'delivered' })
    expect(delivered?.deliveredAt).toBeInstanceOf(Date)
  })

  it('settling a row can replace its payload in the same statement; a retry keeps the payload it had', async () => {
    const tenantId = await enqueue(3)
    const now = new Date()
    const [a, b, c] = await database.queries.claimOutbox(3, 'w1', now)
    const redacted = { redactedAt: now.toISOString() }
    expect(await database.queries.markOutboxDelivered(a!.id, { workerId: 'w1', now, payload: redacted })).toBe(true)
    expect(await database.queries.markOutboxFailed(b!.id, 'HTTP 400', 'dead', { workerId: 'w1', payload: redacted })).toBe(true)
    expect(await database.queries.markOutboxFailed(c!.id, 'HTTP 503', new Date(now.getTime() + 5_000), { workerId: 'w1' })).toBe(true)
    // Another worker's late settle neither settles nor rewrites the row.
    expect(await database.queries.markOutboxDelivered(c!.id, { workerId: 'w1', payload: redacted })).toBe(false)
    const rows = new Map((await database.queries.listOutbox(tenantId)).map((r) => [r.id, r]))
    expect(rows.get(a!.id)).toMatchObject({ status: 'delivered', payload: redacted })
    expect(rows.get(b!.id)).toMatchObject({ status: 'dead', payload: redacted })
    expect(rows.get(c!.id)).toMatchObject({ status: 'pending', payload: c!.payload })
  })

  it('a batch is marked delivered in one statement, each row only while its claim holds, payloads replaced where given', async () => {
    const tenantId = await enqueue(4)
    const now = new Date()
    const [a, b] = await database.queries.claimOutbox(2, 'w1', now)
    const [c] = await database.queries.claimOutbox(1, 'w1', now, { leaseMs: 1_000 })
    const later = new Date(now.getTime() + 1_001)
    // c's lease ran out and another worker took it over; d was never claimed by w1.
    const [taken, d] = await database.queries.claimOutbox(2, 'w2', later)
    expect(taken?.id).toBe(c!.id)
    const redacted = { redactedAt: now.toISOString() }
    const marked = await database.queries.markOutboxDeliveredMany(
      [{ id: a!.id, payload: redacted }, { id: b!.id }, { id: c!.id }, { id: d!.id, payload: redacted }],
      { workerId: 'w1', now: later },
    )
    expect(marked.sort()).toEqual([a!.id, b!.id].sort())
    expect(await database.queries.markOutboxDeliveredMany([], { workerId: 'w1' })).toEqual([])
    const rows = new Map((await database.queries.listOutbox(tenantId)).map((r) => [r.id, r]))
    expect(rows.get(a!.id)).toMatchObject({ status: 'delivered', payload: redacted, deliveredAt: later, claimedBy: null, claimedUntil: null })
    expect(rows.get(b!.id)).toMatchObject({ status: 'delivered', payload: b!.payload, deliveredAt: later, claimedBy: null })
    expect(rows.get(c!.id)).toMatchObject({ status: 'processing', payload: c!.payload, claimedBy: 'w2' })
    expect(rows.get(d!.id)).toMatchObject({ status: 'processing', payload: d!.payload, claimedBy: 'w2' })
  })

  it('a claim whose lease ran out is taken over, and the old worker can no longer settle it', async () => {
    await enqueue(1)
    const now = new Date()
    const [row] = await database.queries.claimOutbox(1, 'slow', now, { leaseMs: 1_000 })
    expect(await database.queries.claimOutbox(1, 'fast', new Date(now.getTime() + 500))).toEqual([])
    const [taken] = await database.queries.claimOutbox(1, 'fast', new Date(now.getTime() + 1_001))
    expect(taken).toMatchObject({ id: row!.id, claimedBy: 'fast', attempts: 2 })
    expect(await database.queries.markOutboxDelivered(row!.id, { workerId: 'slow' })).toBe(false)
    expect(await database.queries.markOutboxDelivered(row!.id, { workerId: 'fast' })).toBe(true)
  })

  it('concurrent claimers never get the same row, and together get every row', async () => {
    await enqueue(60)
    const now = new Date()
    const batches = await Promise.all(
      Array.from({ length: 6 }, (_, i) => database.queries.claimOutbox(7, `worker-${i}`, now)),
    )
    const ids = batches.flat().map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    const rest = await database.queries.claimOutbox(100, 'sweeper', now)
    expect(ids.length + rest.length).toBe(60)
    expect(new Set([...ids, ...rest.map((r) => r.id)]).size).toBe(60)
  })
})

describe.runIf(process.env.DATABASE_URL)('outbox claiming with FOR UPDATE SKIP LOCKED on Postgres', () => {
  let database: Database
  beforeAll(async () => {
    database = await createPostgresTestDatabase(process.env.DATABASE_URL!, { max: 20 })
  })
  afterAll(async () => {
    await database?.close()
  })

  it('a claimer skips rows another transaction holds locked instead of waiting for them', async () => {
    const tenantId = tenant()
    for (let i = 0; i < 4; i++) {
      await database.queries.enqueueOutbox(tenantId, {
        kind: 'backoffice',
        payload: { i },
        idempotencyKey: `lock:${randomUUID()}`,
        nextAttemptAt: new Date(Date.now() - 10_000 + i),
      })
    }
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    let locked!: () => void
    const isLocked = new Promise<void>((resolve) => (locked = resolve))
    // Another worker's transaction holds the two oldest rows.
    const holder = database.db.transaction(async (tx) => {
      await tx.execute(
        sql`select id from outbox where status = 'pending' order by next_attempt_at limit 2 for update`,
      )
      locked()
      await held
    })
    await isLocked
    const claimed = await database.queries.claimOutbox(10, 'other', new Date())
    release()
    await holder
    expect(claimed.map((r) => r.payload)).toEqual([{ i: 2 }, { i: 3 }])
  })

  it('20 workers hammering 500 rows: every row claimed exactly once', async () => {
    await database.db.delete(outbox)
    const tenantId = tenant()
    await database.db.insert(outbox).values(
      Array.from({ length: 500 }, (_, i) => ({
        tenantId,
        kind: 'email' as const,
        payload: { i },
        idempotencyKey: `hammer:${randomUUID()}`,
        nextAttemptAt: new Date(Date.now() - 60_000),
      })),
    )
    const seen: string[] = []
    await Promise.all(
      Array.from({ length: 20 }, async (_, w) => {
        for (;;) {
          const rows = await database.queries.claimOutbox(9, `w${w}`, new Date())
          if (rows.length === 0) return
          seen.push(...rows.map((r) => r.id))
        }
      }),
    )
    expect(seen).toHaveLength(500)
    expect(new Set(seen).size).toBe(500)
  })
})
