// Per-IP rate limits, counted in the database (packages/db `hitRateLimit`: a sliding window per key, decision 025), so
// every web process shares one count on Postgres and the embedded database alike. Keys are HMACs of the IP address,
// never the address itself. See docs/decisions/007-security-and-uploads.md.
import type { AppLoadContext } from '@remix-run/node'
import { logger } from '../platform/logger.server.ts'
import { problem } from '../site/problem.server.ts'
import { sign } from './secrets.server.ts'

export type RateLimitBucket = 'submission' | 'track' | 'staff-sign-in'

export interface RateLimitOutcome {
  allowed: boolean
  retryAfterSeconds: number
  resetAt: Date
}

type Context = Pick<AppLoadContext, 'clientIp' | 'services'>

function limitsFor(bucket: RateLimitBucket, env: AppLoadContext['services']['env']) {
  if (bucket === 'staff-sign-in') return { limit: env.STAFF_SIGN_IN_RATE_LIMIT, windowMs: env.STAFF_SIGN_IN_RATE_WINDOW_SECONDS * 1000 }
  return bucket === 'track'
    ? { limit: env.TRACK_RATE_LIMIT, windowMs: env.TRACK_RATE_WINDOW_SECONDS * 1000 }
    : { limit: env.SUBMISSION_RATE_LIMIT, windowMs: env.SUBMISSION_RATE_WINDOW_SECONDS * 1000 }
}

/** The key this client's hits in `bucket` are counted under, and that bucket's limit and window. */
export function limitFor(context: Context, bucket: RateLimitBucket): { key: string; limit: number; windowMs: number } {
  return { key: `${bucket}:${sign('rate-limit', context.clientIp || 'unknown')}`, ...limitsFor(bucket, context.services.env) }
}

const secondsUntil = (resetAt: Date, now: Date) => Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000))

/** Counts one hit for this client in `bucket` and says whether it is allowed. */
export async function hitLimit(context: Context, bucket: RateLimitBucket, now: Date = new Date()): Promise<RateLimitOutcome> {
  const { key, limit, windowMs } = limitFor(context, bucket)
  const result = await context.services.database.queries.hitRateLimit(key, limit, windowMs, now)
  return { allowed: result.allowed, retryAfterSeconds: secondsUntil(result.resetAt, now), resetAt: result.resetAt }
}

/** The 429 page (with Retry-After) for a client over its limit in `bucket` until `resetAt`. */
export function overLimit(request: Request, bucket: RateLimitBucket, resetAt: Date): ReturnType<typeof problem> {
  const retryAfterSeconds = secondsUntil(resetAt, new Date())
  logger.warn({ event: 'rate-limited', bucket, path: new URL(request.url).pathname }, 'request refused: rate limit reached')
  return problem(
    request,
    429,
    { reason: 'rate-limited', retryAfterMinutes: Math.ceil(retryAfterSeconds / 60) },
    { 'Retry-After': String(retryAfterSeconds) },
  )
}

/** Throws a 429 (a clear page with Retry-After) when this client has made too many requests in `bucket`. */
export async function requireWithinLimit(request: Request, context: Context, bucket: RateLimitBucket): Promise<void> {
  const outcome = await hitLimit(context, bucket)
  if (!outcome.allowed) throw await overLimit(request, bucket, outcome.resetAt)
}

/**
 * Call in the action that sends a resume email, after requireCsrf. Per IP: SUBMISSION_RATE_LIMIT per
 * SUBMISSION_RATE_WINDOW_SECONDS (default 20 per 10 minutes). Sending a report counts in the same bucket, in the
 * submission's own round trip (`limitFor(context, 'submission')` passed to submitReport).
 */
export function rateLimitSubmission(request: Request, context: Context): Promise<void> {
  return requireWithinLimit(request, context, 'submission')
}
