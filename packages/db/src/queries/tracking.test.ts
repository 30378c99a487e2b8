import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../client.ts'
import { submission, tenant } from '../test-helpers.ts'
import { testDrivers } from '../testing.ts'

describe.each(testDrivers())('track my report on $name', ({ create }) => {
  let database: Database
  beforeAll(async () => {
    database = await create()
  })
  afterAll(async () => {
    await database?.close()
  })

  async function submitted(overrides = {}) {
    const tenantId = tenant()
    const made = await database.queries.submitReport(tenantId, submission(overrides))
    return { tenantId, ...made }
  }

  it('the email given (any case, any spacing) or the postcode (any case, any spacing) opens the report', async () => {
    const { tenantId, reference } = await submitted()
    for (const proof of [
      { email: 'sam@example.org' },
      { email: '  SAM@EXAMPLE.ORG ' },
      { postcode: 'le16ab' },
      { postcode: ' LE1  6AB' },
      { email: 'wrong@example.org', postcode: 'LE1 6AB' },
    ]) {
      const view = await database.queries.getReportForTracking(tenantId, reference, proof)
      expect(view, JSON.stringify(proof)).toMatchObject({ reference, status: 'received', serviceId: 'theft' })
    }
  })

  it('a wrong guess learns nothing: wrong email, wrong postcode, no proof, wrong reference, wrong force', async () => {
    const { tenantId, reference } = await submitted()
    const q = database.queries
    expect(await q.getReportForTracking(tenantId, reference, { email: 'other@example.org' })).toBeNull()
    expect(await q.getReportForTracking(tenantId, reference, { postcode: 'LE1 6AC' })).toBeNull()
    expect(await q.getReportForTracking(tenantId, reference, {})).toBeNull()
    expect(await q.getReportForTracking(tenantId, reference, { email: '', postcode: '  ' })).toBeNull()
    expect(await q.getReportForTracking(tenantId, 'TST-NOPE', { email: 'sam@example.org' })).toBeNull()
    expect(await q.getReportForTracking(tenant(), reference, { email: 'sam@example.org' })).toBeNull()
  })

  it('an anonymous report cannot be tracked by anything', async () => {
    const { tenantId, reference } = await submitted({ contact: null, verification: {}, emails: [] })
    expect(await database.queries.getReportForTracking(tenantId, reference, { email: '' })).toBeNull()
    expect(await database.queries.getReportForTracking(tenantId, reference, { postcode: 'LE1 6AB' })).toBeNull()
  })

  it('shows public events in order, never internal notes, and exposes no hashes', async () => {
    const { tenantId, reportId, reference } = await submitted()
    const t0 = Date.now()
    await database.queries.addReportEvent(tenantId, reportId, {
      kind: 'internal_note',
      visibility: 'internal',
      body: { text: 'suspect known to us' },
      actor: 'staff:1',
      now: new Date(t0 + 1000),
    })
    await database.queries.addReportEvent(tenantId, reportId, {
      kind: 'public_update',
      visibility: 'public',
      body: { text: 'An officer will call you' },
      actor: 'staff:1',
      now: new Date(t0 + 2000),
    })
    const view = await database.queries.getReportForTracking(tenantId, reference, { email: 'sam@example.org' })
    expect(view?.events.map((e) => e.kind)).toEqual(['submitted', 'public_update'])
    expect(view?.events[1]?.body).toEqual({ text: 'An officer will call you' })
    expect(Object.keys(view!).sort()).toEqual(['events', 'reference', 'serviceId', 'status', 'submittedAt', 'updatedAt'])
    expect(await database.queries.listReportEvents(tenantId, reportId)).toHaveLength(3)
    expect(await database.queries.listReportEvents(tenantId, reportId, { publicOnly: true })).toHaveLength(2)
  })
})
