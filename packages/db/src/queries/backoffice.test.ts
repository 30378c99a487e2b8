// The staff queue and its actions in the data layer: order, filters, status rules, isolation of
// every function by force, transfer, the dashboard figures and the pull listing. Both drivers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDrivers } from '../testing.ts'
import type { Database } from '../client.ts'
import { createBackofficeQueries, type BackofficeData } from '../backoffice.ts'
import { submission, tenant } from '../test-helpers.ts'

for (const driver of testDrivers()) {
  describe(`back-office queries on ${driver.name}`, () => {
    let database: Database
    let data: BackofficeData
    const a = tenant()
    const b = tenant()
    const ids: Record<string, string> = {}
    beforeAll(async () => {
      database = await driver.create()
      data = createBackofficeQueries(database.db)
      const t0 = new Date('2026-03-20T10:00:00Z')
      const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000)
      ids.oldLow = (await database.queries.submitReport(a, submission({ priorityScore: 10, priority: 'low', now: at(0), flags: [] }))).reportId
      ids.newHigh = (await database.queries.submitReport(a, submission({ priorityScore: 80, priority: 'high', now: at(30), flags: ['injury'] }))).reportId
      ids.oldHigh = (await database.queries.submitReport(a, submission({ priorityScore: 80, priority: 'high', now: at(10), serviceId: 'burglary', flags: [] }))).reportId
      ids.other = (await database.queries.submitReport(b, submission({ priorityScore: 99, now: at(5) }))).reportId
    })
    afterAll(() => database?.close())

    it('orders the queue by priority, then age, and filters', async () => {
      const { rows, total } = await data.listQueue(a)
      expect(rows.map((r) => r.id)).toEqual([ids.oldHigh, ids.newHigh, ids.oldLow])
      expect(total).toBe(3)
      expect((await data.listQueue(a, { serviceId: 'burglary' })).rows.map((r) => r.id)).toEqual([ids.oldHigh])
      expect((await data.listQueue(a, { flag: 'injury' })).rows.map((r) => r.id)).toEqual([ids.newHigh])
      expect((await data.listQueue(a, { from: new Date('2026-03-20T10:20:00Z') })).rows.map((r) => r.id)).toEqual([ids.newHigh])
    })

    it('puts a higher level first whatever the score, then the higher score, then the older report', async () => {
      const c = tenant()
      const t0 = new Date('2026-03-21T09:00:00Z')
      const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000)
      const add = async (priority: 'low' | 'standard' | 'medium' | 'high', priorityScore: number, minutes: number) =>
        (await database.queries.submitReport(c, submission({ priority, priorityScore, now: at(minutes), flags: [] }))).reportId
      // Made in an order that matches none of the orders tested, so only the query's ORDER BY can pass.
      const low = await add('low', 5, 0)
      const standard = await add('standard', 30, 1)
      const mediumFloored = await add('medium', 12, 2)
      const highFloored = await add('high', 15, 3)
      const medium = await add('medium', 60, 4)
      const highScored = await add('high', 80, 40)
      const highScoredOld = await add('high', 80, 10)
      const expected = [highScoredOld, highScored, highFloored, medium, mediumFloored, standard, low]
      expect((await data.listQueue(c)).rows.map((r) => r.id)).toEqual(expected)
      // The order holds across pages.
      expect((await data.listQueue(c, {}, { limit: 3, offset: 3 })).rows.map((r) => r.id)).toEqual(expected.slice(3, 6))
    })

    it('finds nothing of another force, by any function', async () => {
      expect(await data.getReportDetail(a, ids.other!)).toBeNull()
      expect(await data.getReportDetail(b, 'not-a-uuid')).toBeNull()
      await expect(data.setReportStatus(a, ids.other!, { status: 'in_review', actor: 'staff:x' })).rejects.toThrow(/no report/)
      await expect(data.addInternalNote(a, ids.other!, { text: 'x', actor: 'staff:x' })).rejects.toThrow(/no report/)
      await expect(data.transferReport(a, ids.other!, { toTenant: a, reason: 'x', actor: 'staff:x' })).rejects.toThrow()
      expect((await data.listReportsForApi(a)).reports.map((r) => r.report.id)).not.toContain(ids.other)
    })

    it('requires a crime number for "crime recorded" and writes a public event', async () => {
      await expect(data.setReportStatus(a, ids.oldLow!, { status: 'crime_recorded', actor: 'staff:x' })).rejects.toThrow(/crime number/)
      await data.setReportStatus(a, ids.oldLow!, { status: 'crime_recorded', crimeNumber: 'LE/1/26', publicText: 'Recorded', actor: 'staff:x' })
      const detail = await data.getReportDetail(a, ids.oldLow!)
      expect(detail?.report).toMatchObject({ status: 'crime_recorded', crimeNumber: 'LE/1/26' })
      expect(detail?.events.at(-1)).toMatchObject({ kind: 'status_changed', visibility: 'public', body: { from: 'received', to: 'crime_recorded', crimeNumber: 'LE/1/26', text: 'Recorded' } })
    })

    it('counts the dashboard: reports per day and service, median time to first staff action', async () => {
      const dash = await data.getDashboard(a, { fromDay: '2026-03-20', toDay: '2026-03-20' })
      expect(dash.perDay).toEqual([
        { day: '2026-03-20', serviceId: 'burglary', count: 1 },
        { day: '2026-03-20', serviceId: 'theft', count: 2 },
      ])
      expect(dash.outcomes[0]).toEqual({ outcome: 'SUBMITTED', agency: '', count: 3 })
      expect(dash.actedOn).toBe(1)
      expect(dash.medianMinutesToFirstAction).toBeGreaterThan(0)
    })

    it('transfers a report with its history; the receiving force sees it, the sender no longer does', async () => {
      await data.transferReport(a, ids.newHigh!, { toTenant: b, reason: 'happened in B', actor: 'staff:x' })
      expect(await data.getReportDetail(a, ids.newHigh!)).toBeNull()
      const moved = await data.getReportDetail(b, ids.newHigh!)
      expect(moved?.report).toMatchObject({ tenantId: b, transferredFromTenant: a, status: 'received' })
      expect(moved?.events.map((e) => e.kind)).toEqual(['submitted', 'transferred'])
    })

    it('pages the pull listing with a cursor, oldest first', async () => {
      const first = await data.listReportsForApi(a, { limit: 1 })
      expect(first.reports).toHaveLength(1)
      const second = await data.listReportsForApi(a, { after: first.next, limit: 1 })
      expect(second.reports.map((r) => r.report.id)).toEqual([ids.oldHigh])
      expect(second.next).toBeNull()
    })
  })
}
