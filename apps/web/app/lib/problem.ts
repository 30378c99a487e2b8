// The data of a thrown 403/413/429 (see problem.server.ts), shared with the page that shows it.
import type { Locale } from '../i18n/i18n.ts'
import type { TenantView } from './tenant-view.ts'

export type ProblemReason = 'csrf' | 'rate-limited' | 'too-large'

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
  return reason === 'csrf' || reason === 'rate-limited' || reason === 'too-large'
}
