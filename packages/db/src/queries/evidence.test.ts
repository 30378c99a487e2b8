import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../client.ts'
import { NotFoundInTenantError } from '../errors.ts'
import { draftFor, submission, tenant } from '../test-helpers.ts'
import { testDrivers } from '../testing.ts'

const file = () => ({
  filename: 'photo.jpg',
  contentType: 'image/jpeg',
  sizeBytes: 2048,
  sha256: 'd'.repeat(64),
  storageKey: `test/${randomUUID()}`,
})

describe.each(testDrivers())('evidence on $name', ({ create }) => {
  let database: Database
  beforeAll(async () => {
    database = await create()
  })
  afterAll(async () => {
    await database?.close()
  })

  it('is added to a draft, listed in its force only, and moves to the report on submission', async () => {
    const tenantId = tenant()
    const { draft } = await draftFor(database, tenantId)
    const one = await database.queries.addEvidence(tenantId, { draftId: draft.id, ...file() })
    const two = await database.queries.addEvidence(tenantId, { draftId: draft.id, ...file() })
    expect((await database.queries.listEvidence(tenantId, { draftId: draft.id })).map((e) => e.id)).toEqual([
      one.id,
      two.id,
    ])
    expect(await database.queries.listEvidence(tenant(), { draftId: draft.id })).toEqual([])
    expect(await database.queries.getEvidence(tenant(), one.id)).toBeNull()
    expect(await database.queries.getEvidence(tenantId, one.id)).toMatchObject({ sizeBytes: 2048 })

    const { reportId } = await database.queries.submitReport(
      tenantId,
      submission({ draftId: draft.id, idempotencyKey: draft.idempotencyKey }),
    )
    expect(await database.queries.listEvidence(tenantId, { reportId })).toHaveLength(2)
    // Submitted evidence is part of the record: it can no longer be removed as draft evidence.
    expect(await database.queries.deleteDraftEvidence(tenantId, one.id)).toBeNull()
    // Nor can more be added to the submitted draft.
    await expect(database.queries.addEvidence(tenantId, { draftId: draft.id, ...file() })).rejects.toBeInstanceOf(
      NotFoundInTenantError,
    )
  })

  it("cannot be attached to another force's draft or report", async () => {
    const owner = tenant()
    const { draft } = await draftFor(database, owner)
    const { reportId } = await database.queries.submitReport(owner, submission())
    const intruder = tenant()
    await expect(database.queries.addEvidence(intruder, { draftId: draft.id, ...file() })).rejects.toBeInstanceOf(
      NotFoundInTenantError,
    )
    await expect(database.queries.addEvidence(intruder, { reportId, ...file() })).rejects.toBeInstanceOf(
      NotFoundInTenantError,
    )
    await expect(database.queries.addEvidence(owner, { reportId, ...file() })).resolves.toMatchObject({ reportId })
    await expect(database.queries.addEvidence(owner, { ...file() })).rejects.toThrow(/exactly one/)
  })

  it('draft evidence can be removed, returning the storage key to delete', async () => {
    const tenantId = tenant()
    const { draft } = await draftFor(database, tenantId)
    const added = await database.queries.addEvidence(tenantId, { draftId: draft.id, ...file() })
    expect(await database.queries.deleteDraftEvidence(tenant(), added.id)).toBeNull()
    expect(await database.queries.deleteDraftEvidence(tenantId, added.id)).toBe(added.storageKey)
    expect(await database.queries.listEvidence(tenantId, { draftId: draft.id })).toEqual([])
  })
})
