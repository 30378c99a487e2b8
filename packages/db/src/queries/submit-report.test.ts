import { randomUUID } from 'node:crypto'
import { and, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows, type Database } from '../client.ts'
import { DraftNotFoundError, RateLimitedError, ReferenceExhaustedError } from '../errors.ts'
import { drafts, evidence, outbox, reportEvents, reports } from '../schema.ts'
import { draftFor, reference, submission, tenant } from '../test-helpers.ts'
import { createPostgresTestDatabase, testDrivers } from '../testing.ts'

describe.each(testDrivers())('submitReport on $name', ({ create }) => {
  let database: Database
  beforeAll(async () => {
    database = await create()
  })
  afterAll(async () => {
    await database?.close()
  })

  async function rowsFor(tenantId: string) {
    const { db } = database
    return {
      reports: await db.select().from(reports).where(eq(reports.tenantId, tenantId)),
      events: await db.select().from(reportEvents).where(eq(reportEvents.tenantId, tenantId)),
      outbox: await db.select().from(outbox).where(eq(outbox.tenantId, tenantId)),
      drafts: await db.select().from(drafts).where(eq(drafts.tenantId, tenantId)),
    }
  }

  it('writes the report, its first event and its outbox rows, links evidence and closes the draft, in one go', async () => {
    const tenantId = tenant()
    const { draft } = await draftFor(database, tenantId, { what: 'bicycle' })
    const file = await database.queries.addEvidence(tenantId, {
      draftId: draft.id,
      filename: 'cctv.jpg',
      contentType: 'image/jpeg',
      sizeBytes: 1234,
      sha256: 'a'.repeat(64),
      storageKey: `test/${randomUUID()}`,
    })

    const result = await database.queries.submitReport(
      tenantId,
      submission({ draftId: draft.id, idempotencyKey: draft.idempotencyKey, flags: ['vulnerable', 'hate'] }),
    )
    expect(result.created).toBe(true)
    expect(result.reference).toMatch(/^TST-/)

    const rows = await rowsFor(tenantId)
    expect(rows.reports).toHaveLength(1)
    const report = rows.reports[0]!
    expect(report).toMatchObject({
      id: result.reportId,
      reference: result.reference,
      status: 'received',
      serviceId: 'theft',
      serviceVersion: '1',
      priority: 'standard',
      priorityScore: 20,
      flags: ['vulnerable', 'hate'],
      answers: [{ question: 'What was stolen?', answer: 'A bicycle' }],
      contact: { name: 'Sam Example', email: 'Sam@Example.org' },
      locale: 'en',
      crimeNumber: null,
      assignedTo: null,
    })
    // Verification is stored only as hashes, never as the plain email or postcode.
    expect(report.emailHash).toMatch(/^[0-9a-f]{64}$/)
    expect(report.postcodeHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify([report.emailHash, report.postcodeHash, report.verificationSalt])).not.toMatch(/LE1|sam/i)

    expect(rows.events).toEqual([
      expect.objectContaining({ kind: 'submitted', visibility: 'public', actor: 'public', reportId: report.id }),
    ])
    expect(rows.outbox.map((o) => o.kind).sort()).toEqual(['backoffice', 'email'])
    const email = rows.outbox.find((o) => o.kind === 'email')!
    expect(email).toMatchObject({ status: 'pending', attempts: 0, reportId: report.id })
    expect(email.payload).toMatchObject({
      template: 'report-confirmation',
      to: 'Sam@Example.org',
      reference: result.reference,
      locale: 'en',
    })
    expect(rows.drafts[0]).toMatchObject({ submittedReportId: report.id, answers: {} })

    const [linked] = await database.db.select().from(evidence).where(eq(evidence.id, file.id))
    expect(linked?.reportId).toBe(report.id)
  })

  it('an anonymous report with no email queues only the back-office delivery', async () => {
    const tenantId = tenant()
    await database.queries.submitReport(tenantId, submission({ contact: null, verification: {}, emails: [] }))
    const rows = await rowsFor(tenantId)
    expect(rows.reports[0]).toMatchObject({ contact: null, emailHash: null, postcodeHash: null })
    expect(rows.outbox.map((o) => o.kind)).toEqual(['backoffice'])
  })

  it('the same idempotency key twice gives the same reference and one report', async () => {
    const tenantId = tenant()
    const input = submission()
    const first = await database.queries.submitReport(tenantId, input)
    const second = await database.queries.submitReport(tenantId, { ...input, generateReference: reference })
    expect(second).toEqual({ ...first, created: false })
    const rows = await rowsFor(tenantId)
    expect(rows.reports).toHaveLength(1)
    expect(rows.events).toHaveLength(1)
    expect(rows.outbox).toHaveLength(2)
  })

  it('a draft submitted twice gives the same reference', async () => {
    const tenantId = tenant()
    const { draft } = await draftFor(database, tenantId)
    const input = submission({ draftId: draft.id, idempotencyKey: draft.idempotencyKey })
    const first = await database.queries.submitReport(tenantId, input)
    const again = await database.queries.submitReport(tenantId, input)
    expect(again).toEqual({ ...first, created: false })
  })

  it('20 concurrent submits with one key make one report, and all get its reference', async () => {
    const tenantId = tenant()
    const { draft } = await draftFor(database, tenantId)
    const input = submission({ draftId: draft.id, idempotencyKey: draft.idempotencyKey })
    const results = await Promise.all(Array.from({ length: 20 }, () => database.queries.submitReport(tenantId, input)))
    expect(new Set(results.map((r) => r.reference)).size).toBe(1)
    expect(results.filter((r) => r.created)).toHaveLength(1)
    const rows = await rowsFor(tenantId)
    expect(rows.reports).toHaveLength(1)
    expect(rows.events).toHaveLength(1)
    expect(rows.outbox).toHaveLength(2)
  })

  it('20 concurrent submits with one key and no draft also make one report', async () => {
    const tenantId = tenant()
    const input = submission()
    const results = await Promise.all(Array.from({ length: 20 }, () => database.queries.submitReport(tenantId, input)))
    expect(new Set(results.map((r) => r.reference)).size).toBe(1)
    expect((await rowsFor(tenantId)).reports).toHaveLength(1)
  })

  it('50 different submissions at once all land, each complete', async () => {
    const tenantId = tenant()
    const made = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const { draft } = await draftFor(database, tenantId)
        return database.queries.submitReport(
          tenantId,
          submission({ draftId: draft.id, idempotencyKey: draft.idempotencyKey }),
        )
      }),
    )
    expect(new Set(made.map((r) => r.reference)).size).toBe(50)
    const rows = await rowsFor(tenantId)
    expect(rows.reports).toHaveLength(50)
    expect(rows.events).toHaveLength(50)
    expect(rows.outbox).toHaveLength(100)
    expect(rows.drafts.every((d) => d.submittedReportId !== null)).toBe(true)
  })

  it('retries with a new reference when the generated one is taken (in any force)', async () => {
    const taken = (await database.queries.submitReport(tenant(), submission())).reference
    const tenantId = tenant()
    const generated: string[] = []
    const generator = () => {
      const next = generated.length < 2 ? taken : reference()
      generated.push(next)
      return next
    }
    const result = await database.queries.submitReport(tenantId, submission({ generateReference: generator }))
    expect(generated).toHaveLength(3)
    expect(result.reference).toBe(generated[2])
    expect(result.created).toBe(true)
    const rows = await rowsFor(tenantId)
    expect(rows.reports).toHaveLength(1)
    expect(rows.events).toHaveLength(1)
  })

  it('gives up with ReferenceExhaustedError when every reference is taken', async () => {
    const taken = (await database.queries.submitReport(tenant(), submission())).reference
    const tenantId = tenant()
    await expect(
      database.queries.submitReport(tenantId, submission({ generateReference: () => taken, maxReferenceAttempts: 3 })),
    ).rejects.toBeInstanceOf(ReferenceExhaustedError)
    expect((await rowsFor(tenantId)).reports).toHaveLength(0)
  })

  it('a failure mid-transaction leaves no report, no event, no outbox row, and the draft as it was', async () => {
    const tenantId = tenant()
    const { draft } = await draftFor(database, tenantId, { what: 'a bicycle', when: '2025-05-01' })
    // A real database error on the last insert of the transaction: a trigger refusing outbox rows for this tenant.
    const fn = `fail_outbox_${tenantId.replaceAll('-', '_')}`
    await database.db.execute(
      sql.raw(`create function ${fn}() returns trigger language plpgsql as $$
        begin
          if new.tenant_id = '${tenantId}' then raise exception 'outbox unavailable'; end if;
          return new;
        end $$`),
    )
    await database.db.execute(
      sql.raw(`create trigger ${fn} before insert on outbox for each row execute function ${fn}()`),
    )
    const input = submission({ draftId: draft.id, idempotencyKey: draft.idempotencyKey })
    try {
      await expect(database.queries.submitReport(tenantId, input)).rejects.toThrow()
    } finally {
      await database.db.execute(sql.raw(`drop trigger ${fn} on outbox`))
      await database.db.execute(sql.raw(`drop function ${fn}()`))
    }
    const rows = await rowsFor(tenantId)
    expect(rows.reports).toHaveLength(0)
    expect(rows.events).toHaveLength(0)
    expect(rows.outbox).toHaveLength(0)
    expect(rows.drafts).toEqual([
      expect.objectContaining({ id: draft.id, submittedReportId: null, answers: { what: 'a bicycle', when: '2025-05-01' } }),
    ])

    // Once the database is well again, the same draft submits normally.
    const retried = await database.queries.submitReport(tenantId, input)
    expect(retried.created).toBe(true)
  })

  it("refuses another force's draft, and a malformed draft id", async () => {
    const owner = tenant()
    const { draft } = await draftFor(database, owner)
    const intruder = tenant()
    await expect(
      database.queries.submitReport(intruder, submission({ draftId: draft.id, idempotencyKey: draft.idempotencyKey })),
    ).rejects.toBeInstanceOf(DraftNotFoundError)
    await expect(database.queries.submitReport(intruder, submission({ draftId: 'nope' }))).rejects.toBeInstanceOf(
      DraftNotFoundError,
    )
    const [untouched] = await database.db.select().from(drafts).where(eq(drafts.id, draft.id))
    expect(untouched?.submittedReportId).toBeNull()
    expect((await rowsFor(intruder)).reports).toHaveLength(0)
  })

  it('counts a rate-limit hit with the submission: over the limit writes nothing, and a refused draft counts none', async () => {
    const tenantId = tenant()
    const now = new Date('2026-06-01T10:00:00Z')
    const rateLimit = { key: `submission:${randomUUID()}`, limit: 2, windowMs: 600_000 }
    const intruder = tenant()
    const { draft: other } = await draftFor(database, tenant())
    await expect(
      database.queries.submitReport(intruder, submission({ draftId: other.id, idempotencyKey: other.idempotencyKey, rateLimit, now })),
    ).rejects.toBeInstanceOf(DraftNotFoundError)
    for (let i = 0; i < 2; i++) {
      const { draft } = await draftFor(database, tenantId)
      const sent = await database.queries.submitReport(tenantId, submission({ draftId: draft.id, idempotencyKey: draft.idempotencyKey, rateLimit, now }))
      expect(sent.created).toBe(true)
    }
    const { draft } = await draftFor(database, tenantId, { what: 'a bicycle' })
    const refused = await database.queries
      .submitReport(tenantId, submission({ draftId: draft.id, idempotencyKey: draft.idempotencyKey, rateLimit, now }))
      .catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(RateLimitedError)
    // Three hits in this window: the next is allowed once 1 + 3 × (what is left of them) ≤ 2, a third into the next.
    expect((refused as RateLimitedError).resetAt).toEqual(new Date('2026-06-01T10:16:40Z'))
    const rows = await rowsFor(tenantId)
    expect(rows.reports).toHaveLength(2)
    expect(rows.drafts.find((d) => d.id === draft.id)).toMatchObject({ submittedReportId: null, answers: { what: 'a bicycle' } })
    // The other force's draft counted no hit (its call rolled back); the two sent and the one refused did.
    expect(await database.queries.peekRateLimit(rateLimit.key, rateLimit.limit, rateLimit.windowMs, now)).toMatchObject({ count: 3 })
    // Not at the next window's start, where those three still count in full, but at the time it said.
    const resend = (at: string) =>
      database.queries.submitReport(
        tenantId,
        submission({ draftId: draft.id, idempotencyKey: draft.idempotencyKey, rateLimit, now: new Date(at) }),
      )
    const peek = (at: string) => database.queries.peekRateLimit(rateLimit.key, rateLimit.limit, rateLimit.windowMs, new Date(at))
    expect(await peek('2026-06-01T10:10:00Z')).toMatchObject({ allowed: false, previous: 3 })
    expect(await peek('2026-06-01T10:16:39.999Z')).toMatchObject({ allowed: false })
    expect(await peek('2026-06-01T10:16:40Z')).toMatchObject({ allowed: true })
    expect((await resend('2026-06-01T10:16:40Z')).created).toBe(true)
  })

  it('one idempotency key in two forces makes two reports (keys are per force)', async () => {
    const key = randomUUID()
    const a = await database.queries.submitReport(tenant(), submission({ idempotencyKey: key }))
    const b = await database.queries.submitReport(tenant(), submission({ idempotencyKey: key }))
    expect(a.reference).not.toBe(b.reference)
    expect(b.created).toBe(true)
  })

  it('tenant scoping: force B cannot read force A’s report by reference, id, tracking or events', async () => {
    const a = tenant()
    const b = tenant()
    const made = await database.queries.submitReport(a, submission())
    expect(await database.queries.getReportByReference(a, made.reference)).toMatchObject({ id: made.reportId })
    expect(await database.queries.getReport(a, made.reportId)).toMatchObject({ reference: made.reference })

    expect(await database.queries.getReportByReference(b, made.reference)).toBeNull()
    expect(await database.queries.getReport(b, made.reportId)).toBeNull()
    expect(await database.queries.getReport(b, 'not-a-uuid')).toBeNull()
    expect(await database.queries.getReportForTracking(b, made.reference, { email: 'sam@example.org' })).toBeNull()
    expect(await database.queries.listReportEvents(b, made.reportId)).toEqual([])
    await expect(
      database.queries.addReportEvent(b, made.reportId, { kind: 'internal_note', visibility: 'internal', actor: 'x' }),
    ).rejects.toThrow()
    const events = await database.db
      .select()
      .from(reportEvents)
      .where(and(eq(reportEvents.reportId, made.reportId), eq(reportEvents.tenantId, b)))
    expect(events).toEqual([])
  })
})

