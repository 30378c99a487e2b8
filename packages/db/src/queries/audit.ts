// The audit log: append-only by construction (a trigger refuses UPDATE and DELETE), written for
// every staff view and action and every API call, readable by a force's supervisors for that force only.
import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm'
import { auditLog, type AuditEntry } from '../schema-backoffice.ts'
import { withTenant } from '../tenant-scope.ts'
import type { Db } from '../types.ts'

export interface NewAuditEntry {
  actor: string
  action: string
  targetType?: string | null
  targetId?: string | null
  ip?: string | null
  userAgent?: string | null
  outcome?: 'ok' | 'denied' | 'failed'
  detail?: Record<string, unknown>
  at?: Date
}

export interface AuditPage {
  entries: AuditEntry[]
  /** Pass as `before` for the next (older) page; null on the last page. */
  next: { at: Date; id: string } | null
}

export function auditQueries(db: Db) {
  return {
    async appendAudit(tenantId: string, entry: NewAuditEntry): Promise<void> {
      await withTenant(db, tenantId, (tx) =>
        tx.insert(auditLog).values({
          tenantId,
          actor: entry.actor,
          action: entry.action,
          targetType: entry.targetType ?? null,
          targetId: entry.targetId ?? null,
          ip: entry.ip?.slice(0, 100) ?? null,
          userAgent: entry.userAgent?.slice(0, 300) ?? null,
          outcome: entry.outcome ?? 'ok',
          detail: entry.detail ?? {},
          ...(entry.at ? { at: entry.at } : {}),
        }),
      )
    },

    /** Newest first, keyset-paginated. */
    async listAudit(
      tenantId: string,
      options: { limit?: number; before?: { at: Date; id: string }; targetId?: string; actor?: string } = {},
    ): Promise<AuditPage> {
      const limit = Math.min(Math.max(options.limit ?? 50, 1), 200)
      const conditions: (SQL | undefined)[] = [eq(auditLog.tenantId, tenantId)]
      if (options.before) {
        conditions.push(
          or(lt(auditLog.at, options.before.at), and(eq(auditLog.at, options.before.at), lt(auditLog.id, options.before.id))),
        )
      }
      if (options.targetId) conditions.push(eq(auditLog.targetId, options.targetId))
      if (options.actor) conditions.push(eq(auditLog.actor, options.actor))
      const rows = await withTenant(db, tenantId, (tx) =>
        tx
          .select()
          .from(auditLog)
          .where(and(...conditions))
          .orderBy(desc(auditLog.at), desc(auditLog.id))
          .limit(limit + 1),
      )
      const entries = rows.slice(0, limit)
      const last = entries.at(-1)
      return { entries, next: rows.length > limit && last ? { at: last.at, id: last.id } : null }
    },
  }
}
