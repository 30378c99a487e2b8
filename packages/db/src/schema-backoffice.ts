// The force back office: staff accounts and their sessions, the append-only audit log, per-force API keys
// for systems that poll, and each force's push endpoint for delivery. Every table carries `tenant_id` and sits under
// the same row-level-security policy as the report data (migrations/0002_rls.sql; docs/decisions/009).
import { sql } from 'drizzle-orm'
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
const tenantId = () => text('tenant_id').notNull()

// handler < supervisor < admin see reports, each more than the last; an editor edits the force's website content and
// sees no reports (an admin may do both).
export const STAFF_ROLES = ['handler', 'supervisor', 'admin', 'editor'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

/** A member of a force's contact centre. Email is unique within the force, not across forces. */
export const staff = pgTable(
  'staff',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    // Stored normalised (trimmed, lower case).
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role').$type<StaffRole>().notNull(),
    // 'scrypt$N$r$p$salt$hash' (Node's memory-hard KDF; see apps/web/app/lib/staff/password.server.ts).
    passwordHash: text('password_hash').notNull(),
    // Consecutive failed sign-ins since the last success or lock; a lock starts at the limit.
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('staff_tenant_email_key').on(t.tenantId, t.email),
    check('staff_role_check', sql`${t.role} in ('handler', 'supervisor', 'admin', 'editor')`),
  ],
)

/** A signed-in browser. The cookie holds a random token; only its sha-256 is stored, so a leak cannot sign anyone in. */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    // The absolute timeout; the idle timeout is checked against last_seen_at.
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('staff_sessions_token_hash_key').on(t.tokenHash),
    index('staff_sessions_staff_idx').on(t.tenantId, t.staffId),
  ],
)

/**
 * Every staff view and action, every sign-in attempt and every API call: who, what, when, from where. Append-only:
 * a trigger refuses UPDATE and DELETE for every role, the owner included (migrations/0002_rls.sql).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    // 'staff:<uuid>', 'api:<key uuid>', or 'anonymous' (a failed sign-in).
    actor: text('actor').notNull(),
    // e.g. 'report.view', 'report.status', 'sign-in.failed'.
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    // The client's address and user agent as the server saw them.
    ip: text('ip'),
    userAgent: text('user_agent'),
    outcome: text('outcome').notNull().default('ok'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index('audit_log_tenant_at_idx').on(t.tenantId, t.at.desc()),
    index('audit_log_target_idx').on(t.tenantId, t.targetType, t.targetId),
    check('audit_log_outcome_check', sql`${t.outcome} in ('ok', 'denied', 'failed')`),
  ],
)

/** Keys for the pull API and status post-back. The key is shown once; only its sha-256 is stored. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    name: text('name').notNull(),
    // The first characters of the key, shown in lists so an admin can tell keys apart.
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_keys_key_hash_key').on(t.keyHash), index('api_keys_tenant_idx').on(t.tenantId)],
)

/**
 * Where a force's back office receives pushed reports. The secret signs each delivery (HMAC-SHA256), so it must be
 * kept, not hashed; deployments that hold secrets elsewhere put them in the secret store and leave this row's copy
 * to the database's encryption at rest. A force without a row receives reports by pulling only.
 */
export const backofficeEndpoints = pgTable('backoffice_endpoints', {
  tenantId: text('tenant_id').primaryKey(),
  url: text('url').notNull(),
  secret: text('secret').notNull(),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  // Switched off by an admin (/staff/integrations): deliveries stop at once as dead letters, which an admin re-sends
  // from /staff/deliveries once it is on again; nothing is pushed to the address meanwhile.
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
})

export type Staff = typeof staff.$inferSelect
export type StaffSession = typeof staffSessions.$inferSelect
export type AuditEntry = typeof auditLog.$inferSelect
export type ApiKey = typeof apiKeys.$inferSelect
export type BackofficeEndpoint = typeof backofficeEndpoints.$inferSelect
