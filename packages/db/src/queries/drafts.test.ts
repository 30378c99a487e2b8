import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../client.ts'
import { hashDraftToken, newDraftToken } from '../crypto.ts'
import { drafts, evidence } from '../schema.ts'
import { draftFor, tenant } from '../test-helpers.ts'
import { testDrivers } from '../testing.ts'
import { DRAFT_TTL_MS } from './drafts.ts'

const DAY = 24 * 60 * 60 * 1000

describe.each(testDrivers())('drafts on $name', ({ create }) => {
  let database: Database
  beforeAll(async () => {
    database = await create()
  })
  afterAll(async () => {
    await database?.close()
  })

  it('is found by its token hash, in its own force only, and stores only the hash', async () => {
    const tenantId = tenant()
    const { token, tokenHash } = newDraftToken()
    expect(tokenHash).toBe(hashDraftToken(token))
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/)
    const draft = await database.queries.createDraft(tenantId, {
      serviceId: 'theft',
      serviceVersion: '3',
      tokenHash,
      locale: 'cy',
    })
    expect(draft).toMatchObject({ tenantId, serviceId: 'theft', serviceVersion: '3', locale: 'cy', answers: {} })
    expect(draft.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/)
    expect(draft.expiresAt.getTime() - draft.createdAt.getTime()).toBe(DRAFT_TTL_MS)

    expect(await database.queries.getDraftByToken(tenantId, hashDraftToken(token))).toMatchObject({ id: draft.id })
    expect(await database.queries.getDraftByToken(tenant(), tokenHash)).toBeNull()
    expect(await database.queries.getDraftByToken(tenantId, hashDraftToken('guess'))).toBeNull()
    const stored = await database.db.select().from(drafts).where(eq(drafts.id, draft.id))
    expect(JSON.stringify(stored)).not.toContain(token)
  })

  it('saves answers, slides the expiry, and refuses other forces and submitted drafts', async () => {
    const tenantId = tenant()
    const { draft, tokenHash } = await draftFor(database, tenantId)
    const later = new Date(draft.createdAt.getTime() + 10 * DAY)
    expect(await database.queries.saveDraftAnswers(tenantId, draft.id, { what: 'bike' }, { now: later })).toBe(true)
    const saved = await database.queries.getDraftByToken(tenantId, tokenHash, later)
    expect(saved?.answers).toEqual({ what: 'bike' })
    expect(saved?.expiresAt.getTime()).toBe(later.getTime() + DRAFT_TTL_MS)

    expect(await database.queries.saveDraftAnswers(tenant(), draft.id, { what: 'hijack' })).toBe(false)
    expect(await database.queries.saveDraftAnswers(tenantId, 'not-a-uuid', {})).toBe(false)
    expect(await database.queries.saveDraftAnswers(tenantId, randomUUID(), {})).toBe(false)

    await database.db.update(drafts).set({ submittedReportId: null }).where(eq(drafts.id, draft.id))
    const { reportId } = await database.queries.submitReport(tenantId, {
      draftId: draft.id,
      idempotencyKey: draft.idempotencyKey,
      generateReference: () => `D-${randomUUID()}`,
      serviceId: 'theft',
      serviceVersion: '1',
      answers: [],
      outcome: { type: 'SUBMIT' },
      priority: 'low',
      priorityScore: 1,
      flags: [],
      rationale: [],
      contact: null,
      locale: 'en',
    })
    expect(reportId).toBeTruthy()
    expect(await database.queries.saveDraftAnswers(tenantId, draft.id, { what: 'again' })).toBe(false)
  })

  it('an expired draft is not found and cannot be saved', async () => {
    const tenantId = tenant()
    const { draft, tokenHash } = await draftFor(database, tenantId)
    const after = new Date(draft.expiresAt.getTime() + 1)
    expect(await database.queries.getDraftByToken(tenantId, tokenHash, after)).toBeNull()
    expect(await database.queries.saveDraftAnswers(tenantId, draft.id, {}, { now: after })).toBe(false)
  })

  it('deleteDraft removes the draft and its unsubmitted evidence, in its own force only', async () => {
    const tenantId = tenant()
    const { draft, tokenHash } = await draftFor(database, tenantId)
    const storageKey = `test/${randomUUID()}`
    await database.queries.addEvidence(tenantId, {
      draftId: draft.id,
      filename: 'a.png',
      contentType: 'image/png',
      sizeBytes: 10,
      sha256: 'b'.repeat(64),
      storageKey,
    })
    expect(await database.queries.deleteDraft(tenant(), draft.id)).toEqual({ drafts: 0, evidenceStorageKeys: [] })
    expect(await database.queries.deleteDraft(tenantId, draft.id)).toEqual({
      drafts: 1,
      evidenceStorageKeys: [storageKey],
    })
    expect(await database.queries.getDraftByToken(tenantId, tokenHash)).toBeNull()
    expect(await database.db.select().from(evidence).where(eq(evidence.storageKey, storageKey))).toEqual([])
  })

  it('purgeExpiredDrafts deletes expired drafts (in batches) and keeps live ones and submitted evidence', async () => {
    const tenantId = tenant()
    const old = new Date('2020-01-01T00:00:00Z')
    const expired = await Promise.all(
      [1, 2, 3, 4, 5].map(() =>
        database.queries.createDraft(tenantId, {
          serviceId: 'theft',
          serviceVersion: '1',
          tokenHash: newDraftToken().tokenHash,
          now: old,
        }),
      ),
    )
    const orphanKey = `test/${randomUUID()}`
    await database.queries.addEvidence(tenantId, {
      draftId: expired[0]!.id,
      filename: 'x.pdf',
      contentType: 'application/pdf',
      sizeBytes: 5,
      sha256: 'c'.repeat(64),
      storageKey: orphanKey,
    })
    const { draft: live } = await draftFor(database, tenantId)

    const result = await database.queries.purgeExpiredDrafts(new Date(), 2)
    expect(result.drafts).toBeGreaterThanOrEqual(5)
    expect(result.evidenceStorageKeys).toContain(orphanKey)
    const left = await database.db.select({ id: drafts.id }).from(drafts).where(eq(drafts.tenantId, tenantId))
    expect(left).toEqual([{ id: live.id }])
    expect(await database.queries.purgeExpiredDrafts(new Date())).toEqual({ drafts: 0, evidenceStorageKeys: [] })
  })
})
