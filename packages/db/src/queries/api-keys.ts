// Per-force API keys for the pull API and the status post-back (issue 6, item 6). A key is 32 random bytes shown
// once; the database keeps its sha-256 (a fast hash is right for a high-entropy secret: there is nothing to guess).
import { randomBytes } from 'node:crypto'
import { and, eq, isNull } from 'drizzle-orm'
import { apiKeys, backofficeEndpoints, type BackofficeEndpoint } from '../schema-backoffice.ts'
import { sha256Hex } from '../crypto.ts'
import { withTenant } from '../tenant-scope.ts'
import type { Db } from '../types.ts'

export const API_KEY_PREFIX = 'blk_'

export function hashApiKey(key: string): string {
  return sha256Hex(`api-key\u0000${key}`)
}

export function newApiKey(): string {
  return `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`
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

    async revokeApiKey(tenantId: string, id: string, now: Date = new Date()): Promise<boolean> {
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

    async getBackofficeEndpoint(tenantId: string): Promise<BackofficeEndpoint | null> {
      const [row] = await withTenant(db, tenantId, (tx) =>
        tx.select().from(backofficeEndpoints).where(eq(backofficeEndpoints.tenantId, tenantId)),
      )
      return row ?? null
    },
  }
}
