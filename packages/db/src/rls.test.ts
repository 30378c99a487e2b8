// Row-level security: as the app role, a transaction with no tenant set sees nothing, and a
// transaction for force A sees and writes only A's rows, whatever its queries forget to filter. Both drivers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { testDrivers } from './testing.ts'
import type { Database } from './client.ts'
import { auditLog, staff } from './schema-backoffice.ts'
import { outbox, reportEvents, reports } from './schema.ts'
import { createBackofficeQueries, withTenant, withoutTenant } from './backoffice.ts'
import { submission, tenant } from './test-helpers.ts'

for (const driver of testDrivers()) {
  describe(`row-level security on ${driver.name}`, () => {
    let database: Database
    const a = tenant()
    const b = tenant()
    beforeAll(async () => {
      database = await driver.create()
      await database.queries.submitReport(a, submission())
      await database.queries.submitReport(b, submission())
      const data = createBackofficeQueries(database.db)
      await data.upsertStaff(a, { email: 'a@example.org', name: 'A', role: 'handler', passwordHash: 'x' })
      await data.appendAudit(a, { actor: 'system', action: 'test' })
    })
    afterAll(() => database?.close())

    it('returns nothing without a tenant set, on every table of force data', async () => {
      const counts = await withoutTenant(database.db, async (tx) => ({
        reports: (await tx.select().from(reports)).length,
        events: (await tx.select().from(reportEvents)).length,
        outbox: (await tx.select().from(outbox)).length,
        staff: (await tx.select().from(staff)).length,
        audit: (await tx.select().from(auditLog)).length,
      }))
      expect(counts).toEqual({ reports: 0, events: 0, outbox: 0, staff: 0, audit: 0 })
    })

    it("shows a tenant only its own rows even when a query does not filter", async () => {
      const seen = await withTenant(database.db, a, (tx) => tx.select({ tenantId: reports.tenantId }).from(reports))
      expect(seen.length).toBeGreaterThan(0)
      expect(new Set(seen.map((r) => r.tenantId))).toEqual(new Set([a]))
    })

    it("refuses to write a row for another tenant", async () => {
      await expect(
        withTenant(database.db, a, (tx) => tx.insert(auditLog).values({ tenantId: b, actor: 'x', action: 'forged' })),
      ).rejects.toThrow()
      // An unfiltered update reaches only the tenant's own rows.
      const updated = await withTenant(database.db, a, (tx) => tx.update(reports).set({ priority: 'high' }).returning({ tenantId: reports.tenantId }))
      expect(updated.every((r) => r.tenantId === a)).toBe(true)
      const other = await withTenant(database.db, b, (tx) => tx.select({ priority: reports.priority }).from(reports))
      expect(other.every((r) => r.priority !== 'high')).toBe(true)
    })

    it('runs as a role that owns no table, so FORCE is not needed to bind it (and is on anyway)', async () => {
      const rows = await withTenant(database.db, a, (tx) =>
        tx.execute(sql`select current_user as who, (select relforcerowsecurity from pg_class where relname = 'reports') as forced`),
      )
      const row = (rows as unknown as { rows: { who: string; forced: boolean }[] }).rows[0]!
      expect(row).toEqual({ who: 'bluelamp_app', forced: true })
    })

    it('keeps the audit log append-only, even for the owner', async () => {
      await expect(database.db.update(auditLog).set({ action: 'rewritten' })).rejects.toThrow()
      await expect(database.db.delete(auditLog)).rejects.toThrow()
      await expect(withTenant(database.db, a, (tx) => tx.delete(auditLog))).rejects.toThrow()
    })
  })
}
