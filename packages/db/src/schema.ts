// The bluelamp data model (drizzle pg-core). The same schema and migrations serve embedded PGlite and Postgres.
//
// Rules every table of report data follows (docs/architecture.md; docs/decisions/009 on isolation):
// - it carries `tenant_id` (the force id, e.g. 'leicestershire'), and every query filters on it;
// - lists that grow are indexed with `tenant_id` leading, so row-level security (a policy of
//   `tenant_id = current_setting('app.tenant_id')`, migrations/0002_rls.sql) costs nothing extra;
// - closed sets of values are `text` + CHECK constraints rather than enum types, so adding a value is a plain
//   migration that runs inside a transaction.
// Staff, sessions, audit log and API keys are in schema-backoffice.ts: `reports.assigned_to` and `report_events.actor` are
// already shaped for them (a staff uuid; an actor string such as 'staff:<uuid>').
import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core'

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
const tenantId = () => text('tenant_id').notNull()

/** Postgres renders a CHECK over a closed set of strings: `col IN ('a', 'b')`. */
function oneOf(column: AnyPgColumn, values: readonly string[]) {
  return sql`${column} in (${sql.join(
    values.map((v) => sql.raw(`'${v.replaceAll("'", "''")}'`)),
    sql`, `,
  )})`
}

/** One question of a report as the person saw it and their answer as given (a legally admissible statement). */
export interface StoredAnswer {
  questionId: string
  question: string
  answer: string
  value: unknown
}

/** One triage rule that fired for a report, and why it matters in English and Welsh. */
export interface StoredRationaleEntry {
  ruleId: string
  reason: { en: string; cy: string }
}

/** The triage outcome as computed at submission: the engine's SUBMIT outcome, kept whole (its other fields too). */
export type StoredOutcome = {
  type: 'SUBMIT'
}

/** The reporter's contact details (and any other fields of the contact answer); absent for an anonymous report. */
export type StoredContact = {
  anonymous: false
  name: string
  email?: string
  phone?: string
}

/** The languages a report can be made in. */
export const REPORT_LOCALES = ['en', 'cy'] as const
export type ReportLocale = (typeof REPORT_LOCALES)[number]

/** Triage's priority levels (PRIORITIES in @bluelamp/triage, which owns them; a test keeps the two equal). */
export const REPORT_PRIORITIES = ['low', 'standard', 'medium', 'high'] as const
export type ReportPriority = (typeof REPORT_PRIORITIES)[number]

export const REPORT_STATUSES = [
  'received',
  'in_review',
  'crime_recorded',
  'no_further_action',
  'transferred',
] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]

export const EVENT_VISIBILITIES = ['public', 'internal'] as const
export type EventVisibility = (typeof EVENT_VISIBILITIES)[number]

/** Kinds of report event known today; the column is open text so later issues can add kinds without a migration. */
export type ReportEventKind =
  | 'submitted'
  | 'status_changed'
  | 'public_update'
  | 'internal_note'
  | 'assigned'
  | 'transferred'
  | 'delivered'
  | (string & {})

export const OUTBOX_KINDS = ['email', 'backoffice'] as const
export type OutboxKind = (typeof OUTBOX_KINDS)[number]

export const OUTBOX_STATUSES = ['pending', 'processing', 'delivered', 'dead'] as const
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number]

export const DEFLECTION_OUTCOMES = ['EMERGENCY', 'REDIRECT', 'ADVICE'] as const
export type DeflectionOutcome = (typeof DEFLECTION_OUTCOMES)[number]

/** A person's journey in progress: answers saved at every step, keyed by a random token held in a cookie. */
export const drafts = pgTable(
  'drafts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    serviceId: text('service_id').notNull(),
    serviceVersion: text('service_version').notNull(),
    // sha-256 (hex) of the cookie's random token: a database leak does not let anyone resume a draft.
    tokenHash: text('token_hash').notNull(),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull().default({}),
    locale: text('locale').notNull().default('en'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    // One key per draft, fixed at creation: submitting the same draft twice finds the same report.
    idempotencyKey: text('idempotency_key').notNull(),
    submittedReportId: uuid('submitted_report_id').references((): AnyPgColumn => reports.id, {
      onDelete: 'set null',
    }),
  },
  (t) => [
    uniqueIndex('drafts_token_hash_key').on(t.tokenHash),
    uniqueIndex('drafts_idempotency_key_key').on(t.idempotencyKey),
    index('drafts_expires_at_idx').on(t.expiresAt),
  ],
)

/** A submitted report: the system of record for what the person told the force, exactly as asked and answered. */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    // Globally unique, not per force: a transferred report keeps its reference in the receiving force.
    reference: text('reference').notNull(),
    serviceId: text('service_id').notNull(),
    serviceVersion: text('service_version').notNull(),
    status: text('status').$type<ReportStatus>().notNull().default('received'),
    priority: text('priority').$type<ReportPriority>().notNull(),
    priorityScore: integer('priority_score').notNull(),
    flags: text('flags').array().notNull().default(sql`'{}'::text[]`),
    rationale: jsonb('rationale').$type<StoredRationaleEntry[]>().notNull(),
    // Summary rows: each question as the person saw it and the answer as given (a legally admissible statement).
    answers: jsonb('answers').$type<StoredAnswer[]>().notNull(),
    outcome: jsonb('outcome').$type<StoredOutcome>().notNull(),
    // Null for an anonymous report.
    contact: jsonb('contact').$type<StoredContact | null>(),
    // Track-my-report proves "reference + email or postcode" against salted hashes of the normalised values, so
    // verifying a guess never needs the contact details themselves (which may be redacted or purged later).
    verificationSalt: text('verification_salt').notNull(),
    emailHash: text('email_hash'),
    postcodeHash: text('postcode_hash'),
    idempotencyKey: text('idempotency_key').notNull(),
    locale: text('locale').$type<ReportLocale>().notNull().default('en'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    crimeNumber: text('crime_number'),
    // A staff member's id once staff exist; no foreign key until that table does.
    assignedTo: uuid('assigned_to'),
    transferredFromTenant: text('transferred_from_tenant'),
    // The reference of the force's appeal the report gives information about, when it was started from the appeal's
    // page (checked then to be a live appeal of that force taking information); null otherwise.
    appealReference: text('appeal_reference'),
  },
  (t) => [
    uniqueIndex('reports_reference_key').on(t.reference),
    uniqueIndex('reports_tenant_idempotency_key_key').on(t.tenantId, t.idempotencyKey),
    // The staff queue: narrows to a force's open reports; the queue sorts those by level (a CASE on priority), then
    // score, then age.
    index('reports_queue_idx').on(t.tenantId, t.status, t.priorityScore.desc(), t.submittedAt),
    index('reports_tenant_submitted_at_idx').on(t.tenantId, t.submittedAt),
    // The queue's "linked to an appeal" filter.
    index('reports_tenant_appeal_idx').on(t.tenantId, t.appealReference).where(sql`${t.appealReference} is not null`),
    check('reports_status_check', oneOf(t.status, REPORT_STATUSES)),
  ],
)

/** A report's history: public updates (shown in track-my-report) and internal notes, actions, deliveries. */
export const reportEvents = pgTable(
  'report_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    kind: text('kind').$type<ReportEventKind>().notNull(),
    visibility: text('visibility').$type<EventVisibility>().notNull(),
    body: jsonb('body').$type<Record<string, unknown>>().notNull().default({}),
    // 'public' (the reporter), 'system', or 'staff:<uuid>' once staff exist.
    actor: text('actor').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('report_events_report_idx').on(t.tenantId, t.reportId, t.createdAt),
    check('report_events_visibility_check', oneOf(t.visibility, EVENT_VISIBILITIES)),
  ],
)

/** Transactional outbox: written in the same transaction as the report, delivered later by workers. */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    reportId: uuid('report_id').references(() => reports.id),
    kind: text('kind').$type<OutboxKind>().notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    // Sent to the receiver (e.g. an Idempotency-Key header) so a retried delivery is never applied twice.
    idempotencyKey: text('idempotency_key').notNull(),
    status: text('status').$type<OutboxStatus>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    createdAt: createdAt(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    claimedBy: text('claimed_by'),
    // A claim is a lease: a worker that dies mid-delivery loses the row when the lease runs out.
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('outbox_idempotency_key_key').on(t.idempotencyKey),
    index('outbox_claim_idx').on(t.status, t.nextAttemptAt),
    index('outbox_lease_idx').on(t.status, t.claimedUntil),
    index('outbox_tenant_idx').on(t.tenantId, t.status, t.createdAt),
    check('outbox_kind_check', oneOf(t.kind, OUTBOX_KINDS)),
    check('outbox_status_check', oneOf(t.status, OUTBOX_STATUSES)),
  ],
)

/** Journeys that ended before a report (999, another agency, advice): counts only, no personal data. */
export const deflections = pgTable(
  'deflections',
  {
    tenantId: tenantId(),
    serviceId: text('service_id').notNull(),
    outcome: text('outcome').$type<DeflectionOutcome>().notNull(),
    // '' when the outcome names no agency (a primary key column cannot be null).
    agency: text('agency').notNull().default(''),
    day: date('day', { mode: 'string' }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'deflections_pkey', columns: [t.tenantId, t.serviceId, t.outcome, t.agency, t.day] }),
    index('deflections_tenant_day_idx').on(t.tenantId, t.day),
    check('deflections_outcome_check', oneOf(t.outcome, DEFLECTION_OUTCOMES)),
  ],
)

/** Uploaded files: metadata here, bytes in the file store under `storage_key`. */
export const evidence = pgTable(
  'evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    // Uploaded during a draft; linked to the report on submission.
    draftId: uuid('draft_id').references(() => drafts.id, { onDelete: 'set null' }),
    reportId: uuid('report_id').references(() => reports.id),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    // Hex SHA-256 of the bytes as stored. Images are re-encoded on upload, so this is the new file's hash, and
    // original_sha256 is the hash of the file exactly as the person sent it; for files kept as sent they are equal.
    sha256: text('sha256').notNull(),
    originalSha256: text('original_sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('evidence_storage_key_key').on(t.storageKey),
    index('evidence_draft_idx').on(t.tenantId, t.draftId),
    index('evidence_report_idx').on(t.tenantId, t.reportId),
  ],
)

/** Raw bytes. Both drivers take a Uint8Array (a Buffer is one) and give one back. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' })

/**
 * Evidence bytes kept in the database (docs/decisions/016-evidence-in-the-database.md): one row per stored file,
 * keyed like the file store (`<tenant>/<draft>/<uuid>`), visible to readers only once every chunk is written.
 */
export const evidenceFiles = pgTable('evidence_files', {
  storageKey: text('storage_key').primaryKey(),
  tenantId: tenantId(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull().default(0),
  chunks: integer('chunks').notNull().default(0),
  // False while the chunks are being written; a file left incomplete by a crash is purged later.
  complete: boolean('complete').notNull().default(false),
  createdAt: createdAt(),
})

/** The bytes of an evidence file in order, in chunks of at most 256 KiB, so neither side holds a whole file. */
export const evidenceFileChunks = pgTable(
  'evidence_file_chunks',
  {
    storageKey: text('storage_key')
      .notNull()
      .references(() => evidenceFiles.storageKey, { onDelete: 'cascade' }),
    tenantId: tenantId(),
    seq: integer('seq').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [primaryKey({ name: 'evidence_file_chunks_pkey', columns: [t.storageKey, t.seq] })],
)

/**
 * Fixed-window rate limits shared by every web process (an in-memory limiter would let a client multiply its
 * allowance by the number of processes). Keys should be hashed by the caller when they contain an IP address.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull().default(0),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'rate_limits_pkey', columns: [t.key, t.windowStart] }),
    index('rate_limits_expires_at_idx').on(t.expiresAt),
  ],
)

export type Draft = typeof drafts.$inferSelect
export type Report = typeof reports.$inferSelect
export type ReportEvent = typeof reportEvents.$inferSelect
export type OutboxRow = typeof outbox.$inferSelect
export type Deflection = typeof deflections.$inferSelect
export type Evidence = typeof evidence.$inferSelect
export * from './schema-backoffice.ts'
export * from './schema-content.ts'
export * from './schema-images.ts'
export * from './schema-notices.ts'
