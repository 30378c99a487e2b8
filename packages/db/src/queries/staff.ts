// Staff accounts and sessions. Every function takes the force first and runs under row-level
// security for it (withTenant), so a session token or an email from one force finds nothing in another.
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm'
import { staff, staffSessions, type Staff, type StaffRole } from '../schema-backoffice.ts'
import { normaliseEmail, sha256Hex, isUuid } from '../crypto.ts'
import { withTenant } from '../tenant-scope.ts'
import type { Db } from '../types.ts'

export interface NewStaff {
  email: string
  name: string
  role: StaffRole
  passwordHash: string
}

export interface SessionPolicy {
  /** A session unused for this long ends (default 30 minutes). */
  idleMs: number
  /** A session ends this long after sign-in whatever its use (default 12 hours). */
  absoluteMs: number
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 30 * 60_000, absoluteMs: 12 * 60 * 60_000 }

export interface LockPolicy {
  /** Failed attempts in a row that lock the account (default 5). */
  maxFailures: number
  /** How long a lock lasts (default 15 minutes). */
  lockMs: number
}

export const DEFAULT_LOCK_POLICY: LockPolicy = { maxFailures: 5, lockMs: 15 * 60_000 }

export type SessionLookup =
  | { ok: true; session: { id: string; staffId: string; expiresAt: Date; lastSeenAt: Date }; staff: Pick<Staff, 'id' | 'name' | 'email' | 'role' | 'tenantId'> }
  | { ok: false; reason: 'unknown' | 'revoked' | 'expired' | 'idle' | 'disabled' }

export function hashSessionToken(token: string): string {
  return sha256Hex(`staff-session\u0000${token}`)
}

