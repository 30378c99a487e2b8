// A fixed-window rate limiter in the database, shared by every web process (per-IP limits on submissions,
// track-my-report). Callers should hash keys that contain personal data such as an IP address.
import { and, eq, lte, sql } from 'drizzle-orm'
import { rateLimits } from '../schema.ts'
import type { Db } from '../types.ts'

export interface RateLimitResult {
  allowed: boolean
  count: number
  remaining: number
  resetAt: Date
}

/** The fixed window `now` falls in, and when it ends. */
export function rateWindow(now: Date, windowMs: number): { start: Date; resetAt: Date } {
  const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs)
  return { start, resetAt: new Date(start.getTime() + windowMs) }
}

export function rateLimitQueries(db: Db) {
  return {
    /** Counts one hit on `key` in the current window and says whether it is within `limit`. */
    async hitRateLimit(
      key: string,
      limit: number,
      windowMs: number,
      now: Date = new Date(),
    ): Promise<RateLimitResult> {
      const { start: windowStart, resetAt } = rateWindow(now, windowMs)
      const [row] = await db
        .insert(rateLimits)
        .values({ key, windowStart, count: 1, expiresAt: resetAt })
        .onConflictDoUpdate({
          target: [rateLimits.key, rateLimits.windowStart],
          set: { count: sql`${rateLimits.count} + 1` },
        })
        .returning({ count: rateLimits.count })
      const count = row!.count
      return { allowed: count <= limit, count, remaining: Math.max(0, limit - count), resetAt }
    },

    /** The hits on `key` in the current window, without counting one. */
    async peekRateLimit(key: string, windowMs: number, now: Date = new Date()): Promise<{ count: number; resetAt: Date }> {
      const { start: windowStart, resetAt } = rateWindow(now, windowMs)
      const [row] = await db
        .select({ count: rateLimits.count })
        .from(rateLimits)
        .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowStart)))
      return { count: row?.count ?? 0, resetAt }
    },

    /** Forgets every hit on `key` (a member of staff who signed in is not slowed down by earlier typing errors). */
    async clearRateLimit(key: string): Promise<void> {
      await db.delete(rateLimits).where(eq(rateLimits.key, key))
    },

    async purgeRateLimits(now: Date = new Date()): Promise<number> {
      const rows = await db
        .delete(rateLimits)
        .where(lte(rateLimits.expiresAt, now))
        .returning({ key: rateLimits.key })
      return rows.length
    },
  }
}
