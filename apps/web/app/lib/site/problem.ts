// The data of a thrown 400/403/413/429 (see problem.server.ts) or a page the server re-dispatches a refused request
// to (405, 415, 503: server/request-guard.ts, server/remix-handler.ts), shared with the page that shows it.
import type { Locale } from '../../i18n/i18n.ts'
import type { TenantView } from './tenant-view.ts'

export const PROBLEM_REASONS = ['csrf', 'rate-limited', 'too-large', 'bad-request', 'method', 'content-type', 'unavailable'] as const
export type ProblemReason = (typeof PROBLEM_REASONS)[number]

/** The status each problem is answered with. */
export const PROBLEM_STATUS: Record<ProblemReason, 400 | 403 | 405 | 413 | 415 | 429 | 503> = {
  csrf: 403,
  'rate-limited': 429,
  'too-large': 413,
  'bad-request': 400,
  method: 405,
  'content-type': 415,
  unavailable: 503,
}

export interface ProblemData {
  reason: ProblemReason
  locale: Locale
  /** The force whose frame the page is drawn in (null on the national site). */
  tenant?: TenantView | null
  /** Minutes to wait, for 'rate-limited'. */
  retryAfterMinutes?: number
}

export function isProblem(value: unknown): value is ProblemData {
  const reason = (value as { reason?: unknown } | null)?.reason
  return (PROBLEM_REASONS as readonly unknown[]).includes(reason)
}