export function staffQueries(db: Db) {
  return {
    /** Creates a staff member, or returns the existing one with that email (seeding is repeatable). */
    async upsertStaff(tenantId: string, input: NewStaff): Promise<Staff> {
      return withTenant(db, tenantId, async (tx) => {
        const email = normaliseEmail(input.email)
        const [row] = await tx
          .insert(staff)
          .values({ tenantId, email, name: input.name, role: input.role, passwordHash: input.passwordHash })
          .onConflictDoNothing({ target: [staff.tenantId, staff.email] })
          .returning()
        if (row) return row
        const [existing] = await tx.select().from(staff).where(and(eq(staff.tenantId, tenantId), eq(staff.email, email)))
        return existing!
      })
    },

    async findStaffByEmail(tenantId: string, email: string): Promise<Staff | null> {
      return withTenant(db, tenantId, async (tx) => {
        const [row] = await tx
          .select()
          .from(staff)
          .where(and(eq(staff.tenantId, tenantId), eq(staff.email, normaliseEmail(email))))
        return row ?? null
      })
    },

    async listStaff(tenantId: string) {
      return withTenant(db, tenantId, (tx) =>
        tx
          .select({ id: staff.id, name: staff.name, email: staff.email, role: staff.role })
          .from(staff)
          .where(and(eq(staff.tenantId, tenantId), isNull(staff.disabledAt)))
          .orderBy(asc(staff.name)),
      )
    },

    /**
     * Counts a failed sign-in. At `maxFailures` in a row the account locks for `lockMs` and the count starts again.
     * Returns the failures so far (for the slowdown) and the lock's end if this attempt locked it.
     */
    async recordSignInFailure(
      tenantId: string,
      staffId: string,
      now: Date = new Date(),
      policy: LockPolicy = DEFAULT_LOCK_POLICY,
    ): Promise<{ failures: number; lockedUntil: Date | null }> {
      return withTenant(db, tenantId, async (tx) => {
        const [row] = await tx
          .update(staff)
          .set({ failedAttempts: sql`${staff.failedAttempts} + 1` })
          .where(and(eq(staff.tenantId, tenantId), eq(staff.id, staffId)))
          .returning({ failures: staff.failedAttempts })
        const failures = row?.failures ?? 0
        if (failures < policy.maxFailures) return { failures, lockedUntil: null }
        const lockedUntil = new Date(now.getTime() + policy.lockMs)
        await tx
          .update(staff)
          .set({ failedAttempts: 0, lockedUntil })
          .where(and(eq(staff.tenantId, tenantId), eq(staff.id, staffId)))
        return { failures, lockedUntil }
      })
    },

    /** A successful sign-in: clears the failures and opens a session for the token's hash. */
    async startSession(
      tenantId: string,
      staffId: string,
      tokenHash: string,
      now: Date = new Date(),
      policy: SessionPolicy = DEFAULT_SESSION_POLICY,
    ): Promise<{ id: string; expiresAt: Date }> {
      return withTenant(db, tenantId, async (tx) => {
        await tx
          .update(staff)
          .set({ failedAttempts: 0, lockedUntil: null, lastSignInAt: now })
          .where(and(eq(staff.tenantId, tenantId), eq(staff.id, staffId)))
        const [row] = await tx
          .insert(staffSessions)
          .values({
            tenantId,
            staffId,
            tokenHash,
            createdAt: now,
            lastSeenAt: now,
            expiresAt: new Date(now.getTime() + policy.absoluteMs),
          })
          .returning({ id: staffSessions.id, expiresAt: staffSessions.expiresAt })
        return row!
      })
    },

    /**
     * The session for a token hash in this force, if it is live: not revoked, within its absolute lifetime, used
     * within the idle timeout, its member not disabled. A live session's last-seen time moves on (at most once a
     * minute, to spare the database a write per page).
     */
    async getSession(
      tenantId: string,
      tokenHash: string,
      now: Date = new Date(),
      policy: SessionPolicy = DEFAULT_SESSION_POLICY,
    ): Promise<SessionLookup> {
      return withTenant(db, tenantId, async (tx) => {
        const [row] = await tx
          .select({
            id: staffSessions.id,
            staffId: staffSessions.staffId,
            expiresAt: staffSessions.expiresAt,
            lastSeenAt: staffSessions.lastSeenAt,
            revokedAt: staffSessions.revokedAt,
            staff: { id: staff.id, name: staff.name, email: staff.email, role: staff.role, tenantId: staff.tenantId, disabledAt: staff.disabledAt },
          })
          .from(staffSessions)
          .innerJoin(staff, and(eq(staff.id, staffSessions.staffId), eq(staff.tenantId, tenantId)))
          .where(and(eq(staffSessions.tenantId, tenantId), eq(staffSessions.tokenHash, tokenHash)))
        if (!row) return { ok: false, reason: 'unknown' }
        if (row.revokedAt) return { ok: false, reason: 'revoked' }
        if (row.expiresAt <= now) return { ok: false, reason: 'expired' }
        if (now.getTime() - row.lastSeenAt.getTime() > policy.idleMs) return { ok: false, reason: 'idle' }
        if (row.staff.disabledAt) return { ok: false, reason: 'disabled' }
        if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
          await tx
            .update(staffSessions)
            .set({ lastSeenAt: now })
            .where(and(eq(staffSessions.tenantId, tenantId), eq(staffSessions.id, row.id)))
        }
        const { disabledAt: _d, ...member } = row.staff
        return {
          ok: true,
          session: { id: row.id, staffId: row.staffId, expiresAt: row.expiresAt, lastSeenAt: now },
          staff: member,
        }
      })
    },

    async revokeSession(tenantId: string, sessionId: string, now: Date = new Date()): Promise<void> {
      if (!isUuid(sessionId)) return
      await withTenant(db, tenantId, (tx) =>
        tx
          .update(staffSessions)
          .set({ revokedAt: now })
          .where(and(eq(staffSessions.tenantId, tenantId), eq(staffSessions.id, sessionId), isNull(staffSessions.revokedAt))),
      )
    },

    /** Signs a member out everywhere (e.g. after a password change or when an admin disables them). */
    async revokeStaffSessions(tenantId: string, staffId: string, now: Date = new Date()): Promise<number> {
      if (!isUuid(staffId)) return 0
      const rows = await withTenant(db, tenantId, (tx) =>
        tx
          .update(staffSessions)
          .set({ revokedAt: now })
          .where(and(eq(staffSessions.tenantId, tenantId), eq(staffSessions.staffId, staffId), isNull(staffSessions.revokedAt)))
          .returning({ id: staffSessions.id }),
      )
      return rows.length
    },

    /** True when the member is locked out at `now`. */
    isLocked(member: Pick<Staff, 'lockedUntil'>, now: Date = new Date()): boolean {
      return member.lockedUntil !== null && member.lockedUntil > now
    },

    /** Sessions still live at `now` for a member (for tests and an admin view). */
    async countLiveSessions(tenantId: string, staffId: string, now: Date = new Date()): Promise<number> {
      const rows = await withTenant(db, tenantId, (tx) =>
        tx
          .select({ id: staffSessions.id })
          .from(staffSessions)
          .where(
            and(
              eq(staffSessions.tenantId, tenantId),
              eq(staffSessions.staffId, staffId),
              isNull(staffSessions.revokedAt),
              gt(staffSessions.expiresAt, now),
            ),
          ),
      )
      return rows.length
    },
  }
}
