// Per-force API keys for the pull API and the status post-back. A key is 32 random bytes shown
// once; the database keeps its sha-256 (a fast hash is right for a high-entropy secret: there is nothing to guess).
import { randomBytes } from 'node:crypto'
import { and, count, desc, eq, gt, gte, isNull, or, sql } from 'drizzle-orm'
import { outbox, type OutboxStatus } from '../schema.ts'
import { apiKeys, backofficeEndpoints, type BackofficeEndpoint } from '../schema-backoffice.ts'
import { isUuid, sha256Hex } from '../crypto.ts'
import { withTenant } from '../tenant-scope.ts'
import type { Db } from '../types.ts'

export const API_KEY_PREFIX = 'blk_'

export function hashApiKey(key: string): string {
  return sha256Hex(`api-key\u0000${key}`)
}

export function newApiKey(): string {
  return `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`
}

/** A push endpoint's signing secret: 32 random bytes. Kept as-is, because it must sign (schema-backoffice.ts). */
export function newEndpointSecret(): string {
  return `blsig_${randomBytes(32).toString('base64url')}`
}

/** A key as the admin screen lists it: never the key, never its hash. */
export interface ApiKeySummary {
  id: string
  name: string
  prefix: string
  createdAt: Date
  lastUsedAt: Date | null
  revokedAt: Date | null
}

/** The force's push endpoint as the admin screen shows it (no secret), with how its latest delivery went. */
export interface EndpointOverview {
  endpoint: { url: string; createdAt: Date; updatedAt: Date; disabledAt: Date | null } | null
  lastDelivery: { status: OutboxStatus; attempts: number; lastError: string | null; createdAt: Date; deliveredAt: Date | null; nextAttemptAt: Date } | null
  deadLetters: number
}

