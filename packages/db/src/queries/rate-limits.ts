// Rate limits in the database, shared by every web process (per-IP limits on submissions, track-my-report and staff
// sign-in), and the run of failed sign-ins that throttles one account from one address. Callers should hash keys
// that contain personal data such as an IP address.
//
// The limiter is a sliding window: a hit counts in the fixed window it falls in, and the window before it still
// counts in proportion to how much of it the sliding window still covers. A plain fixed window lets a client make
// twice its limit by straddling a boundary; this does not, and still costs one row per key and window. The
// arithmetic is done in whole milliseconds, so no rounding ever lets one more hit through or refuses one too many.
import { and, eq, gt, lte, sql } from 'drizzle-orm'
import { rateLimits } from '../schema.ts'
import type { Db } from '../types.ts'

export interface RateLimitResult {
  allowed: boolean
  /** Hits in the current fixed window, this one included. */
  count: number
  /** Hits in the fixed window before it. */
  previous: number
  /** Further hits allowed now. */
  remaining: number
  /** When the next hit would be allowed, if none comes before. */
  resetAt: Date
}

export interface RateWindow {
  start: Date
  previousStart: Date
  /** A row is kept until the window after its own has ended, while it still counts as the previous window. */
  expiresAt: Date
  windowMs: number
  /** How much of the previous window the sliding window still covers, in milliseconds (windowMs at its start). */
  remainingMs: number
}

/** The fixed window `now` falls in, the one before it, and how much of that one still counts. */
export function rateWindow(now: Date, windowMs: number): RateWindow {
  const start = Math.floor(now.getTime() / windowMs) * windowMs
  return {
    start: new Date(start),
    previousStart: new Date(start - windowMs),
    expiresAt: new Date(start + 2 * windowMs),
    windowMs,
    remainingMs: start + windowMs - now.getTime(),
  }
}

/** Whether `count` hits in this window and `previous` in the one before are within `limit`, and when the next is. */
export function slidingLimit(window: RateWindow, limit: number, count: number, previous: number, now: Date): RateLimitResult {
  const { windowMs, remainingMs } = window
  // count + previous × (remainingMs / windowMs) ≤ limit, multiplied through by windowMs.
  const weighed = count * windowMs + previous * remainingMs
  const allowed = weighed <= limit * windowMs
  const remaining = Math.max(0, Math.floor((limit * windowMs - weighed) / windowMs))
  const end = window.start.getTime() + windowMs
  let resetAt: number
  if (count + 1 <= limit) {
    // Later in this window, once enough of the previous one has slid out for one more hit.
    const room = (limit - count - 1) * windowMs
    resetAt = previous === 0 || previous * remainingMs <= room ? now.getTime() : end - Math.floor(room / previous)
  } else {
    // In the next window, where these hits are the previous window's: 1 + count × (left / windowMs) ≤ limit.
    resetAt = end + windowMs - Math.floor(((limit - 1) * windowMs) / count)
  }
  return { allowed, count, previous, remaining, resetAt: new Date(Math.max(resetAt, now.getTime())) }
}

/** A run of failures that lapses `windowMs` after the last one: stored as one row per key at this window start. */
const RUN = new Date(0)

export function rateLimitQueries(db: Db) {
  return {
    /** Counts one hit on `key` and says whether it is within `limit` hits in any `windowMs`. */
    async hitRateLimit(key: string, limit: number, windowMs: number, now: Date = new Date()): Promise<RateLimitResult> {
      const window = rateWindow(now, windowMs)
      // One statement: the hit, and the previous window's count beside it.
      const result = (await db.execute(sql`
        with hit as (
          insert into rate_limits as l (key, window_start, count, expires_at)
          values (${key}, ${window.start.toISOString()}::timestamptz, 1, ${window.expiresAt.toISOString()}::timestamptz)
          on conflict (key, window_start) do update set count = l.count + 1
          returning l.count
        )
        select hit.count as "count",
          coalesce((select p.count from rate_limits p
            where p.key = ${key} and p.window_start = ${window.previousStart.toISOString()}::timestamptz), 0) as "previous"
        from hit`)) as unknown as { rows: { count: number; previous: number }[] }
      const row = result.rows[0]!
      return slidingLimit(window, limit, Number(row.count), Number(row.previous), now)
    },

    /** The hits on `key` that count now against `limit` in any `windowMs`, without counting one. */
    async peekRateLimit(key: string, limit: number, windowMs: number, now: Date = new Date()): Promise<RateLimitResult> {
      const window = rateWindow(now, windowMs)
      const rows = await db
        .select({ windowStart: rateLimits.windowStart, count: rateLimits.count })
        .from(rateLimits)
        .where(and(eq(rateLimits.key, key), sql`${rateLimits.windowStart} in (${window.start.toISOString()}::timestamptz, ${window.previousStart.toISOString()}::timestamptz)`))
      const countAt = (start: Date) => rows.find((r) => r.windowStart.getTime() === start.getTime())?.count ?? 0
      const result = slidingLimit(window, limit, countAt(window.start), countAt(window.previousStart), now)
      // Nothing was counted: allowed means one more hit would be.
      return { ...result, allowed: result.resetAt.getTime() <= now.getTime() }
    },

    /**
     * Counts one more failure in a row on `key`. The run lapses `windowMs` after its last failure, so the next
     * failure after that starts a new run at 1.
     */
    async hitFailureRun(key: string, windowMs: number, now: Date = new Date()): Promise<{ count: number; lapsesAt: Date }> {
      const lapsesAt = new Date(now.getTime() + windowMs)
      const [row] = await db
        .insert(rateLimits)
        .values({ key, windowStart: RUN, count: 1, expiresAt: lapsesAt })
        .onConflictDoUpdate({
          target: [rateLimits.key, rateLimits.windowStart],
          set: {
            count: sql`case when ${rateLimits.expiresAt} <= ${now.toISOString()}::timestamptz then 1 else ${rateLimits.count} + 1 end`,
            expiresAt: lapsesAt,
          },
        })
        .returning({ count: rateLimits.count })
      return { count: row!.count, lapsesAt }
    },

    /** The failures in the run on `key` that has not lapsed (0 when none), and when it lapses. */
    async peekFailureRun(key: string, now: Date = new Date()): Promise<{ count: number; lapsesAt: Date }> {
      const [row] = await db
        .select({ count: rateLimits.count, expiresAt: rateLimits.expiresAt })
        .from(rateLimits)
        .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, RUN), gt(rateLimits.expiresAt, now)))
      return { count: row?.count ?? 0, lapsesAt: row?.expiresAt ?? now }
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