describe.runIf(process.env.DATABASE_URL)('submitReport and an upload racing it on Postgres', () => {
  let database: Database
  beforeAll(async () => {
    database = await createPostgresTestDatabase(process.env.DATABASE_URL!)
  })
  afterAll(async () => {
    await database?.close()
  })

  it('a file still being recorded when the report is sent is linked to the report, not left behind', async () => {
    const tenantId = tenant()
    const { draft } = await draftFor(database, tenantId, { what: 'bicycle' })
    let release!: () => void
    const released = new Promise<void>((resolve) => (release = resolve))
    let recorded!: () => void
    const inserted = new Promise<void>((resolve) => (recorded = resolve))
    // The upload's insert holds a key-share lock on its draft (the foreign key) until it commits; the submit's
    // FOR UPDATE on the draft waits for that commit, and must then see the file.
    const upload = database.db.transaction(async (tx) => {
      const [file] = await tx
        .insert(evidence)
        .values({ tenantId, draftId: draft.id, filename: 'cctv.jpg', contentType: 'image/jpeg', sizeBytes: 1, sha256: 'b'.repeat(64), originalSha256: 'b'.repeat(64), storageKey: `test/${randomUUID()}` })
        .returning()
      recorded()
      await released
      return file!
    })
    await inserted
    const submitted = database.queries.submitReport(tenantId, submission({ draftId: draft.id, idempotencyKey: draft.idempotencyKey }))
    // Wait until the submit is queued on the draft's lock.
    for (let i = 0; i < 100; i++) {
      const rows = await queryRows<{ waiting: number }>(
        database.db,
        sql`select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
      )
      if (rows[0]!.waiting > 0) break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    release()
    const file = await upload
    const result = await submitted
    expect(result.created).toBe(true)
    const [linked] = await database.db.select().from(evidence).where(eq(evidence.id, file.id))
    expect(linked?.reportId).toBe(result.reportId)
  })
})
