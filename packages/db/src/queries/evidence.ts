// Evidence metadata. The bytes live in the file store under `storageKey`; this table says whose they are.
import { and, asc, eq, isNull } from 'drizzle-orm'
import { drafts, evidence, reports, type Evidence } from '../schema.ts'
import type { Db } from '../types.ts'
import { isUuid } from '../crypto.ts'
import { NotFoundInTenantError } from '../errors.ts'

export interface NewEvidence {
  /** Exactly one of draftId (uploaded during a journey) or reportId. */
  draftId?: string | null
  reportId?: string | null
  filename: string
  contentType: string
  sizeBytes: number
  /** Hex SHA-256 of the bytes as stored. */
  sha256: string
  /** Hex SHA-256 of the file as the person sent it, when what is stored was re-encoded from it (default: sha256). */
  originalSha256?: string
  storageKey: string
}

export function evidenceQueries(db: Db) {
  return {
    /** Records an uploaded file against one of the tenant's drafts or reports (NotFoundInTenantError otherwise). */
    async addEvidence(tenantId: string, input: NewEvidence): Promise<Evidence> {
      const draftId = input.draftId ?? null
      const reportId = input.reportId ?? null
      if ((draftId === null) === (reportId === null)) throw new Error('evidence needs exactly one of draftId, reportId')
      return db.transaction(async (tx) => {
        const owner =
          draftId !== null
            ? isUuid(draftId)
              ? await tx
                  .select({ id: drafts.id })
                  .from(drafts)
                  .where(and(eq(drafts.tenantId, tenantId), eq(drafts.id, draftId), isNull(drafts.submittedReportId)))
              : []
            : isUuid(reportId!)
              ? await tx
                  .select({ id: reports.id })
                  .from(reports)
                  .where(and(eq(reports.tenantId, tenantId), eq(reports.id, reportId!)))
              : []
        if (owner.length === 0) throw new NotFoundInTenantError(`no open draft or report to attach evidence to`)
        const [row] = await tx
          .insert(evidence)
          .values({
            tenantId,
            draftId,
            reportId,
            filename: input.filename,
            contentType: input.contentType,
            sizeBytes: input.sizeBytes,
            sha256: input.sha256,
            originalSha256: input.originalSha256 ?? input.sha256,
            storageKey: input.storageKey,
          })
          .returning()
        return row!
      })
    },

    async listEvidence(tenantId: string, owner: { draftId: string } | { reportId: string }): Promise<Evidence[]> {
      const [column, id] = 'draftId' in owner ? [evidence.draftId, owner.draftId] : [evidence.reportId, owner.reportId]
      if (!isUuid(id)) return []
      return db
        .select()
        .from(evidence)
        .where(and(eq(evidence.tenantId, tenantId), eq(column, id)))
        .orderBy(asc(evidence.createdAt), asc(evidence.id))
    },

    async getEvidence(tenantId: string, id: string): Promise<Evidence | null> {
      if (!isUuid(id)) return null
      const [row] = await db
        .select()
        .from(evidence)
        .where(and(eq(evidence.tenantId, tenantId), eq(evidence.id, id)))
      return row ?? null
    },

    /** Removes a file from a draft (never from a submitted report); returns its storage key to delete, or null. */
    async deleteDraftEvidence(tenantId: string, id: string): Promise<string | null> {
      if (!isUuid(id)) return null
      const [row] = await db
        .delete(evidence)
        .where(and(eq(evidence.tenantId, tenantId), eq(evidence.id, id), isNull(evidence.reportId)))
        .returning({ storageKey: evidence.storageKey })
      return row?.storageKey ?? null
    },
  }
}