export function apiKeyQueries(db: Db) {
  return {
    /** Stores a key for the force and returns it (the only time the key itself exists outside its holder). */
    async createApiKey(tenantId: string, name: string, key: string = newApiKey()): Promise<{ id: string; key: string }> {
      const [row] = await withTenant(db, tenantId, (tx) =>
        tx
          .insert(apiKeys)
          .values({ tenantId, name, prefix: key.slice(0, API_KEY_PREFIX.length + 6), keyHash: hashApiKey(key) })
          .onConflictDoNothing({ target: apiKeys.keyHash })
          .returning({ id: apiKeys.id }),
      )
      if (row) return { id: row.id, key }
      const existing = await this.findApiKey(key)
      if (!existing || existing.tenantId !== tenantId) throw new Error('api key already belongs to another force')
      return { id: existing.id, key }
    },

    /**
     * The live key with this value, whichever force it belongs to, so that a key used on the wrong force's host
     * can be refused as such and logged. Deliberately cross-tenant: it runs before any tenant is known.
     */
    async findApiKey(key: string): Promise<{ id: string; tenantId: string; name: string } | null> {
      if (key.length < 10 || key.length > 200) return null
      const [row] = await db
        .select({ id: apiKeys.id, tenantId: apiKeys.tenantId, name: apiKeys.name })
        .from(apiKeys)
        .where(and(eq(apiKeys.keyHash, hashApiKey(key)), isNull(apiKeys.revokedAt)))
      return row ?? null
    },

    async touchApiKey(tenantId: string, id: string, now: Date = new Date()): Promise<void> {
      await withTenant(db, tenantId, (tx) =>
        tx.update(apiKeys).set({ lastUsedAt: now }).where(and(eq(apiKeys.tenantId, tenantId), eq(apiKeys.id, id))),
      )
    },

    /** The force's keys, live ones first, newest first. */
    async listApiKeys(tenantId: string): Promise<ApiKeySummary[]> {
      return withTenant(db, tenantId, (tx) =>
        tx
          .select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, createdAt: apiKeys.createdAt, lastUsedAt: apiKeys.lastUsedAt, revokedAt: apiKeys.revokedAt })
          .from(apiKeys)
          .where(eq(apiKeys.tenantId, tenantId))
          .orderBy(sql`${apiKeys.revokedAt} is not null`, desc(apiKeys.createdAt), desc(apiKeys.id)),
      )
    },

    /** False when the force has no live key with this id (another force's key, a revoked one, or no such key). */
    async revokeApiKey(tenantId: string, id: string, now: Date = new Date()): Promise<boolean> {
      if (!isUuid(id)) return false
      const rows = await withTenant(db, tenantId, (tx) =>
        tx
          .update(apiKeys)
          .set({ revokedAt: now })
          .where(and(eq(apiKeys.tenantId, tenantId), eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
          .returning({ id: apiKeys.id }),
      )
      return rows.length === 1
    },

    async setBackofficeEndpoint(tenantId: string, url: string, secret: string, now: Date = new Date()): Promise<void> {
      await withTenant(db, tenantId, (tx) =>
        tx
          .insert(backofficeEndpoints)
          .values({ tenantId, url, secret, createdAt: now, updatedAt: now })
          .onConflictDoUpdate({ target: backofficeEndpoints.tenantId, set: { url, secret, updatedAt: now } }),
      )
    },

    /** Adds the force's push endpoint; false (and nothing changed) when it already has one. */
    async addBackofficeEndpoint(tenantId: string, url: string, secret: string, now: Date = new Date()): Promise<boolean> {
      const rows = await withTenant(db, tenantId, (tx) =>
        tx
          .insert(backofficeEndpoints)
          .values({ tenantId, url, secret, createdAt: now, updatedAt: now })
          .onConflictDoNothing({ target: backofficeEndpoints.tenantId })
          .returning({ tenantId: backofficeEndpoints.tenantId }),
      )
      return rows.length === 1
    },

    /**
     * Changes the endpoint: a new address (same secret), switched off or on, or a new secret. False when the force
     * has no endpoint. Switching off an endpoint that is already off keeps the time it was first switched off.
     */
    async updateBackofficeEndpoint(
      tenantId: string,
      change: { url?: string; enabled?: boolean; secret?: string },
      now: Date = new Date(),
    ): Promise<boolean> {
      const disabledAt = change.enabled === undefined ? {} : { disabledAt: change.enabled ? null : sql`coalesce(${backofficeEndpoints.disabledAt}, ${now})` }
      const rows = await withTenant(db, tenantId, (tx) =>
        tx
          .update(backofficeEndpoints)
          .set({ ...(change.url ? { url: change.url } : {}), ...(change.secret ? { secret: change.secret } : {}), ...disabledAt, updatedAt: now })
          .where(eq(backofficeEndpoints.tenantId, tenantId))
          .returning({ tenantId: backofficeEndpoints.tenantId }),
      )
      return rows.length === 1
    },

    /** Removes the endpoint: the force then receives by pull only. */
    async removeBackofficeEndpoint(tenantId: string): Promise<boolean> {
      const rows = await withTenant(db, tenantId, (tx) =>
        tx.delete(backofficeEndpoints).where(eq(backofficeEndpoints.tenantId, tenantId)).returning({ tenantId: backofficeEndpoints.tenantId }),
      )
      return rows.length === 1
    },

    /**
     * The endpoint without its secret, the latest tried delivery since it was added (delivered, waiting to retry, or
     * stopped) and the number of dead letters, in one transaction under row-level security.
     */
    async getEndpointOverview(tenantId: string): Promise<EndpointOverview> {
      return withTenant(db, tenantId, async (tx) => {
        const [endpoint] = await tx
          .select({ url: backofficeEndpoints.url, createdAt: backofficeEndpoints.createdAt, updatedAt: backofficeEndpoints.updatedAt, disabledAt: backofficeEndpoints.disabledAt })
          .from(backofficeEndpoints)
          .where(eq(backofficeEndpoints.tenantId, tenantId))
        const backoffice = and(eq(outbox.tenantId, tenantId), eq(outbox.kind, 'backoffice'))
        const [dead] = await tx.select({ n: count() }).from(outbox).where(and(backoffice, eq(outbox.status, 'dead')))
        if (!endpoint) return { endpoint: null, lastDelivery: null, deadLetters: dead?.n ?? 0 }
        // Rows completed before the endpoint existed were pull-only: not deliveries to this address.
        const [last] = await tx
          .select({ status: outbox.status, attempts: outbox.attempts, lastError: outbox.lastError, createdAt: outbox.createdAt, deliveredAt: outbox.deliveredAt, nextAttemptAt: outbox.nextAttemptAt })
          .from(outbox)
          .where(and(backoffice, gt(outbox.attempts, 0), or(isNull(outbox.deliveredAt), gte(outbox.deliveredAt, endpoint.createdAt))))
          .orderBy(desc(outbox.createdAt), desc(outbox.id))
          .limit(1)
        return { endpoint, lastDelivery: last ?? null, deadLetters: dead?.n ?? 0 }
      })
    },

    async getBackofficeEndpoint(tenantId: string): Promise<BackofficeEndpoint | null> {
      const [row] = await withTenant(db, tenantId, (tx) =>
        tx.select().from(backofficeEndpoints).where(eq(backofficeEndpoints.tenantId, tenantId)),
      )
      return row ?? null
    },
  }
}
