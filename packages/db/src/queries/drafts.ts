// Drafts: a journey's answers saved at every step, found again by the hash of the cookie's token.
import { randomUUID } from 'node:crypto'
import { and, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm'
import { drafts, evidence, type Draft } from '../schema.ts'
import type { Db, Executor } from '../types.ts'
import { isUuid } from '../crypto.ts'

/** Drafts live 30 days after the last save, then purged. */
export const DRAFT_TTL_MS = 30 * 24 * 60 * 60 * 1000

export interface CreateDraftInput {
  serviceId: string
  serviceVersion: string
  /** sha-256 of the cookie token: see `newDraftToken()`. */
  tokenHash: string
  locale?: string
  answers?: Record<string, unknown>
  now?: Date
}

export interface PurgeResult {
  drafts: number
  /** Files of evidence uploaded to drafts that were never submitted: delete them from the file store. */
  evidenceStorageKeys: string[]
}

export function draftQueries(db: Db) {
  // Every page after the first question reads the person's draft, so this query is built once and, on Postgres, is a
  // named prepared statement that each connection parses and plans once.
  const draftByToken = db
    .select()
    .from(drafts)
    .where(
      and(
        eq(drafts.tenantId, sql.placeholder('tenantId')),
        eq(drafts.tokenHash, sql.placeholder('tokenHash')),
        gt(drafts.expiresAt, sql.placeholder('now')),
      ),
    )
    .prepare('draft_by_token')
  return {
    async createDraft(tenantId: string, input: CreateDraftInput): Promise<Draft> {
      const now = input.now ?? new Date()
      const [row] = await db
        .insert(drafts)
        .values({
          tenantId,
          serviceId: input.serviceId,
          serviceVersion: input.serviceVersion,
          tokenHash: input.tokenHash,
          locale: input.locale ?? 'en',
          answers: input.answers ?? {},
          createdAt: now,
          updatedAt: now,
          expiresAt: new Date(now.getTime() + DRAFT_TTL_MS),
          idempotencyKey: randomUUID(),
        })
        .returning()
      return row!
    },

    /** The tenant's unexpired draft for this token hash, or null (another force's token finds nothing). */
    async getDraftByToken(tenantId: string, tokenHash: string, now: Date = new Date()): Promise<Draft | null> {
      const [row] = await draftByToken.execute({ tenantId, tokenHash, now: now.toISOString() })
      return row ?? null
    },

    /**
     * Replaces the draft's answers and pushes its expiry 30 days past `now`. False when the draft is not this
     * tenant's, has expired or has already been submitted (its answers then live in the report).
     */
    async saveDraftAnswers(
      tenantId: string,
      draftId: string,
      answers: Record<string, unknown>,
      options: { now?: Date; locale?: string } = {},
    ): Promise<boolean> {
      if (!isUuid(draftId)) return false
      const now = options.now ?? new Date()
      const rows = await db
        .update(drafts)
        .set({
          answers,
          updatedAt: now,
          expiresAt: new Date(now.getTime() + DRAFT_TTL_MS),
          ...(options.locale ? { locale: options.locale } : {}),
        })
        .where(
          and(
            eq(drafts.tenantId, tenantId),
            eq(drafts.id, draftId),
            isNull(drafts.submittedReportId),
            gt(drafts.expiresAt, now),
          ),
        )
        .returning({ id: drafts.id })
      return rows.length === 1
    },

    /** Deletes the draft and the evidence rows uploaded to it and never submitted; returns their storage keys. */
    async deleteDraft(tenantId: string, draftId: string): Promise<PurgeResult> {
      if (!isUuid(draftId)) return { drafts: 0, evidenceStorageKeys: [] }
      return db.transaction(async (tx) => {
        const ids = await tx
          .select({ id: drafts.id })
          .from(drafts)
          .where(and(eq(drafts.tenantId, tenantId), eq(drafts.id, draftId)))
        return deleteDraftsById(tx, ids.map((r) => r.id))
      })
    },

    /** Maintenance, across all tenants: deletes every draft whose expiry has passed. */
    // In batches, so a backlog never becomes one huge transaction or overflows the bind-parameter limit.
    async purgeExpiredDrafts(now: Date = new Date(), batchSize = 500): Promise<PurgeResult> {
      const total: PurgeResult = { drafts: 0, evidenceStorageKeys: [] }
      for (;;) {
        const batch = await db.transaction(async (tx) => {
          const ids = await tx
            .select({ id: drafts.id })
            .from(drafts)
            .where(lte(drafts.expiresAt, now))
            .limit(batchSize)
          return deleteDraftsById(tx, ids.map((r) => r.id))
        })
        total.drafts += batch.drafts
        total.evidenceStorageKeys.push(...batch.evidenceStorageKeys)
        if (batch.drafts < batchSize) return total
      }
    },
  }
}

async function deleteDraftsById(tx: Executor, ids: string[]): Promise<PurgeResult> {
  if (ids.length === 0) return { drafts: 0, evidenceStorageKeys: [] }
  const orphans = await tx
    .delete(evidence)
    .where(and(inArray(evidence.draftId, ids), isNull(evidence.reportId)))
    .returning({ storageKey: evidence.storageKey })
  const deleted = await tx.delete(drafts).where(inArray(drafts.id, ids)).returning({ id: drafts.id })
  return { drafts: deleted.length, evidenceStorageKeys: orphans.map((o) => o.storageKey) }
}
