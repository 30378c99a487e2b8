// A report made on one force's site about another force's area: stored under the receiving force in the same one
// transaction, the draft staying with the site's force; idempotent by draft; isolated by row-level security.
import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBackofficeQueries } from '../backoffice.ts'
import type { Database } from '../client.ts'
import { drafts, evidence, outbox, reportEvents, reports } from '../schema.ts'
import { draftFor, submission, tenant } from '../test-helpers.ts'
import { withTenant } from '../tenant-scope.ts'
import { testDrivers } from '../testing.ts'

describe.each(testDrivers())('submitReport to another force on $name', ({ create }) => {
  let database: Database
  beforeAll(async () => {
    database = await create()
  })
  afterAll(async () => {
    await database?.close()
  })

  async function crossBorder() {
    const site = tenant()
    const receiving = tenant()
    const { draft } = await draftFor(database, site, { what: 'phone' })
    const file = await database.queries.addEvidence(site, {
      draftId: draft.id,
      filename: 'receipt.pdf',
      contentType: 'application/pdf',
      sizeBytes: 900,
      sha256: 'b'.repeat(64),
      storageKey: `test/${randomUUID()}`,
    })
    const input = submission({
      draftId: draft.id,
      idempotencyKey: draft.idempotencyKey,
      toTenant: receiving,
      routedBecause: 'The postcode M1 1AE is in the Greater Manchester Police area.',
      generateReference: () => `GMP-${randomUUID().slice(0, 8)}`,
    })
    const result = await database.queries.submitReport(site, input)
    return { site, receiving, draft, file, input, result }
  }

  it('stores the report, its event, its outbox rows and its evidence under the receiving force, saying where it came from', async () => {
    const { site, receiving, draft, file, result } = await crossBorder()
    const { db } = database
    const [report] = await db.select().from(reports).where(eq(reports.id, result.reportId))
    expect(report).toMatchObject({ tenantId: receiving, transferredFromTenant: site, status: 'received', reference: result.reference })
    const events = await db.select().from(reportEvents).where(eq(reportEvents.reportId, result.reportId))
    expect(events).toEqual([
      expect.objectContaining({
        tenantId: receiving,
        kind: 'submitted',
        body: { reference: result.reference, from: site, to: receiving, reason: 'The postcode M1 1AE is in the Greater Manchester Police area.' },
      }),
    ])
    const queued = await db.select().from(outbox).where(eq(outbox.reportId, result.reportId))
    expect(queued.map((r) => [r.tenantId, r.kind]).sort()).toEqual([
      [receiving, 'backoffice'],
      [receiving, 'email'],
    ])
    const [moved] = await db.select().from(evidence).where(eq(evidence.id, file.id))
    expect(moved).toMatchObject({ tenantId: receiving, reportId: result.reportId })
    const [closed] = await db.select().from(drafts).where(eq(drafts.id, draft.id))
    expect(closed).toMatchObject({ tenantId: site, submittedReportId: result.reportId, answers: {} })
  })

  it('gives the same reference when the same draft is sent twice', async () => {
    const { site, input, result } = await crossBorder()
    const again = await database.queries.submitReport(site, { ...input, generateReference: () => 'GMP-SECOND' })
    expect(again).toEqual({ reportId: result.reportId, reference: result.reference, created: false })
    const count = await database.db.select().from(reports).where(eq(reports.idempotencyKey, input.idempotencyKey))
    expect(count).toHaveLength(1)
  })

  it('lets the browser that holds the draft find its report through the site’s force only', async () => {
    const { site, receiving, draft, result } = await crossBorder()
    expect((await database.queries.getSubmittedReport(site, draft.id))?.reference).toBe(result.reference)
    expect(await database.queries.getSubmittedReport(receiving, draft.id)).toBeNull()
    expect(await database.queries.getSubmittedReport(site, randomUUID())).toBeNull()
    // The site's force does not hold the report itself.
    expect(await database.queries.getReport(site, result.reportId)).toBeNull()
    expect((await database.queries.getReport(receiving, result.reportId))?.reference).toBe(result.reference)
  })

  it('is in the receiving force’s queue and not the site’s, under row-level security', async () => {
    const { site, receiving, result } = await crossBorder()
    const staff = createBackofficeQueries(database.db)
    const theirs = await staff.listQueue(receiving)
    expect(theirs.rows.map((r) => [r.reference, r.transferredFromTenant])).toEqual([[result.reference, site]])
    expect((await staff.listQueue(site)).rows).toEqual([])
    const seen = await withTenant(database.db, site, (tx) => tx.select().from(reports).where(eq(reports.id, result.reportId)))
    expect(seen).toEqual([])
  })

  it('writes nothing when it fails, leaving the draft to send again', async () => {
    const site = tenant()
    const { draft } = await draftFor(database, site, { what: 'phone' })
    const bad = submission({ draftId: draft.id, idempotencyKey: draft.idempotencyKey, toTenant: tenant(), priorityScore: Number.NaN })
    await expect(database.queries.submitReport(site, bad)).rejects.toThrow()
    const [open] = await database.db.select().from(drafts).where(eq(drafts.id, draft.id))
    expect(open!.submittedReportId).toBeNull()
    expect(await database.db.select().from(reports).where(eq(reports.idempotencyKey, draft.idempotencyKey))).toEqual([])
  })
})
