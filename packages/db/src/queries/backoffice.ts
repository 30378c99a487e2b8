// The staff queue and its actions, the pull API's listing and the status post-back.
// Every function takes the force first and runs under row-level security for it; a report id from another force
// finds nothing (null / NotFoundInTenantError), exactly like an id that does not exist.
import { and, asc, desc, eq, gt, gte, inArray, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm'
import { evidence, outbox, reportEvents, reports, REPORT_PRIORITIES, REPORT_STATUSES, type Report, type ReportStatus } from '../schema.ts'
import { backofficeEndpoints, staff } from '../schema-backoffice.ts'
import { isUuid } from '../crypto.ts'
import { NotFoundInTenantError } from '../errors.ts'
import { withTenant } from '../tenant-scope.ts'
import type { Db, Tx } from '../types.ts'

export const OPEN_STATUSES: ReportStatus[] = ['received', 'in_review']

/**
 * A report's priority level as a number to sort by (low 0 … high 3, from REPORT_PRIORITIES' order; anything else -1).
 * The level comes before the score: a rule can floor a report to high whatever its score (a child at risk with
 * little else said), and that report must not wait behind a medium one that scored more.
 */
const priorityRank = sql<number>`(case ${reports.priority} ${sql.join(
  REPORT_PRIORITIES.map((level, rank) => sql`when ${sql.raw(`'${level}'`)} then ${sql.raw(String(rank))}`),
  sql` `,
)} else -1 end)`

export interface QueueFilters {
  /** 'open' (received, in review: the default), 'all', or one status. */
  status?: ReportStatus | 'open' | 'all'
  serviceId?: string
  flag?: string
  /** Submitted on or after (inclusive). */
  from?: Date
  /** Submitted before (exclusive). */
  to?: Date
  assignedTo?: string
  /** 'any': reports given from any appeal's page; otherwise one appeal's reference. */
  appeal?: string
}

export interface QueueRow {
  id: string
  reference: string
  serviceId: string
  status: ReportStatus
  priority: string
  priorityScore: number
  flags: string[]
  submittedAt: Date
  assignedTo: string | null
  assignedName: string | null
  transferredFromTenant: string | null
  appealReference: string | null
}

export interface StatusChange {
  status: Exclude<ReportStatus, 'transferred'>
  crimeNumber?: string | null
  /** The public text shown in track-my-report (in the reporter's language); omitted for no public text. */
  publicText?: string | null
  actor: string
  now?: Date
  /** A queued email for the reporter, written in the same transaction. */
  email?: { idempotencyKey: string; payload: Record<string, unknown> } | null
}

export class InvalidStatusChangeError extends Error {
  override name = 'InvalidStatusChangeError'
}

export interface ApiCursor {
  submittedAt: Date
  id: string
}

async function reportInTenant(tx: Tx, tenantId: string, reportId: string) {
  const [row] = isUuid(reportId)
    ? await tx
        .select()
        .from(reports)
        .where(and(eq(reports.tenantId, tenantId), eq(reports.id, reportId)))
        .for('update')
    : []
  if (!row) throw new NotFoundInTenantError(`no report ${reportId} in ${tenantId}`)
  return row
}

function queueConditions(tenantId: string, filters: QueueFilters): SQL | undefined {
  const status = filters.status ?? 'open'
  const conditions: (SQL | undefined)[] = [eq(reports.tenantId, tenantId)]
  if (status === 'open') conditions.push(inArray(reports.status, OPEN_STATUSES))
  else if (status !== 'all') conditions.push(eq(reports.status, status))
  if (filters.serviceId) conditions.push(eq(reports.serviceId, filters.serviceId))
  if (filters.flag) conditions.push(sql`${filters.flag} = any(${reports.flags})`)
  if (filters.from) conditions.push(gte(reports.submittedAt, filters.from))
  if (filters.to) conditions.push(lt(reports.submittedAt, filters.to))
  if (filters.assignedTo && isUuid(filters.assignedTo)) conditions.push(eq(reports.assignedTo, filters.assignedTo))
  if (filters.appeal === 'any') conditions.push(isNotNull(reports.appealReference))
  else if (filters.appeal) conditions.push(eq(reports.appealReference, filters.appeal))
  return and(...conditions)
}

export function backofficeQueries(db: Db) {
  async function changeStatus(tx: Tx, tenantId: string, reportId: string, change: StatusChange) {
    const now = change.now ?? new Date()
    if (!(REPORT_STATUSES as readonly string[]).includes(change.status) || (change.status as string) === 'transferred') {
      throw new InvalidStatusChangeError(`not a status staff can set: ${change.status}`)
    }
    const crimeNumber = change.crimeNumber?.trim() || null
    if (change.status === 'crime_recorded' && !crimeNumber) throw new InvalidStatusChangeError('a crime number is required')
    const report = await reportInTenant(tx, tenantId, reportId)
    await tx
      .update(reports)
      .set({
        status: change.status,
        crimeNumber: change.status === 'crime_recorded' ? crimeNumber : report.crimeNumber,
        updatedAt: now,
      })
      .where(and(eq(reports.tenantId, tenantId), eq(reports.id, reportId)))
    await tx.insert(reportEvents).values({
      tenantId,
      reportId,
      kind: 'status_changed',
      visibility: 'public',
      body: {
        from: report.status,
        to: change.status,
        ...(change.status === 'crime_recorded' ? { crimeNumber } : {}),
        ...(change.publicText ? { text: change.publicText } : {}),
      },
      actor: change.actor,
      createdAt: now,
    })
    if (change.email) {
      await tx
        .insert(outbox)
        .values({ tenantId, reportId, kind: 'email', payload: change.email.payload, idempotencyKey: change.email.idempotencyKey, createdAt: now, nextAttemptAt: now })
        .onConflictDoNothing({ target: outbox.idempotencyKey })
    }
    return { from: report.status, to: change.status, reference: report.reference, locale: report.locale, contact: report.contact }
  }

  return {
    /** The force's queue: highest priority level first, then highest score, then oldest first. */
    async listQueue(tenantId: string, filters: QueueFilters = {}, page: { limit?: number; offset?: number } = {}) {
      const limit = Math.min(Math.max(page.limit ?? 25, 1), 100)
      const offset = Math.max(page.offset ?? 0, 0)
      return withTenant(db, tenantId, async (tx) => {
        const where = queueConditions(tenantId, filters)
        const rows: QueueRow[] = await tx
          .select({
            id: reports.id,
            reference: reports.reference,
            serviceId: reports.serviceId,
            status: reports.status,
            priority: reports.priority,
            priorityScore: reports.priorityScore,
            flags: reports.flags,
            submittedAt: reports.submittedAt,
            assignedTo: reports.assignedTo,
            assignedName: staff.name,
            transferredFromTenant: reports.transferredFromTenant,
            appealReference: reports.appealReference,
          })
          .from(reports)
          .leftJoin(staff, and(eq(staff.id, reports.assignedTo), eq(staff.tenantId, tenantId)))
          .where(where)
          .orderBy(desc(priorityRank), desc(reports.priorityScore), asc(reports.submittedAt), asc(reports.id))
          .limit(limit)
          .offset(offset)
        const [count] = await tx.select({ total: sql<number>`count(*)::int` }).from(reports).where(where)
        return { rows, total: count?.total ?? 0 }
      })
    },

    /** One report with its full history (internal notes included) and its evidence; null if not this force's. */
    async getReportDetail(tenantId: string, reportId: string) {
      if (!isUuid(reportId)) return null
      return withTenant(db, tenantId, async (tx) => {
        const [report] = await tx
          .select()
          .from(reports)
          .where(and(eq(reports.tenantId, tenantId), eq(reports.id, reportId)))
        if (!report) return null
        const events = await tx
          .select()
          .from(reportEvents)
          .where(and(eq(reportEvents.tenantId, tenantId), eq(reportEvents.reportId, reportId)))
          .orderBy(asc(reportEvents.createdAt), asc(reportEvents.id))
        const files = await tx
          .select({
            id: evidence.id,
            filename: evidence.filename,
            contentType: evidence.contentType,
            sizeBytes: evidence.sizeBytes,
            sha256: evidence.sha256,
            originalSha256: evidence.originalSha256,
            createdAt: evidence.createdAt,
          })
          .from(evidence)
          .where(and(eq(evidence.tenantId, tenantId), eq(evidence.reportId, reportId)))
          .orderBy(asc(evidence.createdAt))
        return { report, events, evidence: files }
      })
    },

    /** An evidence file of one of the force's reports (for a download behind authorisation); null otherwise. */
    async getReportEvidence(tenantId: string, reportId: string, evidenceId: string) {
      if (!isUuid(reportId) || !isUuid(evidenceId)) return null
      const [row] = await withTenant(db, tenantId, (tx) =>
        tx
          .select()
          .from(evidence)
          .where(and(eq(evidence.tenantId, tenantId), eq(evidence.reportId, reportId), eq(evidence.id, evidenceId))),
      )
      return row ?? null
    },

    /** Assigns to a member of the same force (or unassigns with null). */
    async assignReport(tenantId: string, reportId: string, staffId: string | null, actor: string, now: Date = new Date()) {
      return withTenant(db, tenantId, async (tx) => {
        await reportInTenant(tx, tenantId, reportId)
        let name: string | null = null
        if (staffId) {
          const [member] = isUuid(staffId)
            ? await tx.select({ name: staff.name }).from(staff).where(and(eq(staff.tenantId, tenantId), eq(staff.id, staffId)))
            : []
          if (!member) throw new NotFoundInTenantError(`no staff ${staffId} in ${tenantId}`)
          name = member.name
        }
        await tx
          .update(reports)
          .set({ assignedTo: staffId, updatedAt: now })
          .where(and(eq(reports.tenantId, tenantId), eq(reports.id, reportId)))
        await tx.insert(reportEvents).values({
          tenantId,
          reportId,
          kind: 'assigned',
          visibility: 'internal',
          body: { staffId, name },
          actor,
          createdAt: now,
        })
        return { name }
      })
    },

    /** received → in review → crime recorded (with a crime number) / no further action. A public event is written. */
    async setReportStatus(tenantId: string, reportId: string, change: StatusChange) {
      return withTenant(db, tenantId, (tx) => changeStatus(tx, tenantId, reportId, change))
    },

    /** A message to the reporter (track-my-report), optionally emailed through the outbox in the same transaction. */
    async addPublicUpdate(
      tenantId: string,
      reportId: string,
      input: { text: string; actor: string; now?: Date; email?: StatusChange['email'] },
    ) {
      const now = input.now ?? new Date()
      return withTenant(db, tenantId, async (tx) => {
        const report = await reportInTenant(tx, tenantId, reportId)
        await tx.update(reports).set({ updatedAt: now }).where(and(eq(reports.tenantId, tenantId), eq(reports.id, reportId)))
        const [event] = await tx
          .insert(reportEvents)
          .values({ tenantId, reportId, kind: 'public_update', visibility: 'public', body: { text: input.text }, actor: input.actor, createdAt: now })
          .returning()
        if (input.email) {
          await tx
            .insert(outbox)
            .values({ tenantId, reportId, kind: 'email', payload: input.email.payload, idempotencyKey: input.email.idempotencyKey, createdAt: now, nextAttemptAt: now })
            .onConflictDoNothing({ target: outbox.idempotencyKey })
        }
        return { event: event!, reference: report.reference, locale: report.locale, contact: report.contact }
      })
    },

    async addInternalNote(tenantId: string, reportId: string, input: { text: string; actor: string; now?: Date }) {
      return withTenant(db, tenantId, async (tx) => {
        await reportInTenant(tx, tenantId, reportId)
        const [event] = await tx
          .insert(reportEvents)
          .values({ tenantId, reportId, kind: 'internal_note', visibility: 'internal', body: { text: input.text }, actor: input.actor, createdAt: input.now ?? new Date() })
          .returning()
        return event!
      })
    },

    /**
     * Moves a report to another force: the report, its history and its evidence become the receiving force's (it
     * sees the whole trail), and a new back-office delivery is queued for it. The sending force's trail is its audit
     * log. The existence check runs under the sending force's row-level security; the move itself has to write rows
     * of two forces, so it runs as the owner, still naming both forces in every statement.
     */
    async transferReport(
      tenantId: string,
      reportId: string,
      input: { toTenant: string; reason: string; actor: string; now?: Date },
    ) {
      const now = input.now ?? new Date()
      if (input.toTenant === tenantId) throw new InvalidStatusChangeError('a report cannot be transferred to its own force')
      const report = await withTenant(db, tenantId, (tx) => reportInTenant(tx, tenantId, reportId))
      return db.transaction(async (tx) => {
        const moved = await tx
          .update(reports)
          .set({ tenantId: input.toTenant, transferredFromTenant: tenantId, status: 'received', assignedTo: null, updatedAt: now })
          .where(and(eq(reports.tenantId, tenantId), eq(reports.id, reportId)))
          .returning({ id: reports.id })
        if (moved.length !== 1) throw new NotFoundInTenantError(`no report ${reportId} in ${tenantId}`)
        await tx
          .update(reportEvents)
          .set({ tenantId: input.toTenant })
          .where(and(eq(reportEvents.tenantId, tenantId), eq(reportEvents.reportId, reportId)))
        await tx
          .update(evidence)
          .set({ tenantId: input.toTenant })
          .where(and(eq(evidence.tenantId, tenantId), eq(evidence.reportId, reportId)))
        await tx.insert(reportEvents).values({
          tenantId: input.toTenant,
          reportId,
          kind: 'transferred',
          visibility: 'public',
          body: { from: tenantId, to: input.toTenant, previousStatus: report.status, reason: input.reason },
          actor: input.actor,
          createdAt: now,
        })
        await tx
          .insert(outbox)
          .values({
            tenantId: input.toTenant,
            reportId,
            kind: 'backoffice',
            payload: { reportId, reference: report.reference },
            idempotencyKey: `report:${reportId}:backoffice:${input.toTenant}`,
            createdAt: now,
            nextAttemptAt: now,
          })
          .onConflictDoNothing({ target: outbox.idempotencyKey })
        return { reference: report.reference }
      })
    },

    /** Pull API: the force's reports after the cursor, oldest first, with their evidence metadata. */
    async listReportsForApi(tenantId: string, options: { after?: ApiCursor | null; since?: Date | null; limit?: number } = {}) {
      const limit = Math.min(Math.max(options.limit ?? 50, 1), 200)
      return withTenant(db, tenantId, async (tx) => {
        const conditions: (SQL | undefined)[] = [eq(reports.tenantId, tenantId)]
        if (options.after) {
          conditions.push(
            or(
              gt(reports.submittedAt, options.after.submittedAt),
              and(eq(reports.submittedAt, options.after.submittedAt), gt(reports.id, options.after.id)),
            ),
          )
        } else if (options.since) {
          conditions.push(gte(reports.submittedAt, options.since))
        }
        const rows = await tx
          .select()
          .from(reports)
          .where(and(...conditions))
          .orderBy(asc(reports.submittedAt), asc(reports.id))
          .limit(limit + 1)
        const page = rows.slice(0, limit)
        const files = page.length
          ? await tx
              .select()
              .from(evidence)
              .where(and(eq(evidence.tenantId, tenantId), inArray(evidence.reportId, page.map((r) => r.id))))
          : []
        const last = page.at(-1)
        return {
          reports: page.map((report) => ({ report, evidence: files.filter((f) => f.reportId === report.id) })),
          next: rows.length > limit && last ? { submittedAt: last.submittedAt, id: last.id } : null,
        }
      })
    },

    /** One report with its evidence, for rendering a delivery. Null if it is not (or no longer) this force's. */
    async getReportForDelivery(tenantId: string, reportId: string) {
      if (!isUuid(reportId)) return null
      return withTenant(db, tenantId, async (tx) => {
        const [report] = await tx.select().from(reports).where(and(eq(reports.tenantId, tenantId), eq(reports.id, reportId)))
        if (!report) return null
        const files = await tx.select().from(evidence).where(and(eq(evidence.tenantId, tenantId), eq(evidence.reportId, reportId)))
        return { report, evidence: files }
      })
    },

    /**
     * What one delivery needs: the force's endpoint (null: pull only) and the report with its evidence. Worker
     * side, like claimOutbox: it runs as the system for the row it claimed, still naming the force in every filter
     * (two statements and no transaction, as the worker's hot path).
     */
    async getDelivery(tenantId: string, reportId: string) {
      const [row] = await db
        .select({ endpoint: backofficeEndpoints, report: reports })
        .from(backofficeEndpoints)
        .leftJoin(reports, and(eq(reports.tenantId, backofficeEndpoints.tenantId), eq(reports.id, isUuid(reportId) ? reportId : '00000000-0000-0000-0000-000000000000')))
        .where(eq(backofficeEndpoints.tenantId, tenantId))
      if (!row) return { endpoint: null, report: null, evidence: [] }
      const files = row.report
        ? await db.select().from(evidence).where(and(eq(evidence.tenantId, tenantId), eq(evidence.reportId, row.report.id)))
        : []
      return { endpoint: row.endpoint, report: row.report, evidence: files }
    },

    async getReportIdByReference(tenantId: string, reference: string): Promise<Pick<Report, 'id' | 'status'> | null> {
      const [row] = await withTenant(db, tenantId, (tx) =>
        tx
          .select({ id: reports.id, status: reports.status })
          .from(reports)
          .where(and(eq(reports.tenantId, tenantId), eq(reports.reference, reference))),
      )
      return row ?? null
    },

    /** Dead letters and other outbox rows of the force, newest first (for admins). */
    async listDeliveries(tenantId: string, options: { status?: 'dead' | 'pending' | 'processing' | 'delivered'; limit?: number } = {}) {
      return withTenant(db, tenantId, (tx) =>
        tx
          .select({
            id: outbox.id,
            kind: outbox.kind,
            status: outbox.status,
            attempts: outbox.attempts,
            lastError: outbox.lastError,
            createdAt: outbox.createdAt,
            nextAttemptAt: outbox.nextAttemptAt,
            reference: reports.reference,
          })
          .from(outbox)
          .leftJoin(reports, and(eq(reports.id, outbox.reportId), eq(reports.tenantId, tenantId)))
          .where(and(eq(outbox.tenantId, tenantId), eq(outbox.kind, 'backoffice'), options.status ? eq(outbox.status, options.status) : undefined))
          .orderBy(desc(outbox.createdAt))
          .limit(Math.min(options.limit ?? 50, 200)),
      )
    },

    /** Admin re-send of a dead letter, under row-level security. */
    async resendDeadLetter(tenantId: string, outboxId: string, now: Date = new Date()): Promise<boolean> {
      if (!isUuid(outboxId)) return false
      const rows = await withTenant(db, tenantId, (tx) =>
        tx
          .update(outbox)
          .set({ status: 'pending', attempts: 0, nextAttemptAt: now, lastError: null })
          .where(and(eq(outbox.tenantId, tenantId), eq(outbox.id, outboxId), eq(outbox.status, 'dead')))
          .returning({ id: outbox.id }),
      )
      return rows.length === 1
    },
  }
}

export type BackofficeQueries = ReturnType<typeof backofficeQueries>
