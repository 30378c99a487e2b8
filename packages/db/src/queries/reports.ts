// Submission and reading of reports. Submission is one call of the submit_report function, so one transaction: report
// + first event + outbox rows + evidence linked + draft marked submitted, or nothing at all.
import { randomUUID } from 'node:crypto'
import { and, asc, eq, sql } from 'drizzle-orm'
import {
  drafts,
  reportEvents,
  reports,
  type OutboxKind,
  type Report,
  type ReportEventKind,
  type ReportLocale,
  type ReportPriority,
  type StoredAnswer,
  type StoredContact,
  type StoredOutcome,
  type StoredRationaleEntry,
} from '../schema.ts'
import type { Db, Executor } from '../types.ts'
import { hexEqual, isUuid, newSalt, verificationHash } from '../crypto.ts'
import {
  DraftNotFoundError,
  NotFoundInTenantError,
  RateLimitedError,
  ReferenceExhaustedError,
  isUniqueViolation,
  pgErrorOf,
} from '../errors.ts'
import { rateWindow, slidingLimit } from './rate-limits.ts'

export interface OutboxEmail {
  /** A template name the mailer knows, e.g. 'report-confirmation'. */
  template: string
  to: string
  data?: Record<string, unknown>
}

export interface SubmitReportInput {
  /** The draft being submitted (null for submissions that never had one, e.g. an API). */
  draftId?: string | null
  /** One per draft (`draft.idempotencyKey`): the same key twice gives the same report. */
  idempotencyKey: string
  /** Called for each attempt; a reference that is already taken is retried with a fresh one. */
  generateReference: () => string
  serviceId: string
  serviceVersion: string
  /** The questions as asked and the answers as given (summary rows). */
  answers: StoredAnswer[]
  outcome: StoredOutcome
  priority: ReportPriority
  priorityScore: number
  flags: string[]
  rationale: StoredRationaleEntry[]
  /** Null for an anonymous report. */
  contact: StoredContact | null
  /** What track-my-report may later check; stored only as salted hashes of the normalised values. */
  verification?: { email?: string | null; postcode?: string | null }
  locale: ReportLocale
  /** Emails to send once committed (confirmation); each becomes an outbox row with the reference in its payload. */
  emails?: OutboxEmail[]
  /** Queue delivery to the force's back office (default true). */
  backoffice?: boolean
  /** Who submitted: 'public' unless said otherwise. */
  actor?: string
  /**
   * Another force that receives the report: the incident is in its area. The report, its first event, its outbox rows
   * and its evidence are written under that force (with `transferredFromTenant` naming the site's force, as a staff
   * transfer does); the draft stays the site's. Omitted (or the same force): the site's force receives it.
   */
  /**
   * The reference of the force's appeal the report gives information about (the caller has checked it is a live
   * appeal of the force whose site the report was made on). Kept with the report wherever it goes.
   */
  appealReference?: string | null
  toTenant?: string
  /** Why the receiving force has it, in the report's first event for its staff (e.g. "The postcode M1 1AE is in…"). */
  routedBecause?: string
  now?: Date
  /** How many references to try before giving up (default 5). */
  maxReferenceAttempts?: number
  /**
   * Counts one hit on this rate-limit key (as `hitRateLimit` does) in the same round trip, before anything else. Over
   * the limit, nothing else is written and RateLimitedError is thrown. A submission that fails counts no hit.
   */
  rateLimit?: { key: string; limit: number; windowMs: number }
}

export interface SubmitReportResult {
  reportId: string
  reference: string
  /** False when this idempotency key (or this draft) had already been submitted. */
  created: boolean
}

export interface TrackingProof {
  email?: string | null
  postcode?: string | null
}

export interface TrackingView {
  reference: string
  serviceId: string
  status: Report['status']
  submittedAt: Date
  updatedAt: Date
  events: { kind: ReportEventKind; body: Record<string, unknown>; createdAt: Date }[]
}

export interface NewReportEvent {
  kind: ReportEventKind
  visibility: 'public' | 'internal'
  body?: Record<string, unknown>
  actor: string
  now?: Date
}

// Compared against when no report matches, so a wrong reference costs the same work as a wrong email.
const DUMMY_SALT = '00000000000000000000000000000000'
const DUMMY_HASH = verificationHash(DUMMY_SALT, 'email', 'nobody@example.invalid')

