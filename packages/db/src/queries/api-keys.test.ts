// The admin screen's data functions for API keys and the push endpoint (/staff/integrations): listed without keys
// or secrets, revoked and changed only within the force, and under row-level security like the rest. Both drivers.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eq } from 'drizzle-orm'
import { testDrivers } from '../testing.ts'
import type { Database } from '../client.ts'
import { createBackofficeQueries, withoutTenant, withTenant, type BackofficeData } from '../backoffice.ts'
import { outbox } from '../schema.ts'
import { apiKeys, backofficeEndpoints } from '../schema-backoffice.ts'
import { hashApiKey, newApiKey, newEndpointSecret } from './api-keys.ts'
import { tenant } from '../test-helpers.ts'

for (const driver of testDrivers()) {
  describe(`API key and endpoint administration on ${driver.name}`, () => {
    let database: Database
    let data: BackofficeData
    const a = tenant()
    const b = tenant()
    beforeAll(async () => {
      database = await driver.create()
      data = createBackofficeQueries(database.db)
    })
    afterAll(() => database?.close())

    it('lists a force’s keys by prefix only, live first, and revokes only its own', async () => {
      const first = await data.createApiKey(a, 'Case system', newApiKey())
      const second = await data.createApiKey(a, 'Reporting', newApiKey())
      const other = await data.createApiKey(b, 'Theirs', newApiKey())
      expect(await data.revokeApiKey(a, first.id)).toBe(true)
      expect(await data.revokeApiKey(a, first.id)).toBe(false) // already revoked
      expect(await data.revokeApiKey(a, other.id)).toBe(false) // another force's
      expect(await data.revokeApiKey(a, 'not-a-uuid')).toBe(false)
      expect(await data.findApiKey(other.key)).not.toBeNull()

      const listed = await data.listApiKeys(a)
      expect(listed.map((k) => k.id)).toEqual([second.id, first.id])
      expect(listed[0]).toEqual({ id: second.id, name: 'Reporting', prefix: second.key.slice(0, 10), createdAt: expect.any(Date), lastUsedAt: null, revokedAt: null })
      expect(listed[1]!.revokedAt).toBeInstanceOf(Date)
      expect(JSON.stringify(listed)).not.toContain(second.key.slice(10))
      expect((await data.listApiKeys(b)).map((k) => k.id)).toEqual([other.id])
      // Stored hashed: the row holds the hash, not the key.
      const [row] = await database.db.select().from(apiKeys).where(eq(apiKeys.id, second.id))
      expect(row!.keyHash).toBe(hashApiKey(second.key))
      expect(JSON.stringify(row)).not.toContain(second.key)
    })

    it('adds one endpoint per force, changes it, switches it off and on, rotates its secret and removes it', async () => {
      const secret = newEndpointSecret()
      expect(secret).toMatch(/^blsig_[A-Za-z0-9_-]{43}$/)
      const t0 = new Date('2026-04-01T09:00:00Z')
      expect(await data.addBackofficeEndpoint(a, 'https://a.example/in', secret, t0)).toBe(true)
      expect(await data.addBackofficeEndpoint(a, 'https://a.example/other', newEndpointSecret())).toBe(false)
      expect((await data.getBackofficeEndpoint(a))?.url).toBe('https://a.example/in')

      expect(await data.updateBackofficeEndpoint(a, { enabled: false }, new Date('2026-04-01T10:00:00Z'))).toBe(true)
      expect(await data.updateBackofficeEndpoint(a, { enabled: false }, new Date('2026-04-01T11:00:00Z'))).toBe(true)
      expect((await data.getBackofficeEndpoint(a))?.disabledAt).toEqual(new Date('2026-04-01T10:00:00Z'))
      expect(await data.updateBackofficeEndpoint(a, { enabled: true, url: 'https://a.example/v2' })).toBe(true)
      const rotated = newEndpointSecret()
      expect(await data.updateBackofficeEndpoint(a, { secret: rotated })).toBe(true)
      expect(await data.getBackofficeEndpoint(a)).toMatchObject({ url: 'https://a.example/v2', secret: rotated, disabledAt: null })

      // Force B can neither see nor change A's endpoint.
      expect((await data.getEndpointOverview(b)).endpoint).toBeNull()
      expect(await data.updateBackofficeEndpoint(b, { enabled: false })).toBe(false)
      expect(await data.removeBackofficeEndpoint(b)).toBe(false)
      const overview = await data.getEndpointOverview(a)
      expect(overview.endpoint).toEqual({ url: 'https://a.example/v2', createdAt: t0, updatedAt: expect.any(Date), disabledAt: null })
      expect(JSON.stringify(overview)).not.toContain(rotated)

      expect(await data.removeBackofficeEndpoint(a)).toBe(true)
      expect(await data.getBackofficeEndpoint(a)).toBeNull()
    })

    it('gives the latest tried delivery since the endpoint was added, and counts dead letters', async () => {
      const c = tenant()
      const row = (status: 'delivered' | 'dead' | 'pending', at: string, extra: Partial<typeof outbox.$inferInsert> = {}) => ({
        tenantId: c,
        kind: 'backoffice' as const,
        payload: {},
        idempotencyKey: randomUUID(),
        status,
        createdAt: new Date(at),
        attempts: 1,
        ...extra,
      })
      await database.db.insert(outbox).values([
        // Completed before the endpoint existed: pull only, not a delivery to it.
        row('delivered', '2026-04-01T08:00:00Z', { deliveredAt: new Date('2026-04-01T08:00:01Z') }),
        row('dead', '2026-04-01T08:30:00Z', { lastError: 'endpoint answered 500', attempts: 8 }),
      ])
      expect(await data.addBackofficeEndpoint(c, 'https://c.example/in', newEndpointSecret(), new Date('2026-04-01T09:00:00Z'))).toBe(true)
      await database.db.insert(outbox).values([
        row('delivered', '2026-04-01T09:10:00Z', { deliveredAt: new Date('2026-04-01T09:10:01Z') }),
        row('pending', '2026-04-01T09:20:00Z', { lastError: 'endpoint answered 503', attempts: 2 }),
        row('pending', '2026-04-01T09:30:00Z', { attempts: 0 }), // not tried yet
      ])
      const overview = await data.getEndpointOverview(c)
      expect(overview.deadLetters).toBe(1)
      expect(overview.lastDelivery).toMatchObject({ status: 'pending', attempts: 2, lastError: 'endpoint answered 503' })
      expect((await data.getEndpointOverview(a)).deadLetters).toBe(0)
    })

    it('keeps both tables behind row-level security', async () => {
      await data.setBackofficeEndpoint(b, 'https://b.example/in', newEndpointSecret())
      expect(await withoutTenant(database.db, (tx) => tx.select().from(apiKeys))).toEqual([])
      expect(await withoutTenant(database.db, (tx) => tx.select().from(backofficeEndpoints))).toEqual([])
      // As force A, even a query that forgets its filter sees only A's rows, and cannot write B's.
      const seen = await withTenant(database.db, a, (tx) => tx.select({ tenantId: apiKeys.tenantId }).from(apiKeys))
      expect(new Set(seen.map((r) => r.tenantId))).toEqual(new Set([a]))
      const changed = await withTenant(database.db, a, (tx) => tx.update(backofficeEndpoints).set({ url: 'https://evil.example/' }).returning())
      expect(changed).toEqual([])
      expect((await data.getBackofficeEndpoint(b))?.url).toBe('https://b.example/in')
      await expect(withTenant(database.db, a, (tx) => tx.insert(backofficeEndpoints).values({ tenantId: b, url: 'https://evil.example/', secret: 'x' }))).rejects.toThrow()
    })
  })
}