export function reportQueries(db: Db) {
  async function findByIdempotencyKey(ex: Executor, tenantId: string, idempotencyKey: string) {
    const [row] = await ex
      .select({ reportId: reports.id, reference: reports.reference })
      .from(reports)
      .where(and(eq(reports.tenantId, tenantId), eq(reports.idempotencyKey, idempotencyKey)))
    return row
  }

  async function attempt(tenantId: string, input: SubmitReportInput, reference: string): Promise<SubmitReportResult> {
    // The site's force holds the draft; the receiving force (the same one unless the incident is in another force's
    // area) holds everything else. Both are named in every statement. A submission that writes rows of two forces
    // runs as the owner, like a staff transfer (docs/decisions/009 and 011): no single tenant scope can do it.
    if (input.draftId && !isUuid(input.draftId)) throw new DraftNotFoundError(`no draft ${input.draftId} in ${tenantId}`)
    const receiving = input.toTenant ?? tenantId
    const from = receiving === tenantId ? null : tenantId
    const now = input.now ?? new Date()
    const salt = newSalt()
    const email = input.verification?.email?.trim()
    const postcode = input.verification?.postcode?.trim()
    // The id is chosen here so the outbox payloads can name it; the database would only draw the same kind of uuid.
    const reportId = randomUUID()
    const outboxRows: { kind: OutboxKind; payload: Record<string, unknown>; key: string }[] = (input.emails ?? []).map(
      (mail, index) => ({
        kind: 'email' as const,
        payload: { template: mail.template, to: mail.to, locale: input.locale, reference, data: mail.data ?? {} },
        key: `report:${reportId}:email:${mail.template}:${index}`,
      }),
    )
    if (input.backoffice !== false) {
      // The worker renders the versioned JSON from the report when it delivers.
      outboxRows.push({ kind: 'backoffice', payload: { reportId, reference }, key: `report:${reportId}:backoffice` })
    }
    const limit = input.rateLimit
    // The hit counts at the submission's own time.
    const window = limit ? rateWindow(now, limit.windowMs) : null
    // Everything the function writes, as one JSON argument: migrations/0011_submit_report_function.sql says what it
    // does with it and in which order (the draft's lock first, so an upload that committed meanwhile is linked).
    const argument = {
      site: tenantId,
      receiving,
      from,
      draftId: input.draftId || null,
      reportId,
      reference,
      serviceId: input.serviceId,
      serviceVersion: input.serviceVersion,
      priority: input.priority,
      priorityScore: input.priorityScore,
      flags: input.flags,
      rationale: input.rationale,
      answers: input.answers,
      outcome: input.outcome,
      contact: input.contact,
      salt,
      emailHash: email ? verificationHash(salt, 'email', email) : null,
      postcodeHash: postcode ? verificationHash(salt, 'postcode', postcode) : null,
      idempotencyKey: input.idempotencyKey,
      locale: input.locale,
      at: now.toISOString(),
      appealReference: input.appealReference ?? null,
      actor: input.actor ?? 'public',
      // The receiving force's staff see where a report from another force's site came from, and why.
      submittedBody: from ? { from, to: receiving, ...(input.routedBecause ? { reason: input.routedBecause } : {}) } : {},
      outbox: outboxRows,
      rateLimit: limit && window
        ? {
            key: limit.key,
            limit: limit.limit,
            windowStart: window.start.toISOString(),
            previousStart: window.previousStart.toISOString(),
            expiresAt: window.expiresAt.toISOString(),
            windowMs: window.windowMs,
            remainingMs: window.remainingMs,
          }
        : null,
    }
    let rows: { reportId: string | null; reference: string | null; created: boolean; hits: number | null; previousHits: number | null }[]
    try {
      const result = (await db.execute(
        sql`select report_id as "reportId", reference, created, hits, previous_hits as "previousHits" from submit_report(${JSON.stringify(argument)}::jsonb)`,
      )) as unknown as { rows: typeof rows }
      rows = result.rows
    } catch (error) {
      if (pgErrorOf(error)?.code === 'P0002') throw new DraftNotFoundError(`no draft ${input.draftId} in ${tenantId}`)
      throw error
    }
    const [row] = rows
    if (limit && window && row && row.hits !== null && !row.reportId) {
      // Over the limit (the function decided as slidingLimit does, and wrote nothing): say when to come back.
      throw new RateLimitedError(slidingLimit(window, limit.limit, row.hits, row.previousHits ?? 0, now).resetAt)
    }
    if (!row?.reportId || !row.reference) throw new Error('idempotency conflict without a visible report') // cannot happen under READ COMMITTED
    return { reportId: row.reportId, reference: row.reference, created: row.created }
  }

  return {
    /**
     * Submits a report in one transaction. Idempotent by `idempotencyKey` (and by draft); retries with a new
     * reference when the generated one is taken. Throws DraftNotFoundError for a draft that is not this tenant's,
     * ReferenceExhaustedError when every reference collided, and rethrows database failures (nothing is written).
     */
    async submitReport(tenantId: string, input: SubmitReportInput): Promise<SubmitReportResult> {
      const attempts = input.maxReferenceAttempts ?? 5
      for (let i = 0; i < attempts; i++) {
        try {
          return await attempt(tenantId, input, input.generateReference())
        } catch (error) {
          // A taken reference rolled back the whole call, the rate-limit hit with it: the next attempt counts it once.
          if (isUniqueViolation(error, 'reports_reference_key')) continue
          // Belt and braces: should ON CONFLICT ever be bypassed, the unique index still decides.
          if (isUniqueViolation(error, 'reports_tenant_idempotency_key_key')) {
            const existing = await findByIdempotencyKey(db, input.toTenant ?? tenantId, input.idempotencyKey)
            if (existing) return { ...existing, created: false }
          }
          throw error
        }
      }
      throw new ReferenceExhaustedError(`no free reference after ${attempts} attempts`)
    },

    async getReport(tenantId: string, reportId: string): Promise<Report | null> {
      if (!isUuid(reportId)) return null
      const [row] = await db
        .select()
        .from(reports)
        .where(and(eq(reports.tenantId, tenantId), eq(reports.id, reportId)))
      return row ?? null
    },

    /**
     * The report a draft of this force became, whichever force holds it now (another force's area, or a transfer
     * since): for the confirmation and printable copy of the browser that holds the draft. Null when the draft is not
     * this force's or was not submitted.
     */
    async getSubmittedReport(tenantId: string, draftId: string): Promise<Report | null> {
      if (!isUuid(draftId)) return null
      const [row] = await db
        .select({ report: reports })
        .from(drafts)
        .innerJoin(reports, eq(reports.id, drafts.submittedReportId))
        .where(and(eq(drafts.tenantId, tenantId), eq(drafts.id, draftId)))
      return row?.report ?? null
    },

    async getReportByReference(tenantId: string, reference: string): Promise<Report | null> {
      const [row] = await db
        .select()
        .from(reports)
        .where(and(eq(reports.tenantId, tenantId), eq(reports.reference, reference)))
      return row ?? null
    },

    /**
     * Track my report: the status and public updates of the tenant's report with this reference, only when the
     * email or postcode matches what was given at submission. Null otherwise, whichever part was wrong, after the
     * same hashing work either way.
     */
    async getReportForTracking(
      tenantId: string,
      reference: string,
      proof: TrackingProof,
    ): Promise<TrackingView | null> {
      const [row] = await db
        .select({
          id: reports.id,
          reference: reports.reference,
          serviceId: reports.serviceId,
          status: reports.status,
          submittedAt: reports.submittedAt,
          updatedAt: reports.updatedAt,
          salt: reports.verificationSalt,
          emailHash: reports.emailHash,
          postcodeHash: reports.postcodeHash,
        })
        .from(reports)
        .where(and(eq(reports.tenantId, tenantId), eq(reports.reference, reference)))
      const salt = row?.salt ?? DUMMY_SALT
      const email = proof.email?.trim()
      const postcode = proof.postcode?.trim()
      const emailOk = email ? hexEqual(verificationHash(salt, 'email', email), row?.emailHash ?? DUMMY_HASH) : false
      const postcodeOk = postcode
        ? hexEqual(verificationHash(salt, 'postcode', postcode), row?.postcodeHash ?? DUMMY_HASH)
        : false
      if (!row || !(emailOk || postcodeOk)) return null
      const events = await db
        .select({ kind: reportEvents.kind, body: reportEvents.body, createdAt: reportEvents.createdAt })
        .from(reportEvents)
        .where(
          and(
            eq(reportEvents.tenantId, tenantId),
            eq(reportEvents.reportId, row.id),
            eq(reportEvents.visibility, 'public'),
          ),
        )
        .orderBy(asc(reportEvents.createdAt), asc(reportEvents.id))
      const { id: _id, salt: _salt, emailHash: _e, postcodeHash: _p, ...view } = row
      return { ...view, events }
    },

    /** Appends an event to one of the tenant's reports; NotFoundInTenantError for any other report. */
    async addReportEvent(tenantId: string, reportId: string, event: NewReportEvent) {
      return db.transaction(async (tx) => {
        const [report] = isUuid(reportId)
          ? await tx
              .select({ id: reports.id })
              .from(reports)
              .where(and(eq(reports.tenantId, tenantId), eq(reports.id, reportId)))
          : []
        if (!report) throw new NotFoundInTenantError(`no report ${reportId} in ${tenantId}`)
        const [row] = await tx
          .insert(reportEvents)
          .values({
            tenantId,
            reportId,
            kind: event.kind,
            visibility: event.visibility,
            body: event.body ?? {},
            actor: event.actor,
            createdAt: event.now ?? new Date(),
          })
          .returning()
        return row!
      })
    },

    async listReportEvents(tenantId: string, reportId: string, options: { publicOnly?: boolean } = {}) {
      if (!isUuid(reportId)) return []
      return db
        .select()
        .from(reportEvents)
        .where(
          and(
            eq(reportEvents.tenantId, tenantId),
            eq(reportEvents.reportId, reportId),
            options.publicOnly ? eq(reportEvents.visibility, 'public') : undefined,
          ),
        )
        .orderBy(asc(reportEvents.createdAt), asc(reportEvents.id))
    },
  }
}
